import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it, vi } from "vitest";
import {
  ADMIN_TOKEN,
  type ApiKeyBody,
  callJson,
  createClaim,
  createKey,
  type ListBody,
  type WebhookBody,
} from "../helpers";
import { deliveriesOf, hookName, subscribe, waitFor } from "../webhooks/hooks";
import {
  byId,
  columnHeaders,
  dbSnapshot,
  errorFor,
  fieldValue,
  h1,
  labelOf,
  links,
  locationOf,
  page,
  post,
  signIn,
  squash,
  tableRows,
  visibleText,
} from "./desk";

vi.setConfig({ testTimeout: 20_000 });

let editorCookie: string;
let adminCookie: string;
let webhook: WebhookBody;

beforeAll(async () => {
  editorCookie = await signIn((await createKey("editor", "Plain editor")).key);
  adminCookie = await signIn((await createKey("admin", "Desk admin")).key);
  webhook = await subscribe(hookName("desk"));
});

const navLinks = async (cookie: string) => {
  const { doc } = await page("/desk", cookie);
  const nav = doc.nodes.find((n) => n.tag === "nav" && n.attrs["aria-label"] === "Desk");
  return doc.nodes
    .filter((n) => n.tag === "a" && nav !== undefined && n.parent === nav)
    .map((n) => `${squash(n.text)} ${n.attrs.href ?? ""}`);
};

async function keysByName(name: string): Promise<ApiKeyBody[]> {
  const { body } = await callJson<ListBody<ApiKeyBody>>("/v1/keys?limit=100", { token: ADMIN_TOKEN });
  return body.data.filter((key) => key.name === name);
}

describe("an editor's session", () => {
  it("does not see the admin links", async () => {
    expect(await navLinks(editorCookie)).toEqual([
      "Claims /desk",
      "Due for review /desk?view=due",
      "New claim /desk/new",
    ]);
  });

  it.each(["/desk/keys", "/desk/webhooks", "/desk/webhooks/:id"])("gets a 403 page on GET %s", async (path) => {
    const { res, doc } = await page(path.replace(":id", webhook.id), editorCookie);
    expect(res.status).toBe(403);
    expect(h1(doc)).toBe("For admins only");
    expect(visibleText(doc)).not.toContain(webhook.url);
  });

  it("gets a 403 creating a key, and no key is made", async () => {
    const before = await dbSnapshot(env.DB);
    const { res, doc } = await post("/desk/keys", editorCookie, { name: "Editor's own admin key", role: "admin" });
    expect(res.status).toBe(403);
    expect(h1(doc)).toBe("For admins only");
    expect(await dbSnapshot(env.DB)).toEqual(before);
    expect(await keysByName("Editor's own admin key")).toEqual([]);
  });

  it("gets a 403 revoking a key, and the key still works", async () => {
    const victim = await createKey("editor", "Not revoked by an editor");
    const victimCookie = await signIn(victim.key);
    const { res } = await post(`/desk/keys/${victim.id}/revoke`, editorCookie);
    expect(res.status).toBe(403);
    const [key] = await keysByName("Not revoked by an editor");
    expect(key?.revoked_at).toBeNull();
    expect((await page("/desk", victimCookie)).res.status).toBe(200);
  });
});

