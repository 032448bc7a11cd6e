import type { z } from "@hono/zod-openapi";
import { describe, expect, it } from "vitest";
import { claimReviewOf, jsonLdScript } from "../../src/domain/claimreview";
import { findStatus, RATING_RANGE } from "../../src/domain/statuses";
import type { Claim } from "../../src/schemas/claims";

type ClaimResource = z.infer<typeof Claim>;

const ORIGIN = "https://claims.test";
const ID = "clm_01J5Z8X2Q3R4S5T6V7W8X9Y0Z1";
const PUBLISHER = { name: "Claimtrail Test Desk", url: "https://desk.test" };
const PAGE = `${ORIGIN}/claims/${ID}`;
const OPTIONS = { publisher: PUBLISHER, pageUrl: PAGE, ratingName: null };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function status(code: string, updatedAt = "2024-08-22T09:30:00.000Z"): ClaimResource["status"] {
  const definition = findStatus("statistic", code);
  if (!definition) throw new Error(`no status ${code}`);
  return {
    code,
    label: definition.label,
    rating_value: definition.rating_value,
    final: definition.final,
    updated_at: updatedAt,
  };
}

const APPEARANCE: ClaimResource["appearances"][number] = {
  article: {
    id: "art_01J5Z8X2Q3R4S5T6V7W8X9Y0A1",
    url: "https://news.example/world/2024/gaza-talks",
    title: "Blinken says Gaza ceasefire deal is close",
    publisher: "News Example",
    published_at: "2024-08-20T14:03:00.000Z",
  },
  quote_context: "Speaking in Doha, he said: “More than 90 percent of the issues have been agreed, decided.”",
};

/** The worked example: Blinken's statistic, rated mostly false. */
function workedExample(overrides: Partial<ClaimResource> = {}): ClaimResource {
  return {
    id: ID,
    text: "More than 90 percent of the issues have been agreed, decided.",
    summary: "Share of ceasefire issues agreed in the Gaza talks",
    kind: "statistic",
    speaker: { id: "spk_01J5Z8X2Q3R4S5T6V7W8X9Y0B1", name: "Antony Blinken", title: "US Secretary of State" },
    claimed_at: "2024-08-19",
    language: "en",
    topics: ["gaza", "ceasefire"],
    quantity: { value: 90, unit: "percent", qualifier: "more_than" },
    review_due: null,
    source_url: null,
    appearances: [APPEARANCE],
    status: status("mostly_false"),
    version: 3,
    created_at: "2024-08-20T15:00:00.000Z",
    updated_at: "2024-08-22T09:30:00.000Z",
    links: {
      self: `${ORIGIN}/v1/claims/${ID}`,
      page: PAGE,
      embed: `${ORIGIN}/embed/claims/${ID}`,
      badge: `${ORIGIN}/embed/claims/${ID}/badge.svg`,
      claimreview: `${ORIGIN}/v1/claims/${ID}/claimreview`,
    },
    ...overrides,
  };
}

/** Every path in `value` whose value is null or undefined. */
function emptyPaths(value: unknown, path = "$"): string[] {
  if (value === null || value === undefined) return [path];
  if (Array.isArray(value)) return value.flatMap((item, i) => emptyPaths(item, `${path}[${i}]`));
  if (typeof value === "object") {
    return Object.entries(value).flatMap(([key, item]) => emptyPaths(item, `${path}.${key}`));
  }
  return [];
}

function isHttpUrl(value: unknown): boolean {
  if (typeof value !== "string") return false;
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}

