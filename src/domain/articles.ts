import type { z } from "@hono/zod-openapi";
import type { ArticleRow } from "../db/schema";
import type { CreateArticleBody } from "../schemas/articles";
import { canonicalUrl } from "./canonical-url";
import { ApiError } from "./errors";
import { newId } from "./ids";

export type NewArticle = z.output<typeof CreateArticleBody>;

export function newArticleRow(input: NewArticle, now: string): ArticleRow {
  return {
    id: newId("art", Date.parse(now)),
    url: canonicalUrl(input.url),
    title: input.title ?? null,
    publisher: input.publisher ?? null,
    publishedAt: input.published_at ?? null,
    createdAt: now,
  };
}

/** POST /v1/articles: one article per canonical URL, so a second one is a 409 naming the first. */
export function assertNewArticle(existing: ArticleRow | undefined): void {
  if (existing) {
    throw new ApiError("article_exists", `Article ${existing.id} already has this URL.`, { article_id: existing.id });
  }
}

/**
 * The article a claim cites: the one found, a new one for a URL not seen before, or none. A
 * referenced id that does not exist is a 404.
 */
export function resolveArticle(
  found: ArticleRow | undefined,
  ref: ({ id?: string | undefined } & Partial<NewArticle>) | undefined,
  now: string,
): { article: ArticleRow | undefined; isNew: boolean } {
  if (found || !ref) return { article: found, isNew: false };
  if (ref.url === undefined) throw new ApiError("article_not_found", `No article has id ${ref.id}.`);
  return { article: newArticleRow({ ...ref, url: ref.url }, now), isNew: true };
}
