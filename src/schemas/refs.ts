import { z } from "@hono/zod-openapi";
import { HttpUrl, Timestamp, text } from "./common";

export const SpeakerRef = z
  .object({
    id: z.string(),
    name: z.string().openapi({ example: "Antony Blinken" }),
    title: z.string().nullable().openapi({ example: "US Secretary of State" }),
  })
  .openapi("SpeakerRef");

export const ArticleRef = z
  .object({
    id: z.string(),
    url: z.string().openapi({ example: "https://news.example/world/2024/gaza-talks" }),
    title: z.string().nullable(),
    publisher: z.string().nullable(),
    published_at: z.string().nullable().openapi({ format: "date-time" }),
  })
  .openapi("ArticleRef");

/** The fields of a new article, inline in a claim or on their own. */
export const NewArticleFields = {
  url: HttpUrl,
  title: text(500).optional(),
  publisher: text(200).optional(),
  published_at: Timestamp.optional(),
};
