import { beforeAll, describe, expect, it } from "vitest";
import { type ClaimBody, call, createClaim, createKey, expectProblem, ORIGIN } from "../helpers";
import { postUpdate } from "./support";

interface ClaimReview {
  "@context": string;
  "@type": string;
  url: string;
  claimReviewed: string;
  datePublished: string;
  inLanguage: string;
  author: { "@type": string; name: string; url: string };
  reviewRating?: {
    "@type": string;
    ratingValue: number;
    bestRating: number;
    worstRating: number;
    alternateName: string;
  };
  itemReviewed: {
    "@type": string;
    author: { "@type": string; name: string; jobTitle?: string };
    datePublished?: string;
    appearance?: { "@type": string; url: string; headline?: string; datePublished?: string }[];
    firstAppearance?: { url: string };
  };
}

let editor: { id: string; key: string };

beforeAll(async () => {
  editor = await createKey("editor", "ClaimReview desk");
});

async function review(claimId: string) {
  const res = await call(`/v1/claims/${claimId}/claimreview`);
  expect(res.status).toBe(200);
  return { res, body: (await res.json()) as ClaimReview };
}

describe("GET /v1/claims/{id}/claimreview", () => {
  let claim: ClaimBody;

  beforeAll(async () => {
    claim = await createClaim(editor.key);
  });

  it("is application/ld+json, a ClaimReview by the configured publisher, of the quote, at the public page", async () => {
    const { res, body } = await review(claim.id);
    expect(res.headers.get("Content-Type")).toMatch(/^application\/ld\+json\b/);
    expect(body).toMatchObject({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: `${ORIGIN}/claims/${claim.id}`,
      claimReviewed: claim.text,
      inLanguage: "en",
      datePublished: claim.created_at.slice(0, 10),
      author: { "@type": "Organization", name: "Claimtrail Test Desk", url: "https://desk.test" },
      itemReviewed: {
        "@type": "Claim",
        author: { "@type": "Person", name: "Antony Blinken", jobTitle: "US Secretary of State" },
        datePublished: "2024-08-20",
        appearance: [
          {
            "@type": "CreativeWork",
            url: "https://news.example/world/us-uk-joint-statement",
            headline: "US and UK issue joint statement on Gaza ceasefire talks",
            datePublished: "2024-08-20",
          },
        ],
        firstAppearance: { url: "https://news.example/world/us-uk-joint-statement" },
      },
    });
    expect(body.url).toBe(claim.links.page);
  });

  it("an unrated claim has no reviewRating, nor does one under review", async () => {
    expect((await review(claim.id)).body).not.toHaveProperty("reviewRating");
    await postUpdate(editor.key, claim.id, { status: "under_review" });
    expect((await review(claim.id)).body).not.toHaveProperty("reviewRating");
  });

  it("after a rating, reviewRating carries its value on the 1–5 scale and its label", async () => {
    const update = await postUpdate(editor.key, claim.id, { status: "mostly_false", note: "Far fewer were agreed." });
    const { body } = await review(claim.id);
    expect(body.reviewRating).toEqual({
      "@type": "Rating",
      ratingValue: 2,
      bestRating: 5,
      worstRating: 1,
      alternateName: "Mostly false",
    });
    // The review is published when the rating was given.
    expect(body.datePublished).toBe(update.created_at.slice(0, 10));
  });

  it("follows later ratings", async () => {
    await postUpdate(editor.key, claim.id, { status: "true" });
    expect((await review(claim.id)).body.reviewRating).toMatchObject({ ratingValue: 5, alternateName: "True" });
    await postUpdate(editor.key, claim.id, { status: "false" });
    expect((await review(claim.id)).body.reviewRating).toMatchObject({ ratingValue: 1, alternateName: "False" });
  });

  it("a claim without a speaker title or article leaves those keys out (no nulls)", async () => {
    const bare = await createClaim(editor.key, {
      text: "A claim heard on the radio.",
      speaker: { name: "Radio Host" },
      article: undefined,
    });
    const { body } = await review(bare.id);
    expect(body.itemReviewed).toEqual({ "@type": "Claim", author: { "@type": "Person", name: "Radio Host" } });
    expect(JSON.stringify(body)).not.toContain("null");
  });

  it("carries the claim's language", async () => {
    const spanish = await createClaim(editor.key, { text: "Una afirmación.", language: "es" });
    await postUpdate(editor.key, spanish.id, { status: "mostly_false" });
    const { body } = await review(spanish.id);
    expect(body.inLanguage).toBe("es");
    expect(body.reviewRating?.ratingValue).toBe(2);
  });

  it("is 404 claim_not_found for an unknown claim", async () => {
    await expectProblem(await call("/v1/claims/clm_01J00000000000000000000000/claimreview"), 404, "claim_not_found");
  });
});
