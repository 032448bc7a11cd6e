import type { z } from "@hono/zod-openapi";
import type { SpeakerRow } from "../db/schema";
import type { Speaker } from "../schemas/speakers";
import { toClaimSummaries } from "./claim";

export function toSpeakerResource(
  row: { speaker: SpeakerRow; claimCount: number; claims: string },
  baseUrl: string,
): z.infer<typeof Speaker> {
  const { speaker } = row;
  return {
    id: speaker.id,
    name: speaker.name,
    title: speaker.title,
    created_at: speaker.createdAt,
    claim_count: row.claimCount,
    claims: toClaimSummaries(row.claims, baseUrl),
    links: {
      self: `${baseUrl}/v1/speakers/${speaker.id}`,
      claims: `${baseUrl}/v1/claims?speaker_id=${speaker.id}`,
    },
  };
}
