import { z } from "@hono/zod-openapi";
import { HttpUrl, TimestampOut, text } from "./common";

export const Evidence = z
  .strictObject({
    url: HttpUrl,
    title: text(300).nullable().default(null),
  })
  .openapi("Evidence");
export type Evidence = z.output<typeof Evidence>;

export const CreateStatusUpdateBody = z
  .strictObject({
    status: z.string().min(1).max(40).openapi({ example: "under_review" }),
    note: text(5000).nullable().default(null),
    evidence: z.array(Evidence).max(20).default([]),
  })
  .openapi("CreateStatusUpdate");

export const StatusUpdate = z
  .object({
    id: z.string().openapi({ example: "upd_01J5Z8X2Q3R4S5T6V7W8X9Y0Z1" }),
    claim_id: z.string(),
    status: z.string(),
    note: z.string().nullable(),
    evidence: z.array(z.object({ url: z.string(), title: z.string().nullable() })),
    author: z.object({ key_id: z.string().nullable(), name: z.string() }),
    created_at: TimestampOut,
    previous_status: z.string().nullable(),
    prev_hash: z.string(),
    hash: z.string(),
  })
  .openapi("StatusUpdate");
