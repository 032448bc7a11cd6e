import { z } from "@hono/zod-openapi";
import { ClaimSummary } from "./claims";
import { HttpUrl, ListQuery, TimestampOut } from "./common";
import { ArticleRef, NewArticleFields } from "./refs";

export const Article = ArticleRef.extend({
  created_at: TimestampOut,
  claims: z.array(ClaimSummary).openapi({ description: "Claims that appear in this article, newest first." }),
  links: z.object({ self: z.string() }),
}).openapi("Article");

export const CreateArticleBody = z.strictObject(NewArticleFields).openapi("CreateArticle");

export const ListArticlesQuery = ListQuery.extend({
  url: HttpUrl.optional().openapi({ description: "Find the article with this URL (compared in canonical form)." }),
});
