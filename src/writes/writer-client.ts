import { ApiError } from "../domain/errors";
import { isId } from "../domain/ids";
import type { WriterResult } from "./claim-writer";
import type { Reply } from "./reply";

/** The writer of one claim. An id that cannot be a claim's is a 404 without waking any object. */
export function claimWriter(env: Env, claimId: string) {
  if (!isId("clm", claimId)) throw new ApiError("claim_not_found", `No claim has id ${claimId}.`);
  return env.WRITER.get(env.WRITER.idFromName(claimId));
}

/**
 * Calls a claim's writer and unwraps its answer. The writer answers every problem as data, so a
 * call that throws means the object could not be reached (overloaded, moving, restarting): 503.
 */
export async function throughWriter<B>(call: () => Promise<WriterResult<B>>): Promise<Reply<B>> {
  let result: WriterResult<B>;
  try {
    result = await call();
  } catch (error) {
    console.error(JSON.stringify({ claim_writer_unreachable: error instanceof Error ? error.message : String(error) }));
    throw new ApiError("unavailable", "The claim's writer did not answer. Try again in a moment.");
  }
  if (!result.ok) throw new ApiError(result.problem.code, result.problem.detail, result.problem.extensions);
  return result.reply;
}
