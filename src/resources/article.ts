import type { z } from "@hono/zod-openapi";
import type { ArticleRow } from "../db/schema";
import type { Article } from "../schemas/articles";
import { toClaimSummaries } from "./claim";

export function toArticleResource(
  row: { article: ArticleRow; claims: string },
  baseUrl: string,
): z.infer<typeof Article> {
  const { article } = row;
  return {
    id: article.id,
    url: article.url,
    title: article.title,
    publisher: article.publisher,
    published_at: article.publishedAt,
    created_at: article.createdAt,
    claims: toClaimSummaries(row.claims, baseUrl),
    links: { self: `${baseUrl}/v1/articles/${article.id}` },
  };
}
