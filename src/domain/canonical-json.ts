/**
 * JSON text with object keys sorted and no insignificant whitespace, so two bodies that say the
 * same thing compare equal (an Idempotency-Key retry may be re-serialised by the client).
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item !== null && typeof item === "object" && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}

/** The canonical form of a request body when it is JSON, else the text itself. */
export function canonicalBody(text: string): string {
  try {
    return canonicalJson(JSON.parse(text));
  } catch {
    return text;
  }
}
