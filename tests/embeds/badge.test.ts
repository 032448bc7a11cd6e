import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import {
  type BadgeInput,
  estimateTextWidth,
  LABEL_COLOR,
  NEUTRAL_BADGE_COLOR,
  notFoundBadge,
  renderBadge,
  shieldsEndpoint,
} from "../../src/embeds/badge";

type Attrs = Record<string, string>;
interface ParsedText extends Attrs {
  "#text": string;
}
interface ParsedSvg {
  [attr: string]: unknown;
  title: string;
  rect: Attrs;
  path: Attrs;
  g: Attrs & { text: ParsedText[] };
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  isArray: (name) => name === "text",
});

/** Validates the document and returns its root, failing the test when it is not well-formed. */
function parse(svg: string): ParsedSvg {
  expect(XMLValidator.validate(svg)).toBe(true);
  const doc = parser.parse(svg) as { svg?: ParsedSvg };
  expect(Object.keys(doc)).toEqual(["svg"]);
  if (!doc.svg) throw new Error("no <svg> root");
  return doc.svg;
}

/** Label and message as drawn (every other <text> is its shadow). */
function texts(svg: ParsedSvg): { label: string; message: string } {
  const all = svg.g.text.map((t) => t["#text"] ?? "");
  expect(all).toHaveLength(4);
  expect(all[0]).toBe(all[1]);
  expect(all[2]).toBe(all[3]);
  return { label: all[1] ?? "", message: all[3] ?? "" };
}

/** Every element and attribute name under `node`. */
function namesIn(node: unknown): string[] {
  if (typeof node !== "object" || node === null) return [];
  if (Array.isArray(node)) return node.flatMap(namesIn);
  return Object.entries(node).flatMap(([key, value]) => (key === "#text" ? [] : [key, ...namesIn(value)]));
}

/** Code points XML 1.0 does not allow. */
const notXmlChar = (cp: number): boolean =>
  (cp < 0x20 && cp !== 0x09 && cp !== 0x0a && cp !== 0x0d) ||
  (cp >= 0xd800 && cp <= 0xdfff) ||
  cp === 0xfffe ||
  cp === 0xffff;

// biome-ignore format: a list
const ALLOWED_NAMES = new Set([
  "xmlns", "width", "height", "viewBox", "role", "aria-label", "title", "rect", "x", "rx", "fill", "path", "d", "g",
  "text-anchor", "font-family", "font-size", "text-rendering", "text", "textLength", "y", "fill-opacity", "aria-hidden",
]);

const badge = (over: Partial<BadgeInput> = {}): string =>
  renderBadge({
    label: "fact-check",
    message: "Mostly false",
    color: "#b42318",
    title: "Antony Blinken: “More than 90 percent…” — Mostly false",
    ...over,
  });

const widthOf = (svg: string): number => Number(parse(svg).width);

