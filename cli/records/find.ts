import { isObject, type JsonObject, listOf, typesOf } from "./json";
import { languageTag } from "./languages";

/** A ClaimReview, with the @graph it sits in (to follow `{"@id": …}` references) and its page's language. */
export interface ReviewEntry {
  kind: "claimreview";
  at: string;
  review: JsonObject;
  graph: ReadonlyMap<string, JsonObject>;
  pageLanguage: string | null;
}
/** A line of `claimtrail export`: `{claim, timeline}`. */
export interface ExportEntry {
  kind: "export";
  at: string;
  line: JsonObject;
}
/** Something in the file that is no record: kept, so the report can say why it was skipped. */
export interface UnusableEntry {
  kind: "unusable";
  at: string;
  reason: string;
}
export type Entry = ReviewEntry | ExportEntry | UnusableEntry;

interface Context {
  root: string;
  graph: ReadonlyMap<string, JsonObject>;
  graphNodes: readonly JsonObject[];
}

const SCRIPT_BLOCK = /<script\b[^>]*type\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi;

/**
 * Every record in a file: one JSON document (a ClaimReview, an array, an @graph, a DataFeed, an
 * export line, or an untyped wrapper holding any of those), NDJSON of them (a line may also be an
 * ld+json `<script>`, as research datasets ship them), or an HTML page's ld+json scripts.
 */
export function entriesOf(text: string): Entry[] {
  const body = text.replace(/^\ufeff/, "");
  const out: Entry[] = [];
  const document = parseJson(body);
  if (document.ok) {
    walk(document.value, [], context("document"), out);
    return out;
  }
  if (/^\s*</.test(body)) {
    for (const match of body.matchAll(SCRIPT_BLOCK)) {
      const line = body.slice(0, match.index).split("\n").length;
      parseInto(match[1] ?? "", `line ${line}`, out);
    }
    if (out.length === 0) out.push({ kind: "unusable", at: "document", reason: "HTML without ld+json scripts" });
    return out;
  }
  for (const [i, raw] of body.split("\n").entries()) {
    const line = raw.trim();
    const root = `line ${i + 1}`;
    if (line === "") continue;
    if (!line.startsWith("<")) {
      parseInto(line, root, out);
      continue;
    }
    const scripts = [...line.matchAll(SCRIPT_BLOCK)];
    if (scripts.length === 0) out.push({ kind: "unusable", at: root, reason: "neither JSON nor an ld+json script" });
    for (const [, json] of scripts) parseInto(json ?? "", root, out);
  }
  return out;
}

function context(root: string): Context {
  return { root, graph: new Map(), graphNodes: [] };
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

function parseInto(json: string, root: string, out: Entry[]): void {
  const parsed = parseJson(json);
  if (parsed.ok) walk(parsed.value, [], context(root), out);
  else out.push({ kind: "unusable", at: root, reason: `not valid JSON (${parsed.message})` });
}

function locate(root: string, path: ReadonlyArray<string | number>): string {
  if (path.length === 0) return root;
  const text = path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");
  return `${root}: ${text}`;
}

function isExportLine(node: JsonObject): boolean {
  return isObject(node.claim) && Array.isArray(node.timeline);
}

function isReview(node: JsonObject): boolean {
  const types = typesOf(node);
  return types.includes("claimreview") || (types.length === 0 && "claimReviewed" in node);
}

/** A value that is, wraps or lists a record, as opposed to the rest of a page's graph (WebPage, Person …). */
function holdsRecords(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(holdsRecords);
  if (!isObject(value)) return false;
  const types = typesOf(value);
  return (
    isReview(value) ||
    isExportLine(value) ||
    types.includes("datafeed") ||
    types.includes("datafeeditem") ||
    Array.isArray(value["@graph"]) ||
    (types.length === 0 && Object.values(value).some((v) => typeof v === "object" && holdsRecords(v)))
  );
}

function walk(value: unknown, path: ReadonlyArray<string | number>, ctx: Context, out: Entry[]): void {
  const at = locate(ctx.root, path);
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) walk(item, [...path, i], ctx, out);
    return;
  }
  if (!isObject(value)) {
    out.push({ kind: "unusable", at, reason: `not a JSON object (${JSON.stringify(value)?.slice(0, 40)})` });
    return;
  }
  if (isExportLine(value)) {
    out.push({ kind: "export", at, line: value });
    return;
  }
  if (isReview(value)) {
    out.push({ kind: "claimreview", at, review: value, graph: ctx.graph, pageLanguage: pageLanguageOf(value, ctx) });
    return;
  }
  const types = typesOf(value);
  const graphNodes = value["@graph"];
  if (Array.isArray(graphNodes)) {
    const nodes = graphNodes.filter(isObject);
    const graph = new Map(ctx.graph);
    for (const node of nodes) if (typeof node["@id"] === "string") graph.set(node["@id"], node);
    const before = out.length;
    graphNodes.forEach((node, i) => {
      if (holdsRecords(node)) walk(node, [...path, "@graph", i], { ...ctx, graph, graphNodes: nodes }, out);
    });
    if (out.length === before) out.push({ kind: "unusable", at, reason: "an @graph without a ClaimReview" });
    return;
  }
  if (types.includes("datafeed") || Array.isArray(value.dataFeedElement)) {
    walk(value.dataFeedElement ?? [], [...path, "dataFeedElement"], ctx, out);
    return;
  }
  if (types.includes("datafeeditem")) {
    if (value.item === undefined) out.push({ kind: "unusable", at, reason: "a DataFeedItem without an item" });
    else walk(value.item, [...path, "item"], ctx, out);
    return;
  }
  // Scrapers and datasets wrap records in untyped envelopes ({"item": …}, {"record": …, "meta": …}).
  const wrapped = types.length === 0 ? Object.entries(value).filter(([, v]) => holdsRecords(v)) : [];
  if (wrapped.length > 0) {
    for (const [key, inner] of wrapped) walk(inner, [...path, key], ctx, out);
    return;
  }
  const named = listOf(value["@type"]).filter((t) => typeof t === "string");
  const what = named.length > 0 ? `@type ${named.join(", ")}` : "no @type";
  out.push({ kind: "unusable", at, reason: `not a ClaimReview (${what})` });
}

/** A ClaimReview without its own `inLanguage` takes its page's: the @graph node whose url or @id is the review's url. */
function pageLanguageOf(review: JsonObject, ctx: Context): string | null {
  const url = typeof review.url === "string" ? review.url.trim() : "";
  if (url === "") return null;
  for (const node of ctx.graphNodes) {
    if (node === review || node.inLanguage === undefined) continue;
    const ids = [node.url, node["@id"]].filter((v): v is string => typeof v === "string").map((v) => v.trim());
    if (ids.includes(url)) return languageTag(node.inLanguage);
  }
  return null;
}
