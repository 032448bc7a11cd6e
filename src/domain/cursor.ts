import { fromBase64url, toBase64url } from "./base64url";
import { ApiError } from "./errors";

/** Where the next page starts: after a key in the list's order, or at an offset for ranked search. */
export type Cursor = { after: string } | { offset: number };

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

export function encodeCursor(cursor: Cursor): string {
  return toBase64url(new TextEncoder().encode(JSON.stringify(cursor)));
}

/** Decodes a client-supplied cursor; anything we did not mint is a 400, never a 500. */
export function decodeCursor(raw: string): Cursor {
  try {
    const value: unknown = JSON.parse(utf8.decode(fromBase64url(raw)));
    if (typeof value === "object" && value !== null) {
      if ("after" in value && typeof value.after === "string" && value.after.length <= 200) {
        return { after: value.after };
      }
      if ("offset" in value && Number.isSafeInteger(value.offset) && Number(value.offset) >= 0) {
        return { offset: Number(value.offset) };
      }
    }
  } catch {
    // Falls through to the 400 below: bad base64 and bad JSON are the same mistake to the client.
  }
  throw new ApiError("invalid_cursor", "The cursor is not one this API issued. Start again without it.");
}

const OTHER_LISTING = "This cursor belongs to a different listing.";

/** The key a keyset cursor continues after (lists in a stable order), or undefined without one. */
export function cursorAfter(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const cursor = decodeCursor(raw);
  if (!("after" in cursor)) throw new ApiError("invalid_cursor", OTHER_LISTING);
  return cursor.after;
}

/** The offset an offset cursor continues at (ranked search), 0 without one. */
export function cursorOffset(raw: string | undefined): number {
  if (raw === undefined) return 0;
  const cursor = decodeCursor(raw);
  if (!("offset" in cursor)) throw new ApiError("invalid_cursor", OTHER_LISTING);
  return cursor.offset;
}

/** Builds a list page from `limit + 1` fetched rows: the extra row only says another page exists. */
export function page<T>(rows: T[], limit: number, nextCursor: (last: T, count: number) => Cursor) {
  return pageOf(rows.slice(0, limit), rows.length > limit, nextCursor);
}

/** Builds a list page from the rows it shows, when the query itself said whether more follow. */
export function pageOf<T>(data: T[], more: boolean, nextCursor: (last: T, count: number) => Cursor) {
  const last = data.at(-1);
  return { data, next_cursor: more && last !== undefined ? encodeCursor(nextCursor(last, data.length)) : null };
}
