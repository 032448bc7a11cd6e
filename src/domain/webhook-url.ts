/** Longest webhook URL we store and call. */
export const MAX_WEBHOOK_URL_LENGTH = 2048;

/** Names that only ever resolve inside a machine or a private network (RFC 6761, 6762, 8375 and habit). */
const LOCAL_SUFFIXES = [".localhost", ".local", ".internal", ".home.arpa", ".lan", ".intranet", ".corp"];

/** What the WHATWG parser leaves of an IPv4 address written in any notation: a dotted quad. */
const DOTTED_QUAD = /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;

/**
 * ASCII space and controls (anything but printable ASCII and non-ASCII), which the URL parser
 * trims or drops silently instead of refusing.
 */
const SPACE_OR_CONTROL = /[^!-~\u0080-\uffff]/;

/**
 * Why `raw` may not receive webhooks, or null when it may.
 *
 * In production (`allowPrivate` false) a webhook URL must be `https://` with a fully qualified
 * public host name, the default port and no credentials; IP literals in any notation, `localhost`
 * and local-network names (`.local`, `.internal`, `.home.arpa`, …) are refused. With
 * `allowPrivate` (local development, `ALLOW_PRIVATE_WEBHOOKS=true`) `http:` is allowed too, on
 * any port, to any host including loopback and IP literals; credentials are still refused.
 *
 * The text as sent is checked as well as the parsed URL, because the WHATWG parser repairs
 * mistakes instead of refusing them (`https:///x` becomes `https://x/`, `https:\\host` and
 * `https:host` become `https://host/`, tabs and newlines vanish), so a URL that only passes once
 * repaired would be stored meaning something other than what the client wrote. IPv4 addresses
 * are judged after parsing, because the parser turns every notation (`2130706433`, `0x7f.1`,
 * `0177.0.0.1`, `127.1`) into a dotted quad.
 *
 * This is a pure check of the name: it does no DNS, so it cannot see a public name that resolves
 * (or is later rebound) to a private address. That is out of scope here, and it is enough because
 * a deployed Cloudflare Worker's `fetch` cannot reach private or loopback addresses anyway; this
 * check refuses the obvious cases early with a reason the client can act on.
 */
export function webhookUrlProblem(raw: string, allowPrivate: boolean): string | null {
  if (raw.length > MAX_WEBHOOK_URL_LENGTH) return `must be at most ${MAX_WEBHOOK_URL_LENGTH} characters`;
  if (SPACE_OR_CONTROL.test(raw)) return "must not contain spaces or control characters";

  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "must be a valid absolute URL";
  }

  const schemes = allowPrivate ? ["http:", "https:"] : ["https:"];
  if (!schemes.includes(url.protocol)) return allowPrivate ? "must use http or https" : "must use https";

  const authority = (allowPrivate ? /^https?:\/\/([^/\\?#]*)/i : /^https:\/\/([^/\\?#]*)/i).exec(raw)?.[1];
  if (authority === undefined || authority === "") {
    return `must start with ${allowPrivate ? "http:// or https://" : "https://"} followed by the host name`;
  }
  if (authority.includes("@") || url.username !== "" || url.password !== "") {
    return "must not carry a user name or password";
  }
  if ((raw.split(/[?#]/, 1)[0] ?? "").includes("\\")) return "must use / rather than \\ in its path";

  const host = url.hostname.toLowerCase().replace(/\.$/, "");
  if (host === "") return "must name a host";
  if (allowPrivate) return null;

  if (url.port !== "") return "must use the default https port";
  if (host.startsWith("[") || DOTTED_QUAD.test(host)) return "must name a host, not an IP address";
  if (host === "localhost" || LOCAL_SUFFIXES.some((suffix) => host.endsWith(suffix))) {
    return "must be a public host name, not localhost or a local-network name";
  }
  const labels = host.split(".");
  const last = labels[labels.length - 1] ?? "";
  if (labels.length < 2 || labels.includes("") || /^\d+$/.test(last)) {
    return "must be a fully qualified public host name";
  }
  return null;
}
