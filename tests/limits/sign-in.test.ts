import { describe, expect, it } from "vitest";
import { checkDeskPage, cookieOf, errorFor, freshIp, parse, postSignIn } from "../desk/desk";
import { awayFromMinuteEdge, storedKey } from "./support";

describe("POST /desk/sign-in: 10 attempts a minute per client IP", () => {
  it("answers the 11th and the 20th with a 429 page and Retry-After, and another IP still signs in", async () => {
    await awayFromMinuteEdge();
    const editor = await storedKey("editor", "Sign-in editor");
    const ip = freshIp();
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await postSignIn({ key: `wrong-${i}`, next: "/desk" }, { ip })).status);
    expect(statuses).toEqual(Array(10).fill(401));

    const eleventh = await postSignIn({ key: editor.key, next: "/desk" }, { ip });
    expect(eleventh.status).toBe(429);
    expect(eleventh.headers.get("Set-Cookie")).toBeNull();
    expect(eleventh.headers.get("Retry-After")).toBe("60");
    const limited = await parse(await eleventh.text());
    expect(errorFor(limited, "key")).toMatch(/Too many attempts/);
    checkDeskPage(eleventh, limited, "the 429 page");

    let last: Response | undefined;
    for (let i = 12; i <= 20; i++) last = await postSignIn({ key: editor.key, next: "/desk" }, { ip });
    expect(last?.status).toBe(429);
    expect(last?.headers.get("Retry-After")).toBe("60");

    const other = await postSignIn({ key: editor.key, next: "/desk" }, { ip: freshIp() });
    expect(other.status).toBe(303);
    expect(cookieOf(other)).toBeDefined();
  });

  it("counts an IPv6 client by its /64", async () => {
    await awayFromMinuteEdge();
    const [a = 0, b = 0] = crypto.getRandomValues(new Uint16Array(2));
    const block = `2001:db8:${a.toString(16)}:${b.toString(16)}`;
    for (let i = 0; i < 10; i++) await postSignIn({ key: "wrong", next: "/desk" }, { ip: `${block}::${i + 1}` });
    expect((await postSignIn({ key: "wrong", next: "/desk" }, { ip: `${block}:1:2:3:4` })).status).toBe(429);
  });
});
