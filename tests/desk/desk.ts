import { exports } from "cloudflare:workers";
import { expect } from "vitest";
import { call, ORIGIN } from "../helpers";

/** The desk's session cookie name (src/domain/sessions.ts). */
export const DESK_COOKIE = "ct_desk";

/**
 * A client IP no other sign-in uses: the rate limiter's buckets live in memory across test files,
 * so each sign-in that is not about the limit gets an address of its own.
 */
export function freshIp(): string {
  const hex = () => crypto.getRandomValues(new Uint16Array(1))[0]?.toString(16) ?? "0";
  // Random in the first 64 bits: the limits count an IPv6 client by its /64.
  return `2001:db8:${hex()}:${hex()}::${hex()}`;
}

export interface SignInOptions {
  ip?: string;
  /** `null` sends no Origin header. */
  origin?: string | null;
  referer?: string;
  cookie?: string;
  /** Another base URL than the test origin (e.g. `http://127.0.0.1`). */
  base?: string;
}

/** `POST /desk/sign-in` as the form sends it; the raw answer. */
export function postSignIn(fields: Record<string, string>, options: SignInOptions = {}): Promise<Response> {
  const base = options.base ?? ORIGIN;
  const headers = new Headers({
    "Content-Type": "application/x-www-form-urlencoded",
    "CF-Connecting-IP": options.ip ?? freshIp(),
  });
  const origin = options.origin === undefined ? base : options.origin;
  if (origin !== null) headers.set("Origin", origin);
  if (options.referer !== undefined) headers.set("Referer", options.referer);
  if (options.cookie !== undefined) headers.set("Cookie", options.cookie);
  return exports.default.fetch(
    new Request(`${base}/desk/sign-in`, {
      method: "POST",
      headers,
      body: new URLSearchParams(fields).toString(),
      redirect: "manual",
    }),
  );
}

/** The `ct_desk=…` pair a response sets, or undefined. */
export function cookieOf(res: Response): string | undefined {
  return /^(ct_desk=[^;]*)/.exec(res.headers.get("Set-Cookie") ?? "")?.[1];
}

/** Signs in with an API key and answers the session cookie (`ct_desk=…`) to send back. */
export async function signIn(key: string, ip?: string): Promise<string> {
  const res = await postSignIn({ key, next: "/desk" }, ip === undefined ? {} : { ip });
  const cookie = cookieOf(res);
  if (res.status !== 303 || !cookie) throw new Error(`signing in failed: ${res.status} ${await res.text()}`);
  return cookie;
}

// ---------------------------------------------------------------------------------------------
// A small DOM built with workerd's HTMLRewriter: enough to find fields, labels, errors and text.

export interface Node {
  tag: string;
  attrs: Record<string, string>;
  /** Decoded text content (scripts and styles left out). */
  text: string;
  parent: Node | undefined;
}

export interface Doc {
  html: string;
  nodes: Node[];
}

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

export function decodeEntities(raw: string): string {
  return raw.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

const VOID = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "source",
  "track",
  "wbr",
]);

const INLINE = new Set(["a", "abbr", "b", "code", "em", "i", "small", "span", "strong", "sub", "sup", "time"]);

/** Parses a page with HTMLRewriter into a flat list of elements in document order. */
export async function parse(html: string): Promise<Doc> {
  const nodes: Node[] = [];
  const stack: Node[] = [];
  const rawText = new Map<Node, string>();
  await new HTMLRewriter()
    .on("*", {
      element(el) {
        const attrs: Record<string, string> = {};
        for (const [name, value] of el.attributes) if (name !== undefined) attrs[name] = decodeEntities(value ?? "");
        const node: Node = { tag: el.tagName.toLowerCase(), attrs, text: "", parent: stack.at(-1) };
        nodes.push(node);
        // Block element boundaries separate words in the text of the elements around them.
        const boundary = () => {
          if (INLINE.has(node.tag)) return;
          for (const open of stack) rawText.set(open, `${rawText.get(open) ?? ""} `);
        };
        boundary();
        if (!VOID.has(node.tag)) {
          stack.push(node);
          el.onEndTag(() => {
            stack.pop();
            boundary();
          });
        }
      },
    })
    .onDocument({
      text(chunk) {
        if (stack.some((node) => node.tag === "script" || node.tag === "style")) return;
        for (const node of stack) rawText.set(node, (rawText.get(node) ?? "") + chunk.text);
      },
    })
    .transform(new Response(html))
    .text();
  for (const [node, text] of rawText) node.text = decodeEntities(text);
  return { html, nodes };
}

/** Collapses whitespace, for comparing visible text. */
export const squash = (text: string) => text.replace(/\s+/g, " ").trim();

/** What a reader sees on the page (body text, whitespace collapsed). */
export function visibleText(doc: Doc): string {
  return squash(doc.nodes.find((n) => n.tag === "body")?.text ?? "");
}

