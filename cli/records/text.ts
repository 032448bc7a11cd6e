import { isObject, listOf } from "./json";

/** Named references seen in fact-checkers' markup; accented Latin letters are composed below. */
const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
  ndash: "–",
  mdash: "—",
  lsquo: "‘",
  rsquo: "’",
  sbquo: "‚",
  ldquo: "“",
  rdquo: "”",
  bdquo: "„",
  hellip: "…",
  laquo: "«",
  raquo: "»",
  middot: "·",
  bull: "•",
  euro: "€",
  pound: "£",
  deg: "°",
  times: "×",
  iexcl: "¡",
  iquest: "¿",
  ordm: "º",
  ordf: "ª",
  szlig: "ß",
  aelig: "æ",
  oelig: "œ",
  oslash: "ø",
  shy: "\u00ad",
  zwj: "\u200d",
  zwnj: "\u200c",
};
const ACCENTS: Record<string, string> = {
  acute: "\u0301",
  grave: "\u0300",
  circ: "\u0302",
  uml: "\u0308",
  tilde: "\u0303",
  ring: "\u030a",
  cedil: "\u0327",
  caron: "\u030c",
};
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g;
const ACCENTED = /^([A-Za-z])(acute|grave|circ|uml|tilde|ring|cedil|caron)$/;

/**
 * HTML character references decoded once (`&#039;`, `&#x27;`, `&quot;`, `&eacute;`): WordPress
 * plugins escape `claimReviewed` as if it were HTML. Unknown names stay as written.
 */
export function decodeHtmlEntities(text: string): string {
  return text.replace(ENTITY, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (dec !== undefined || hex !== undefined) {
      const code = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex ?? "", 16);
      const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
      return valid ? String.fromCodePoint(code) : whole;
    }
    const named = NAMED_ENTITIES[name ?? ""];
    if (named !== undefined) return named;
    const [, letter, accent] = ACCENTED.exec(name ?? "") ?? [];
    if (letter !== undefined && accent !== undefined) return `${letter}${ACCENTS[accent] ?? ""}`.normalize("NFC");
    return whole;
  });
}

const BLOCK_TAGS = /^(?:br|p|div|li|ul|ol|h[1-6]|tr|td|th|blockquote|section|article|hr)$/i;

/**
 * Markup made plain: comments and tags removed (block tags leave a space), then entities decoded,
 * so an escaped `&lt;b&gt;` stays visible text; whitespace runs become one space.
 */
export function plainText(html: string): string {
  const withoutTags = html
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<\/?([A-Za-z][A-Za-z0-9-]*)\b[^>]*>/g, (_tag, name: string) => (BLOCK_TAGS.test(name) ? " " : ""));
  return decodeHtmlEntities(withoutTags).replace(/\s+/g, " ").trim();
}

/** `text` cut to `max` UTF-16 units (the API's measure), ending in "…" when cut, never halving a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max - 1;
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut -= 1;
  return `${text.slice(0, cut).trimEnd()}…`;
}

/** Plain text of a string (or JSON-LD `@value`), or of the first non-empty one in an array; "" when none. */
export function textOf(value: unknown): string {
  for (const item of listOf(value)) {
    const raw = isObject(item) ? item["@value"] : item;
    if (typeof raw === "number") return String(raw);
    if (typeof raw !== "string") continue;
    const text = plainText(raw);
    if (text !== "") return text;
  }
  return "";
}

/** The API matches speakers on letters and digits: a name without any is no name. */
export function hasLetterOrDigit(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}
