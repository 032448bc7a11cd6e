import { beforeAll, describe, expect, it, vi } from "vitest";
import { ADMIN_TOKEN, type ClaimBody, createClaim, createKey } from "../helpers";
import { hookName, subscribe } from "../webhooks/hooks";
import { csrfFor, csrfOf, isInside, type Page, page, parse, post, postSignIn, signIn, unlabelled } from "./desk";

vi.setConfig({ testTimeout: 20_000 });

let editor: string;
let editorCookie: string;
let adminCookie: string;
let claim: ClaimBody;
let webhookId: string;

beforeAll(async () => {
  editor = (await createKey("editor", "Every-page editor")).key;
  editorCookie = await signIn(editor);
  adminCookie = await signIn(ADMIN_TOKEN);
  claim = await createClaim(editor);
  webhookId = (await subscribe(hookName("every-page"))).id;
});

const ARTICLE = `Mayor Jane Roe said on Monday: "We will open 12 new libraries by 2030," Roe told reporters.`;

async function raw(res: Response): Promise<Page> {
  const html = await res.text();
  return { res, html, doc: await parse(html) };
}

/** Every kind of desk HTML answer: pages, error pages, and pages answering a form. */
const pages: [string, () => Promise<Page>][] = [
  ["sign-in page", () => page("/desk/sign-in")],
  ["sign-in: wrong key (401)", async () => raw(await postSignIn({ key: "wrong", next: "/desk" }))],
  [
    "sign-in: foreign origin (403)",
    async () => raw(await postSignIn({ key: "x" }, { origin: "https://evil.example" })),
  ],
  ["claims list", () => page("/desk", editorCookie)],
  ["claims list with an error (400)", () => page(`/desk?cursor=${"A".repeat(600)}`, editorCookie)],
  ["due for review", () => page("/desk?view=due", editorCookie)],
  ["claim page", () => page(`/desk/claims/${claim.id}`, editorCookie)],
  ["claim not found (404)", () => page("/desk/claims/clm_01J5Z8X2Q3R4S5T6V7W8X9Y0Z1", editorCookie)],
  [
    "status update refused (400)",
    () => post(`/desk/claims/${claim.id}/updates`, editorCookie, { status: "", version: String(claim.version) }),
  ],
  [
    "status update conflict (409)",
    () => post(`/desk/claims/${claim.id}/updates`, editorCookie, { status: "true", version: "99", seen_at: "" }),
  ],
  ["edit page", () => page(`/desk/claims/${claim.id}/edit`, editorCookie)],
  [
    "edit refused (400)",
    () => post(`/desk/claims/${claim.id}/edit`, editorCookie, { text: "", version: String(claim.version) }),
  ],
  ["new claim", () => page("/desk/new", editorCookie)],
  ["new claim refused (400)", () => post("/desk/new", editorCookie, { text: "" })],
  ["candidates to pick", () => post("/desk/new", editorCookie, { text: ARTICLE })],
  ["nothing picked (400)", () => post("/desk/new/save", editorCookie, { text: ARTICLE, count: "0" })],
  ["admins only (403)", () => page("/desk/keys", editorCookie)],
  ["API keys", () => page("/desk/keys", adminCookie)],
  ["key created", () => post("/desk/keys", adminCookie, { name: "Every-page key", role: "editor" })],
  ["key refused (400)", () => post("/desk/keys", adminCookie, { name: "", role: "editor" })],
  ["webhooks", () => page("/desk/webhooks", adminCookie)],
  ["webhook deliveries", () => page(`/desk/webhooks/${webhookId}`, adminCookie)],
  ["webhook not found (404)", () => page("/desk/webhooks/whk_01J5Z8X2Q3R4S5T6V7W8X9Y0Z1", adminCookie)],
];

describe("every desk HTML answer", () => {
  it.each(pages)(
    "%s: no-store, not frameable, forms post back only, nosniff, every field labelled",
    async (_, load) => {
      const { res, doc } = await load();
      expect(res.headers.get("Content-Type")).toMatch(/^text\/html/);
      expect(res.headers.get("Cache-Control")).toBe("no-store");
      const csp = (res.headers.get("Content-Security-Policy") ?? "").split(";").map((d) => d.trim());
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("form-action 'self'");
      expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
      expect(unlabelled(doc)).toEqual([]);
      expect(doc.nodes.some((n) => n.tag === "input" || n.tag === "select" || n.tag === "textarea")).toBe(true);
    },
  );

  it("carries the session's CSRF token in every form of a signed-in page, and none on sign-in pages", async () => {
    const token = await csrfFor(editorCookie);
    const { html, doc } = await page(`/desk/claims/${claim.id}`, editorCookie);
    expect(csrfOf(html)).toBe(token);
    const forms = doc.nodes.filter((n) => n.tag === "form" && n.attrs.method === "post");
    for (const form of forms) {
      const csrf = doc.nodes.find((n) => n.attrs.name === "_csrf" && isInside(n, form));
      expect(csrf?.attrs.value, form.attrs.action).toBe(token);
    }
    for (const [name, load] of pages.slice(0, 3)) expect((await load()).html, name).not.toContain("_csrf");
  });
});
