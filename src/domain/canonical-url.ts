const TRACKING_PARAMS = /^(utm_[a-z_]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ref_src|cmpid|ocid)$/i;

/**
 * The form of an article URL used to recognise the same article twice: lowercase scheme and
 * host, no default port, no fragment, no tracking parameters, no trailing slash on a path.
 * Everything else (other query parameters, path case) is kept, because sites give it meaning.
 */
export function canonicalUrl(input: string): string {
  const url = new URL(input);
  url.hash = "";
  for (const name of [...url.searchParams.keys()]) {
    if (TRACKING_PARAMS.test(name)) url.searchParams.delete(name);
  }
  if (url.pathname.length > 1 && url.pathname.endsWith("/")) {
    url.pathname = url.pathname.replace(/\/+$/, "");
  }
  return url.toString();
}
