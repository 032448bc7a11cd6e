import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { ADMIN_TOKEN, call, createKey, ORIGIN } from "../helpers";
import {
  control,
  cookieOf,
  csrfFor,
  dbSnapshot,
  errorFor,
  fieldValue,
  h1,
  labelOf,
  locationOf,
  page,
  parse,
  postSignIn,
  signIn,
  visibleText,
} from "./desk";

vi.setConfig({ testTimeout: 30_000 });

let editor: { id: string; key: string };

beforeAll(async () => {
  editor = await createKey("editor", "Sign-in editor");
});

const attributes = (res: Response) => (res.headers.get("Set-Cookie") ?? "").split(";").map((part) => part.trim());

describe("GET /desk/sign-in", () => {
  it("shows a labelled password field for the key, keeps next, and carries no CSRF token", async () => {
    const { res, html, doc } = await page("/desk/sign-in?next=%2Fdesk%2Fnew");
    expect(res.status).toBe(200);
    expect(h1(doc)).toBe("Sign in");
    const key = control(doc, "key");
    expect(key.tag).toBe("input");
    expect(key.attrs.type).toBe("password");
    expect(labelOf(doc, "key")).toBe("API key");
    expect(fieldValue(doc, "next")).toBe("/desk/new");
    expect(html).not.toContain("_csrf");
    expect(visibleText(doc)).not.toMatch(/Sign out/);
  });

  it("offers /desk as the place to return to when next is not a desk path", async () => {
    const { doc } = await page(`/desk/sign-in?next=${encodeURIComponent("https://evil.example/desk")}`);
    expect(fieldValue(doc, "next")).toBe("/desk");
  });

  it("sends an already signed-in visit on to /desk (or to its desk next)", async () => {
    const cookie = await signIn(editor.key);
    const plain = await page("/desk/sign-in", cookie);
    expect(plain.res.status).toBe(303);
    expect(locationOf(plain.res)).toBe("/desk");
    const withNext = await page("/desk/sign-in?next=%2Fdesk%2Fnew", cookie);
    expect(withNext.res.status).toBe(303);
    expect(locationOf(withNext.res)).toBe("/desk/new");
  });
});

