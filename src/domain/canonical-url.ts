const TRACKING_PARAMS = /^(utm_[a-z_]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ref_src|cmpid|ocid)$/i;

/**
 * The form of an article URL used to recognise the same article twice: lowercase scheme and
 * host, no default port, no fragment, no tracking parameters, the other query parameters sorted
 * and re-encoded one way (no empty `?`), no trailing slash on a path. Path case and the remaining
 * parameters are kept, because sites give them meaning.
 */
export function canonicalUrl(input: string): string {
  const url = new URL(input);
  url.hash = "";
  const params = [...url.searchParams].filter(([name]) => !TRACKING_PARAMS.test(name));
  params.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = new URLSearchParams(params).toString();
  if (url.pathname.length > 1 && url.pathname.endsWith("/")) {
    url.pathname = url.pathname.replace(/\/+$/, "");
  }
  return url.toString();
}

/**
 * Why `raw` is not a URL we accept (SPEC.md: http or https, with a host, without credentials), or
 * null when it is. Checked on the text as sent, because the URL parser repairs some mistakes
 * (`http:///path` becomes `http://path/`) instead of refusing them.
 */
export function webUrlProblem(raw: string): string | null {
  const authority = /^https?:\/\/([^/?#\\]*)/i.exec(raw)?.[1];
  if (authority === undefined) return "must be an absolute URL starting with http:// or https://";
  if (authority === "") return "needs a host after the //";
  if (authority.includes("@")) return "must not carry a user name or password";
  try {
    new URL(raw);
  } catch {
    return "is not a valid URL";
  }
  return null;
}
