import type { z } from "@hono/zod-openapi";
import { articleLookupQuery, insertArticle } from "../db/articles";
import type { Db } from "../db/client";
import { assertNewArticle, type NewArticle, newArticleRow } from "../domain/articles";
import { toArticleResource } from "../resources/article";
import type { Article } from "../schemas/articles";
import type { CreatePlan } from "./create";

/** POST /v1/articles: one article per canonical URL. */
export async function planCreateArticle(
  db: Db,
  input: NewArticle,
  baseUrl: string,
): Promise<CreatePlan<z.infer<typeof Article>>> {
  const [existing] = await articleLookupQuery(db, { url: input.url });
  assertNewArticle(existing);
  const article = newArticleRow(input, new Date().toISOString());
  const body = toArticleResource({ article, claims: "[]" }, baseUrl);
  return {
    statements: [insertArticle(db, article)],
    reply: { status: 201, body, headers: { Location: body.links.self } },
  };
}
