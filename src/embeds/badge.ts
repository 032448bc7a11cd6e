// Status badges for embedding a claim's fact-check status elsewhere: a small flat SVG in the style of
// shields.io, and the JSON that shields.io's endpoint badge reads. Pure functions, no I/O.

import { escapeXml, stripNonXml } from "./xml";

export interface BadgeInput {
  /** Left part, e.g. "fact-check" (already translated). */
  label: string;
  /** Right part: the status label, e.g. "Mostly false" (already translated). */
  message: string;
  /** The status colour, "#rrggbb". Anything else falls back to grey. */
  color: string;
  /** Full accessible name, e.g. "Antony Blinken: “More than 90 percent…” — Mostly false". */
  title: string;
  /** Text direction of label and message (Arabic labels are "rtl"); the layout stays the same. */
  dir?: "ltr" | "rtl";
}

export interface ShieldsEndpoint {
  schemaVersion: 1;
  label: string;
  message: string;
  color: string;
  labelColor?: string;
  cacheSeconds?: number;
}

/** Background of the label part (shields.io's grey). */
export const LABEL_COLOR = "#555555";
/** Message background for "not found" badges and for colours that are not `#rrggbb`: passes AA with white text. */
export const NEUTRAL_BADGE_COLOR = "#6e7781";
/** shields.io's minimum cache time for endpoint badges. */
export const SHIELDS_CACHE_SECONDS = 300;

const HEIGHT = 20;
const FONT_SIZE = 11;
const PADDING = 6; // each side of each text
const MAX_TEXT_GRAPHEMES = 64; // label and message
const MAX_TITLE_GRAPHEMES = 512;

// Advance widths of Verdana in thousandths of an em, for printable ASCII (U+0020..U+007E).
// biome-ignore format: a table reads better in rows of 16
const VERDANA_ASCII = [
  352, 394, 459, 818, 636, 1076, 727, 269, 454, 454, 636, 818, 364, 454, 364, 454, //  !"#$%&'()*+,-./
  636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 454, 454, 818, 818, 818, 545, // 0-9 :;<=>?
  1000, 684, 686, 698, 771, 632, 575, 775, 751, 421, 455, 693, 557, 843, 748, 787, // @A-O
  603, 787, 695, 684, 616, 732, 684, 989, 685, 615, 685, 454, 454, 454, 818, 636, // P-Z [\]^_
  636, 601, 623, 521, 623, 596, 352, 623, 633, 274, 344, 592, 274, 973, 633, 607, // `a-o
  623, 623, 427, 521, 394, 633, 592, 818, 592, 592, 525, 635, 454, 635, 818, // p-z {|}~
];

/** Widths (thousandths of an em) of common characters outside ASCII that are not a letter plus accents. */
const VERDANA_EXTRA: Record<string, number> = {
  "\u00a0": 352, // no-break space
  "–": 636,
  "—": 1000,
  "‘": 269,
  "’": 269,
  "“": 459,
  "”": 459,
  "«": 645,
  "»": 645,
  "…": 1000,
  "•": 545,
  "·": 364,
  "°": 542,
  ß: 620,
  æ: 955,
  Æ: 1068,
  ø: 607,
  Ø: 787,
  œ: 1014,
  Œ: 1058,
  ı: 274,
  "©": 1000,
  "®": 1000,
  "™": 1000,
};

const WIDE_DEFAULT = 1000; // CJK ideographs, kana, Hangul and full-width forms are one em
const EMOJI_WIDTH = 1250; // colour-emoji fonts draw wider than one em
const ARABIC_WIDTH = 600; // no Verdana glyphs: the fallback fonts average a little over half an em
const OTHER_WIDTH = 650; // anything else Verdana has no entry for here (Cyrillic, Greek, symbols…)

const ZERO_WIDTH = /[\p{M}\p{Cf}\p{Emoji_Modifier}]/u;
const WIDE =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff01-\uff60\uffe0-\uffe6]/u;
const RTL_SCRIPT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/u;
const PICTOGRAPHIC = /[\p{Extended_Pictographic}\u{1f1e6}-\u{1f1ff}]/u;

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** Width of one code point in thousandths of an em, and whether the table knew it. */
function codePointWidth(ch: string): { width: number; known: boolean } {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp >= 0x20 && cp <= 0x7e) return { width: VERDANA_ASCII[cp - 0x20] ?? OTHER_WIDTH, known: true };
  const extra = VERDANA_EXTRA[ch];
  if (extra !== undefined) return { width: extra, known: true };
  if (ZERO_WIDTH.test(ch)) return { width: 0, known: true };
  // A Latin letter with accents is as wide as the letter: "é" → "e".
  const base = ch.normalize("NFD").codePointAt(0) ?? 0;
  if (base >= 0x20 && base <= 0x7e) return { width: VERDANA_ASCII[base - 0x20] ?? OTHER_WIDTH, known: true };
  if (WIDE.test(ch)) return { width: WIDE_DEFAULT, known: false };
  if (RTL_SCRIPT.test(ch)) return { width: ARABIC_WIDTH, known: false };
  return { width: OTHER_WIDTH, known: false };
}