describe("claimReviewOf: the worked example", () => {
  const review = claimReviewOf(workedExample(), OPTIONS);

  it("is a schema.org ClaimReview", () => {
    expect(review["@context"]).toBe("https://schema.org");
    expect(review["@type"]).toBe("ClaimReview");
  });

  it("has url: the claim's public page, on the publisher's site", () => {
    expect(review.url).toBe(PAGE);
    expect(isHttpUrl(review.url)).toBe(true);
  });

  it("has claimReviewed: the text of the claim itself, not the summary", () => {
    expect(typeof review.claimReviewed).toBe("string");
    expect(review.claimReviewed).toBe("More than 90 percent of the issues have been agreed, decided.");
  });

  it("has author: the organisation that published the review", () => {
    expect(review.author).toEqual({ "@type": "Organization", name: PUBLISHER.name, url: PUBLISHER.url });
    expect(isHttpUrl(review.author.url)).toBe(true);
  });

  it("has reviewRating: numbers within worst..best and the textual rating", () => {
    const rating = review.reviewRating;
    expect(rating).toEqual({
      "@type": "Rating",
      ratingValue: 2,
      bestRating: RATING_RANGE.best,
      worstRating: RATING_RANGE.worst,
      alternateName: "Mostly false",
    });
    if (!rating) throw new Error("no reviewRating");
    for (const n of [rating.ratingValue, rating.bestRating, rating.worstRating]) expect(Number.isInteger(n)).toBe(true);
    expect(rating.worstRating).toBeLessThan(rating.bestRating);
    expect(rating.ratingValue).toBeGreaterThanOrEqual(rating.worstRating);
    expect(rating.ratingValue).toBeLessThanOrEqual(rating.bestRating);
  });

  it("has datePublished: the day the rating was given", () => {
    expect(review.datePublished).toBe("2024-08-22");
    expect(review.inLanguage).toBe("en");
  });

  it("has itemReviewed: the claim, its speaker, when it was made and where it appeared", () => {
    const appearance = {
      "@type": "CreativeWork",
      url: "https://news.example/world/2024/gaza-talks",
      headline: "Blinken says Gaza ceasefire deal is close",
      datePublished: "2024-08-20",
      publisher: { "@type": "Organization", name: "News Example" },
    };
    expect(review.itemReviewed).toEqual({
      "@type": "Claim",
      author: { "@type": "Person", name: "Antony Blinken", jobTitle: "US Secretary of State" },
      datePublished: "2024-08-19",
      appearance: [appearance],
      firstAppearance: appearance,
    });
  });

  it("has ISO dates and http URLs wherever it has them", () => {
    const item = review.itemReviewed;
    const dates = [review.datePublished, item.datePublished, ...(item.appearance ?? []).map((a) => a.datePublished)];
    for (const date of dates) expect(date).toMatch(ISO_DATE);
    for (const a of item.appearance ?? []) expect(isHttpUrl(a.url)).toBe(true);
  });

  it("has no null or undefined anywhere, and the key order of the contract", () => {
    expect(emptyPaths(review)).toEqual([]);
    expect(Object.keys(review)).toEqual([
      "@context",
      "@type",
      "url",
      "claimReviewed",
      "datePublished",
      "inLanguage",
      "author",
      "reviewRating",
      "itemReviewed",
    ]);
  });

  it("comes back unchanged through JSON", () => {
    expect(JSON.parse(JSON.stringify(review))).toEqual(review);
  });
});

describe("claimReviewOf: unrated claims", () => {
  it.each(["unverified", "under_review", "unsupported"])("has no reviewRating while %s", (code) => {
    const claim = workedExample({ status: status(code) });
    expect(claim.status.rating_value).toBeNull();
    const review = claimReviewOf(claim, OPTIONS);
    expect(review).not.toHaveProperty("reviewRating");
    expect(emptyPaths(review)).toEqual([]);
    // Until a rating is published, the review's date is the day the claim was recorded.
    expect(review.datePublished).toBe("2024-08-20");
    expect(review.claimReviewed).toBe(claim.text);
  });

  it("still carries a rating on a promise's scale", () => {
    const claim = workedExample({
      kind: "promise",
      status: {
        code: "fulfilled",
        label: "Fulfilled",
        rating_value: 5,
        final: true,
        updated_at: "2025-01-02T00:00:00Z",
      },
    });
    const review = claimReviewOf(claim, OPTIONS);
    expect(review.reviewRating).toMatchObject({ ratingValue: 5, alternateName: "Fulfilled" });
    expect(review.datePublished).toBe("2025-01-02");
  });
});

