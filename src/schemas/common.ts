import { z } from "@hono/zod-openapi";
import { webUrlProblem } from "../domain/canonical-url";
import { hasVisibleText } from "../domain/text";

/**
 * Accepts any ISO 8601 instant with an offset and stores the one UTC form the API returns. Years
 * past 9999 would need the expanded `+010000` form, which no longer sorts as text, so they are refused.
 */
export const Timestamp = z.iso
  .datetime({ offset: true })
  .transform((value) => new Date(value).toISOString())
  .refine((iso) => /^\d{4}-/.test(iso), "must fall within the years 0000 to 9999")
  .openapi({ example: "2024-08-20T14:03:00.000Z", format: "date-time" });

export const TimestampOut = z.string().openapi({ format: "date-time", example: "2024-08-20T14:03:00.000Z" });

export const IsoDate = z.iso.date().openapi({ example: "2024-08-20" });

export const HttpUrl = z
  .string()
  .trim()
  .max(2048)
  .superRefine((raw, ctx) => {
    const problem = webUrlProblem(raw);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  })
  .openapi({ format: "uri", example: "https://news.example/world/2024/gaza-talks" });

export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string(),
    code: z.string().openapi({ description: "Stable machine-readable problem code." }),
    request_id: z.string(),
    errors: z
      .array(z.object({ path: z.string(), message: z.string() }))
      .optional()
      .openapi({ description: "Present for validation failures: one entry per bad field." }),
  })
  .openapi("Problem");

export const ListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20).openapi({ example: 20 }),
  cursor: z.string().max(512).optional().openapi({ description: "Opaque; `next_cursor` from the previous page." }),
});

export function listOf<T extends z.ZodType>(item: T, name: string) {
  return z
    .object({
      data: z.array(item),
      next_cursor: z
        .string()
        .nullable()
        .openapi({ description: "Pass as `cursor` for the next page; null on the last." }),
    })
    .openapi(name);
}

/** An opaque id in the path, named `name` in the OpenAPI document. */
export function pathId(name: string) {
  return z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name, in: "path" } });
}

export const IdParam = z.object({ id: pathId("id") });

/**
 * Body strings: trimmed, with something visible in them, and well-formed Unicode. A lone surrogate
 * would be stored as U+FFFD by D1 while the timeline hash was computed on the original, breaking
 * the chain.
 */
export function text(max: number) {
  return z
    .string()
    .trim()
    .min(1, { abort: true })
    .max(max)
    .refine(hasVisibleText, "must contain visible characters, not only spaces or invisible ones")
    .refine((value) => value.isWellFormed(), "must be well-formed Unicode (no lone surrogates)");
}

const problemResponse = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: Problem } },
});

/** The error answers most routes can give, for the OpenAPI document. */
export const problemResponses = {
  400: problemResponse("Malformed JSON, wrong types or invalid fields"),
  401: problemResponse("Missing or unknown API key"),
  403: problemResponse("The key's role may not do this"),
  404: problemResponse("No such resource"),
  409: problemResponse("Conflicts with an existing resource; carries Retry-After"),
  413: problemResponse("Request body over 64 KiB"),
  412: problemResponse("If-Match does not match the current version"),
  415: problemResponse("Body is not JSON, or declares a charset other than UTF-8"),
  422: problemResponse(
    "Well-formed but not allowed: status outside the claim's scale, or an Idempotency-Key reused with another body",
  ),
  429: {
    ...problemResponse("Over a rate limit (see the README): retry after Retry-After seconds"),
    headers: { "Retry-After": { schema: { type: "integer" as const }, description: "Seconds to wait." } },
  },
  503: problemResponse("The claim's writer could not be reached; carries Retry-After"),
} as const;

export function pick<K extends keyof typeof problemResponses>(...codes: K[]) {
  return Object.fromEntries(codes.map((code) => [code, problemResponses[code]])) as Pick<typeof problemResponses, K>;
}

export const jsonBody = <T extends z.ZodType>(schema: T, description: string) => ({
  required: true,
  description,
  content: { "application/json": { schema } },
});

export const jsonResponse = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});
