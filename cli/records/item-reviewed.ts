import { parsePublishedDate } from "./dates";
import { isObject, type JsonObject, listOf, prop } from "./json";
import { LIMITS } from "./limits";
import { hasLetterOrDigit, textOf, truncate } from "./text";
import type { NewClaim } from "./types";
import { checkUrl } from "./urls";

/** The speaker of a claim whose ClaimReview names nobody: the API needs one. */
export const UNKNOWN_SPEAKER = "Unknown speaker";

type Speaker = { name: string; title?: string };
type Article = NonNullable<NewClaim["article"]>;

/**
 * A node with its `{"@id": …}` reference followed within the page's @graph; of an array, the
 * first object.
 */
export function deref(value: unknown, graph: ReadonlyMap<string, JsonObject>): JsonObject | undefined {
  const node = listOf(value).find(isObject);
  if (!node) return undefined;
  const target = typeof node["@id"] === "string" ? graph.get(node["@id"]) : undefined;
  return target ? { ...target, ...node } : node;
}

/**
 * A person's or organisation's name: `name` as a string, or an array whose first entry is the
 * name and the rest a description; `Name` is read too.
 */
export function nameOf(node: JsonObject | undefined): { name: string; rest: string } {
  if (!node) return { name: "", rest: "" };
  const list = listOf(prop(node, "name"))
    .map(textOf)
    .filter((s) => s !== "");
  return { name: list[0] ?? "", rest: list.slice(1).join(", ") };
}

/** `itemReviewed.author` (Person or Organization) as the claim's speaker; `jobTitle` is the title. */
export function speakerOf(item: JsonObject | undefined, graph: ReadonlyMap<string, JsonObject>): Speaker {
  for (const candidate of listOf(item?.author)) {
    const author = deref(candidate, graph);
    const { name, rest } = nameOf(author);
    if (!author || !hasLetterOrDigit(name)) continue;
    const title = textOf(author.jobTitle) || rest;
    return {
      name: truncate(name, LIMITS.speakerName),
      ...(title !== "" ? { title: truncate(title, LIMITS.speakerTitle) } : {}),
    };
  }
  return { name: UNKNOWN_SPEAKER };
}

/**
 * Where the claim appeared: `firstAppearance`, each `appearance` (a URL string, a CreativeWork,
 * or an array of either), then `itemReviewed.url`. The first usable one becomes the claim's
 * article: the API records one article when it creates a claim. The others, and unusable URLs,
 * come back as warnings.
 */
export function articleOf(
  item: JsonObject | undefined,
  graph: ReadonlyMap<string, JsonObject>,
): { article: Article | undefined; warnings: string[] } {
  const warnings: string[] = [];
  const candidates = ["firstAppearance", "appearance", "url"].flatMap((key) =>
    listOf(item?.[key]).map((value, i, all) => ({ value, from: all.length > 1 ? `${key}[${i}]` : key, key })),
  );
  let article: Article | undefined;
  const others = new Set<string>();
  for (const { value, from, key } of candidates) {
    const node = typeof value === "string" ? { url: value } : deref(value, graph);
    const checked = checkUrl(node?.url);
    if (!node || "problem" in checked) {
      if ("problem" in checked && checked.problem !== "missing") {
        warnings.push(`itemReviewed.${from} left out: ${checked.problem}`);
      }
      continue;
    }
    if (article === undefined) {
      article = key === "url" ? { url: checked.url } : describe(node, checked.url, graph);
      if (key !== "url" && node.datePublished !== undefined && article.published_at === undefined) {
        warnings.push(`itemReviewed.${from}.datePublished left out: ${JSON.stringify(node.datePublished)}`);
      }
    } else if (checked.url !== article.url) others.add(checked.url);
  }
  if (others.size > 0) {
    warnings.push(`${others.size} more appearance(s) not recorded: a new claim takes one article`);
  }
  return { article, warnings };
}

function describe(node: JsonObject, url: string, graph: ReadonlyMap<string, JsonObject>): Article {
  const title = textOf(node.headline) || textOf(node.name);
  const publisher =
    typeof node.publisher === "string" ? textOf(node.publisher) : nameOf(deref(node.publisher, graph)).name;
  const published = parsePublishedDate(node.datePublished);
  return {
    url,
    ...(title !== "" ? { title: truncate(title, LIMITS.articleTitle) } : {}),
    ...(publisher !== "" ? { publisher: truncate(publisher, LIMITS.publisher) } : {}),
    ...(published ? { published_at: published.instant } : {}),
  };
}
