import { desc, eq, lt, sql } from "drizzle-orm";
import { canonicalUrl } from "../domain/canonical-url";
import { ApiError } from "../domain/errors";
import { newId } from "../domain/ids";
import { claimSummariesJson } from "./claim-queries";
import { type Db, qualified, type WritePlan } from "./client";
import { articles } from "./schema";

export type Article = typeof articles.$inferSelect;

export interface NewArticle {
  url: string;
  title?: string | undefined;
  publisher?: string | undefined;
  published_at?: string | undefined;
}

/** The article a claim cites: by id, or by canonical URL. */
export function articleLookupQuery(db: Db, ref: { id?: string | undefined; url?: string | undefined }) {
  const condition = ref.id !== undefined ? eq(articles.id, ref.id) : eq(articles.url, canonicalUrl(ref.url ?? ""));
  return db.select().from(articles).where(condition).limit(1);
}

export function newArticle(input: NewArticle, now: string): Article {
  return {
    id: newId("art"),
    url: canonicalUrl(input.url),
    title: input.title ?? null,
    publisher: input.publisher ?? null,
    publishedAt: input.published_at ?? null,
    createdAt: now,
  };
}

function selectArticlesWithClaims(db: Db) {
  return db
    .select({
      article: articles,
      claims: claimSummariesJson(
        sql`c.id in (select ca.claim_id from claim_appearances ca where ca.article_id = ${qualified(articles.id)})`,
      ),
    })
    .from(articles);
}

export async function findArticle(db: Db, id: string) {
  const [row] = await selectArticlesWithClaims(db).where(eq(articles.id, id)).limit(1);
  return row;
}

/** Newest first, or the one article whose canonical URL is `url`. */
export function listArticles(db: Db, url: string | undefined, limit: number, after: string | undefined) {
  const condition =
    url !== undefined ? eq(articles.url, canonicalUrl(url)) : after !== undefined ? lt(articles.id, after) : undefined;
  return selectArticlesWithClaims(db)
    .where(condition)
    .orderBy(desc(articles.id))
    .limit(limit + 1);
}

export function insertArticle(db: Db, article: Article) {
  return db.insert(articles).values(article);
}

/** POST /v1/articles: one article per canonical URL, so a second one is a 409 naming the first. */
export async function planCreateArticle(db: Db, input: NewArticle): Promise<WritePlan<Article>> {
  const [existing] = await articleLookupQuery(db, { url: input.url });
  if (existing) {
    throw new ApiError("article_exists", `Article ${existing.id} already has this URL.`, { article_id: existing.id });
  }
  const article = newArticle(input, new Date().toISOString());
  return { statements: [insertArticle(db, article)], result: article };
}
