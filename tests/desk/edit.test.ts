import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { type ClaimBody, callJson, createClaim, createKey, type SpeakerBody } from "../helpers";
import {
  type Doc,
  dbSnapshot,
  errorFor,
  fieldsWithErrors,
  fieldValue,
  h1,
  labelOf,
  locationOf,
  page,
  post,
  signIn,
  squash,
  visibleText,
} from "./desk";

vi.setConfig({ testTimeout: 20_000 });

let editor: string;
let cookie: string;

beforeAll(async () => {
  editor = (await createKey("editor", "Edit editor")).key;
  cookie = await signIn(editor);
});

const FIELDS = [
  "version",
  "text",
  "summary",
  "kind",
  "speaker_name",
  "speaker_title",
  "claimed_at",
  "review_due",
  "language",
  "topics",
  "quantity_value",
  "quantity_unit",
  "quantity_qualifier",
];

function formOf(doc: Doc): Record<string, string> {
  return Object.fromEntries(FIELDS.map((name) => [name, fieldValue(doc, name)]));
}

async function editForm(id: string): Promise<Record<string, string>> {
  const { res, doc } = await page(`/desk/claims/${id}/edit`, cookie);
  if (res.status !== 200) throw new Error(`edit page: ${res.status}`);
  return formOf(doc);
}

async function readClaim(id: string): Promise<ClaimBody> {
  return (await callJson<ClaimBody>(`/v1/claims/${id}`)).body;
}

describe("GET /desk/claims/{id}/edit", () => {
  it("shows the claim's current values in labelled fields", async () => {
    const claim = await createClaim(editor, { claimed_at: "2024-08-20", review_due: "2024-09-30" });
    const { res, doc } = await page(`/desk/claims/${claim.id}/edit`, cookie);
    expect(res.status).toBe(200);
    expect(h1(doc)).toBe("Edit claim");
    expect(formOf(doc)).toEqual({
      version: "1",
      text: claim.text,
      summary: "Share of the issues agreed in the Gaza ceasefire talks",
      kind: "statistic",
      speaker_name: "Antony Blinken",
      speaker_title: "US Secretary of State",
      claimed_at: "2024-08-20",
      review_due: "2024-09-30",
      language: "en",
      topics: "gaza, ceasefire",
      quantity_value: "90",
      quantity_unit: "percent",
      quantity_qualifier: "more_than",
    });
    expect(labelOf(doc, "summary")).toBe("Summary (what is being checked, up to 140 characters)");
    expect(labelOf(doc, "review_due")).toBe("Review due");
    expect(labelOf(doc, "speaker_name")).toBe("Speaker");
  });

  it("answers an unknown claim with a 404 page", async () => {
    const { res, doc } = await page("/desk/claims/clm_01J5Z8X2Q3R4S5T6V7W8X9Y0Z1/edit", cookie);
    expect(res.status).toBe(404);
    expect(h1(doc)).toBe("Claim not found");
  });
});

