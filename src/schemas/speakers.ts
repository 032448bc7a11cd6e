import { z } from "@hono/zod-openapi";
import { ClaimSummary } from "./claims";
import { ListQuery, TimestampOut } from "./common";
import { SpeakerRef } from "./refs";

export const Speaker = SpeakerRef.extend({
  created_at: TimestampOut,
  claim_count: z.number().int(),
  claims: z
    .array(ClaimSummary)
    .openapi({ description: "The speaker's newest claims (up to 100); page through all with `links.claims`." }),
  links: z.object({ self: z.string(), claims: z.string() }),
}).openapi("Speaker");

export const ListSpeakersQuery = ListQuery.extend({
  q: z.string().trim().min(1).max(100).optional().openapi({ description: "Names containing this text." }),
});