describe("renderBadge", () => {
  it("renders a standalone, accessible SVG with the label on grey and the message on the status colour", () => {
    const svg = parse(badge());
    expect(svg.xmlns).toBe("http://www.w3.org/2000/svg");
    expect(svg.role).toBe("img");
    expect(svg["aria-label"]).toBe("Antony Blinken: “More than 90 percent…” — Mostly false");
    expect(svg.title).toBe("Antony Blinken: “More than 90 percent…” — Mostly false");

    const width = Number(svg.width);
    expect(Number.isInteger(width)).toBe(true);
    expect(svg.height).toBe("20");
    expect(svg.viewBox).toBe(`0 0 ${width} 20`);

    expect(texts(svg)).toEqual({ label: "fact-check", message: "Mostly false" });
    expect(svg.rect.fill).toBe("#b42318");
    expect(svg.path.fill).toBe(LABEL_COLOR);
    expect(svg.g.fill).toBe("#fff");
    expect(svg.g["font-family"]).toBe("Verdana,Geneva,DejaVu Sans,sans-serif");
    expect(svg.g["font-size"]).toBe("11");
  });

  it("splits the width between the parts and centres each text in its part", () => {
    const svg = parse(badge());
    const width = Number(svg.width);
    const messageStart = Number(svg.rect.x) + 3; // the message rect starts under the label's square edge
    expect(Number(svg.rect.x) + Number(svg.rect.width)).toBe(width);
    expect(svg.path.d).toContain(`H${messageStart}V20`);
    const [, label, , message] = svg.g.text;
    expect(Number(label?.x)).toBeCloseTo(messageStart / 2, 1);
    expect(Number(message?.x)).toBeCloseTo((messageStart + width) / 2, 1);
    // Text from the Verdana table is held to the estimated length, which leaves padding on both sides.
    expect(Number(label?.textLength)).toBeLessThan(messageStart - 8);
    expect(Number(message?.textLength)).toBeLessThan(width - messageStart - 8);
  });

  it("fits the width to the text", () => {
    // shields.io draws "fact-check | Mostly false" about 140 px wide.
    const width = widthOf(badge());
    expect(width).toBeGreaterThanOrEqual(120);
    expect(width).toBeLessThanOrEqual(170);
    expect(widthOf(badge({ message: "True" }))).toBeLessThan(widthOf(badge({ message: "Partially fulfilled" })));
    expect(widthOf(badge({ message: "WWWW" }))).toBeGreaterThan(widthOf(badge({ message: "iiii" })));
    expect(widthOf(badge({ label: "" }))).toBeLessThan(width);
  });

  it("estimates Verdana 11px widths, with sensible widths outside Latin", () => {
    expect(estimateTextWidth("build")).toEqual({ width: expect.closeTo(26.7, 0) as number, exact: true });
    expect(estimateTextWidth("passing").width).toBeCloseTo(41.8, 0);
    expect(estimateTextWidth("").width).toBe(0);
    // Accented letters are as wide as their base letter.
    expect(estimateTextWidth("Größtenteils falsch").exact).toBe(true);
    expect(estimateTextWidth("é").width).toBe(estimateTextWidth("e").width);
    // CJK is one em a character; Arabic has no Verdana glyphs, so the estimate is not imposed.
    expect(estimateTextWidth("虚假")).toEqual({ width: 22, exact: false });
    const arabic = estimateTextWidth("مضلل");
    expect(arabic.exact).toBe(false);
    expect(arabic.width).toBeGreaterThan(15);
    expect(arabic.width).toBeLessThan(40);
    // Combining marks take no room; an emoji sequence draws as one glyph.
    expect(estimateTextWidth("e\u0301").width).toBe(estimateTextWidth("e").width);
    expect(estimateTextWidth("👨‍👩‍👧").width).toBe(estimateTextWidth("👍").width);
  });

  it("keeps hostile text inert and the document well-formed", () => {
    const hostile = [
      "<script>alert(1)</script>",
      '"onload="alert(1)',
      "' onload='alert(1)",
      "]]><svg onload=alert(1)>",
      "<![CDATA[x]]>",
      "a\u0000b\u0008c\u001fd",
      "lone \ud800 surrogate \udfff",
      "\ufffe\uffff",
      "🤥 👨‍👩‍👧 🇺🇸",
      "مضلل",
      "&amp; &#x3c; &lt;",
    ];
    for (const text of hostile) {
      const svg = badge({ label: text, message: text, title: text });
      const root = parse(svg);
      expect(svg).not.toMatch(/<script/i);
      // With attribute values and text content blanked out, only markup is left.
      const markup = svg.replace(/"[^"]*"/g, '""').replace(/>[^<]*</g, "><");
      expect(markup).not.toMatch(/onload|script|CDATA/i);
      expect(svg.isWellFormed()).toBe(true); // no lone surrogates
      expect(Array.from(svg, (c) => c.codePointAt(0) ?? 0).filter(notXmlChar)).toEqual([]);
      const names = namesIn(root);
      expect(names.filter((name) => /^(script|on)/i.test(name))).toEqual([]);
      expect(names.filter((name) => !ALLOWED_NAMES.has(name))).toEqual([]);
    }
    // Escaped, not dropped: the parser decodes the entities back to the text as given.
    const root = parse(badge({ message: "<script>alert(1)</script>", title: '"onload="alert(1)' }));
    expect(texts(root).message).toBe("<script>alert(1)</script>");
    expect(root["aria-label"]).toBe('"onload="alert(1)');
    expect(Object.keys(root)).not.toContain("onload");
    expect(texts(parse(badge({ message: "&amp; &#x3c; ' \"" }))).message).toBe("&amp; &#x3c; ' \"");
  });

  it("drops characters XML cannot carry and folds white space", () => {
    const svg = parse(badge({ message: "Mostly\u0000 \n\t false\ud800", title: "  a\r\nb\uffff  " }));
    expect(texts(svg).message).toBe("Mostly false");
    expect(svg.title).toBe("a b");
  });

  it("caps very long text", () => {
    const svg = badge({ message: "x".repeat(10_000), title: "y".repeat(10_000) });
    expect(svg.length).toBeLessThan(3000);
    expect(texts(parse(svg)).message).toBe(`${"x".repeat(64)}…`);
  });

  it("accepts only #rrggbb colours and falls back to grey", () => {
    expect(parse(badge({ color: "#B42318" })).rect.fill).toBe("#b42318");
    for (const color of ['red" onload="x', "red", "#b42", "#b4231899", "b42318", "url(#x)", " #b42318", ""]) {
      const svg = badge({ color });
      expect(svg).not.toContain("onload");
      expect(parse(svg).rect.fill).toBe(NEUTRAL_BADGE_COLOR);
    }
  });

  it("sets the text direction for right-to-left labels and keeps the layout", () => {
    const ltr = parse(badge({ label: "تحقق", message: "مضلل" }));
    const rtl = parse(badge({ label: "تحقق", message: "مضلل", dir: "rtl" }));
    for (const text of rtl.g.text) expect(text.direction).toBe("rtl");
    for (const text of ltr.g.text) expect(text.direction).toBeUndefined();
    expect(texts(rtl)).toEqual({ label: "تحقق", message: "مضلل" });
    expect(rtl.width).toBe(ltr.width);
    expect(rtl.rect.x).toBe(ltr.rect.x);
  });

  it("is small", () => {
    expect(badge().length).toBeLessThan(1200);
  });
});

