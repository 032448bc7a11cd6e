import type { z } from "@hono/zod-openapi";
import type { ClaimSummaryRow } from "../db/claim-queries";
import type { Speaker as SpeakerRow } from "../db/speakers";
import type { Speaker } from "../schemas/speakers";
import { toClaimSummary } from "./claim";

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
    claims: (JSON.parse(row.claims) as ClaimSummaryRow[]).map((claim) => toClaimSummary(claim, baseUrl)),
    links: {
      self: `${baseUrl}/v1/speakers/${speaker.id}`,
      claims: `${baseUrl}/v1/claims?speaker_id=${speaker.id}`,
    },
  };
}
