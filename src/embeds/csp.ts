import { toBase64 } from "../domain/base64url";

const hashes = new Map<string, Promise<string>>();

/** `'sha256-…'` of an inline script or stylesheet, computed once per isolate. */
export function cspHash(source: string): Promise<string> {
  let hash = hashes.get(source);
  if (!hash) {
    hash = crypto.subtle
      .digest("SHA-256", new TextEncoder().encode(source))
      .then((digest) => `'sha256-${toBase64(new Uint8Array(digest))}'`);
    hashes.set(source, hash);
  }
  return hash;
}

/**
 * A strict policy: nothing loads but what the page names by hash, and nothing from other sites.
 * `frameAncestors` is `*` for the embeddable card (SPEC.md) and `'none'` for pages.
 */
export async function contentSecurityPolicy(options: {
  styles: string[];
  scripts?: string[];
  frameAncestors: "*" | "'none'";
  formAction?: "'self'" | "'none'";
}): Promise<string> {
  const styles = await Promise.all(options.styles.map(cspHash));
  const scripts = await Promise.all((options.scripts ?? []).map(cspHash));
  return [
    "default-src 'none'",
    `style-src ${styles.join(" ")}`,
    `script-src ${scripts.length > 0 ? scripts.join(" ") : "'none'"}`,
    "img-src 'self'",
    `frame-ancestors ${options.frameAncestors}`,
    "base-uri 'none'",
    `form-action ${options.formAction ?? "'none'"}`,
  ].join("; ");
}
