import type { z } from "@hono/zod-openapi";
import type { SpeakerRow } from "../db/schema";
import type { SpeakerInput } from "../schemas/claims";
import { ApiError } from "./errors";
import { newId } from "./ids";
import { comparisonKey } from "./text";

/**
 * The speaker a write names: the one found, or a new one when named by a name not seen before. A
 * referenced id that does not exist is a 404. A found speaker keeps its stored title.
 */
export function resolveSpeaker(
  found: SpeakerRow | undefined,
  ref: z.output<typeof SpeakerInput>,
  now: string,
): { speaker: SpeakerRow; isNew: boolean } {
  if (found) return { speaker: found, isNew: false };
  if (ref.id !== undefined || ref.name === undefined) {
    throw new ApiError("speaker_not_found", `No speaker has id ${ref.id}.`);
  }
  const speaker = {
    id: newId("spk", Date.parse(now)),
    name: ref.name,
    nameKey: comparisonKey(ref.name),
    title: ref.title ?? null,
    createdAt: now,
  };
  return { speaker, isNew: true };
}