describe("claimReviewOf: missing details", () => {
  it("omits appearance, firstAppearance and the claim's date when there are none", () => {
    const review = claimReviewOf(workedExample({ appearances: [], claimed_at: null }), OPTIONS);
    expect(review.itemReviewed).toEqual({
      "@type": "Claim",
      author: { "@type": "Person", name: "Antony Blinken", jobTitle: "US Secretary of State" },
    });
    expect(emptyPaths(review)).toEqual([]);
  });

  it("omits a speaker's missing title and an article's missing title, date and publisher", () => {
    const bare = {
      ...APPEARANCE,
      article: { ...APPEARANCE.article, title: null, publisher: null, published_at: null },
    };
    const claim = workedExample({
      speaker: { id: "spk_x", name: "Anonymous official", title: null },
      appearances: [bare],
      claimed_at: null,
    });
    const review = claimReviewOf(claim, OPTIONS);
    const appearance = { "@type": "CreativeWork", url: APPEARANCE.article.url };
    expect(review.itemReviewed).toEqual({
      "@type": "Claim",
      author: { "@type": "Person", name: "Anonymous official" },
      appearance: [appearance],
      firstAppearance: appearance,
    });
    expect(emptyPaths(review)).toEqual([]);
  });

  it("dates the claim by its first appearance when claimed_at is unknown", () => {
    const later = {
      ...APPEARANCE,
      article: {
        ...APPEARANCE.article,
        id: "art_later",
        url: "https://later.example/a",
        published_at: "2024-08-25T08:00:00Z",
      },
    };
    const undated = {
      ...APPEARANCE,
      article: { ...APPEARANCE.article, id: "art_undated", url: "https://undated.example/a", published_at: null },
    };
    // Linked in this order; the earliest published is the third.
    const review = claimReviewOf(
      workedExample({ claimed_at: null, appearances: [later, undated, APPEARANCE] }),
      OPTIONS,
    );
    expect(review.itemReviewed.datePublished).toBe("2024-08-20");
    expect(review.itemReviewed.firstAppearance?.url).toBe(APPEARANCE.article.url);
    expect(review.itemReviewed.appearance?.map((a) => a.url)).toEqual([
      "https://later.example/a",
      "https://undated.example/a",
      APPEARANCE.article.url,
    ]);
  });

  it("takes the first linked appearance as the first when none is dated", () => {
    const undated = (id: string) => ({
      quote_context: null,
      article: { id, url: `https://${id}.example/`, title: null, publisher: null, published_at: null },
    });
    const review = claimReviewOf(
      workedExample({ claimed_at: null, appearances: [undated("a"), undated("b")] }),
      OPTIONS,
    );
    expect(review.itemReviewed.firstAppearance?.url).toBe("https://a.example/");
    expect(review.itemReviewed).not.toHaveProperty("datePublished");
  });

  it("prefers claimed_at over the appearances' dates", () => {
    const review = claimReviewOf(workedExample({ claimed_at: "2024-08-18" }), OPTIONS);
    expect(review.itemReviewed.datePublished).toBe("2024-08-18");
  });
});

describe("claimReviewOf: options", () => {
  it("uses ratingName as the textual rating", () => {
    const review = claimReviewOf(workedExample(), { ...OPTIONS, ratingName: "Exaggerated" });
    expect(review.reviewRating?.alternateName).toBe("Exaggerated");
    expect(review.reviewRating?.ratingValue).toBe(2);
  });

  it("takes the publisher and page from the options", () => {
    const publisher = { name: "Other Desk", url: "https://other.example" };
    const review = claimReviewOf(workedExample(), {
      publisher,
      pageUrl: "https://other.example/c/1",
      ratingName: null,
    });
    expect(review.author).toEqual({ "@type": "Organization", ...publisher });
    expect(review.url).toBe("https://other.example/c/1");
  });
});

describe("jsonLdScript", () => {
  const HOSTILE = '</script><script>alert(1)</script> <!-- a & b \u2028 c \u2029 d --> é 🙂 " \\';

  it("leaves nothing that can close the script element or open a comment", () => {
    const review = claimReviewOf(workedExample({ text: HOSTILE }), OPTIONS);
    const out = jsonLdScript(review);
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    expect(out.toLowerCase()).not.toContain("</script");
    expect(out).not.toContain("<!--");
    expect(out).toContain("\\u003c/script\\u003e");
    expect(out).toContain("\\u003c!--");
    expect(out).toContain("\\u0026");
    expect(out).toContain("\\u2028");
    expect(out).toContain("\\u2029");
    expect(JSON.parse(out)).toEqual(review);
    expect((JSON.parse(out) as { claimReviewed: string }).claimReviewed).toBe(HOSTILE);
  });

  it("is plain JSON for harmless data", () => {
    expect(jsonLdScript({ a: [1, "b"], c: null })).toBe('{"a":[1,"b"],"c":null}');
  });

  it("refuses a value with no JSON form", () => {
    expect(() => jsonLdScript(undefined)).toThrow(TypeError);
  });
});
