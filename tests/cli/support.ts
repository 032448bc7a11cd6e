import { type Entry, entriesOf } from "../../cli/records/find";
import type { JsonObject } from "../../cli/records/json";
import type { StatusScale } from "../../cli/records/types";
import { callJson, type ListBody } from "../helpers";

/** The scales as the importer gets them: from the Worker's `GET /v1/statuses`. */
export async function statusScales(): Promise<StatusScale[]> {
  const { res, body } = await callJson<ListBody<StatusScale>>("/v1/statuses");
  if (res.status !== 200) throw new Error(`GET /v1/statuses: ${res.status}`);
  return body.data;
}

export async function veracityScale(): Promise<StatusScale> {
  const scale = (await statusScales()).find((s) => s.name === "veracity");
  if (!scale) throw new Error("no veracity scale");
  return scale;
}

/** A complete ClaimReview as Google documents it (made up, on example domains); `overrides` replace top-level keys. */
export function review(overrides: JsonObject = {}): JsonObject {
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: "https://factcheck.example/2024/08/harbour-bridge",
    claimReviewed: "The harbour bridge came in 40 percent under budget",
    datePublished: "2024-08-21",
    author: { "@type": "Organization", name: "Example Fact Desk", url: "https://factcheck.example/" },
    reviewRating: { "@type": "Rating", ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: "False" },
    itemReviewed: {
      "@type": "Claim",
      datePublished: "2024-08-19",
      author: { "@type": "Person", name: "Jane Roe", jobTitle: "Mayor of Exampleton" },
      appearance: "https://news.example/local/bridge-opening",
    },
    ...overrides,
  };
}

/** The one record `value` holds, as the importer finds it in a file. */
export function onlyEntry(value: unknown): Entry {
  const entries = entriesOf(JSON.stringify(value));
  if (entries.length !== 1 || !entries[0]) throw new Error(`expected one record, found ${entries.length}`);
  return entries[0];
}
