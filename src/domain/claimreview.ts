import type { z } from "@hono/zod-openapi";
import type { Claim } from "../schemas/claims";
import { RATING_RANGE } from "./statuses";

/**
 * schema.org ClaimReview as Google's Fact Check structured data documents it. Shared by
 * `GET /v1/claims/{id}/claimreview` and the JSON-LD of the claim's public page.
 *
 * Optional keys are left out, never set to `undefined` or `null`: JSON-LD consumers reject nulls.
 */
export interface ClaimReviewJsonLd {
  "@context": "https://schema.org";
  "@type": "ClaimReview";
  /** The fact-check's page, on the publisher's site. */
  url: string;
  claimReviewed: string;
  /** YYYY-MM-DD. */
  datePublished: string;
  /** BCP 47 tag of the claim. */
  inLanguage: string;
  author: JsonLdPublisher;
  /** Only once the claim has a rating (`status.rating_value` is not null). */
  reviewRating?: JsonLdRating;
  itemReviewed: JsonLdClaim;
}

export interface JsonLdPublisher {
  "@type": "Organization";
  name: string;
  url: string;
}

export interface JsonLdRating {
  "@type": "Rating";
  ratingValue: number;
  bestRating: number;
  worstRating: number;
  /** The textual rating, as readers see it. */
  alternateName: string;
}

export interface JsonLdClaim {
  "@type": "Claim";
  author: JsonLdPerson;
  /** YYYY-MM-DD: when the claim was made. */
  datePublished?: string;
  appearance?: JsonLdAppearance[];
  firstAppearance?: JsonLdAppearance;
}

export interface JsonLdPerson {
  "@type": "Person";
  name: string;
  jobTitle?: string;
}

export interface JsonLdAppearance {
  "@type": "CreativeWork";
  url: string;
  headline?: string;
  /** YYYY-MM-DD. */
  datePublished?: string;
  publisher?: { "@type": "Organization"; name: string };
}

export interface ClaimReviewOptions {
  /** The fact-checking organisation (`PUBLISHER_NAME`, `PUBLISHER_URL`). */
  publisher: { name: string; url: string };
  /** The claim's public page: the fact-check article. */
  pageUrl: string;
  /** The textual rating to show instead of the status label, or null for the label. */
  ratingName: string | null;
}

type ClaimResource = z.infer<typeof Claim>;
type AppearanceResource = ClaimResource["appearances"][number];

/** The date part (YYYY-MM-DD) of an ISO timestamp or date. */
function datePart(iso: string): string {
  return iso.slice(0, 10);
}

function appearanceOf({ article }: AppearanceResource): JsonLdAppearance {
  return {
    "@type": "CreativeWork",
    url: article.url,
    ...(article.title !== null ? { headline: article.title } : {}),
    ...(article.published_at !== null ? { datePublished: datePart(article.published_at) } : {}),
    ...(article.publisher !== null ? { publisher: { "@type": "Organization", name: article.publisher } } : {}),
  };
}

/**
 * The earliest published appearance; when none has a date, the first one linked (the API lists
 * appearances in the order they were linked, which need not be the order they were published).
 */
function firstAppearanceOf(appearances: AppearanceResource[]): AppearanceResource | undefined {
  let first: AppearanceResource | undefined;
  let firstPublished = "";
  for (const appearance of appearances) {
    const published = appearance.article.published_at;
    if (published !== null && (first === undefined || published < firstPublished)) {
      first = appearance;
      firstPublished = published;
    }
  }
  return first ?? appearances[0];
}

export function claimReviewOf(claim: ClaimResource, options: ClaimReviewOptions): ClaimReviewJsonLd {
  const { status, speaker } = claim;
  const rated = status.rating_value !== null;

  const first = firstAppearanceOf(claim.appearances);
  const firstPublished = first?.article.published_at ?? null;
  const claimDate = claim.claimed_at ?? (firstPublished !== null ? datePart(firstPublished) : null);

  const itemReviewed: JsonLdClaim = {
    "@type": "Claim",
    author: {
      "@type": "Person",
      name: speaker.name,
      ...(speaker.title !== null ? { jobTitle: speaker.title } : {}),
    },
    ...(claimDate !== null ? { datePublished: claimDate } : {}),
    ...(first !== undefined
      ? { appearance: claim.appearances.map(appearanceOf), firstAppearance: appearanceOf(first) }
      : {}),
  };

  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: options.pageUrl,
    // Google asks for the claim itself here. `summary` describes what is being checked ("Share of
    // ceasefire issues agreed in the Gaza talks"), which is not something anyone claimed, so the
    // quoted text is what this review is of, even though Google suggests keeping it short.
    claimReviewed: claim.text,
    // A rating is published when the status took it; until then the page has existed since the
    // claim was recorded.
    datePublished: datePart(rated ? status.updated_at : claim.created_at),
    inLanguage: claim.language,
    author: { "@type": "Organization", name: options.publisher.name, url: options.publisher.url },
    ...(status.rating_value !== null
      ? {
          reviewRating: {
            "@type": "Rating",
            ratingValue: status.rating_value,
            bestRating: RATING_RANGE.best,
            worstRating: RATING_RANGE.worst,
            alternateName: options.ratingName ?? status.label,
          },
        }
      : {}),
    itemReviewed,
  };
}

const SCRIPT_UNSAFE = /[<>&\u2028\u2029]/g;

/**
 * `data` as JSON to put inside `<script type="application/ld+json">`: `<`, `>`, `&`, U+2028 and
 * U+2029 become `\uXXXX` escapes, so no text in it can close the script element (`</script>`),
 * open an HTML comment (`<!--`) or end a line for older JavaScript parsers. Those characters only
 * occur inside JSON strings, where the escapes mean the same characters: JSON.parse gives `data` back.
 */
export function jsonLdScript(data: unknown): string {
  const json = JSON.stringify(data) as string | undefined;
  if (json === undefined) throw new TypeError("jsonLdScript: the value has no JSON form");
  return json.replace(SCRIPT_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
