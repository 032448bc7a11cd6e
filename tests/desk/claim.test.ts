import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { type ClaimBody, callJson, createClaim, createKey, type StatusUpdateBody } from "../helpers";
import {
  byId,
  control,
  type Doc,
  dbSnapshot,
  errorFor,
  fieldsWithErrors,
  fieldValue,
  h1,
  labelOf,
  links,
  locationOf,
  optionsOf,
  page,
  post,
  signIn,
  squash,
  visibleText,
} from "./desk";

vi.setConfig({ testTimeout: 20_000 });

let editor: { id: string; key: string };
let cookie: string;
let scales: Record<string, string[]>;

beforeAll(async () => {
  editor = await createKey("editor", "Maria at the desk");
  cookie = await signIn(editor.key);
  const { body } = await callJson<{ data: { name: string; statuses: { code: string }[] }[] }>("/v1/statuses");
  scales = Object.fromEntries(body.data.map((scale) => [scale.name, scale.statuses.map((s) => s.code)]));
});

async function apiUpdate(id: string, body: Record<string, unknown>, token = editor.key): Promise<StatusUpdateBody> {
  const { res, body: update } = await callJson<StatusUpdateBody>(`/v1/claims/${id}/updates`, { token, body });
  if (res.status !== 201) throw new Error(`update failed: ${res.status}`);
  return update;
}

async function readClaim(id: string): Promise<ClaimBody> {
  return (await callJson<ClaimBody>(`/v1/claims/${id}?include=timeline`)).body;
}

/** What the update form on a claim page sends as it stands (hidden version and seen_at included). */
function formOf(doc: Doc): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const name of ["version", "seen_at", "status", "note"]) fields[name] = fieldValue(doc, name);
  for (let i = 0; i < 3; i++) {
    fields[`evidence_url_${i}`] = fieldValue(doc, `evidence_url_${i}`);
    fields[`evidence_title_${i}`] = fieldValue(doc, `evidence_title_${i}`);
  }
  return fields;
}

const textOfTimeline = (doc: Doc) => {
  const heading = byId(doc, "timeline");
  const section = heading?.parent;
  return squash(section?.text ?? "");
};

