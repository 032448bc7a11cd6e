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
