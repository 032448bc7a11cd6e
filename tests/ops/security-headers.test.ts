import { beforeAll, describe, expect, it } from "vitest";
import { EMBED_HEADERS } from "../../src/http/security-headers";
import { signIn } from "../desk/desk";
import { measure } from "../embeds/support";
import {
  ADMIN_TOKEN,
  type ClaimBody,
  type CreatedKeyBody,
  type CreatedWebhookBody,
  call,
  callJson,
  createClaim,
  createKey,
  ORIGIN,
} from "../helpers";
import { hookName, hookUrl } from "../webhooks/hooks";

const HSTS = "max-age=31536000; includeSubDomains";
const NEWSROOM = "https://newsroom.example";

let editor: string;
let claim: ClaimBody;

beforeAll(async () => {
  editor = (await createKey("editor", "Headers desk")).key;
  claim = await createClaim(editor, { text: "Headers are checked on every surface." });
});

function directives(res: Response): string[] {
  return (res.headers.get("Content-Security-Policy") ?? "").split(";").map((d) => d.trim());
}

/** What every answer carries, whatever its surface. */
function expectBase(res: Response): void {
  expect(res.headers.get("Strict-Transport-Security")).toBe(HSTS);
  expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
  expect(res.headers.get("Referrer-Policy")).toMatch(/^(strict-origin-when-cross-origin|no-referrer|same-origin)$/);
  expect(res.headers.get("X-Powered-By")).toBeNull();
  expect(res.headers.get("Content-Security-Policy")).toBeTruthy();
}

/** JSON, problems and feeds: nothing renders, nothing may frame them. */
function expectApi(res: Response): void {
  expectBase(res);
  expect(res.headers.get("Content-Security-Policy")).toBe("default-src 'none'; frame-ancestors 'none'");
  expect(res.headers.get("X-Frame-Options")).toBe("DENY");
  expect(res.headers.get("Referrer-Policy")).toBe("no-referrer");
  expect(res.headers.get("Cross-Origin-Opener-Policy")).toBeNull();
}

/** An HTML page of this site: its own CSP, never framed, its own browsing context group. */
function expectPage(res: Response): void {
  expectBase(res);
  expect(directives(res)).toContain("frame-ancestors 'none'");
  expect(res.headers.get("X-Frame-Options")).toBe("DENY");
  expect(res.headers.get("Cross-Origin-Opener-Policy")).toBe("same-origin");
}

/** Made to be framed and shown by any site. */
function expectEmbeddable(res: Response): void {
  expectBase(res);
  expect(directives(res)).toContain("frame-ancestors *");
  expect(res.headers.get("X-Frame-Options")).toBeNull();
  expect(res.headers.get("Cross-Origin-Resource-Policy")).toBe("cross-origin");
}

const SECURITY_HEADERS = [
  "Strict-Transport-Security",
  "X-Content-Type-Options",
  "Referrer-Policy",
  "Cross-Origin-Resource-Policy",
  "Cross-Origin-Opener-Policy",
  "Content-Security-Policy",
  "X-Frame-Options",
  "Access-Control-Allow-Origin",
];

function securityHeadersOf(headers: Headers): Record<string, string | null> {
  return Object.fromEntries(SECURITY_HEADERS.map((name) => [name, headers.get(name)]));
}