export function byId(doc: Doc, id: string): Node | undefined {
  return doc.nodes.find((n) => n.attrs.id === id);
}

export function isInside(node: Node, ancestor: Node): boolean {
  for (let p = node.parent; p; p = p.parent) if (p === ancestor) return true;
  return false;
}

const CONTROL_TAGS = new Set(["input", "select", "textarea"]);

/** Form controls a user sees (not hidden inputs). */
export function visibleControls(doc: Doc): Node[] {
  return doc.nodes.filter((n) => CONTROL_TAGS.has(n.tag) && n.attrs.type !== "hidden");
}

/** The one control with this name (throws when absent, so a missing field fails loudly). */
export function control(doc: Doc, name: string, form?: Node): Node {
  const found = doc.nodes.filter(
    (n) => CONTROL_TAGS.has(n.tag) && n.attrs.name === name && (!form || isInside(n, form)),
  );
  const [first] = found;
  if (!first) throw new Error(`no field named ${name} on the page`);
  return first;
}

export function optionsOf(doc: Doc, select: Node): { value: string; label: string; selected: boolean }[] {
  return doc.nodes
    .filter((n) => n.tag === "option" && isInside(n, select))
    .map((n) => ({ value: n.attrs.value ?? squash(n.text), label: squash(n.text), selected: "selected" in n.attrs }));
}

/** What a field holds as shown: an input's value, a textarea's text, a select's chosen option. */
export function fieldValue(doc: Doc, name: string): string {
  const node = control(doc, name);
  if (node.tag === "textarea") return node.text.replace(/^\n/, "");
  if (node.tag === "select") {
    const options = optionsOf(doc, node);
    return (options.find((o) => o.selected) ?? options[0])?.value ?? "";
  }
  return node.attrs.value ?? "";
}

/** The visible label of a field (`<label for=id>`), or undefined when it has none. */
export function labelOf(doc: Doc, name: string): string | undefined {
  const id = control(doc, name).attrs.id;
  const label = id ? doc.nodes.find((n) => n.tag === "label" && n.attrs.for === id) : undefined;
  return label ? squash(label.text) : undefined;
}

/**
 * The error shown next to a field: the element its `aria-describedby` names `…-error`, with the
 * field marked `aria-invalid`. Undefined when the field shows no error.
 */
export function errorFor(doc: Doc, name: string): string | undefined {
  const node = control(doc, name);
  const ids = (node.attrs["aria-describedby"] ?? "").split(/\s+/).filter((id) => id.endsWith("-error"));
  const messages = ids.map((id) => byId(doc, id)).filter((n): n is Node => n !== undefined);
  if (messages.length === 0) return undefined;
  expect(node.attrs["aria-invalid"], `${name} is marked invalid`).toBe("true");
  return messages.map((n) => squash(n.text)).join(" ");
}

/** Every field that shows an error, by name: to check an error sits on that one field only. */
export function fieldsWithErrors(doc: Doc): string[] {
  return visibleControls(doc)
    .filter((n) => n.attrs.name !== undefined && errorFor(doc, n.attrs.name) !== undefined)
    .map((n) => n.attrs.name ?? "");
}

/** Links as `{href, text}`. */
export function links(doc: Doc): { href: string; text: string }[] {
  return doc.nodes.filter((n) => n.tag === "a").map((n) => ({ href: n.attrs.href ?? "", text: squash(n.text) }));
}

export function h1(doc: Doc): string {
  return squash(doc.nodes.find((n) => n.tag === "h1")?.text ?? "");
}

/** Visible fields no `<label for>` points at (a field needs an id for a label to point at it). */
export function unlabelled(doc: Doc): string[] {
  const labelled = new Set(doc.nodes.filter((n) => n.tag === "label").map((n) => n.attrs.for));
  return visibleControls(doc)
    .filter((n) => !n.attrs.id || !labelled.has(n.attrs.id))
    .map((n) => `<${n.tag} name=${n.attrs.name ?? "?"} id=${n.attrs.id ?? "?"}>`);
}

/** The CSRF token a desk page carries in its forms. */
export function csrfOf(html: string): string {
  const input = /<input\b[^>]*\bname="_csrf"[^>]*>/.exec(html)?.[0];
  const token = input ? /\bvalue="([^"]*)"/.exec(input)?.[1] : undefined;
  if (!token) throw new Error("no CSRF token on this page");
  return token;
}

/**
 * What every desk HTML answer must carry: never cached, not frameable, forms posting back only,
 * no MIME sniffing; and every field a user sees has a label. Soft, so the test goes on to say
 * what else is wrong.
 */