describe("GET /desk/claims/{id}", () => {
  it("shows the quote, speaker, status, timeline with notes and evidence, and the chain check", async () => {
    const claim = await createClaim(editor.key);
    await apiUpdate(claim.id, { status: "under_review", note: "Checking the negotiating texts." });
    await apiUpdate(claim.id, {
      status: "half_true",
      note: "Illustrative at best.",
      evidence: [{ url: "https://evidence.example/transcript", title: "Transcript" }],
    });
    const { res, doc } = await page(`/desk/claims/${claim.id}`, cookie);
    expect(res.status).toBe(200);
    expect(h1(doc)).toBe(claim.text);
    const text = visibleText(doc);
    expect(text).toContain("Antony Blinken, US Secretary of State · statistic");
    expect(text).toContain("Status: Half true");
    expect(text).toContain("Share of the issues agreed in the Gaza ceasefire talks");
    expect(text).toContain("Topics: gaza, ceasefire · Version 3");
    expect(text).toContain("Hash chain: verified, intact");

    const timeline = textOfTimeline(doc);
    // Newest first, each with its status, author and note.
    expect(timeline.indexOf("Half true")).toBeLessThan(timeline.indexOf("Under review"));
    expect(timeline.indexOf("Under review")).toBeLessThan(timeline.indexOf("Not yet rated"));
    expect(timeline).toContain("by Maria at the desk Illustrative at best.");
    expect(timeline).toContain("Checking the negotiating texts.");
    expect(links(doc)).toContainEqual({ href: "https://evidence.example/transcript", text: "Transcript" });
    expect(links(doc)).toContainEqual({ href: `/desk/claims/${claim.id}/edit`, text: "Edit metadata" });
    expect(links(doc)).toContainEqual({ href: claim.links.page, text: "Public page" });
    expect(links(doc)).toContainEqual({
      href: "https://news.example/world/us-uk-joint-statement",
      text: "US and UK issue joint statement on Gaza ceasefire talks",
    });
  });

  it("offers embed snippets with the claim's embed, badge and page URLs", async () => {
    const claim = await createClaim(editor.key);
    const { doc } = await page(`/desk/claims/${claim.id}`, cookie);
    const snippets = doc.nodes
      .filter((n) => n.tag === "textarea" && n.attrs.class === "snippet")
      .map((n) => ({
        label: squash(doc.nodes.find((l) => l.tag === "label" && l.attrs.for === n.attrs.id)?.text ?? ""),
        code: n.text.replace(/^\n/, ""),
      }));
    expect(snippets.map((s) => s.label)).toEqual(["Script and placeholder", "Iframe", "Badge", "oEmbed URL"]);
    const [script, iframe, badge, oembed] = snippets.map((s) => s.code);
    expect(script).toContain(`data-claimtrail-claim="${claim.id}"`);
    expect(iframe).toContain(`<iframe src="${claim.links.embed}"`);
    expect(badge).toContain(`<img src="${claim.links.badge}"`);
    expect(badge).toContain(`<a href="${claim.links.page}">`);
    expect(oembed).toBe(claim.links.page);
    const img = doc.nodes.find((n) => n.tag === "img" && n.attrs.src === claim.links.badge);
    expect(img?.attrs.alt).toBe("Badge: Not yet rated");
  });

  it("offers exactly the veracity scale for a statistic, the current status chosen", async () => {
    const claim = await createClaim(editor.key);
    const { doc } = await page(`/desk/claims/${claim.id}`, cookie);
    const select = control(doc, "status");
    expect(select.tag).toBe("select");
    expect(labelOf(doc, "status")).toBe("Status (veracity scale)");
    expect(optionsOf(doc, select).map((o) => o.value)).toEqual(scales.veracity);
    expect(fieldValue(doc, "status")).toBe("unverified");
  });

  it("offers exactly the progress scale for a promise", async () => {
    const claim = await createClaim(editor.key, {
      text: "We will build 2,000 homes by 2027.",
      kind: "promise",
      quantity: undefined,
    });
    const { doc } = await page(`/desk/claims/${claim.id}`, cookie);
    expect(labelOf(doc, "status")).toBe("Status (progress scale)");
    expect(optionsOf(doc, control(doc, "status")).map((o) => o.value)).toEqual(scales.progress);
  });

  it("shows a quote, note and evidence title containing markup as text, not as markup", async () => {
    const markup = `He said "<img src=x onerror=alert(1)>" & left.`;
    const claim = await createClaim(editor.key, { text: markup, summary: "<b>bold</b>", quantity: undefined });
    await apiUpdate(claim.id, {
      status: "under_review",
      note: "<script>alert(1)</script>",
      evidence: [{ url: "https://evidence.example/q?a=1&b=2", title: "<i>t</i>" }],
    });
    for (const path of [`/desk/claims/${claim.id}`, "/desk", `/desk/claims/${claim.id}/edit`]) {
      const { html, doc } = await page(path, cookie);
      expect(html, path).not.toContain("<img src=x");
      expect(html, path).not.toContain("<script>alert(1)");
      expect(html, path).not.toContain("<b>bold</b>");
      expect(visibleText(doc), path).toContain(markup);
    }
    const { doc } = await page(`/desk/claims/${claim.id}`, cookie);
    expect(visibleText(doc)).toContain("<script>alert(1)</script>");
    expect(links(doc)).toContainEqual({ href: "https://evidence.example/q?a=1&b=2", text: "<i>t</i>" });
  });

  it("answers an unknown or malformed id with a 404 page", async () => {
    for (const id of ["clm_01J5Z8X2Q3R4S5T6V7W8X9Y0Z1", "nope", "spk_01J5Z8X2Q3R4S5T6V7W8X9Y0Z1"]) {
      const { res, doc } = await page(`/desk/claims/${id}`, cookie);
      expect(res.status, id).toBe(404);
      expect(h1(doc)).toBe("Claim not found");
    }
  });
});