describe("an admin's session", () => {
  it("sees the admin links", async () => {
    expect(await navLinks(adminCookie)).toEqual([
      "Claims /desk",
      "Due for review /desk?view=due",
      "New claim /desk/new",
      "API keys /desk/keys",
      "Webhooks /desk/webhooks",
    ]);
  });

  it("lists the keys with name, role and state", async () => {
    await createKey("editor", "Listed editor");
    const { res, doc } = await page("/desk/keys", adminCookie);
    expect(res.status).toBe(200);
    expect(h1(doc)).toBe("API keys");
    expect(columnHeaders(doc)).toEqual(["Name", "Role", "Created", "Last used", "State"]);
    const rows = tableRows(doc);
    const listed = rows.find((row) => row.text.startsWith("Listed editor"));
    expect(listed?.text).toMatch(/^Listed editor key_\w+ editor \d{4}-\d{2}-\d{2} never Revoke$/);
    expect(labelOf(doc, "name")).toBe("Who or what uses it");
    expect(labelOf(doc, "role")).toBe("Role");
  });

  it("creates a key and shows it once: on that answer, not in the list afterwards", async () => {
    const { res, doc, html } = await post("/desk/keys", adminCookie, { name: "Made at the desk", role: "editor" });
    expect(res.status).toBe(200);
    expect(visibleText(doc)).toContain("Key for Made at the desk created. Copy it now: it is not shown again.");
    const shown = byId(doc, "new-key")?.text.trim() ?? "";
    expect(shown).not.toBe("");
    expect(html).toContain(shown);
    const [created] = await keysByName("Made at the desk");
    expect(created).toMatchObject({ role: "editor", revoked_at: null });
    // The key shown works (as a desk sign-in, and so against the API).
    const cookie = await signIn(shown);
    expect(visibleText((await page("/desk", cookie)).doc)).toContain("Sign out Made at the desk");

    const later = await page("/desk/keys", adminCookie);
    expect(later.html).not.toContain(shown);
    expect(byId(later.doc, "new-key")).toBeUndefined();
    expect(tableRows(later.doc).some((row) => row.text.startsWith("Made at the desk"))).toBe(true);
  });

  it("answers a key without a name with 400, the error next to the name and the role kept", async () => {
    const before = await dbSnapshot(env.DB);
    const { res, doc } = await post("/desk/keys", adminCookie, { name: "  ", role: "admin" });
    expect(res.status).toBe(400);
    expect(errorFor(doc, "name")).toEqual(expect.any(String));
    expect(errorFor(doc, "role")).toBeUndefined();
    expect(fieldValue(doc, "role")).toBe("admin");
    expect(await dbSnapshot(env.DB)).toEqual(before);
  });

  it("revokes a key: the list says so, and the key's desk session ends at once", async () => {
    const doomed = await createKey("editor", "Revoked from the desk");
    const doomedCookie = await signIn(doomed.key);
    expect((await page("/desk", doomedCookie)).res.status).toBe(200);
    const { res } = await post(`/desk/keys/${doomed.id}/revoke`, adminCookie);
    expect(res.status).toBe(303);
    expect(locationOf(res)).toBe("/desk/keys");
    const { doc } = await page("/desk/keys", adminCookie);
    const row = tableRows(doc).find((r) => r.text.startsWith("Revoked from the desk"));
    expect(row?.text).toMatch(/revoked \d{4}-\d{2}-\d{2}$/);
    expect(row?.text).not.toMatch(/Revoke$/);
    const after = await page("/desk", doomedCookie);
    expect(after.res.status).toBe(303);
    expect(locationOf(after.res)).toBe("/desk/sign-in?next=%2Fdesk");
    const [key] = await keysByName("Revoked from the desk");
    expect(key?.revoked_at).toEqual(expect.any(String));
    expect((await callJson("/v1/extract", { token: doomed.key, body: { text: "x" } })).res.status).toBe(401);
  });

  it("lists webhook subscriptions made through the API, each linking to its delivery log", async () => {
    const filtered = await subscribe(hookName("filtered"), { events: ["claim.status_changed"] });
    const { res, doc } = await page("/desk/webhooks", adminCookie);
    expect(res.status).toBe(200);
    expect(h1(doc)).toBe("Webhooks");
    const items = doc.nodes.filter((n) => n.tag === "li" && n.parent?.tag === "ul");
    const texts = items.map((n) => n.text.replace(/\s+/g, " ").trim());
    expect(texts).toContain(`${webhook.url} — active · all events`);
    expect(texts).toContain(`${filtered.url} — active · claim.status_changed`);
    expect(links(doc)).toContainEqual({ href: `/desk/webhooks/${webhook.id}`, text: webhook.url });
    expect(visibleText(doc)).not.toMatch(/whsec_/);
  });

  it("shows a subscription's delivery log, a row per delivery", async () => {
    const claim = await createClaim(ADMIN_TOKEN);
    const [delivery] = await waitFor("the claim.created delivery to succeed", async () => {
      const got = (await deliveriesOf(webhook.id)).filter((d) => d.claim_id === claim.id && d.outcome === "succeeded");
      return got.length > 0 ? got : undefined;
    });
    if (!delivery) throw new Error("no delivery");
    const { res, doc } = await page(`/desk/webhooks/${webhook.id}`, adminCookie);
    expect(res.status).toBe(200);
    expect(h1(doc)).toBe(`Deliveries to ${webhook.url}`);
    expect(columnHeaders(doc)).toEqual(["Event", "Outcome", "Attempts", "Next attempt"]);
    const row = tableRows(doc).find((r) => r.text.includes(delivery.id));
    expect(row?.text).toMatch(new RegExp(`^claim\\.created ${delivery.id} succeeded 204 \\(\\d+ ms\\) —$`));
  });

  it("answers an unknown subscription with a 404 page", async () => {
    const { res, doc } = await page("/desk/webhooks/whk_01J5Z8X2Q3R4S5T6V7W8X9Y0Z1", adminCookie);
    expect(res.status).toBe(404);
    expect(h1(doc)).toBe("Webhook not found");
  });
});
