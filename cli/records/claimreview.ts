import { parsePublishedDate } from "./dates";
import type { ReviewEntry } from "./find";
import { articleOf, deref, nameOf, speakerOf } from "./item-reviewed";
import { typesOf } from "./json";
import { languageTag } from "./languages";
import { LIMITS } from "./limits";
import { rateReview, ratingNumbers } from "./review-rating";
import { textOf, truncate } from "./text";
import type { Mapped, Problem, Refused, StatusScale } from "./types";
import { checkUrl, hostOf } from "./urls";

/** The claim's language when neither the review nor its page says: the API's own default. */
const DEFAULT_LANGUAGE = "en";
/** ClaimReview rates statements: imported claims are `statement`s, rated on that kind's scale. */
export const IMPORTED_KIND = "statement";

/**
 * One ClaimReview as a claim and the status update that rates it, or why it cannot be imported.
 * It needs what Google requires of fact-check markup: `claimReviewed`, the review's `url`, an
 * `author` (or `publisher`) with a name or URL, and a `reviewRating` that means a status on `scale`.
 */
export function mapClaimReview(entry: ReviewEntry, scale: StatusScale): Mapped | Refused {
  const { review, graph } = entry;
  const problems: Problem[] = [];
  const warnings: string[] = [];

  const text = textOf(review.claimReviewed);
  if (text === "") problems.push({ code: "no_claim_text", message: "no claimReviewed (the claim's text)" });
  if (text.length > LIMITS.text) warnings.push(`claimReviewed cut to ${LIMITS.text} characters`);

  const url = checkUrl(review.url);
  if ("problem" in url) {
    const message = url.problem === "missing" ? "no url (the review's page)" : `review url: ${url.problem}`;
    problems.push({ code: "bad_review_url", message });
  } else if (url.repaired) warnings.push(`review url ${JSON.stringify(review.url)} read as ${url.url}`);

  const author = deref(review.author, graph);
  const publisher = deref(review.publisher, graph);
  // A journalist's name says less than their organisation's: Google asks for the organisation here.
  const [byAuthor, byPublisher] = [nameOf(author).name, nameOf(publisher).name];
  const named = typesOf(author).includes("person") ? byPublisher || byAuthor : byAuthor || byPublisher;
  const reviewer = named || hostOf(author?.url) || hostOf(publisher?.url);
  if (reviewer === "") {
    const message = author ? "the review's author has neither a name nor a URL" : "no author of the review";
    problems.push({ code: "no_review_author", message });
  }

  const rating = deref(review.reviewRating, graph);
  const rated = rating ? rateReview(rating, scale) : { code: "no_rating" as const, message: "no reviewRating" };
  if ("code" in rated) problems.push(rated);
  else if (rated.warning) warnings.push(`rating: ${rated.warning}`);

  const sourceUrl = "url" in url ? url.url : null;
  if (problems.length > 0 || sourceUrl === null || !rating || "code" in rated) {
    return { ok: false, problems, sourceUrl };
  }

  const item = deref(review.itemReviewed, graph);
  const { article, warnings: articleWarnings } = articleOf(item, graph);
  warnings.push(...articleWarnings);
  const claimed = parsePublishedDate(item?.datePublished);
  if (!claimed && item?.datePublished) {
    warnings.push(`itemReviewed.datePublished left out: ${JSON.stringify(item.datePublished)}`);
  }
  const published = parsePublishedDate(review.datePublished);
  if (!published && review.datePublished) {
    warnings.push(`datePublished left out of the note: ${JSON.stringify(review.datePublished)}`);
  }
  const language = languageTag(review.inLanguage) ?? entry.pageLanguage ?? DEFAULT_LANGUAGE;
  if (review.inLanguage !== undefined && languageTag(review.inLanguage) === null) {
    warnings.push(`inLanguage ${JSON.stringify(review.inLanguage)} is no language tag: ${language} used`);
  }

  const numbers = ratingNumbers(rating);
  const given = [rated.name && `"${rated.name}"`, numbers && `(${numbers})`].filter(Boolean).join(" ");
  const note = `${reviewer} rated this ${given}${published ? ` on ${published.date}` : ""}. Imported from its ClaimReview.`;
  const headline = textOf(review.headline) || textOf(review.name) || `${reviewer} fact-check`;

  return {
    ok: true,
    sourceUrl,
    claim: {
      text: truncate(text, LIMITS.text),
      kind: IMPORTED_KIND,
      speaker: speakerOf(item, graph),
      ...(article ? { article } : {}),
      ...(claimed ? { claimed_at: claimed.date } : {}),
      language,
      source_url: sourceUrl,
    },
    updates: [
      {
        status: rated.status,
        note: truncate(note, LIMITS.note),
        evidence: [{ url: sourceUrl, title: truncate(headline, LIMITS.evidenceTitle) }],
      },
    ],
    warnings,
  };
}