describe("POST /desk/sign-in", () => {
  it("exchanges a good key for a session cookie and goes to next", async () => {
    const res = await postSignIn({ key: editor.key, next: "/desk/new" });
    expect(res.status).toBe(303);
    expect(locationOf(res)).toBe("/desk/new");
    const attrs = attributes(res);
    expect(attrs[0]).toMatch(/^ct_desk=[A-Za-z0-9_-]{40,}$/);
    expect(attrs).toEqual(
      expect.arrayContaining(["HttpOnly", "SameSite=Strict", "Path=/desk", "Max-Age=43200", "Secure"]),
    );
    const cookie = cookieOf(res) ?? "";
    const desk = await page("/desk", cookie);
    expect(desk.res.status).toBe(200);
    expect(visibleText(desk.doc)).toContain("Sign out Sign-in editor");
  });

  it("stores the session for 12 hours, by the hash of the cookie only", async () => {
    const before = Date.now();
    const cookie = await signIn(editor.key);
    const secret = cookie.slice("ct_desk=".length);
    const rows = await env.DB.prepare(
      "select secret_hash, key_id, name, role, created_at, expires_at from desk_sessions where key_id = ?",
    )
      .bind(editor.id)
      .all<{ secret_hash: string; name: string; role: string; created_at: string; expires_at: string }>();
    const row = rows.results.find((r) => r.created_at >= new Date(before - 1000).toISOString());
    if (!row) throw new Error("no session row");
    expect(JSON.stringify(rows.results)).not.toContain(secret);
    expect(row).toMatchObject({ name: "Sign-in editor", role: "editor" });
    expect(Date.parse(row.expires_at) - Date.parse(row.created_at)).toBe(12 * 60 * 60 * 1000);
  });

  it.each([
    ["https://evil.example", "an absolute URL"],
    ["//evil.example", "a protocol-relative URL"],
    ["//evil.example/desk", "a protocol-relative URL ending in /desk"],
    ["/\\evil.example", "a backslash path"],
    ["/deskevil", "a path that only starts like /desk"],
    ["javascript:alert(1)", "a javascript: URL"],
  ])("goes to /desk, not to next=%s (%s)", async (next) => {
    const res = await postSignIn({ key: editor.key, next });
    expect(res.status).toBe(303);
    expect(locationOf(res)).toBe("/desk");
  });

  it("keeps a desk next with its query", async () => {
    const res = await postSignIn({ key: editor.key, next: "/desk?view=due" });
    expect(locationOf(res)).toBe("/desk?view=due");
  });

  it("marks the cookie Secure on http://claimtrail.test, but not on plain-http loopback", async () => {
    const remote = await postSignIn({ key: editor.key, next: "/desk" });
    expect(new URL(ORIGIN).hostname).toBe("claimtrail.test");
    expect(attributes(remote)).toContain("Secure");
    for (const base of ["http://127.0.0.1", "http://localhost"]) {
      const loopback = await postSignIn({ key: editor.key, next: "/desk" }, { base });
      expect(loopback.status, base).toBe(303);
      const attrs = attributes(loopback);
      expect(attrs, base).toEqual(expect.arrayContaining(["HttpOnly", "SameSite=Strict", "Path=/desk"]));
      expect(attrs, base).not.toContain("Secure");
    }
  });

  it("answers a wrong key with a 401 page: the error next to the key field, no cookie, the key not echoed", async () => {
    const wrong = "ct_live_wrongwrongwrongwrongwrong";
    const res = await postSignIn({ key: wrong, next: "/desk/new" });
    expect(res.status).toBe(401);
    expect(res.headers.get("Set-Cookie")).toBeNull();
    const html = await res.text();
    const doc = await parse(html);
    expect(errorFor(doc, "key")).toBe("This key is unknown, revoked or expired.");
    expect(fieldValue(doc, "key")).toBe("");
    expect(html).not.toContain(wrong);
    expect(fieldValue(doc, "next")).toBe("/desk/new");
  });

  it("refuses a revoked key", async () => {
    const key = await createKey("editor", "Soon revoked");
    expect((await call(`/v1/keys/${key.id}`, { method: "DELETE", token: ADMIN_TOKEN })).status).toBe(204);
    const res = await postSignIn({ key: key.key, next: "/desk" });
    expect(res.status).toBe(401);
    expect(errorFor(await parse(await res.text()), "key")).toBe("This key is unknown, revoked or expired.");
  });

  it.each([
    ["no Origin and no Referer", { origin: null }],
    ["a foreign Origin", { origin: "https://evil.example" }],
    ["the same host over https", { origin: "https://claimtrail.test" }],
    ['Origin "null" (a sandboxed frame)', { origin: "null" }],
    ["no Origin and a foreign Referer", { origin: null, referer: "https://evil.example/login" }],
    ["no Origin and a Referer that is not a URL", { origin: null, referer: "not a url" }],
  ] as const)("refuses a sign-in with %s: 403, no cookie, no session", async (_, headers) => {
    const before = await dbSnapshot(env.DB);
    const res = await postSignIn({ key: editor.key, next: "/desk" }, headers);
    expect(res.status).toBe(403);
    expect(res.headers.get("Set-Cookie")).toBeNull();
    expect(errorFor(await parse(await res.text()), "key")).toMatch(/not sent from the desk/);
    expect(await dbSnapshot(env.DB)).toEqual(before);
  });

  it("accepts a same-origin Referer when the browser sends no Origin", async () => {
    const res = await postSignIn(
      { key: editor.key, next: "/desk" },
      { origin: null, referer: `${ORIGIN}/desk/sign-in` },
    );
    expect(res.status).toBe(303);
    expect(cookieOf(res)).toBeDefined();
  });

  it("never shows a session's CSRF token on the sign-in page, even to a signed-in browser", async () => {
    const cookie = await signIn(editor.key);
    const token = await csrfFor(cookie);
    const wrongKey = await postSignIn({ key: "nope", next: "/desk" }, { cookie });
    const foreign = await postSignIn({ key: "nope", next: "/desk" }, { cookie, origin: "https://evil.example" });
    for (const res of [wrongKey, foreign]) {
      const html = await res.text();
      expect(html).not.toContain(token);
      expect(html).not.toContain("_csrf");
    }
  });
});
