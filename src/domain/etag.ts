import { ApiError } from "./errors";

/** A claim's ETag: its version, plus the variant when the representation differs (`?include=`, `?as_of=`). */
export function claimEtag(version: number, variant?: string): string {
  return variant ? `"v${version}-${variant}"` : `"v${version}"`;
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