/**
 * Estimated width in px of `text` in Verdana 11px. `exact` is true when every character came from the
 * Verdana table, so the estimate may be imposed with `textLength` without distorting the text.
 */
export function estimateTextWidth(text: string): { width: number; exact: boolean } {
  let thousandths = 0;
  let exact = true;
  for (const { segment } of graphemes.segment(text)) {
    if (PICTOGRAPHIC.test(segment) && VERDANA_EXTRA[segment] === undefined) {
      // An emoji sequence (ZWJ family, flag, keycap, skin tone) draws as one glyph.
      thousandths += EMOJI_WIDTH;
      exact = false;
      continue;
    }
    for (const ch of segment) {
      const { width, known } = codePointWidth(ch);
      thousandths += width;
      exact &&= known;
    }
  }
  return { width: (thousandths * FONT_SIZE) / 1000, exact };
}

/** Drops characters XML cannot carry, folds runs of white space into one space, trims, and caps the length. */
function cleanText(text: string, maxGraphemes: number): string {
  const flat = stripNonXml(String(text)).replace(/\s+/g, " ").trim();
  let out = "";
  let count = 0;
  for (const { segment } of graphemes.segment(flat)) {
    if (count === maxGraphemes) return `${out.trimEnd()}…`;
    out += segment;
    count++;
  }
  return out;
}

const HEX_COLOR = /^#[0-9a-f]{6}$/i;

/** `#rrggbb` in lower case, or the neutral grey for anything else. */
function safeColor(color: unknown): string {
  return typeof color === "string" && HEX_COLOR.test(color) ? color.toLowerCase() : NEUTRAL_BADGE_COLOR;
}

/** Up to one decimal, without a trailing ".0". */
function num(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/** A flat badge: grey label on the left, the message on the status colour on the right, white text. */
export function renderBadge(input: BadgeInput): string {
  const label = cleanText(input.label, MAX_TEXT_GRAPHEMES);
  const message = cleanText(input.message, MAX_TEXT_GRAPHEMES);
  const title = escapeXml(cleanText(input.title, MAX_TITLE_GRAPHEMES));
  const color = safeColor(input.color);
  const rtl = input.dir === "rtl";

  const labelText = estimateTextWidth(label);
  const messageText = estimateTextWidth(message);
  const labelWidth = Math.ceil(labelText.width) + 2 * PADDING;
  const messageWidth = Math.ceil(messageText.width) + 2 * PADDING;
  const width = labelWidth + messageWidth;

  // Each text twice: a faint shadow one pixel lower (hidden from assistive technology), then the text.
  const text = (content: string, x: number, estimate: { width: number; exact: boolean }): string => {
    const length = estimate.exact && content ? ` textLength="${num(estimate.width)}"` : "";
    const attrs = `x="${num(x)}"${length}${rtl ? ' direction="rtl" unicode-bidi="embed"' : ""}`;
    const escaped = escapeXml(content);
    return `<text ${attrs} y="15" fill="#010101" fill-opacity=".3" aria-hidden="true">${escaped}</text><text ${attrs} y="14">${escaped}</text>`;
  };

  // The message part is a rounded rectangle starting under the label's square right edge; the label
  // part is a path rounded on the left only. No ids, so several badges can be inlined in one page.
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${HEIGHT}" viewBox="0 0 ${width} ${HEIGHT}" role="img" aria-label="${title}">` +
    `<title>${title}</title>` +
    `<rect x="${labelWidth - 3}" width="${messageWidth + 3}" height="${HEIGHT}" rx="3" fill="${color}"/>` +
    `<path fill="${LABEL_COLOR}" d="M3 0H${labelWidth}V${HEIGHT}H3A3 3 0 0 1 0 17V3A3 3 0 0 1 3 0z"/>` +
    `<g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" font-size="${FONT_SIZE}" text-rendering="geometricPrecision">` +
    text(label, labelWidth / 2, labelText) +
    text(message, labelWidth + messageWidth / 2, messageText) +
    "</g></svg>"
  );
}

/** A grey badge for a claim (or status) that does not exist, e.g. "fact-check | claim not found". */
export function notFoundBadge(label: string, message: string, dir?: "ltr" | "rtl"): string {
  return renderBadge({ label, message, color: NEUTRAL_BADGE_COLOR, title: `${label}: ${message}`, dir });
}

/**
 * JSON for shields.io's endpoint badge (https://shields.io/badges/endpoint-badge). Shields takes hex colours
 * with or without "#"; this sends them without, as in its badge URLs. An empty message (which shields rejects)
 * becomes "?".
 */
export function shieldsEndpoint(input: { label: string; message: string; color: string }): ShieldsEndpoint {
  return {
    schemaVersion: 1,
    label: cleanText(input.label, MAX_TEXT_GRAPHEMES),
    message: cleanText(input.message, MAX_TEXT_GRAPHEMES) || "?",
    color: safeColor(input.color).slice(1),
    cacheSeconds: SHIELDS_CACHE_SECONDS,
  };
}
