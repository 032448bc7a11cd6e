import { describe, expect, it } from "vitest";
import { mapClaimReview } from "../../cli/records/claimreview";
import { UNKNOWN_SPEAKER } from "../../cli/records/item-reviewed";
import type { JsonObject } from "../../cli/records/json";
import type { Mapped, Refused } from "../../cli/records/types";
import { onlyEntry, review, veracityScale } from "./support";

async function map(value: unknown): Promise<Mapped | Refused> {
  const entry = onlyEntry(value);
  if (entry.kind !== "claimreview") throw new Error(`expected a ClaimReview, found ${entry.kind}`);
  return mapClaimReview(entry, await veracityScale());
}

async function mapped(value: unknown): Promise<Mapped> {
  const result = await map(value);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problems)}`);
  return result;
}

const item = (fields: JsonObject): JsonObject => ({ "@type": "Claim", ...fields });

describe("a ClaimReview as a claim and its rating", () => {
  it("maps the claim, its speaker, article and date, and the rating with a note and evidence", async () => {
    expect(await mapped(review({ headline: "Did the bridge come in under budget?" }))).toEqual({
      ok: true,
      sourceUrl: "https://factcheck.example/2024/08/harbour-bridge",
      claim: {
        text: "The harbour bridge came in 40 percent under budget",
        kind: "statement",
        speaker: { name: "Jane Roe", title: "Mayor of Exampleton" },
        article: { url: "https://news.example/local/bridge-opening" },
        claimed_at: "2024-08-19",
        language: "en",
        source_url: "https://factcheck.example/2024/08/harbour-bridge",
      },
      updates: [
        {
          status: "false",
          note: 'Example Fact Desk rated this "False" (ratingValue 1, worstRating 1, bestRating 5) on 2024-08-21. Imported from its ClaimReview.',
          evidence: [
            { url: "https://factcheck.example/2024/08/harbour-bridge", title: "Did the bridge come in under budget?" },
          ],
        },
      ],
      warnings: [],
    });
  });

  it("decodes HTML entities and drops markup in claimReviewed", async () => {
    const { claim } = await mapped(
      review({ claimReviewed: "The mayor&#039;s &quot;plan&quot; costs &euro;5&nbsp;million &amp; more<br/>" }),
    );
    expect(claim.text).toBe('The mayor\'s "plan" costs €5 million & more');
  });

  it("takes the speaker from a Person or an Organization, a name array, or says it is unknown", async () => {
    const speaker = async (author: unknown) => (await mapped(review({ itemReviewed: item({ author }) }))).claim.speaker;
    expect(await speaker({ "@type": "Organization", name: "Viral posts" })).toEqual({ name: "Viral posts" });
    expect(await speaker({ "@type": "Person", name: ["John Doe", "Governor"] })).toEqual({
      name: "John Doe",
      title: "Governor",
    });
    expect(await speaker([{ "@type": "Person" }, { "@type": "Person", Name: "Second Author " }])).toEqual({
      name: "Second Author",
    });
    expect(await speaker(undefined)).toEqual({ name: UNKNOWN_SPEAKER });
  });

  it("takes the article from appearance as a URL, a CreativeWork or an array, and reports the rest", async () => {
    const work = {
      "@type": "CreativeWork",
      url: "https://news.example/a",
      headline: "Where it was said",
      datePublished: "2024-08-19T08:00:00+02:00",
      publisher: { "@type": "Organization", name: "Example News" },
    };
    const one = await mapped(review({ itemReviewed: item({ appearance: work }) }));
    expect(one.claim.article).toEqual({
      url: "https://news.example/a",
      title: "Where it was said",
      publisher: "Example News",
      published_at: "2024-08-19T06:00:00.000Z",
    });
    const many = await mapped(
      review({ itemReviewed: item({ appearance: ["page.html", "https://news.example/b", work] }) }),
    );
    expect(many.claim.article).toEqual({ url: "https://news.example/b" });
    expect(many.warnings).toEqual([
      'itemReviewed.appearance[0] left out: relative URL: "page.html"',
      "1 more appearance(s) not recorded: a new claim takes one article",
    ]);
    const first = await mapped(
      review({
        itemReviewed: item({ firstAppearance: { url: "https://news.example/first" }, url: "https://x.example/" }),
      }),
    );
    expect(first.claim.article?.url).toBe("https://news.example/first");
  });

  it("leaves out unusable dates and says so, and takes the language from the review or its page", async () => {
    const result = await mapped(
      review({ datePublished: "30/10/2024", inLanguage: "pt_BR", itemReviewed: item({ datePublished: "2024-02-30" }) }),
    );
    expect(result.claim).not.toHaveProperty("claimed_at");
    expect(result.claim.language).toBe("pt-BR");
    expect(result.updates[0]?.note).not.toContain(" on ");
    expect(result.warnings).toEqual([
      'itemReviewed.datePublished left out: "2024-02-30"',
      'datePublished left out of the note: "30/10/2024"',
    ]);
  });

  it("names the organisation rather than its journalist, and reads a missing scheme in the review url", async () => {
    const result = await mapped(
      review({
        url: "factcheck.example/2024/x",
        author: { "@type": "Person", name: "A. Reporter" },
        publisher: { "@type": "Organization", name: "Example Fact Desk" },
        reviewRating: { "@type": "Rating", alternateName: "Engañoso" },
      }),
    );
    expect(result.sourceUrl).toBe("https://factcheck.example/2024/x");
    expect(result.updates[0]).toMatchObject({
      status: "misleading",
      note: 'Example Fact Desk rated this "Engañoso" on 2024-08-21. Imported from its ClaimReview.',
    });
    expect(result.warnings).toEqual(['review url "factcheck.example/2024/x" read as https://factcheck.example/2024/x']);
  });

  it.each([
    [{ claimReviewed: undefined }, "no_claim_text", "no claimReviewed (the claim's text)"],
    [{ claimReviewed: " <p></p> " }, "no_claim_text", "no claimReviewed (the claim's text)"],
    [{ url: undefined }, "bad_review_url", "no url (the review's page)"],
    [{ url: "/checks/1" }, "bad_review_url", 'review url: relative URL: "/checks/1"'],
    [{ author: undefined }, "no_review_author", "no author of the review"],
    [{ author: { "@type": "Organization" } }, "no_review_author", "the review's author has neither a name nor a URL"],
    [{ reviewRating: undefined }, "no_rating", "no reviewRating"],
  ])("skips a review lacking what Google requires: %j", async (overrides, code, message) => {
    expect(await map(review(overrides))).toMatchObject({ ok: false, problems: [{ code, message }] });
  });

  it("lists every problem of a record, and keeps its URL when it has one", async () => {
    const result = await map(review({ claimReviewed: "", reviewRating: { alternateName: "Buzzword salad" } }));
    expect(result).toMatchObject({
      ok: false,
      sourceUrl: "https://factcheck.example/2024/08/harbour-bridge",
      problems: [{ code: "no_claim_text" }, { code: "unknown_rating" }],
    });
  });
});
