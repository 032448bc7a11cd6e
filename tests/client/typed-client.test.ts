import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { claimtrail } from "../../client";
import { ADMIN_TOKEN, BLINKEN_QUOTE, ORIGIN } from "../helpers";

/** The typed client, talking to the real Worker (its default export, in workerd, on the test D1). */
const viaWorker: typeof fetch = (input, init) => exports.default.fetch(new Request(input, init));

describe("the typed client (hono/client on the Worker's own route types)", () => {
  it("creates a claim, posts an update, reads both back, with typed bodies", async () => {
    const editorKey = await claimtrail(ORIGIN, { key: ADMIN_TOKEN, fetch: viaWorker }).v1.keys.$post({
      json: { role: "editor", name: "typed client" },
    });
    if (editorKey.status !== 201) throw new Error(`creating a key: ${editorKey.status}`);
    const { key } = await editorKey.json();
    if (!key) throw new Error("no key");
    const api = claimtrail(ORIGIN, { key, fetch: viaWorker });

    const created = await api.v1.claims.$post({
      json: {
        text: BLINKEN_QUOTE,
        kind: "statistic",
        speaker: { name: "Antony Blinken", title: "US Secretary of State" },
        quantity: { value: 90, unit: "percent", qualifier: "more_than" },
        topics: ["gaza"],
      },
    });
    if (created.status !== 201) throw new Error(`creating a claim: ${created.status}`);
    const claim = await created.json();
    expect(claim).toMatchObject({ text: BLINKEN_QUOTE, status: { code: "unverified" }, possible_duplicates: [] });

    const update = await api.v1.claims[":id"].updates.$post({
      param: { id: claim.id },
      json: { status: "mostly_false", note: "Illustrative.", evidence: [{ url: "https://evidence.example/a" }] },
      header: { "if-match": `"v${claim.version}"` },
    });
    if (update.status !== 201) throw new Error(`posting an update: ${update.status}`);
    expect((await update.json()).status).toBe("mostly_false");

    const read = await api.v1.claims[":id"].$get({ param: { id: claim.id }, query: { include: "timeline" } });
    if (read.status !== 200) throw new Error(`reading the claim: ${read.status}`);
    const body = await read.json();
    expect(body.status.code).toBe("mostly_false");
    expect(body.timeline?.map((u) => u.status)).toEqual(["unverified", "mostly_false"]);

    const list = await api.v1.claims.$get({ query: { q: "agreed", limit: "5" } });
    if (list.status !== 200) throw new Error(`listing: ${list.status}`);
    expect((await list.json()).data.map((c) => c.id)).toContain(claim.id);
  });

  it("answers problems with their status and body", async () => {
    const api = claimtrail(ORIGIN, { fetch: viaWorker });
    const res = await api.v1.claims[":id"].$get({ param: { id: "clm_01J5Z8X2Q3R4S5T6V7W8X9Y0Z1" }, query: {} });
    if (res.status !== 404) throw new Error(`expected 404, got ${res.status}`);
    expect(await res.json()).toMatchObject({ code: "claim_not_found", status: 404 });
  });
});
