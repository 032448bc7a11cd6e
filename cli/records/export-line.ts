import { QUALIFIERS } from "../../src/domain/quantity";
import type { ExportEntry } from "./find";
import { isObject, type JsonObject, nonEmptyString } from "./json";
import type { Mapped, NewClaim, NewUpdate, Refused, StatusScale } from "./types";

type Quantity = NonNullable<NewClaim["quantity"]>;

/** `{[key]: value}` when the value has text, else nothing: the API refuses empty strings. */
function optional<K extends string>(key: K, value: unknown): { [P in K]?: string } {
  const text = nonEmptyString(value);
  return (text === undefined ? {} : { [key]: text }) as { [P in K]?: string };
}

function quantityOf(value: unknown): Quantity | undefined {
  if (!isObject(value) || typeof value.value !== "number" || typeof value.unit !== "string") return undefined;
  const qualifier = QUALIFIERS.find((q) => q === value.qualifier);
  const range =
    typeof value.low === "number" && typeof value.high === "number" ? { low: value.low, high: value.high } : {};
  return { value: value.value, unit: value.unit, ...(qualifier ? { qualifier } : {}), ...range };
}

function articleOf(appearance: unknown): NewClaim["article"] {
  const article = isObject(appearance) && isObject(appearance.article) ? appearance.article : undefined;
  const url = nonEmptyString(article?.url);
  if (!article || url === undefined) return undefined;
  return {
    url,
    ...optional("title", article.title),
    ...optional("publisher", article.publisher),
    ...optional("published_at", article.published_at),
  };
}

function updateOf(entry: JsonObject): NewUpdate {
  const evidence = Array.isArray(entry.evidence) ? entry.evidence.filter(isObject) : [];
  return {
    status: String(entry.status),
    note: nonEmptyString(entry.note) ?? null,
    evidence: evidence.map((e) => ({ url: String(e.url), title: nonEmptyString(e.title) ?? null })),
  };
}

/**
 * A line of `claimtrail export` as the same claim again: its metadata, first appearance and
 * `source_url`, then every timeline entry after the first (the `unverified` entry each new claim
 * starts with) as an update, in order. Statuses are checked against the scales first, so a claim
 * is never left half imported by an update the API would refuse.
 */
export function mapExportLine(entry: ExportEntry, scales: readonly StatusScale[]): Mapped | Refused {
  const claim = entry.line.claim as JsonObject;
  const timeline = (entry.line.timeline as unknown[]).filter(isObject);
  const speaker = isObject(claim.speaker) ? claim.speaker : {};
  const scale = scales.find((s) => s.kinds.some((k) => k === claim.kind));
  const kind = scale?.kinds.find((k) => k === claim.kind);
  const sourceUrl = nonEmptyString(claim.source_url) ?? null;
  const problems: string[] = [];
  if (nonEmptyString(claim.text) === undefined) problems.push("the claim has no text");
  if (nonEmptyString(speaker.name) === undefined) problems.push("its speaker has no name");
  if (!scale || !kind) problems.push(`kind ${JSON.stringify(claim.kind)} is on no status scale`);
  if (timeline.length === 0 || timeline.length !== (entry.line.timeline as unknown[]).length) {
    problems.push("its timeline is empty or holds something other than entries");
  }
  const offScale = timeline.slice(1).filter((e) => !scale?.statuses.some((s) => s.code === e.status));
  if (scale && offScale.length > 0) {
    problems.push(`status ${JSON.stringify(offScale[0]?.status)} is not on the ${scale.name} scale`);
  }
  if (problems.length > 0 || !kind) {
    return { ok: false, sourceUrl, problems: [{ code: "bad_export_line", message: problems.join("; ") }] };
  }

  const appearances = Array.isArray(claim.appearances) ? claim.appearances : [];
  const article = articleOf(appearances[0]);
  const quantity = quantityOf(claim.quantity);
  const topics = Array.isArray(claim.topics) ? claim.topics.filter((t): t is string => typeof t === "string") : [];
  const warnings =
    appearances.length > 1
      ? [`${appearances.length - 1} more appearance(s) not recorded: a new claim takes one article`]
      : [];
  return {
    ok: true,
    sourceUrl,
    claim: {
      text: String(claim.text),
      ...optional("summary", claim.summary),
      kind,
      speaker: { name: String(speaker.name), ...optional("title", speaker.title) },
      ...(article ? { article } : {}),
      ...(isObject(appearances[0]) ? optional("quote_context", appearances[0].quote_context) : {}),
      ...optional("claimed_at", claim.claimed_at),
      ...optional("language", claim.language),
      ...(topics.length > 0 ? { topics } : {}),
      ...(quantity ? { quantity } : {}),
      ...optional("review_due", claim.review_due),
      ...(sourceUrl !== null ? { source_url: sourceUrl } : {}),
    },
    updates: timeline.slice(1).map(updateOf),
    warnings,
  };
}
