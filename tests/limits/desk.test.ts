import { describe, expect, it } from "vitest";
import { fieldValue, h1, page, post, signIn, squash, visibleText } from "../desk/desk";
import { type ClaimBody, call, callJson, createClaim } from "../helpers";
import { awayFromMinuteEdge, statusesOf, storedKey } from "./support";

/** A write refused at once (no claim has this id): still a write, and counted. */
const refusedWrite = (token: string) =>
  call("/v1/claims/not-a-claim", { method: "PATCH", token, body: { summary: "x" } });

const ARTICLE = `"More than 90 percent of the issues have been agreed," Antony Blinken told reporters.`;

describe("the desk's forms share their key's API limits", () => {
  it("answers a status update over the key's write limit with a 429 page, and saves nothing", async () => {
    await awayFromMinuteEdge();
    const claim: ClaimBody = await createClaim((await storedKey("editor", "creator")).key);
    const editor = await storedKey("editor", "desk writer");
    const cookie = await signIn(editor.key);
    const form = await page(`/desk/claims/${claim.id}`, cookie);
    const fields = {
      version: fieldValue(form.doc, "version"),
      seen_at: fieldValue(form.doc, "seen_at"),
      status: "false",
      note: "Over the limit",
    };
    expect(new Set(await statusesOf(120, () => refusedWrite(editor.key)))).toEqual(new Set([404]));

    const { res, doc } = await post(`/desk/claims/${claim.id}/updates`, cookie, fields);
    expect(res.status).toBe(429);
    expect(res.headers.get("Retry-After")).toBe("60");
    expect(res.headers.get("Content-Type")).toMatch(/^text\/html/);
    expect(h1(doc)).toBe("Too many requests");
    expect(squash(visibleText(doc))).toContain(
      "too many changes this minute, here or through the API. Nothing was saved.",
    );
    const { body } = await callJson<ClaimBody>(`/v1/claims/${claim.id}`);
    expect(body.version).toBe(claim.version);

    // Reading and extraction have limits of their own.
    expect((await page(`/desk/claims/${claim.id}`, cookie)).res.status).toBe(200);
    expect((await post("/desk/new", cookie, { text: ARTICLE })).res.status).toBe(200);
  });

  it("counts pasting an article against the key's extraction limit", async () => {
    await awayFromMinuteEdge();
    const editor = await storedKey("editor", "desk reader");
    const cookie = await signIn(editor.key);
    const extracts = await statusesOf(20, () => call("/v1/extract", { token: editor.key, body: { text: ARTICLE } }));
    expect(new Set(extracts)).toEqual(new Set([200]));

    const { res, doc } = await post("/desk/new", cookie, { text: ARTICLE });
    expect(res.status).toBe(429);
    expect(res.headers.get("Retry-After")).toBe("60");
    expect(squash(visibleText(doc))).toContain("too many articles read this minute");
  });
});
