import type { Context } from "hono";
import type { AppEnv } from "../app-env";
import type { ClaimPatch } from "../domain/claims";
import type { EntryInput } from "../domain/timeline";
import { purgeEmbeds } from "../embeds/cache";
import { claimWriter, throughWriter } from "../writes/writer-client";
import { baseUrl } from "./base-url";

/**
 * A status update through the claim's writer, for the API and the desk alike; then this data
 * centre's cached embeds of the claim are dropped so readers see the change.
 */
export async function postStatusUpdate(
  c: Context<AppEnv>,
  id: string,
  input: EntryInput,
  ifMatch: number[] | undefined,
) {
  const writer = claimWriter(c.env, id);
  const { keyId, name } = c.var.principal;
  const reply = await throughWriter(() =>
    writer.append({
      claimId: id,
      input,
      author: { keyId, name },
      ifMatch,
      idempotency: c.var.idempotency,
      baseUrl: baseUrl(c),
    }),
  );
  c.executionCtx.waitUntil(purgeEmbeds(baseUrl(c), id));
  return reply;
}

/** A metadata change through the claim's writer, for the API and the desk alike. */
export async function patchClaimMetadata(
  c: Context<AppEnv>,
  id: string,
  patch: ClaimPatch,
  ifMatch: number[] | undefined,
) {
  const writer = claimWriter(c.env, id);
  const reply = await throughWriter(() => writer.patch({ claimId: id, patch, ifMatch, baseUrl: baseUrl(c) }));
  c.executionCtx.waitUntil(purgeEmbeds(baseUrl(c), id));
  return reply;
}
