import { LIMITS } from "./limits";
import { truncate } from "./text";

export type UrlResult = { url: string; repaired: boolean } | { problem: string };

/** Endings of file names, which look like top-level domains in a scheme-less `page.html`. */
const FILE_EXTENSIONS = new Set(
  "html htm shtml php asp aspx jsp cgi pl json xml txt pdf jpg jpeg png gif svg webp mp4 mp3 css js md".split(" "),
);
const EDGE_SPACE = /^[\s\u200b\ufeff]+|[\s\u200b\ufeff]+$/g;

/**
 * A URL the API accepts (http or https, a host, no credentials). Only a missing scheme is
 * repaired (`//host/…` and `host.tld/…` get `https:`), because the intent is plain; a relative
 * URL, another scheme or a URL with spaces inside (a line break in a copied page) is refused:
 * guessing would store a link that leads nowhere.
 */
export function checkUrl(raw: unknown): UrlResult {
  if (raw === undefined || raw === null || raw === "") return { problem: "missing" };
  if (typeof raw !== "string") return { problem: `not a string (${JSON.stringify(raw)})` };
  const text = raw.replace(EDGE_SPACE, "");
  if (text === "") return { problem: "missing" };
  const shown = JSON.stringify(truncate(text, 120));
  if (/\s/.test(text)) return { problem: `has spaces inside: ${shown}` };
  let candidate = text;
  if (text.startsWith("//")) candidate = `https:${text}`;
  else if (!/^https?:\/\//i.test(text)) {
    if (/^[a-z][a-z0-9+.-]*:(?!\d)/i.test(text)) return { problem: `not an http(s) URL: ${shown}` };
    const host = /^([^/?#]+)(?:[/?#]|$)/.exec(text)?.[1] ?? "";
    const tld = /\.(\p{L}{2,24})(?::\d+)?$/u.exec(host)?.[1]?.toLowerCase();
    if (tld === undefined || FILE_EXTENSIONS.has(tld) || !/^[\p{L}\p{N}.-]+(?::\d+)?$/u.test(host)) {
      return { problem: `relative URL: ${shown}` };
    }
    candidate = `https://${text}`;
  }
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return { problem: `not a valid URL: ${shown}` };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return { problem: `not an http(s) URL: ${shown}` };
  if (url.hostname === "") return { problem: `no host: ${shown}` };
  if (url.username !== "" || url.password !== "") return { problem: `carries a user name or password: ${shown}` };
  if (url.href.length > LIMITS.url) return { problem: `longer than ${LIMITS.url} characters` };
  return { url: url.href, repaired: candidate !== text };
}

/** The host of an http(s) URL without `www.`, or "" when there is none. */
export function hostOf(raw: unknown): string {
  const checked = checkUrl(raw);
  return "url" in checked ? new URL(checked.url).hostname.replace(/^www\./, "") : "";
}
