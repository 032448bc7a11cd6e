import { ApiError } from "./errors";
import { sha256Hex } from "./hashing";

/** A claim's ETag: its version, plus the variant when the representation differs (`?include=`, `?as_of=`). */
export function claimEtag(version: number, variant?: string): string {
  return variant ? `"v${version}-${variant}"` : `"v${version}"`;
}

/**
 * A page of claims' ETag, from what the query already knows: each claim's id and version (a
 * claim's representation changes only with its version) and where the next page starts. Hashing
 * these few bytes replaces hashing the whole body (26 KB for 20 claims).
 */
export async function claimPageEtag(claims: readonly { id: string; version: number }[], next: string | null) {
  const key = `${claims.map((claim) => `${claim.id}:${claim.version}`).join(",")}|${next ?? ""}`;
  return `W/"p-${(await sha256Hex(key)).slice(0, 32)}"`;
}

/**
 * The versions an If-Match header accepts, or undefined when there is none (or `*`: the claim
 * exists, which every write checks anyway). A weak prefix is tolerated because Cloudflare weakens
 * ETags when it compresses a response; a tag we never issued matches nothing, so it is a 412.
 */
export function versionsFromIfMatch(header: string | undefined): number[] | undefined {
  if (header === undefined || header.trim() === "*") return undefined;
  return header.split(",").map((tag) => {
    const match = /^(?:W\/)?"v(\d{1,9})(?:-[\w.:-]+)?"$/.exec(tag.trim());
    return match ? Number(match[1]) : -1;
  });
}

/** 412 unless the claim's current version is one If-Match accepts; without If-Match every version passes. */
export function assertIfMatch(ifMatch: number[] | undefined, version: number): void {
  if (ifMatch && !ifMatch.includes(version)) {
    throw new ApiError("precondition_failed", `The claim is at version ${version}; If-Match asked for another.`, {
      current_version: version,
    });
  }
}
