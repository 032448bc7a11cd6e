import { decodeCursor } from "../domain/cursor";
import { ApiError } from "../domain/errors";

/** The id a keyset cursor continues after, for lists ordered newest first by id. */
export function afterId(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const cursor = decodeCursor(raw);
  if (!("after" in cursor)) throw new ApiError("invalid_cursor", "This cursor belongs to a different listing.");
  return cursor.after;
}
