import { EMBED_HEADERS } from "../http/security-headers";
import { LOCALES, type Locale } from "./i18n";

/**
 * How long a card, badge or shields answer may be reused: 5 s fresh, then 5 s more while it is
 * refreshed. With the isolate's memory and the Cache API holding it as long, a status update shows
 * everywhere within about 10 s, although only the isolate and data centre that took the update
 * can be purged (the Cache API is per data centre).
 */
export const EMBED_CACHE_CONTROL = "public, max-age=5, stale-while-revalidate=5";
const FRESH_MS = 5_000;
/** Embeds kept in this isolate's memory, the cheapest hit there is; the oldest go first. */
const MEMORY_ENTRIES = 500;

interface Stored {
  body: ArrayBuffer;
  status: number;
  headers: [string, string][];
  expires: number;
}

const memory = new Map<string, Stored>();

function remember(key: string, stored: Stored): void {
  memory.delete(key);
  memory.set(key, stored);
  if (memory.size > MEMORY_ENTRIES) {
    const oldest = memory.keys().next().value;
    if (oldest !== undefined) memory.delete(oldest);
  }
}

function recall(key: string): Response | undefined {
  const stored = memory.get(key);
  if (!stored) return undefined;
  if (stored.expires <= Date.now()) {
    memory.delete(key);
    return undefined;
  }
  return new Response(stored.body, { status: stored.status, headers: stored.headers });
}

const EMBED_PATH = /^\/embed\/claims\/(clm_[0-9A-HJKMNP-TV-Z]{26})(\/badge\.svg|\/shields\.json)?$/;
const FORMATS = ["", "/badge.svg", "/shields.json"] as const;

/** The language a `?lang=` asks for, when it is one we have; otherwise the claim's own applies. */
export function requestedLocale(url: URL): Locale | undefined {
  const lang = url.searchParams.get("lang")?.toLowerCase().split(/[-_]/)[0];
  return LOCALES.find((locale) => locale === lang);
}

/**
 * The cache key of an embed request: its path and its effective `?lang=` only, so other query
 * strings cannot fill the cache with copies. Null for any other request. A string, so a memory hit
 * builds no Request.
 */
function embedCacheKey(request: Request): string | null {
  if (request.method !== "GET") return null;
  const url = new URL(request.url);
  if (!EMBED_PATH.test(url.pathname)) return null;
  const lang = requestedLocale(url);
  return `${url.origin}${url.pathname}${lang ? `?lang=${lang}` : ""}`;
}

/** True when If-None-Match names this ETag (weak or strong, or `*`). */
export function notModified(request: Request, etag: string | null): boolean {
  const header = request.headers.get("If-None-Match");
  if (!header || !etag) return false;
  const bare = etag.replace(/^W\//, "");
  return header.split(",").some((tag) => tag.trim() === "*" || tag.trim().replace(/^W\//, "") === bare);
}

/** What a 304 repeats of its 200: caching, CORS, and the security headers (a browser may merge them in). */
const REVALIDATED_HEADERS = [
  "ETag",
  "Cache-Control",
  "Vary",
  "Access-Control-Allow-Origin",
  ...Object.keys(EMBED_HEADERS),
];

function revalidated(response: Response): Response {
  const headers = new Headers();
  for (const name of REVALIDATED_HEADERS) {
    const value = response.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(null, { status: 304, headers });
}

/**
 * The warm path, before the app runs: a cached card, badge or shields answer, or a 304 when the
 * reader already has it, from this isolate's memory or the data centre's Cache API. Touches
 * neither D1 nor the router. Undefined when not cached.
 */
export async function warmEmbed(request: Request): Promise<Response | undefined> {
  const key = embedCacheKey(request);
  if (!key) return undefined;
  const hit = recall(key) ?? (await caches.default.match(key));
  if (!hit) return undefined;
  return notModified(request, hit.headers.get("ETag")) ? revalidated(hit) : hit;
}

/** Answers `response` (or a 304), and keeps a copy in memory and in the Cache API when it is a 200. */
export async function answerAndCache(
  request: Request,
  response: Response,
  ctx: { waitUntil(promise: Promise<unknown>): void },
): Promise<Response> {
  const key = embedCacheKey(request);
  if (!key || response.status !== 200) return response;
  const body = await response.arrayBuffer();
  const headers = [...response.headers];
  remember(key, { body, status: 200, headers, expires: Date.now() + FRESH_MS });
  ctx.waitUntil(caches.default.put(key, new Response(body, { headers })));
  const answer = new Response(body, { headers });
  return notModified(request, answer.headers.get("ETag")) ? revalidated(answer) : answer;
}

/**
 * After a write: drops the claim's embeds from this isolate's memory (every language, cheap) and,
 * from the data centre's Cache API, the card in every language (embed.js asks for `?lang=` when a
 * page sets data-lang) and the badge and shields answers without `?lang=`: 9 deletes, not 21. The
 * other `?lang=` badges and shields expire by themselves, within 10 s like copies elsewhere.
 */
export async function purgeEmbeds(origin: string, claimId: string): Promise<void> {
  const base = FORMATS.map((format) => `${origin}/embed/claims/${claimId}${format}`);
  const languages = LOCALES.map((locale) => `?lang=${locale}`);
  for (const url of base) {
    memory.delete(url);
    for (const lang of languages) memory.delete(url + lang);
  }
  const card = `${origin}/embed/claims/${claimId}`;
  const purged = [...base, ...languages.map((lang) => card + lang)];
  await Promise.all(purged.map((url) => caches.default.delete(url)));
}
