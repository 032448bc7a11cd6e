import fc from "fast-check";
import { type JsonSchema, resolveRef, type SchemaRoot } from "./schema";

/**
 * What the document cannot say about a valid value: rows that exist, the claim's status codes, the
 * refinements zod applies after the schema (either speaker `id` or `name`, `between` needs `low`
 * and `high`), and where URLs may point. Keyed by component name, property or parameter name.
 */
export interface Hints {
  /** Generates a valid value for a named component (`SpeakerInput`) instead of its schema. */
  components: Record<string, fc.Arbitrary<unknown>>;
  /** Generates a valid value for a property or parameter of this name. */
  names: Record<string, fc.Arbitrary<unknown>>;
  /** Every `format: uri` value: webhook receivers must stay on a closed loopback port. */
  url: fc.Arbitrary<string>;
}

const LETTERS = [..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéüçñøßЖжΩλعب中文한"];
const FILLER = [...LETTERS, ..."0123456789     ,.;:-'’?!%()", "🙂", "👩‍⚕️", "e\u0301", "\u200f", "\u00a0"];

/** Printable text that starts and ends with a letter (zod trims and wants something visible). */
export function visibleText(maxLength: number): fc.Arbitrary<string> {
  const letter = fc.constantFrom(...LETTERS);
  if (maxLength < 3) return fc.string({ unit: letter, minLength: 1, maxLength: Math.max(1, maxLength) });
  const middle = fc.array(fc.constantFrom(...FILLER), { maxLength: Math.min(40, Math.floor((maxLength - 2) / 4)) });
  return fc
    .tuple(letter, middle, letter)
    .map(([first, rest, last]) => `${first}${rest.join("")}${last}`)
    .filter((value) => value.length <= maxLength);
}

/** A topic: letters and digits of any script, spaces, '-' and '_', starting with a letter. */
export const topic = fc
  .tuple(fc.constantFrom(...LETTERS), fc.string({ unit: fc.constantFrom(..."abcxyz019 -_é中"), maxLength: 20 }))
  .map(([first, rest]) => `${first}${rest}`.trim());

const isoDate = fc
  .date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2035-12-31T23:59:59Z"), noInvalidDate: true })
  .map((date) => date.toISOString());

function stringArb(schema: JsonSchema, hints: Hints): fc.Arbitrary<string> {
  if (schema.format === "date") return isoDate.map((iso) => iso.slice(0, 10));
  if (schema.format === "date-time") return isoDate;
  if (schema.format === "uri") return hints.url;
  const max = typeof schema.maxLength === "number" ? schema.maxLength : 200;
  if (typeof schema.pattern === "string") {
    return fc.stringMatching(new RegExp(schema.pattern)).filter((value) => value.length >= 1 && value.length <= max);
  }
  if (typeof schema.description === "string" && schema.description.startsWith("Letters and digits")) return topic;
  return visibleText(max);
}

function numberArb(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const min = typeof schema.minimum === "number" ? schema.minimum : -1e6;
  const max = typeof schema.maximum === "number" ? schema.maximum : 1e6;
  if (integer) return fc.integer({ min, max });
  return fc.oneof(fc.integer({ min, max }), fc.double({ min, max, noNaN: true, noDefaultInfinity: true }));
}

function componentName(schema: JsonSchema): string | undefined {
  return typeof schema.$ref === "string" ? schema.$ref.split("/").pop() : undefined;
}

/** An arbitrary of values that `schema` accepts and the API should take (see `Hints`). */
export function valueArb(root: SchemaRoot, schema: JsonSchema, hints: Hints): fc.Arbitrary<unknown> {
  const name = componentName(schema);
  if (name && hints.components[name]) return hints.components[name];
  const s = resolveRef(root, schema);
  if (Array.isArray(s.allOf)) {
    // zod-openapi writes a nullable component as allOf [component, {type: [object, null]}].
    const [first, ...rest] = s.allOf as [JsonSchema, ...JsonSchema[]];
    const nullable = rest.some((sub) => Array.isArray(sub.type) && sub.type.includes("null"));
    const value = valueArb(root, first, hints);
    return nullable ? fc.oneof({ weight: 4, arbitrary: value }, { weight: 1, arbitrary: fc.constant(null) }) : value;
  }
  if (Array.isArray(s.anyOf) || Array.isArray(s.oneOf)) {
    return fc.oneof(...((s.anyOf ?? s.oneOf) as JsonSchema[]).map((sub) => valueArb(root, sub, hints)));
  }
  if (Array.isArray(s.enum)) return fc.constantFrom(...s.enum);
  if ("const" in s) return fc.constant(s.const);
  const types = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
  const options = types.map((type): fc.Arbitrary<unknown> => {
    switch (type) {
      case "null":
        return fc.constant(null);
      case "string":
        return stringArb(s, hints);
      case "integer":
        return numberArb(s, true);
      case "number":
        return numberArb(s, false);
      case "boolean":
        return fc.boolean();
      case "array":
        return fc.array(valueArb(root, s.items as JsonSchema, hints), {
          minLength: typeof s.minItems === "number" ? s.minItems : 0,
          maxLength: Math.min(typeof s.maxItems === "number" ? s.maxItems : 5, 4),
        });
      case "object":
        return objectArb(root, s, hints);
      default:
        throw new Error(`no generator for type ${type}`);
    }
  });
  const [only] = options;
  return options.length === 1 && only ? only : fc.oneof(...options);
}

function objectArb(root: SchemaRoot, s: JsonSchema, hints: Hints): fc.Arbitrary<Record<string, unknown>> {
  const properties = (s.properties as Record<string, JsonSchema> | undefined) ?? {};
  const model = Object.fromEntries(
    Object.entries(properties).map(([key, sub]) => [key, hints.names[key] ?? valueArb(root, sub, hints)]),
  );
  return fc.record(model, { requiredKeys: (s.required as string[] | undefined) ?? [] });
}

/** Strings that sit on Unicode's edges: each is a hazard for trimming, storage, hashing or rendering. */
export const unicodeEdge = fc.constantFrom(
  "\ud800",
  "a\udc00b",
  "\u0000",
  "a\u0000b",
  "\u200f\u202e\u2066",
  "\u200b\u200c\u200d\ufeff",
  "🙂👩‍👩‍👧‍👦🏳️‍🌈",
  "e\u0301\u0301\u0301\u0301",
  "\u0627\u0644\u0639\u0631\u0628\u064a\u0629",
  "\uffff\ufffe",
  "\u{10ffff}",
  " \t\n\r ",
  "\u2028\u2029",
  "<script>alert(1)</script>",
  "'; DROP TABLE claims; --",
  "%00%ff",
  "\\u0000",
);

/** Keys that pollute prototypes when a parser or a merge copies them naively. */
export const pollutionKey = fc.constantFrom("__proto__", "constructor", "prototype");