export function checkDeskPage(res: Response, doc: Doc, what: string): void {
  // expect.soft works inside a test only; in a hook a failure stops the hook.
  const check = expect.getState().currentTestName === undefined ? expect : expect.soft;
  check(res.headers.get("Cache-Control"), `${what}: Cache-Control`).toBe("no-store");
  const csp = res.headers.get("Content-Security-Policy") ?? "";
  check(csp, `${what}: CSP frame-ancestors`).toMatch(/(^|;)\s*frame-ancestors 'none'\s*(;|$)/);
  check(csp, `${what}: CSP form-action`).toMatch(/(^|;)\s*form-action 'self'\s*(;|$)/);
  check(res.headers.get("X-Content-Type-Options"), `${what}: nosniff`).toBe("nosniff");
  check(unlabelled(doc), `${what}: fields without a <label for>`).toEqual([]);
}

export interface Page {
  res: Response;
  html: string;
  doc: Doc;
}

async function asPage(res: Response, what: string): Promise<Page> {
  const html = await res.text();
  const doc = await parse(html);
  if ((res.headers.get("Content-Type") ?? "").startsWith("text/html")) checkDeskPage(res, doc, what);
  return { res, html, doc };
}

/** `GET` a desk page with a session cookie (or none); HTML answers are checked by checkDeskPage. */
export async function page(path: string, cookie?: string): Promise<Page> {
  const res = await call(path, { headers: cookie ? { Cookie: cookie } : {} });
  return asPage(res, `GET ${path}`);
}

const tokens = new Map<string, string>();

/** The CSRF token of the session behind this cookie (read once from the claims list). */
export async function csrfFor(cookie: string): Promise<string> {
  let token = tokens.get(cookie);
  if (!token) {
    const { res, html } = await page("/desk", cookie);
    if (res.status !== 200) throw new Error(`no desk page for this cookie: ${res.status}`);
    token = csrfOf(html);
    tokens.set(cookie, token);
  }
  return token;
}

export interface PostOptions {
  /** The Origin header; `null` sends none. Defaults to the test origin. */
  origin?: string | null;
  referer?: string;
  /** The `_csrf` field; `null` sends none. Defaults to the session's own token. */
  csrf?: string | null;
}

export type Fields = Record<string, string> | [string, string][];

/** A desk form POST (urlencoded), with the session's CSRF token and this origin unless overridden. */
export async function post(
  path: string,
  cookie: string,
  fields: Fields = {},
  options: PostOptions = {},
): Promise<Page> {
  const body = new URLSearchParams(fields);
  const csrf = options.csrf === undefined ? await csrfFor(cookie) : options.csrf;
  if (csrf !== null) body.set("_csrf", csrf);
  const headers: Record<string, string> = {
    "Content-Type": "application/x-www-form-urlencoded",
    Cookie: cookie,
  };
  const origin = options.origin === undefined ? ORIGIN : options.origin;
  if (origin !== null) headers.Origin = origin;
  if (options.referer !== undefined) headers.Referer = options.referer;
  const res = await call(path, { method: "POST", headers, rawBody: body.toString() });
  return asPage(res, `POST ${path}`);
}

/** Where a redirect goes, as a path (the Location header relative to the test origin). */
export function locationOf(res: Response): string {
  const location = res.headers.get("Location") ?? "";
  return location.startsWith(ORIGIN) ? location.slice(ORIGIN.length) : location;
}

/** The rows of the page's table bodies: each row's text and the links in it. */
export function tableRows(doc: Doc): { text: string; links: { href: string; text: string }[] }[] {
  return doc.nodes
    .filter((n) => n.tag === "tr" && n.parent?.tag === "tbody")
    .map((row) => ({
      text: squash(row.text),
      links: doc.nodes
        .filter((n) => n.tag === "a" && isInside(n, row))
        .map((n) => ({ href: n.attrs.href ?? "", text: squash(n.text) })),
    }));
}

/** The column headers of the page's tables, in order: what a screen reader announces for each cell. */
export function columnHeaders(doc: Doc): string[] {
  return doc.nodes
    .filter((n) => n.tag === "th" && n.attrs.scope === "col" && n.parent?.parent?.tag === "thead")
    .map((n) => squash(n.text));
}

/** Counts of what the desk's forms can write, to show a refused POST changed nothing. */
export async function dbSnapshot(db: D1Database): Promise<Record<string, unknown>> {
  const row = await db
    .prepare(
      `select (select count(*) from claims) as claims,
              (select coalesce(sum(version), 0) from claims) as versions,
              (select count(*) from status_updates) as updates,
              (select count(*) from speakers) as speakers,
              (select count(*) from articles) as articles,
              (select count(*) from api_keys) as keys,
              (select count(*) from api_keys where revoked_at is not null) as revoked_keys,
              (select count(*) from desk_sessions) as sessions,
              (select count(*) from desk_sessions where revoked_at is not null) as ended_sessions`,
    )
    .first<Record<string, unknown>>();
  return row ?? {};
}
