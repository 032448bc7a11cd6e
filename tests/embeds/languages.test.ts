import { beforeAll, describe, expect, it } from "vitest";
import { formatDate, LOCALES, type Locale, messagesFor } from "../../src/embeds/i18n";
import { type ClaimBody, callJson, createClaim, createKey } from "../helpers";
import { fetchText, parseXml, postUpdate, select, selectOne } from "./support";

interface BadgeSvg {
  title: string;
  g: { text: { "#text"?: string; "@_direction"?: string; "@_aria-hidden"?: string }[] };
}

/** Label and message of a badge, and the direction of each drawn text. */
async function badgeTexts(path: string) {
  const { res, body } = await fetchText(path);
  expect(res.status).toBe(200);
  const svg = parseXml(body).svg as BadgeSvg;
  const drawn = svg.g.text.filter((t) => t["@_aria-hidden"] !== "true");
  return { svg, texts: drawn.map((t) => t["#text"]), directions: drawn.map((t) => t["@_direction"]) };
}

/** The card's language, direction, status label and "last updated" line. */
async function card(path: string) {
  const { res, body } = await fetchText(path);
  expect(res.status).toBe(200);
  const html = await selectOne(body, "html");
  return {
    lang: html.attrs.lang,
    dir: html.attrs.dir,
    status: (await selectOne(body, "span.status")).text,
    updated: (await selectOne(body, "time")).text,
    link: (await selectOne(body, "p.meta a")).text,
    etag: res.headers.get("ETag"),
  };
}

let editor: { id: string; key: string };
let english: ClaimBody;
let spanish: ClaimBody;

beforeAll(async () => {
  editor = await createKey("editor", "Language desk");
  english = await createClaim(editor.key, { text: "Exports rose by a third.", language: "en" });
  spanish = await createClaim(editor.key, {
    text: "Más del 90 por ciento de los asuntos están acordados.",
    speaker: { name: "Pedro Sánchez", title: "Presidente del Gobierno" },
    language: "es",
  });
});

describe("a claim in Spanish", () => {
  const es = messagesFor("es");

  it("card: lang=es, Spanish status label and date line", async () => {
    const shown = await card(`/embed/claims/${spanish.id}`);
    expect(shown).toMatchObject({
      lang: "es",
      dir: "ltr",
      status: es.status.unverified,
      updated: es.lastUpdated(formatDate(spanish.status.updated_at, "es")),
      link: es.readFactCheck,
    });
    expect(shown.etag).toContain("es");
  });

  it("badge: Spanish label and message", async () => {
    const { texts, svg } = await badgeTexts(`/embed/claims/${spanish.id}/badge.svg`);
    expect(texts).toEqual([es.badgeLabel, es.status.unverified]);
    expect(svg.title).toBe(`Pedro Sánchez: ${es.quote(spanish.text)} — ${es.status.unverified}`);
  });

  it("public page: lang=es, Spanish status, timeline and headings", async () => {
    const { body } = await fetchText(`/claims/${spanish.id}`);
    expect((await selectOne(body, "html")).attrs).toMatchObject({ lang: "es", dir: "ltr" });
    expect((await select(body, "span.status")).map((s) => s.text)).toEqual([
      es.status.unverified,
      es.status.unverified,
    ]);
    expect((await selectOne(body, "h2#timeline")).text).toBe(es.timeline);
    expect((await selectOne(body, "h2#quoted-in")).text).toBe(es.quotedIn);
  });

  it("?lang=zz (unsupported) falls back to the claim's language, not English", async () => {
    expect((await card(`/embed/claims/${spanish.id}?lang=zz`)).status).toBe(es.status.unverified);
    const { texts } = await badgeTexts(`/embed/claims/${spanish.id}/badge.svg?lang=zz`);
    expect(texts).toEqual([es.badgeLabel, es.status.unverified]);
    const { body } = await fetchText(`/claims/${spanish.id}?lang=zz`);
    expect((await selectOne(body, "html")).attrs.lang).toBe("es");
  });

  it("?lang=en shows it in English", async () => {
    expect(await card(`/embed/claims/${spanish.id}?lang=en`)).toMatchObject({ lang: "en", status: "Not yet rated" });
  });
});