describe("POST /desk/claims/{id}/updates", () => {
  it("posts the update: 303 back to the claim, and the API shows the new status and the author", async () => {
    const claim = await createClaim(editor.key);
    const { doc } = await page(`/desk/claims/${claim.id}`, cookie);
    const fields = {
      ...formOf(doc),
      status: "mostly_false",
      note: "The negotiators disagree.",
      evidence_url_0: "https://evidence.example/a",
      evidence_title_0: "Briefing",
      evidence_url_2: "https://evidence.example/c",
    };
    const { res } = await post(`/desk/claims/${claim.id}/updates`, cookie, fields);
    expect(res.status).toBe(303);
    expect(locationOf(res)).toBe(`/desk/claims/${claim.id}?posted=1`);

    const read = await readClaim(claim.id);
    expect(read).toMatchObject({ version: 2, status: { code: "mostly_false", label: "Mostly false" } });
    expect(read.timeline?.at(-1)).toMatchObject({
      status: "mostly_false",
      previous_status: "unverified",
      note: "The negotiators disagree.",
      evidence: [
        { url: "https://evidence.example/a", title: "Briefing" },
        { url: "https://evidence.example/c", title: null },
      ],
      author: { key_id: editor.id, name: "Maria at the desk" },
    });

    const after = await page(locationOf(res), cookie);
    expect(squash(doc.nodes.find((n) => n.attrs.role === "status")?.text ?? "")).toBe("");
    expect(squash(after.doc.nodes.find((n) => n.attrs.role === "status")?.text ?? "")).toBe("Status update posted.");
    expect(visibleText(after.doc)).toContain("Status: Mostly false");
    expect(fieldValue(after.doc, "status")).toBe("mostly_false");
    expect(fieldValue(after.doc, "note")).toBe("");
    expect(fieldValue(after.doc, "version")).toBe("2");
  });

  it.each([
    {
      where: "row 3 (rows 1 filled, 2 empty)",
      rows: [
        ["https://evidence.example/ok", "Fine"],
        ["", ""],
        ["javascript:alert(1)", "Bad link"],
      ],
      bad: 2,
    },
    {
      where: "row 2 (row 1 empty)",
      rows: [
        ["", ""],
        ["javascript:alert(1)", "Bad link"],
        ["https://evidence.example/ok", "Fine"],
      ],
      bad: 1,
    },
  ])("shows a bad evidence URL in $where next to that very field, keeping every value", async ({ rows, bad }) => {
    const claim = await createClaim(editor.key);
    const { doc } = await page(`/desk/claims/${claim.id}`, cookie);
    const fields: Record<string, string> = { ...formOf(doc), status: "under_review", note: "Keep this note <b>" };
    rows.forEach(([url, title], i) => {
      fields[`evidence_url_${i}`] = url ?? "";
      fields[`evidence_title_${i}`] = title ?? "";
    });
    const before = await dbSnapshot(env.DB);
    const answer = await post(`/desk/claims/${claim.id}/updates`, cookie, fields);
    expect([400, 422]).toContain(answer.res.status);
    expect(fieldsWithErrors(answer.doc)).toEqual([`evidence_url_${bad}`]);
    expect(errorFor(answer.doc, `evidence_url_${bad}`)).toMatch(/http:\/\/ or https:\/\//);
    for (const [name, value] of Object.entries(fields)) {
      if (name === "seen_at" || name === "version") continue;
      expect(fieldValue(answer.doc, name), name).toBe(value);
    }
    expect(await dbSnapshot(env.DB)).toEqual(before);
    expect((await readClaim(claim.id)).version).toBe(1);
  });

  it.each([
    ["a status from the progress scale", "fulfilled"],
    ["a status no scale has", "bogus"],
  ])("refuses %s on a statistic: the error next to the status, the note kept, nothing written", async (_, status) => {
    const claim = await createClaim(editor.key);
    const { doc } = await page(`/desk/claims/${claim.id}`, cookie);
    const fields = {
      ...formOf(doc),
      status,
      note: "Promise kept?",
      evidence_url_0: "https://evidence.example/x",
      evidence_title_0: "Source",
    };
    const before = await dbSnapshot(env.DB);
    const answer = await post(`/desk/claims/${claim.id}/updates`, cookie, fields);
    expect([400, 422]).toContain(answer.res.status);
    expect(fieldsWithErrors(answer.doc)).toEqual(["status"]);
    expect(errorFor(answer.doc, "status")).toContain("veracity");
    expect(fieldValue(answer.doc, "note")).toBe("Promise kept?");
    expect(fieldValue(answer.doc, "evidence_url_0")).toBe("https://evidence.example/x");
    expect(fieldValue(answer.doc, "evidence_title_0")).toBe("Source");
    expect(await dbSnapshot(env.DB)).toEqual(before);
  });

  it("refuses an empty status with the error next to it", async () => {
    const claim = await createClaim(editor.key);
    const { doc } = await page(`/desk/claims/${claim.id}`, cookie);
    const answer = await post(`/desk/claims/${claim.id}/updates`, cookie, { ...formOf(doc), status: "", note: "n" });
    expect(answer.res.status).toBe(400);
    expect(fieldsWithErrors(answer.doc)).toEqual(["status"]);
    expect(fieldValue(answer.doc, "note")).toBe("n");
  });

  it("on a stale version: 409, says someone else changed it, lists the newer entry, keeps the note, writes nothing", async () => {
    const claim = await createClaim(editor.key);
    await apiUpdate(claim.id, { status: "under_review", note: "Seen before the page loaded." });
    const { doc } = await page(`/desk/claims/${claim.id}`, cookie);
    expect(fieldValue(doc, "version")).toBe("2");
    // Meanwhile a colleague posts through the API.
    const colleague = await createKey("editor", "Colleague via API");
    await apiUpdate(claim.id, { status: "false", note: "Refuted by the transcript." }, colleague.key);
    const before = await dbSnapshot(env.DB);

    const mine = {
      ...formOf(doc),
      status: "mostly_true",
      note: "My long careful note.",
      evidence_url_0: "https://evidence.example/mine",
      evidence_title_0: "Mine",
    };
    const answer = await post(`/desk/claims/${claim.id}/updates`, cookie, mine);
    expect(answer.res.status).toBe(409);
    const alert = answer.doc.nodes.find((n) => n.attrs.role === "alert");
    const notice = squash(alert?.text ?? "");
    expect(notice).toContain("Someone else changed this claim while you were writing.");
    expect(notice).toContain("Refuted by the transcript.");
    expect(notice).toContain("by Colleague via API");
    expect(notice).not.toContain("Seen before the page loaded.");
    expect(fieldValue(answer.doc, "note")).toBe("My long careful note.");
    expect(fieldValue(answer.doc, "status")).toBe("mostly_true");
    expect(fieldValue(answer.doc, "evidence_url_0")).toBe("https://evidence.example/mine");
    expect(visibleText(answer.doc)).toContain("Status: False");
    expect(await dbSnapshot(env.DB)).toEqual(before);
    const read = await readClaim(claim.id);
    expect(read).toMatchObject({ version: 3, status: { code: "false" } });
    expect(JSON.stringify(read.timeline)).not.toContain("My long careful note.");

    // The form now carries the new version: sending it again posts the update.
    expect(fieldValue(answer.doc, "version")).toBe("3");
    const again = await post(`/desk/claims/${claim.id}/updates`, cookie, formOf(answer.doc));
    expect(again.res.status).toBe(303);
    const final = await readClaim(claim.id);
    expect(final).toMatchObject({ version: 4, status: { code: "mostly_true" } });
    expect(final.timeline?.at(-1)).toMatchObject({
      note: "My long careful note.",
      evidence: [{ url: "https://evidence.example/mine", title: "Mine" }],
    });
  });

  it("answers an update to an unknown claim with a 404 page", async () => {
    const before = await dbSnapshot(env.DB);
    const { res, doc } = await post("/desk/claims/clm_01J5Z8X2Q3R4S5T6V7W8X9Y0Z1/updates", cookie, {
      status: "true",
      version: "1",
    });
    expect(res.status).toBe(404);
    expect(h1(doc)).toBe("Claim not found");
    expect(await dbSnapshot(env.DB)).toEqual(before);
  });
});