describe("POST /desk/claims/{id}/edit", () => {
  it("saves summary, topics, review date and figure: 303 with saved=1, and the API shows them", async () => {
    const claim = await createClaim(editor);
    const form = await editForm(claim.id);
    const { res } = await post(`/desk/claims/${claim.id}/edit`, cookie, {
      ...form,
      summary: "Share of issues agreed, per Blinken",
      topics: "Gaza, diplomacy , talks",
      review_due: "2024-10-15",
      quantity_value: "85.5",
      quantity_unit: "percent",
      quantity_qualifier: "about",
    });
    expect(res.status).toBe(303);
    expect(locationOf(res)).toBe(`/desk/claims/${claim.id}?saved=1`);
    expect(await readClaim(claim.id)).toMatchObject({
      version: 2,
      text: claim.text,
      summary: "Share of issues agreed, per Blinken",
      topics: ["gaza", "diplomacy", "talks"],
      review_due: "2024-10-15",
      quantity: { value: 85.5, unit: "percent", qualifier: "about" },
      speaker: { id: claim.speaker.id },
      status: { code: "unverified" },
    });
    const after = await page(locationOf(res), cookie);
    expect(squash(after.doc.nodes.find((n) => n.attrs.role === "status")?.text ?? "")).toBe("Changes saved.");
    expect(visibleText(after.doc)).toContain("Review due: 2024-10-15 · Topics: gaza, diplomacy, talks · Version 2");
  });

  it("changes nothing when nothing was changed: no new version, no claim.updated event", async () => {
    const claim = await createClaim(editor);
    const events = async () =>
      (
        await env.DB.prepare("select count(*) as n from events where claim_id = ?")
          .bind(claim.id)
          .first<{ n: number }>()
      )?.n;
    const before = await events();
    const { res } = await post(`/desk/claims/${claim.id}/edit`, cookie, await editForm(claim.id));
    expect(res.status).toBe(303);
    expect(locationOf(res)).toBe(`/desk/claims/${claim.id}`);
    expect((await readClaim(claim.id)).version).toBe(claim.version);
    expect(await events()).toBe(before);
  });

  it("sends only the fields that changed", async () => {
    const claim = await createClaim(editor, { review_due: "2024-09-30" });
    const { res } = await post(`/desk/claims/${claim.id}/edit`, cookie, {
      ...(await editForm(claim.id)),
      summary: "Only the summary changed",
    });
    expect(res.status).toBe(303);
    const after = await readClaim(claim.id);
    expect(after).toMatchObject({
      version: claim.version + 1,
      summary: "Only the summary changed",
      review_due: "2024-09-30",
    });
    expect(after.topics).toEqual(claim.topics);
    expect(after.quantity).toEqual(claim.quantity);
  });

  it("clears optional fields left empty", async () => {
    const claim = await createClaim(editor, { review_due: "2024-09-30" });
    const form = await editForm(claim.id);
    const { res } = await post(`/desk/claims/${claim.id}/edit`, cookie, {
      ...form,
      summary: "",
      review_due: "",
      topics: "",
      quantity_value: "",
      quantity_unit: "",
    });
    expect(res.status).toBe(303);
    expect(await readClaim(claim.id)).toMatchObject({ summary: null, review_due: null, topics: [], quantity: null });
  });

  it("moves the claim to a renamed speaker, new or existing", async () => {
    const claim = await createClaim(editor);
    const form = await editForm(claim.id);
    const renamed = await post(`/desk/claims/${claim.id}/edit`, cookie, {
      ...form,
      speaker_name: "Jake Sullivan",
      speaker_title: "National Security Advisor",
    });
    expect(renamed.res.status).toBe(303);
    const moved = await readClaim(claim.id);
    expect(moved.speaker).toMatchObject({ name: "Jake Sullivan", title: "National Security Advisor" });
    expect(moved.speaker.id).not.toBe(claim.speaker.id);
    const sullivan = await callJson<SpeakerBody>(`/v1/speakers/${moved.speaker.id}`);
    expect(JSON.stringify(sullivan.body)).toContain(claim.id);

    // Renaming to an existing speaker (spelt differently) joins that speaker.
    const other = await createClaim(editor, {
      text: "Freight volumes more than doubled.",
      speaker: { name: "Rosa Teague", title: "Harbour Minister" },
    });
    const second = await post(`/desk/claims/${claim.id}/edit`, cookie, {
      ...(await editForm(claim.id)),
      speaker_name: "ROSA TEAGUE",
      speaker_title: "",
    });
    expect(second.res.status).toBe(303);
    expect((await readClaim(claim.id)).speaker).toMatchObject({ id: other.speaker.id, name: "Rosa Teague" });
  });

  it("refuses invalid values with 400: errors next to the fields, every value kept, nothing saved", async () => {
    const claim = await createClaim(editor);
    const form = await editForm(claim.id);
    const typed = {
      ...form,
      summary: "x".repeat(141),
      review_due: "31/12/2024",
      claimed_at: "2024-02-30",
      topics: "gaza, #hashtag",
      quantity_value: "ninety",
      text: "Edited quote text that should be kept.",
    };
    const before = await dbSnapshot(env.DB);
    const { res, doc } = await post(`/desk/claims/${claim.id}/edit`, cookie, typed);
    expect(res.status).toBe(400);
    expect(new Set(fieldsWithErrors(doc))).toEqual(
      new Set(["summary", "review_due", "claimed_at", "topics", "quantity_value"]),
    );
    expect(errorFor(doc, "summary")).toMatch(/140/);
    for (const [name, value] of Object.entries(typed)) expect(fieldValue(doc, name), name).toBe(value);
    expect(await dbSnapshot(env.DB)).toEqual(before);
    expect(await readClaim(claim.id)).toMatchObject({ version: 1, summary: claim.summary, text: claim.text });
  });

  it("does not save an emptied figure as 0: with its unit left, the value is asked for", async () => {
    const claim = await createClaim(editor);
    const { res, doc } = await post(`/desk/claims/${claim.id}/edit`, cookie, {
      ...(await editForm(claim.id)),
      quantity_value: "",
      quantity_unit: "percent",
    });
    expect(res.status).toBe(400);
    expect(fieldsWithErrors(doc)).toEqual(["quantity_value"]);
    expect(fieldValue(doc, "quantity_unit")).toBe("percent");
    expect((await readClaim(claim.id)).quantity).toEqual({ value: 90, unit: "percent", qualifier: "more_than" });
  });

  it("refuses an empty speaker with the error next to it", async () => {
    const claim = await createClaim(editor);
    const { res, doc } = await post(`/desk/claims/${claim.id}/edit`, cookie, {
      ...(await editForm(claim.id)),
      speaker_name: "",
    });
    expect(res.status).toBe(400);
    expect(fieldsWithErrors(doc)).toEqual(["speaker_name"]);
    expect((await readClaim(claim.id)).speaker.name).toBe("Antony Blinken");
  });

  it("refuses a kind whose scale lacks the current status, with the error next to the kind", async () => {
    const claim = await createClaim(editor);
    const rated = await callJson(`/v1/claims/${claim.id}/updates`, { token: editor, body: { status: "true" } });
    expect(rated.res.status).toBe(201);
    const { res, doc } = await post(`/desk/claims/${claim.id}/edit`, cookie, {
      ...(await editForm(claim.id)),
      kind: "promise",
      summary: "Kept after the refusal",
    });
    expect(res.status).toBe(422);
    expect(fieldsWithErrors(doc)).toEqual(["kind"]);
    expect(fieldValue(doc, "summary")).toBe("Kept after the refusal");
    expect(await readClaim(claim.id)).toMatchObject({ kind: "statistic", version: 2 });
  });

  it("on a stale version: 409 notice, the typed values kept, the other change not overwritten", async () => {
    const claim = await createClaim(editor);
    const form = await editForm(claim.id);
    const patched = await callJson(`/v1/claims/${claim.id}`, {
      method: "PATCH",
      token: editor,
      body: { summary: "Changed through the API" },
    });
    expect(patched.res.status).toBe(200);
    const before = await dbSnapshot(env.DB);
    const { res, doc } = await post(`/desk/claims/${claim.id}/edit`, cookie, {
      ...form,
      summary: "Changed at the desk",
      review_due: "2025-01-01",
    });
    expect(res.status).toBe(409);
    const notice = squash(doc.nodes.find((n) => n.attrs.role === "alert")?.text ?? "");
    expect(notice).toContain("Someone else changed this claim meanwhile (it is now version 2)");
    expect(fieldValue(doc, "summary")).toBe("Changed at the desk");
    expect(fieldValue(doc, "review_due")).toBe("2025-01-01");
    expect(fieldValue(doc, "version")).toBe("2");
    expect(await dbSnapshot(env.DB)).toEqual(before);
    expect(await readClaim(claim.id)).toMatchObject({
      version: 2,
      summary: "Changed through the API",
      review_due: null,
    });

    // Saving the form as it now stands applies the desk's change on top.
    const again = await post(`/desk/claims/${claim.id}/edit`, cookie, formOf(doc));
    expect(again.res.status).toBe(303);
    expect(await readClaim(claim.id)).toMatchObject({
      version: 3,
      summary: "Changed at the desk",
      review_due: "2025-01-01",
    });
  });
});
