import { beforeAll, describe, expect, it } from "vitest";
import { findStatus } from "../../src/domain/statuses";
import { LABEL_COLOR } from "../../src/embeds/badge";
import { messagesFor } from "../../src/embeds/i18n";
import { type ClaimBody, callJson, createClaim, createKey } from "../helpers";
import { expectInertXml, fetchText, parseXml, postUpdate } from "./support";

interface Svg {
  "@_xmlns": string;
  "@_width": string;
  "@_height": string;
  "@_viewBox": string;
  "@_role": string;
  "@_aria-label": string;
  title: string;
  rect: { "@_fill": string; "@_width": string };
  path: { "@_fill": string };
  g: { text: { "#text"?: string; "@_direction"?: string; "@_aria-hidden"?: string }[] };
}

interface Shields {
  schemaVersion: number;
  label: string;
  message: string;
  color: string;
  cacheSeconds?: number;
}

/** GETs a claim's badge and parses it, checking it is a well-formed standalone SVG. */
async function badge(claimId: string, query = "") {
  const { res, body } = await fetchText(`/embed/claims/${claimId}/badge.svg${query}`);
  const doc = parseXml(body);
  expect(Object.keys(doc)).toEqual(["svg"]);
  const svg = doc.svg as Svg;
  const drawn = svg.g.text.filter((t) => t["@_aria-hidden"] !== "true").map((t) => t["#text"] ?? "");
  return { res, body, svg, label: drawn[0], message: drawn[1] };
}

let editor: { id: string; key: string };
let claim: ClaimBody;

beforeAll(async () => {
  editor = await createKey("editor", "Badge desk");
  claim = await createClaim(editor.key);
});

describe("GET /embed/claims/{id}/badge.svg", () => {
  it("is a valid standalone SVG naming the claim and its status, in the status colour", async () => {
    const { res, body, svg, label, message } = await badge(claim.id);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toMatch(/^image\/svg\+xml\b/);
    expect(res.headers.get("ETag")).toMatch(/^"[^"]+"$/);
    expect(res.headers.get("Cache-Control")).toContain("stale-while-revalidate");
    expect(body.startsWith("<svg ")).toBe(true);
    expect(svg["@_xmlns"]).toBe("http://www.w3.org/2000/svg");
    expect(svg["@_viewBox"]).toBe(`0 0 ${svg["@_width"]} ${svg["@_height"]}`);
    expect(svg["@_role"]).toBe("img");

    const title = `Antony Blinken: “${claim.text}” — Not yet rated`;
    expect(svg.title).toBe(title);
    expect(svg["@_aria-label"]).toBe(title);
    expect({ label, message }).toEqual({ label: "fact-check", message: "Not yet rated" });
    expect(svg.rect["@_fill"]).toBe(findStatus("statistic", "unverified")?.color);
    expect(svg.path["@_fill"]).toBe(LABEL_COLOR);
    expectInertXml(svg);
  });

  it("takes the new status's colour and label, and its width follows the label", async () => {
    const other = await createClaim(editor.key, { text: "Unemployment is the lowest in fifty years." });
    const before = await badge(other.id);
    await postUpdate(editor.key, other.id, { status: "false" });
    const after = await badge(other.id);
    expect(after.message).toBe("False");
    expect(after.svg.rect["@_fill"]).toBe(findStatus("statistic", "false")?.color);
    expect(after.svg.title).toBe(`Antony Blinken: “Unemployment is the lowest in fifty years.” — False`);
    // "False" is much shorter than "Not yet rated": the badge narrows, and the label part stays put.
    expect(Number(after.svg["@_width"])).toBeLessThan(Number(before.svg["@_width"]) - 20);
    await postUpdate(editor.key, other.id, { status: "mostly_false" });
    const longer = await badge(other.id);
    expect(longer.message).toBe("Mostly false");
    expect(longer.svg.rect["@_fill"]).toBe(findStatus("statistic", "mostly_false")?.color);
    expect(Number(longer.svg["@_width"])).toBeGreaterThan(Number(after.svg["@_width"]));
  });

  it("colours each scale's statuses as statuses.ts defines them", async () => {
    const promise = await createClaim(editor.key, {
      text: "We will build ten new hospitals.",
      kind: "promise",
      quantity: undefined,
    });
    await postUpdate(editor.key, promise.id, { status: "in_progress" });
    const { svg, message } = await badge(promise.id);
    expect(message).toBe("In progress");
    expect(svg.rect["@_fill"]).toBe(findStatus("promise", "in_progress")?.color);
  });
});

describe("a long quote", () => {
  it("keeps the status in the badge's accessible name (title and aria-label), shortening the quote instead", async () => {
    const long = await createClaim(editor.key, { text: `${"The figures were revised again. ".repeat(60)}The end.` });
    const { svg, message } = await badge(long.id);
    expect(message).toBe("Not yet rated");
    // A screen reader announces a role="img" SVG by its aria-label alone: without the status the
    // badge says nothing about the fact-check.
    expect(svg.title.length).toBeLessThanOrEqual(600);
    expect(svg.title.startsWith("Antony Blinken: “The figures were revised again.")).toBe(true);
    expect(svg.title).toMatch(/ — Not yet rated$/);
    expect(svg["@_aria-label"]).toMatch(/ — Not yet rated$/);
  });
});

describe("GET /embed/claims/{id}/shields.json", () => {
  it("answers shields.io's endpoint schema with the status label and colour", async () => {
    const { res, body } = await callJson<Shields>(`/embed/claims/${claim.id}/shields.json`);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toMatch(/^application\/json\b/);
    expect(res.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(res.headers.get("ETag")).toMatch(/^"[^"]+"$/);
    expect(res.headers.get("Cache-Control")).toContain("stale-while-revalidate");
    expect(body).toMatchObject({
      schemaVersion: 1,
      label: "fact-check",
      message: "Not yet rated",
      color: findStatus("statistic", "unverified")?.color.slice(1),
    });
  });

  it("follows status updates", async () => {
    const other = await createClaim(editor.key, { text: "Crime doubled since last year." });
    await postUpdate(editor.key, other.id, { status: "mostly_true" });
    const { body } = await callJson<Shields>(`/embed/claims/${other.id}/shields.json`);
    expect(body).toMatchObject({
      schemaVersion: 1,
      label: "fact-check",
      message: "Mostly true",
      color: findStatus("statistic", "mostly_true")?.color.slice(1),
    });
  });

  it("is labelled in the claim's language", async () => {
    const spanish = await createClaim(editor.key, { text: "La inflación bajó a la mitad.", language: "es" });
    const { body } = await callJson<Shields>(`/embed/claims/${spanish.id}/shields.json`);
    const es = messagesFor("es");
    expect(body).toMatchObject({ schemaVersion: 1, label: es.badgeLabel, message: es.status.unverified });
  });
});