describe("API answers", () => {
  it.each([
    ["a claim", () => `/v1/claims/${claim.id}`],
    ["a list", () => "/v1/claims"],
    ["the scales", () => "/v1/statuses"],
    ["the OpenAPI document", () => "/openapi.json"],
    ["liveness", () => "/healthz"],
    ["a feed of all claims", () => "/feeds/claims.atom"],
    ["a claim's feed", () => `/feeds/claims/${claim.id}.atom`],
  ])("%s: strict CSP, not frameable, no referrer, HSTS, nosniff", async (_, path) => {
    const res = await call(path());
    expect(res.status).toBe(200);
    expectApi(res);
  });

  it.each([
    ["404", () => call("/v1/claims/clm_01J5Z8X2Q3R4S5T6V7W8X9Y0Z1"), 404],
    ["404 of an unknown path", () => call("/nowhere"), 404],
    ["405", () => call("/v1/statuses", { method: "DELETE", token: ADMIN_TOKEN }), 405],
    ["413", () => call("/v1/claims", { token: editor, rawBody: "x".repeat(70_000) }), 413],
    ["401", () => call("/v1/claims", { body: {} }), 401],
    ["400 bad bookmark", () => call("/v1/claims", { headers: { "Claimtrail-Bookmark": "nope" } }), 400],
  ])("problem %s: the same headers", async (_, send, status) => {
    const res = await send();
    expect(res.status).toBe(status);
    expect(res.headers.get("Content-Type")).toBe("application/problem+json");
    expectApi(res);
  });

  it("a 304 keeps the security headers and what a cross-origin reader needs", async () => {
    const first = await call(`/v1/claims/${claim.id}`);
    const again = await call(`/v1/claims/${claim.id}`, {
      headers: { "If-None-Match": first.headers.get("ETag") ?? "", Origin: NEWSROOM },
    });
    expect(again.status).toBe(304);
    expectApi(again);
    expect(again.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(again.headers.get("Access-Control-Expose-Headers")).toContain("ETag");
  });
});

describe("CORS: open for public reads, closed for writes from browsers", () => {
  const preflight = (method: string, headers?: string) =>
    call("/v1/claims", {
      method: "OPTIONS",
      headers: {
        Origin: NEWSROOM,
        "Access-Control-Request-Method": method,
        ...(headers ? { "Access-Control-Request-Headers": headers } : {}),
      },
    });

  it.each([
    ["GET", undefined],
    ["GET", "if-none-match"],
    ["GET", "If-None-Match, Claimtrail-Bookmark"],
    ["HEAD", "claimtrail-bookmark"],
  ])("a preflight for %s with headers %s is allowed", async (method, headers) => {
    const res = await preflight(method, headers);
    expect(res.status).toBe(204);
    expect(res.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(res.headers.get("Access-Control-Allow-Methods")).toBe("GET, HEAD");
    expect(res.headers.get("Access-Control-Allow-Headers")).toBe("If-None-Match, Claimtrail-Bookmark");
    expect(res.headers.get("Access-Control-Max-Age")).toBe("86400");
    expect(res.headers.get("Access-Control-Allow-Credentials")).toBeNull();
    expectApi(res);
  });

  it.each([
    ["POST", "content-type"],
    ["PATCH", "if-match"],
    ["DELETE", undefined],
    ["GET", "authorization"],
    ["GET", "if-none-match, Authorization"],
    ["POST", "authorization, content-type, idempotency-key"],
  ])("a preflight for %s with headers %s gets no allow headers", async (method, headers) => {
    const res = await preflight(method, headers);
    expect(res.status).toBe(204);
    for (const name of [...res.headers.keys()]) expect(name).not.toMatch(/^access-control-/);
    expectApi(res);
  });

  it("reads answer Access-Control-Allow-Origin: * and expose the headers clients use", async () => {
    for (const method of ["GET", "HEAD"]) {
      const res = await call(`/v1/claims/${claim.id}`, { method, headers: { Origin: NEWSROOM } });
      expect(res.status).toBe(200);
      expect(res.headers.get("Access-Control-Allow-Origin")).toBe("*");
      const exposed = (res.headers.get("Access-Control-Expose-Headers") ?? "").split(", ");
      expect(exposed).toEqual(expect.arrayContaining(["ETag", "X-Request-Id", "Claimtrail-Bookmark"]));
    }
  });

  it("writes answer no Access-Control-Allow-Origin, whether they succeed or fail", async () => {
    const created = await call("/v1/claims", {
      token: editor,
      headers: { Origin: NEWSROOM },
      body: { text: "A write read by no browser.", kind: "statement", speaker: { name: "A. Speaker" } },
    });
    const patched = await call(`/v1/claims/${claim.id}`, {
      method: "PATCH",
      token: editor,
      headers: { Origin: NEWSROOM },
      body: { topics: ["cors"] },
    });
    const key = await createKey("editor", "Revoked across origins");
    const revoked = await call(`/v1/keys/${key.id}`, {
      method: "DELETE",
      token: ADMIN_TOKEN,
      headers: { Origin: NEWSROOM },
    });
    const unauthorised = await call("/v1/claims", { headers: { Origin: NEWSROOM }, body: {} });
    expect([created.status, patched.status, revoked.status, unauthorised.status]).toEqual([201, 200, 204, 401]);
    for (const res of [created, patched, revoked, unauthorised]) {
      expect(res.headers.get("Access-Control-Allow-Origin")).toBeNull();
      expect(res.headers.get("Access-Control-Expose-Headers")).toBeNull();
      expectApi(res);
    }
  });
});

describe("no-store on answers that carry a secret or who holds access", () => {
  it("keys: created, listed, revoked", async () => {
    const created = await callJson<CreatedKeyBody>("/v1/keys", {
      token: ADMIN_TOKEN,
      body: { role: "editor", name: "No-store key" },
    });
    expect(created.body.key).toMatch(/^ctk_/);
    const listed = await call("/v1/keys", { token: ADMIN_TOKEN });
    const revoked = await call(`/v1/keys/${created.body.id}`, { method: "DELETE", token: ADMIN_TOKEN });
    for (const res of [created.res, listed, revoked]) expect(res.headers.get("Cache-Control")).toBe("no-store");
  });

  it("webhooks: the signing secret at creation and rotation, and the subscriptions", async () => {
    const created = await callJson<CreatedWebhookBody>("/v1/webhooks", {
      token: ADMIN_TOKEN,
      body: { url: hookUrl(hookName("headers")) },
    });
    expect(created.body.secret).toMatch(/^whsec_/);
    const rotated = await call(`/v1/webhooks/${created.body.id}/rotate-secret`, { method: "POST", token: ADMIN_TOKEN });
    expect(rotated.status).toBe(200);
    const listed = await call("/v1/webhooks", { token: ADMIN_TOKEN });
    const one = await call(`/v1/webhooks/${created.body.id}`, { token: ADMIN_TOKEN });
    for (const res of [created.res, rotated, listed, one]) {
      expect(res.headers.get("Cache-Control")).toBe("no-store");
      expectApi(res);
    }
  });

  it("public reads stay cacheable", async () => {
    const res = await call("/v1/statuses");
    expect(res.headers.get("Cache-Control")).toBe("public, max-age=3600");
  });
});

describe("public pages and /docs", () => {
  it.each([
    ["the index", () => "/", 200],
    ["a search", () => "/?q=headers", 200],
    ["a claim page", () => `/claims/${claim.id}`, 200],
    ["an unknown claim page", () => "/claims/clm_01J5Z8X2Q3R4S5T6V7W8X9Y0Z1", 404],
    ["the API reference", () => "/docs", 200],
  ])("%s: its own CSP, not frameable, COOP, HSTS, nosniff", async (_, path, status) => {
    const res = await call(path());
    expect(res.status).toBe(status);
    expectPage(res);
    expect(res.headers.get("Referrer-Policy")).toBe("strict-origin-when-cross-origin");
    expect(directives(res)).toContain("base-uri 'none'");
  });

  it("a claim page names its inline style by hash and runs no script", async () => {
    const res = await call(`/claims/${claim.id}`);
    const csp = directives(res);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'none'");
    expect(csp.find((d) => d.startsWith("style-src"))).toMatch(/^style-src 'sha256-[^']+'$/);
  });

  it("a 304 of a page keeps its own CSP, not a stricter one that would unstyle the cached copy", async () => {
    const first = await call(`/claims/${claim.id}`);
    const again = await call(`/claims/${claim.id}`, { headers: { "If-None-Match": first.headers.get("ETag") ?? "" } });
    expect(again.status).toBe(304);
    expect(again.headers.get("Content-Security-Policy")).toBe(first.headers.get("Content-Security-Policy"));
    expectPage(again);
  });
});

describe("the desk", () => {
  it("sign-in page: strict CSP, forms post back only, not frameable, no-store", async () => {
    const res = await call("/desk/sign-in");
    expect(res.status).toBe(200);
    expectPage(res);
    expect(directives(res)).toEqual(expect.arrayContaining(["default-src 'none'", "form-action 'self'"]));
    expect(res.headers.get("Referrer-Policy")).toBe("same-origin");
    expect(res.headers.get("Cache-Control")).toBe("no-store");
  });

  it("signing in sets the cookie on a no-store redirect; the desk page after it is no-store", async () => {
    const cookie = await signIn(editor);
    const redirect = await call("/desk/sign-in", { headers: { Cookie: cookie } });
    expect(redirect.status).toBe(303);
    const page = await call("/desk", { headers: { Cookie: cookie } });
    expect(page.status).toBe(200);
    for (const res of [redirect, page]) {
      expectPage(res);
      expect(res.headers.get("Cache-Control")).toBe("no-store");
    }
  });

  it("the sign-in answer that sets the cookie is no-store", async () => {
    const res = await call("/desk/sign-in", {
      method: "POST",
      headers: {
        "Content-Type": "application/x-www-form-urlencoded",
        Origin: ORIGIN,
        "CF-Connecting-IP": "2001:db8::5ec:1",
      },
      rawBody: new URLSearchParams({ key: editor, next: "/desk" }).toString(),
    });
    expect(res.status).toBe(303);
    expect(res.headers.get("Set-Cookie")).toMatch(/^ct_desk=/);
    expect(res.headers.get("Cache-Control")).toBe("no-store");
    expectPage(res);
  });

  it("a desk path without a session redirects with no-store", async () => {
    const res = await call("/desk/new");
    expect(res.status).toBe(303);
    expect(res.headers.get("Cache-Control")).toBe("no-store");
    expectPage(res);
  });
});

describe("embeds: framed and shown by any site", () => {
  const FORMATS = [
    ["card", ""],
    ["badge", "/badge.svg"],
    ["shields", "/shields.json"],
  ] as const;

  it.each(FORMATS)(
    "%s: cold, warm from memory, and as stored in the Cache API, the same headers",
    async (_, suffix) => {
      const fresh = await createClaim(editor, { text: `Embed headers ${suffix || "card"}.` });
      const path = `/embed/claims/${fresh.id}${suffix}`;
      const cold = await measure(path);
      expect(cold.res.status).toBe(200);
      expect(cold.roundTrips).toBe(1);
      expectEmbeddable(cold.res);
      const warm = await measure(path);
      expect(warm.roundTrips).toBe(0);
      expect(securityHeadersOf(warm.res.headers)).toEqual(securityHeadersOf(cold.res.headers));
      const stored = await caches.default.match(`${ORIGIN}${path}`);
      expect(stored).toBeDefined();
      expect(securityHeadersOf(stored?.headers ?? new Headers())).toEqual(securityHeadersOf(cold.res.headers));
      await stored?.body?.cancel();

      const etag = cold.res.headers.get("ETag") ?? "";
      const revalidated = await measure(path, { headers: { "If-None-Match": etag } });
      expect(revalidated.res.status).toBe(304);
      expect(revalidated.roundTrips).toBe(0);
      expectEmbeddable(revalidated.res);
      expect(revalidated.res.headers.get("Content-Security-Policy")).toBe(
        cold.res.headers.get("Content-Security-Policy"),
      );
    },
  );

  it("the card keeps its own hashed CSP; badge and shields get the embed policy", async () => {
    const card = await call(`/embed/claims/${claim.id}`);
    expect(directives(card).find((d) => d.startsWith("style-src"))).toMatch(/^style-src 'sha256-/);
    const badge = await call(`/embed/claims/${claim.id}/badge.svg`);
    expect(badge.headers.get("Content-Security-Policy")).toBe(EMBED_HEADERS["Content-Security-Policy"]);
    expect(badge.headers.get("Content-Security-Policy")).toBe("default-src 'none'; frame-ancestors *");
  });

  it.each([
    ["embed.js", () => "/embed.js", 200],
    ["oEmbed", () => `/oembed?url=${encodeURIComponent(`${ORIGIN}/claims/${claim.id}`)}`, 200],
    ["an unknown claim's card", () => "/embed/claims/clm_01J5Z8X2Q3R4S5T6V7W8X9Y0Z1", 404],
    ["an unknown claim's badge", () => "/embed/claims/clm_01J5Z8X2Q3R4S5T6V7W8X9Y0Z1/badge.svg", 404],
  ])("%s: embeddable too", async (_, path, status) => {
    const res = await call(path());
    expect(res.status).toBe(status);
    expectEmbeddable(res);
  });
});
