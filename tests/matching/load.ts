import type { z } from "@hono/zod-openapi";
import type { CreatedClaim } from "../../src/schemas/claims";
import { ADMIN_TOKEN, callJson } from "../helpers";
import { TRACKED } from "./fixture";

/** Fixture key → claim id and speaker id, and claim id → fixture key, once the fixture is loaded. */
export const ids = new Map<string, string>();
export const speakerIds = new Map<string, string>();
export const keyOf = new Map<string, string>();

function lookup(map: Map<string, string>, key: string): string {
  const id = map.get(key);
  if (!id) throw new Error(`fixture claim ${key} was not loaded`);
  return id;
}

export const idOf = (key: string) => lookup(ids, key);
export const speakerOf = (key: string) => lookup(speakerIds, key);

/** Records every tracked claim of the fixture through the API (for a beforeAll). */
export async function loadTracked(): Promise<void> {
  for (const claim of TRACKED) {
    const { res, body } = await callJson<z.infer<typeof CreatedClaim>>("/v1/claims", {
      token: ADMIN_TOKEN,
      body: {
        text: claim.text,
        kind: claim.kind,
        speaker: { name: claim.speaker, title: claim.title },
        language: claim.language ?? "en",
        claimed_at: claim.claimed_at,
      },
    });
    if (res.status !== 201) throw new Error(`loading ${claim.key} failed: ${res.status} ${JSON.stringify(body)}`);
    ids.set(claim.key, body.id);
    speakerIds.set(claim.key, body.speaker.id);
    keyOf.set(body.id, claim.key);
  }
}