describe("notFoundBadge", () => {
  it("is a valid neutral grey badge", () => {
    const svg = parse(notFoundBadge("fact-check", "claim not found"));
    expect(texts(svg)).toEqual({ label: "fact-check", message: "claim not found" });
    expect(svg.rect.fill).toBe(NEUTRAL_BADGE_COLOR);
    expect(svg.title).toBe("fact-check: claim not found");
    expect(svg["aria-label"]).toBe("fact-check: claim not found");
  });

  it("escapes its text too", () => {
    const svg = notFoundBadge("<b>", "\"'&");
    expect(svg).toContain("&lt;b&gt;");
    expect(svg).toContain("&quot;&apos;&amp;");
    expect(texts(parse(svg))).toEqual({ label: "<b>", message: "\"'&" });
  });
});

describe("shieldsEndpoint", () => {
  const expectSchema = (json: unknown): void => {
    expect(json).toEqual({
      schemaVersion: 1,
      label: expect.any(String),
      message: expect.any(String),
      color: expect.stringMatching(/^[0-9a-f]{6}$/),
      cacheSeconds: 300,
    });
  };

  it("matches shields.io's endpoint schema", () => {
    const json = shieldsEndpoint({ label: "fact-check", message: "Mostly false", color: "#b42318" });
    expectSchema(json);
    expect(json).toMatchObject({ label: "fact-check", message: "Mostly false", color: "b42318" });
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it("keeps hostile messages as plain strings and validates the colour", () => {
    const json = shieldsEndpoint({
      label: "fact\u0000-check\ud800",
      message: '<script>alert(1)</script> "onload="x',
      color: 'red" onload="x',
    });
    expectSchema(json);
    expect(json.label).toBe("fact-check");
    expect(json.message).toBe('<script>alert(1)</script> "onload="x');
    expect(json.color).toBe(NEUTRAL_BADGE_COLOR.slice(1));
  });

  it("never sends an empty message, which shields rejects", () => {
    expect(shieldsEndpoint({ label: "fact-check", message: " \u0000 ", color: "#116329" }).message).toBe("?");
  });
});
