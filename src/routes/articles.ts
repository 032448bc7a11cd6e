import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../app-env";
import { findArticle, listArticles } from "../db/articles";
import { cursorAfter, page } from "../domain/cursor";
import { ApiError } from "../domain/errors";
import { baseUrl } from "../http/base-url";
import { toArticleResource } from "../resources/article";
import { Article, CreateArticleBody, ListArticlesQuery } from "../schemas/articles";
import { IdParam, jsonBody, jsonResponse, listOf, pick } from "../schemas/common";
import { create } from "../writes/create";
import { planCreateArticle } from "../writes/create-article";
import { asAnyone, createsAsEditor } from "./security";

const createArticle = createRoute({
  method: "post",
  path: "/",
  operationId: "createArticle",
  tags: ["Articles"],
  summary: "Record an article",
  description: "One article per canonical URL: a second POST for the same article is a 409 that names the first.",
  ...createsAsEditor,
  request: { body: jsonBody(CreateArticleBody, "The article") },
  responses: {
    201: { ...jsonResponse(Article, "Created"), headers: { Location: { schema: { type: "string" } } } },
    ...pick(400, 401, 403, 409, 413, 415, 422, 429),
  },
});

const listArticlesRoute = createRoute({
  method: "get",
  path: "/",
  operationId: "listArticles",
  tags: ["Articles"],
  ...asAnyone,
  summary: "List articles, or find one by URL",
  description: "Newest first. With `url`, the article recorded under that canonical URL (a list of at most one).",
  request: { query: ListArticlesQuery },
  responses: { 200: jsonResponse(listOf(Article, "ArticleList"), "A page of articles"), ...pick(400) },
});

const getArticle = createRoute({
  method: "get",
  path: "/{id}",
  operationId: "getArticle",
  tags: ["Articles"],
  ...asAnyone,
  summary: "Get an article and the claims that appear in it",
  description: "The article and a summary of every claim quoted in it.",
  request: { params: IdParam },
  responses: { 200: jsonResponse(Article, "The article"), ...pick(404) },
});

export const articleRoutes = new OpenAPIHono<AppEnv>()
  .openapi(createArticle, async (c) => {
    const input = c.req.valid("json");
    const { reply } = await create(c.var.db, c.var.idempotency, () => planCreateArticle(c.var.db, input, baseUrl(c)));
    return c.json(reply.body, 201, reply.headers);
  })
  .openapi(listArticlesRoute, async (c) => {
    const { url, limit, cursor } = c.req.valid("query");
    const rows = await listArticles(c.var.db, url, limit, cursorAfter(cursor));
    const base = baseUrl(c);
    return c.json(
      page(
        rows.map((row) => toArticleResource(row, base)),
        limit,
        (last) => ({ after: last.id }),
      ),
      200,
    );
  })
  .openapi(getArticle, async (c) => {
    const { id } = c.req.valid("param");
    const row = await findArticle(c.var.db, id);
    if (!row) throw new ApiError("article_not_found", `No article has id ${id}.`);
    return c.json(toArticleResource(row, baseUrl(c)), 200);
  });