describe("?lang= overrides", () => {
  it("?lang=de on an English claim: German card, badge and shields", async () => {
    const de = messagesFor("de");
    expect(await card(`/embed/claims/${english.id}?lang=de`)).toMatchObject({
      lang: "de",
      dir: "ltr",
      status: de.status.unverified,
    });
    expect((await badgeTexts(`/embed/claims/${english.id}/badge.svg?lang=de`)).texts).toEqual([
      de.badgeLabel,
      de.status.unverified,
    ]);
    const { body } = await callJson<{ label: string; message: string }>(
      `/embed/claims/${english.id}/shields.json?lang=de`,
    );
    expect(body).toMatchObject({ label: de.badgeLabel, message: de.status.unverified });
    // Without it, the claim's own language.
    expect((await card(`/embed/claims/${english.id}`)).status).toBe("Not yet rated");
  });

  it("?lang=ar: right to left, Arabic label, in the card, the page and the badge", async () => {
    const ar = messagesFor("ar");
    await postUpdate(editor.key, english.id, { status: "mostly_false" });
    expect(await card(`/embed/claims/${english.id}?lang=ar`)).toMatchObject({
      lang: "ar",
      dir: "rtl",
      status: ar.status.mostly_false,
    });

    const { body } = await fetchText(`/claims/${english.id}?lang=ar`);
    expect((await selectOne(body, "html")).attrs).toMatchObject({ lang: "ar", dir: "rtl" });
    expect((await select(body, "span.status")).map((s) => s.text)).toContain(ar.status.mostly_false);

    const badge = await badgeTexts(`/embed/claims/${english.id}/badge.svg?lang=ar`);
    expect(badge.texts).toEqual([ar.badgeLabel, ar.status.mostly_false]);
    expect(badge.directions).toEqual(["rtl", "rtl"]);
    // Left-to-right languages carry no direction.
    expect((await badgeTexts(`/embed/claims/${english.id}/badge.svg`)).directions).toEqual([undefined, undefined]);
  });
});

describe.each([...LOCALES])("the card in %s", (locale: Locale) => {
  const m = messagesFor(locale);

  it("from the claim's language: its lang, dir and status label", async () => {
    const claim = await createClaim(editor.key, { text: `A claim written in ${locale}.`, language: locale });
    await postUpdate(editor.key, claim.id, { status: "half_true" });
    expect(await card(`/embed/claims/${claim.id}`)).toMatchObject({
      lang: m.lang,
      dir: m.dir,
      status: m.status.half_true,
      link: m.readFactCheck,
    });
    const { body } = await fetchText(`/claims/${claim.id}`);
    expect((await selectOne(body, "html")).attrs).toMatchObject({ lang: m.lang, dir: m.dir });
  });

  it("from ?lang=: its lang, dir and status label", async () => {
    expect(await card(`/embed/claims/${spanish.id}?lang=${locale}`)).toMatchObject({
      lang: m.lang,
      dir: m.dir,
      status: m.status.unverified,
    });
  });
});

it("a regional tag (pt-BR) is shown in its language", async () => {
  const claim = await createClaim(editor.key, { text: "Uma afirmação em português.", language: "pt-BR" });
  expect(await card(`/embed/claims/${claim.id}`)).toMatchObject({
    lang: "pt",
    status: messagesFor("pt").status.unverified,
  });
});

it("an unsupported claim language falls back to English", async () => {
  const claim = await createClaim(editor.key, { text: "Ein Satz auf Niederländisch, angeblich.", language: "nl" });
  expect(await card(`/embed/claims/${claim.id}`)).toMatchObject({ lang: "en", status: "Not yet rated" });
});

describe("unknown claims in the requested language", () => {
  const unknown = "clm_01J00000000000000000000000";

  it("?lang=es: the not-found card, badge, shields and page are in Spanish", async () => {
    const es = messagesFor("es");
    const { res, body } = await fetchText(`/embed/claims/${unknown}?lang=es`);
    expect(res.status).toBe(404);
    expect((await selectOne(body, "html")).attrs.lang).toBe("es");
    expect((await selectOne(body, "strong")).text).toBe(es.claimNotFound);
    expect((await badgeTexts404(`/embed/claims/${unknown}/badge.svg?lang=es`)).texts).toEqual([
      es.badgeLabel,
      es.claimNotFound,
    ]);
    const shields = await callJson<{ message: string }>(`/embed/claims/${unknown}/shields.json?lang=es`);
    expect(shields.body.message).toBe(es.claimNotFound);
    const page = await fetchText(`/claims/${unknown}?lang=es`);
    expect(page.res.status).toBe(404);
    expect((await selectOne(page.body, "h1")).text).toBe(es.claimNotFound);
  });

  it("?lang=ar: the not-found card and page are right to left", async () => {
    const ar = messagesFor("ar");
    const { body } = await fetchText(`/embed/claims/${unknown}?lang=ar`);
    expect((await selectOne(body, "html")).attrs).toMatchObject({ lang: "ar", dir: "rtl" });
    expect((await selectOne(body, "strong")).text).toBe(ar.claimNotFound);
    const page = await fetchText(`/claims/${unknown}?lang=ar`);
    expect((await selectOne(page.body, "html")).attrs).toMatchObject({ lang: "ar", dir: "rtl" });
  });

  it("?lang=ar: the not-found badge is Arabic and right to left, like a found one", async () => {
    const ar = messagesFor("ar");
    const badge = await badgeTexts404(`/embed/claims/${unknown}/badge.svg?lang=ar`);
    expect(badge.texts).toEqual([ar.badgeLabel, ar.claimNotFound]);
    expect(badge.directions).toEqual(["rtl", "rtl"]);
  });
});

/** Like badgeTexts, for a 404 badge. */
async function badgeTexts404(path: string) {
  const { res, body } = await fetchText(path);
  expect(res.status).toBe(404);
  const svg = parseXml(body).svg as BadgeSvg;
  const drawn = svg.g.text.filter((t) => t["@_aria-hidden"] !== "true");
  return { texts: drawn.map((t) => t["#text"]), directions: drawn.map((t) => t["@_direction"]) };
}
