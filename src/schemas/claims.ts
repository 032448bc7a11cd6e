import { z } from "@hono/zod-openapi";
import { QUALIFIERS } from "../domain/quantity";
import { CLAIM_KINDS, STATUS_CODES } from "../domain/statuses";
import { comparisonKey } from "../domain/text";
import { HttpUrl, IsoDate, ListQuery, Timestamp, TimestampOut, text } from "./common";
import { PossibleDuplicate } from "./possible-duplicate";
import { ArticleRef, NewArticleFields, SpeakerRef } from "./refs";
import { StatusUpdate } from "./status-updates";

/** A range's `value` is its midpoint; a little slack lets clients round it (2.5 for 2 and 3). */
const MIDPOINT_SLACK = 1e-9;

export const Quantity = z
  .strictObject({
    value: z.number().finite().openapi({ example: 90 }),
    unit: text(32).openapi({ example: "percent" }),
    qualifier: z.enum(QUALIFIERS).default("exactly").openapi({ example: "more_than" }),
    low: z.number().finite().optional().openapi({ description: "Only with `between`: the low end of the range." }),
    high: z.number().finite().optional().openapi({ description: "Only with `between`: the high end of the range." }),
  })
  .superRefine((q, ctx) => {
    const between = q.qualifier === "between";
    for (const end of ["low", "high"] as const) {
      if (between && q[end] === undefined)
        ctx.addIssue({ code: "custom", path: [end], message: "required with `between`" });
      if (!between && q[end] !== undefined) {
        ctx.addIssue({ code: "custom", path: [end], message: "only allowed with the qualifier `between`" });
      }
    }
    if (q.low === undefined || q.high === undefined) return;
    if (q.low > q.high) ctx.addIssue({ code: "custom", path: ["low"], message: "must not be greater than `high`" });
    else if (Math.abs(q.value - (q.low + q.high) / 2) > MIDPOINT_SLACK * Math.max(1, Math.abs(q.value))) {
      ctx.addIssue({ code: "custom", path: ["value"], message: "must be the midpoint of `low` and `high`" });
    }
  })
  .openapi("Quantity", {
    description:
      "A figure the claim states. With the qualifier `between` it is a range: `low` and `high` are required and `value` is their midpoint.",
  });
export type Quantity = z.output<typeof Quantity>;

/** A quantity as the API answers it (claims, extraction candidates); `low` and `high` only with `between`. */
export const QuantityValue = z
  .object({
    value: z.number(),
    unit: z.string(),
    qualifier: z.enum(QUALIFIERS),
    low: z.number().optional(),
    high: z.number().optional(),
  })
  .openapi("QuantityValue");

const TOPIC = /^[\p{L}\p{N}][\p{L}\p{N} _-]*$/u;

export const Topic = z
  .string()
  .trim()
  .toLowerCase()
  .min(1)
  .max(50)
  // A refinement, not .regex(): the pattern it generates carries the JavaScript flag ("…$/u"), and
  // without it validators that read patterns as non-Unicode (Spectral's, some generators') reject
  // every topic. The rule is in the description instead.
  .refine((topic) => TOPIC.test(topic), "letters, digits, spaces, '-' and '_'")
  .openapi({
    description:
      "Letters and digits of any script, spaces, '-' and '_'; starts with a letter or digit. Stored lowercased.",
  });

const Topics = z
  .array(Topic)
  .max(20)
  .transform((topics) => [...new Set(topics)])
  .openapi({ example: ["gaza", "ceasefire"] });

const Language = z
  .string()
  .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, "a BCP 47 language tag such as en or pt-BR")
  .openapi({ example: "en" });

/** Found or created by name (case and accents ignored), or referenced by id. */
export const SpeakerInput = z
  .strictObject({
    id: z.string().max(64).optional(),
    name: text(200)
      .refine((name) => comparisonKey(name) !== "", "needs a letter or digit: names are matched on those")
      .optional(),
    title: text(200).optional(),
  })
  .refine((s) => (s.id === undefined) !== (s.name === undefined), "give either id or name")
  .openapi("SpeakerInput", { example: { name: "Antony Blinken", title: "US Secretary of State" } });

/** Found or created by canonical URL, or referenced by id. */
const ArticleInput = z
  .strictObject({ id: z.string().max(64).optional(), ...NewArticleFields, url: HttpUrl.optional() })
  .refine((a) => (a.id === undefined) !== (a.url === undefined), "give either id or url")
  .openapi("ArticleInput");

export const ClaimText = text(2000).openapi({
  example: "More than 90 percent of the issues have been agreed, decided.",
});
const Summary = text(140).openapi({ example: "Share of ceasefire issues agreed in the Gaza talks" });

