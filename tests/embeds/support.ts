// Shared helpers of the embed, page and feed route tests: reading HTML with workerd's HTMLRewriter,
// reading XML with fast-xml-parser, running the real Worker with a D1 that counts round trips.
import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { expect } from "vitest";
import { countingD1 } from "../../src/db/counting";
import worker from "../../src/index";
import { call, ORIGIN, type StatusUpdateBody } from "../helpers";

/** The four hostile strings every public rendering must neutralise. */
export const HOSTILE = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "</script><script>alert(2)</script>",
  "]]>",
] as const;

/** `label` followed by every hostile string. */
export function hostile(label: string): string {
  return `${label} ${HOSTILE.join(" ")}`;
}

/** Markup that must never reach a page unescaped. */
export const LIVE_MARKUP = [/<script>alert/i, /<img src=x/i, /<\/script><script>/i];

export function expectNoLiveMarkup(text: string): void {
  for (const pattern of LIVE_MARKUP) expect(text).not.toMatch(pattern);
}

/** Decodes the character references Hono JSX and the XML escapers write. */
export function decodeHtml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot|apos);/gi, (_, ref: string) => {
    const lower = ref.toLowerCase();
    if (lower.startsWith("#x")) return String.fromCodePoint(Number.parseInt(lower.slice(2), 16));
    if (lower.startsWith("#")) return String.fromCodePoint(Number.parseInt(lower.slice(1), 10));
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[lower] ?? "";
  });
}

export interface HtmlElement {
  tag: string;
  /** Attribute values, decoded. */
  attrs: Record<string, string>;
  /** Text inside the element (its descendants' too), decoded. */
  text: string;
  /** The same text as it stands in the document (for <script> and <style>, which are not decoded). */
  raw: string;
}

/**
 * Every element matching `selector`, in document order, parsed by workerd's own HTML parser
 * (HTMLRewriter). Text is attributed to the last opened match, so keep selectors non-nesting.
 */
export async function select(html: string, selector: string): Promise<HtmlElement[]> {
  const found: HtmlElement[] = [];
  await new HTMLRewriter()
    .on(selector, {
      element(element) {
        const attrs: Record<string, string> = {};
        for (const [name, value] of element.attributes) if (name !== undefined) attrs[name] = decodeHtml(value ?? "");
        found.push({ tag: element.tagName, attrs, text: "", raw: "" });
      },
      text(chunk) {
        const current = found.at(-1);
        if (current) {
          current.raw += chunk.text;
          current.text = decodeHtml(current.raw);
        }
      },
    })
    .transform(new Response(html))
    .text();
  return found;
}

/** The one element matching `selector`; fails the test when there is none or more than one. */
export async function selectOne(html: string, selector: string): Promise<HtmlElement> {
  const found = await select(html, selector);
  expect(found, `exactly one ${selector}`).toHaveLength(1);
  const [element] = found;
  if (!element) throw new Error(`no ${selector}`);
  return element;
}

/** The `content` of `<meta property=…>` or `<meta name=…>`. */
export async function meta(html: string, key: string): Promise<string | undefined> {
  const [byProperty] = await select(html, `meta[property="${key}"]`);
  const [byName] = await select(html, `meta[name="${key}"]`);
  return (byProperty ?? byName)?.attrs.content;
}

/** Whitespace folded, for comparing rendered text. */
export function squash(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** The directives of a Content-Security-Policy header, by name. */
export function cspDirectives(header: string | null): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of (header ?? "").split(";")) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), values);
  }
  return directives;
}

/** `'sha256-…'` of an inline script or style, as a CSP names it. */
export async function cspHashOf(source: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(source)));
  return `'sha256-${btoa(String.fromCharCode(...digest))}'`;
}

export const xmlParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
});

/** Parses `xml` after checking it is well-formed; fails the test when it is not. */
export function parseXml(xml: string): Record<string, unknown> {
  expect(XMLValidator.validate(xml)).toBe(true);
  return xmlParser.parse(xml) as Record<string, unknown>;
}

/** Every element name and attribute name anywhere in a parsed XML tree. */
export function xmlNames(node: unknown, into = { elements: new Set<string>(), attributes: new Set<string>() }) {
  if (Array.isArray(node)) {
    for (const item of node) xmlNames(item, into);
  } else if (node !== null && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key.startsWith("@_")) into.attributes.add(key.slice(2));
      else if (key !== "#text") {
        into.elements.add(key);
        xmlNames(value, into);
      }
    }
  }
  return into;
}

/** Asserts a parsed SVG or feed carries nothing that runs: no script element, no on* handler. */
export function expectInertXml(tree: unknown): void {
  const { elements, attributes } = xmlNames(tree);
  for (const name of elements) expect(name.toLowerCase()).not.toMatch(/(^|:)(script|foreignobject|iframe|img)$/);
  for (const name of attributes) expect(name.toLowerCase()).not.toMatch(/^on/);
}

/** Runs one request through the real Worker with a D1 that counts round trips, then lets its waitUntil work finish. */
export async function measure(path: string, init: RequestInit = {}) {
  const counter = countingD1(env.DB);
  const ctx = createExecutionContext();
  const res = await worker.fetch(new Request(`${ORIGIN}${path}`, init), { ...env, DB: counter.db }, ctx);
  const body = await res.text();
  await waitOnExecutionContext(ctx);
  return { res, body, roundTrips: counter.roundTrips() };
}

/** GETs `path` and returns the answer with its body read as text. */
export async function fetchText(path: string, headers: Record<string, string> = {}) {
  const res = await call(path, { headers });
  return { res, body: await res.text() };
}

/** Posts a status update as `token`, failing the test unless it is created. */
export async function postUpdate(
  token: string,
  claimId: string,
  update: { status: string; note?: string; evidence?: { url: string; title?: string }[] },
): Promise<StatusUpdateBody> {
  const res = await call(`/v1/claims/${claimId}/updates`, { token, body: update });
  const body = (await res.json()) as StatusUpdateBody;
  expect(res.status, JSON.stringify(body)).toBe(201);
  return body;
}
