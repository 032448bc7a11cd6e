import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { sha256Hex } from "../../src/domain/hashing";
import { ADMIN_TOKEN, type ClaimBody, call, createClaim, createKey } from "../helpers";
import {
  csrfFor,
  dbSnapshot,
  fieldValue,
  freshIp,
  locationOf,
  page,
  post,
  postSignIn,
  signIn,
  visibleText,
} from "./desk";

let editor: { id: string; key: string };
let claim: ClaimBody;
let desk: string[];

beforeAll(async () => {
  editor = await createKey("editor", "Session editor");
  claim = await createClaim(editor.key);
  desk = [
    "/desk",
    "/desk/new",
    `/desk/claims/${claim.id}`,
    `/desk/claims/${claim.id}/edit`,
    "/desk/keys",
    "/desk/webhooks",
    "/desk/webhooks/whk_01J5Z8X2Q3R4S5T6V7W8X9Y0Z1",
  ];
});

const signInUrl = (path: string) => `/desk/sign-in?next=${encodeURIComponent(path)}`;

async function expectSignedOut(cookie: string | undefined, what: string) {
  for (const path of desk) {
    const { res } = await page(path, cookie);
    expect({ path, status: res.status, location: locationOf(res) }, what).toEqual({
      path,
      status: 303,
      location: signInUrl(path),
    });
  }
}

const secretOf = (cookie: string) => cookie.slice("ct_desk=".length);

describe("without a live session", () => {
  it("sends every desk page to sign in, coming back to that page afterwards", async () => {
    await expectSignedOut(undefined, "no cookie");
  });

  it("sends every desk form POST to sign in too (then to the desk, not to a POST-only URL), and writes nothing", async () => {
    const before = await dbSnapshot(env.DB);
    const posts = [
      "/desk/sign-out",
      `/desk/claims/${claim.id}/updates`,
      `/desk/claims/${claim.id}/edit`,
      "/desk/new",
      "/desk/new/save",
      "/desk/keys",
      `/desk/keys/${editor.id}/revoke`,
    ];
    for (const path of posts) {
      const res = await call(path, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: "http://claimtrail.test" },
        rawBody: new URLSearchParams({
          status: "false",
          name: "x",
          role: "admin",
          count: "1",
          pick_0: "on",
        }).toString(),
      });
      expect({ path, status: res.status, location: locationOf(res) }).toEqual({
        path,
        status: 303,
        location: signInUrl("/desk"),
      });
    }
    expect(await dbSnapshot(env.DB)).toEqual(before);
  });

  it("keeps the query string of the page it sends to sign in", async () => {
    const res = await call("/desk?view=due&q=agreed");
    expect(locationOf(res)).toBe(signInUrl("/desk?view=due&q=agreed"));
  });

  it("round-trips: the redirect's sign-in page keeps next, and signing in lands on that page", async () => {
    const { res } = await page("/desk/new");
    const signInPage = await page(locationOf(res));
    expect(signInPage.res.status).toBe(200);
    expect(fieldValue(signInPage.doc, "next")).toBe("/desk/new");
    const signedIn = await postSignIn({ key: editor.key, next: fieldValue(signInPage.doc, "next") });
    expect(signedIn.status).toBe(303);
    expect(locationOf(signedIn)).toBe("/desk/new");
  });

  it.each([
    ["one character of the secret changed", (s: string) => `ct_desk=${s.slice(0, -1)}${s.endsWith("A") ? "B" : "A"}`],
    ["the secret cut short", (s: string) => `ct_desk=${s.slice(0, 20)}`],
    ["an empty secret", () => "ct_desk="],
    ["a very long secret", (s: string) => `ct_desk=${s.repeat(5)}`],
    ["the secret's hash instead of the secret", () => "ct_desk=HASH"],
    ["the secret under another cookie name", (s: string) => `ct_desk2=${s}`],
  ])("treats a tampered cookie (%s) as signed out", async (_, tamper) => {
    const cookie = await signIn(editor.key);
    expect((await page("/desk", cookie)).res.status).toBe(200);
    let forged = tamper(secretOf(cookie));
    if (forged.endsWith("HASH")) forged = `ct_desk=${await sha256Hex(secretOf(cookie))}`;
    await expectSignedOut(forged, `tampered: ${forged}`);
  });

  it("ends a session whose expires_at has passed", async () => {
    const cookie = await signIn(editor.key);
    expect((await page("/desk", cookie)).res.status).toBe(200);
    const hash = await sha256Hex(secretOf(cookie));
    const changed = await env.DB.prepare("update desk_sessions set expires_at = ? where secret_hash = ?")
      .bind(new Date(Date.now() - 1000).toISOString(), hash)
      .run();
    expect(changed.meta.changes).toBe(1);
    await expectSignedOut(cookie, "expired");
  });

  it("ends every session of a key at once when the key is revoked through the API, and no other", async () => {
    const doomed = await createKey("editor", "Revoked at once");
    const first = await signIn(doomed.key);
    const second = await signIn(doomed.key);
    const bystander = await signIn(editor.key);
    for (const cookie of [first, second, bystander]) expect((await page("/desk", cookie)).res.status).toBe(200);
    expect((await call(`/v1/keys/${doomed.id}`, { method: "DELETE", token: ADMIN_TOKEN })).status).toBe(204);
    await expectSignedOut(first, "first session of the revoked key");
    await expectSignedOut(second, "second session of the revoked key");
    expect((await page("/desk", bystander)).res.status).toBe(200);
    expect((await postSignIn({ key: doomed.key, next: "/desk" }, { ip: freshIp() })).status).toBe(401);
  });
});

describe("POST /desk/sign-out", () => {
  it("ends this session: 303 to sign in, the cookie cleared, the old cookie refused afterwards", async () => {
    const cookie = await signIn(editor.key);
    const other = await signIn(editor.key);
    await csrfFor(cookie);
    const { res } = await post("/desk/sign-out", cookie);
    expect(res.status).toBe(303);
    expect(locationOf(res)).toBe("/desk/sign-in");
    const cleared = (res.headers.get("Set-Cookie") ?? "").split(";").map((part) => part.trim());
    expect(cleared[0]).toBe("ct_desk=");
    expect(cleared).toEqual(expect.arrayContaining(["Max-Age=0", "Path=/desk", "HttpOnly", "SameSite=Strict"]));
    await expectSignedOut(cookie, "signed out");
    const row = await env.DB.prepare("select revoked_at from desk_sessions where secret_hash = ?")
      .bind(await sha256Hex(secretOf(cookie)))
      .first<{ revoked_at: string | null }>();
    expect(row?.revoked_at).toEqual(expect.any(String));
    // Signing out in one browser leaves the same key's other sessions alone.
    expect((await page("/desk", other)).res.status).toBe(200);
  });

  it("shows the signed-in name on the sign-out button of every page", async () => {
    const cookie = await signIn(editor.key);
    for (const path of ["/desk", "/desk/new", `/desk/claims/${claim.id}`, `/desk/claims/${claim.id}/edit`]) {
      const { doc } = await page(path, cookie);
      expect(visibleText(doc), path).toContain("Sign out Session editor");
    }
  });

  it("is answered for the admin token too (a session with no key behind it)", async () => {
    const cookie = await signIn(ADMIN_TOKEN);
    const { doc } = await page("/desk", cookie);
    expect(visibleText(doc)).toContain("Sign out Admin token");
    const { res } = await post("/desk/sign-out", cookie);
    expect(res.status).toBe(303);
    await expectSignedOut(cookie, "admin token signed out");
  });
});