export const CreateClaimBody = z
  .strictObject({
    text: ClaimText,
    summary: Summary.optional(),
    kind: z.enum(CLAIM_KINDS).default("statement"),
    speaker: SpeakerInput,
    article: ArticleInput.optional(),
    quote_context: text(2000).optional().openapi({ description: "The sentence or paragraph around the quote." }),
    claimed_at: IsoDate.optional(),
    language: Language.default("en"),
    topics: Topics.default([]),
    quantity: Quantity.optional(),
    review_due: IsoDate.optional(),
    source_url: HttpUrl.optional().openapi({
      description:
        "The published fact-check this claim comes from (a ClaimReview's `url`), when imported: one claim per review, a second is 409 `claim_exists`.",
    }),
  })
  .openapi("CreateClaim");

/** JSON merge patch: absent keeps, null clears (where a field may be empty). */
export const PatchClaimBody = z
  .strictObject({
    text: ClaimText.optional(),
    summary: Summary.nullable().optional(),
    kind: z.enum(CLAIM_KINDS).optional(),
    speaker: SpeakerInput.optional(),
    claimed_at: IsoDate.nullable().optional(),
    language: Language.optional(),
    topics: Topics.optional(),
    quantity: Quantity.nullable().optional(),
    review_due: IsoDate.nullable().optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, "give at least one field to change")
  .openapi("PatchClaim");

export const ClaimStatus = z
  .object({
    code: z.string().openapi({ example: "under_review" }),
    label: z.string().openapi({ example: "Under review" }),
    rating_value: z.number().int().nullable(),
    final: z.boolean(),
    updated_at: TimestampOut,
  })
  .openapi("ClaimStatus");

export const Claim = z
  .object({
    id: z.string().openapi({ example: "clm_01J5Z8X2Q3R4S5T6V7W8X9Y0Z1" }),
    text: z.string(),
    summary: z.string().nullable(),
    kind: z.enum(CLAIM_KINDS),
    speaker: SpeakerRef,
    claimed_at: z.string().nullable().openapi({ format: "date" }),
    language: z.string(),
    topics: z.array(z.string()),
    quantity: QuantityValue.nullable(),
    review_due: z.string().nullable().openapi({ format: "date" }),
    source_url: z.string().nullable().openapi({ description: "The published fact-check it was imported from." }),
    appearances: z.array(z.object({ article: ArticleRef, quote_context: z.string().nullable() })),
    status: ClaimStatus,
    version: z.number().int(),
    created_at: TimestampOut,
    updated_at: TimestampOut,
    links: z.object({
      self: z.string(),
      page: z.string(),
      embed: z.string(),
      badge: z.string(),
      claimreview: z.string(),
    }),
    timeline: z
      .array(StatusUpdate)
      .optional()
      .openapi({ description: "Only with `?include=timeline`: every status update, oldest first." }),
  })
  .openapi("Claim");

export const CreatedClaim = Claim.extend({
  possible_duplicates: z.array(PossibleDuplicate).openapi({
    description: "Tracked claims that may say the same thing (score ≥ 0.6, best 3): a client can warn before going on.",
  }),
}).openapi("CreatedClaim");

export const ClaimSummary = Claim.pick({ id: true, text: true, kind: true, status: true, links: true }).openapi(
  "ClaimSummary",
);

const CommaList = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    // A value named twice is one value: each is a branch of the query, and a repeat would list claims twice.
    .transform((raw) => [...new Set(raw.split(",").map((v) => v.trim()))].sort())
    .pipe(z.array(z.enum(values)).min(1).max(values.length));

export const ListClaimsQuery = ListQuery.extend({
  status: CommaList(STATUS_CODES)
    .optional()
    .openapi({ description: "One status code or several, comma-separated.", example: "unverified,under_review" }),
  kind: CommaList(CLAIM_KINDS).optional().openapi({ description: "One kind or several, comma-separated." }),
  speaker_id: z.string().max(64).optional(),
  topic: Topic.optional(),
  q: z.string().trim().min(1).max(200).optional().openapi({ description: "Full-text search, best match first." }),
  updated_since: Timestamp.optional(),
  review_due_before: IsoDate.optional(),
  source_url: HttpUrl.optional().openapi({ description: "The claim imported from this published fact-check." }),
  stale_days: z.coerce
    .number()
    .int()
    .min(1)
    .max(3650)
    .optional()
    .openapi({ description: "Only claims without a verdict whose status has not changed for this many days." }),
});

export const GetClaimQuery = z.object({
  include: z.enum(["timeline"]).optional(),
  as_of: Timestamp.optional().openapi({ description: "Answer with the status the claim had at this instant." }),
});
