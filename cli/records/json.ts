/** A parsed JSON object whose shape is not known yet. */
export type JsonObject = { [key: string]: unknown };

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A value as a list: arrays as they are, a missing value as none, anything else as one item. */
export function listOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  return value === undefined || value === null ? [] : [value];
}

/**
 * The schema.org types of a node, lower case and without a vocabulary prefix:
 * "http://schema.org/ClaimReview", "schema:ClaimReview" and "claimreview" all give "claimreview".
 */
export function typesOf(node: unknown): string[] {
  if (!isObject(node)) return [];
  return listOf(node["@type"])
    .filter((type): type is string => typeof type === "string")
    .map((type) => type.replace(/^.*[/#:]/, "").toLowerCase());
}

/** A property read case-insensitively, exact spelling first: publishers write `Name` for `name`. */
export function prop(node: JsonObject, key: string): unknown {
  if (key in node) return node[key];
  const lower = key.toLowerCase();
  for (const [k, v] of Object.entries(node)) if (k.toLowerCase() === lower) return v;
  return undefined;
}

/** A string with something in it besides spaces, or undefined. */
export function nonEmptyString(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}
