import { desc, eq, lt, sql } from "drizzle-orm";
import { canonicalUrl } from "../domain/canonical-url";
import { claimSummariesJson } from "./claim-queries";
import { type Db, qualified } from "./client";
import { type ArticleRow, articles } from "./schema";

/** The article a claim cites: by id, or by canonical URL. */
export function articleLookupQuery(db: Db, ref: { id?: string | undefined; url?: string | undefined }) {
  const condition = ref.id !== undefined ? eq(articles.id, ref.id) : eq(articles.url, canonicalUrl(ref.url ?? ""));
  return db.select().from(articles).where(condition).limit(1);
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

export function insertArticle(db: Db, article: ArticleRow) {
  return db.insert(articles).values(article);
}
