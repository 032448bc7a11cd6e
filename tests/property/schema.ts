/**
 * The JSON Schema keywords the OpenAPI document uses, checked without `eval` (ajv compiles schemas
 * to functions, which workerd forbids). Unknown keywords (`description`, `example`, `default`) are
 * annotations and pass.
 */
export type JsonSchema = { [keyword: string]: unknown };

/** The part of the OpenAPI document a `$ref` can point into. */
export type SchemaRoot = { components?: { schemas?: Record<string, JsonSchema> } };

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

function hasType(value: unknown, type: string): boolean {
  if (type === "integer") return Number.isInteger(value);
  if (type === "number") return typeof value === "number" && Number.isFinite(value);
  return typeOf(value) === type;
}

function formatProblem(format: string, value: string): string | null {
  if (format === "date") return DATE.test(value) ? null : "is not a date (YYYY-MM-DD)";
  if (format === "date-time") {
    return DATE_TIME.test(value) && !Number.isNaN(Date.parse(value)) ? null : "is not an ISO 8601 date-time";
  }
  if (format === "uri") {
    try {
      new URL(value);
      return null;
    } catch {
      return "is not an absolute URI";
    }
  }
  return null;
}

/** Resolves a local `$ref` such as `#/components/schemas/Claim` against the document. */
export function resolveRef(root: SchemaRoot, schema: JsonSchema): JsonSchema {
  let current = schema;
  for (let hops = 0; typeof current.$ref === "string"; hops++) {
    if (hops > 20) throw new Error(`$ref loop at ${current.$ref}`);
    const ref: string = current.$ref;
    if (!ref.startsWith("#/")) throw new Error(`only local $refs are supported: ${ref}`);
    let target: unknown = root;
    for (const part of ref.slice(2).split("/")) {
      target = isObject(target) ? target[part.replaceAll("~1", "/").replaceAll("~0", "~")] : undefined;
    }
    if (!isObject(target)) throw new Error(`$ref ${ref} points nowhere`);
    current = target;
  }
  return current;
}

/**
 * Checks `value` against `schema`; returns one message per violation (empty when it validates),
 * each starting with the JSON path of the offending value.
 */
export function validate(root: SchemaRoot, schema: JsonSchema, value: unknown, path = "$"): string[] {
  const s = resolveRef(root, schema);
  const errors: string[] = [];
  const fail = (message: string) => errors.push(`${path} ${message}`);

  const allOf = (s.allOf as JsonSchema[] | undefined) ?? [];
  // zod-openapi writes a nullable component as allOf [component, {type: [object, null]}], which
  // strict JSON Schema reads as never null; the API takes null there (arbitraries.ts generates it).
  if (value === null && allOf.some((sub) => Array.isArray(sub.type) && sub.type.includes("null"))) return errors;
  for (const sub of allOf) errors.push(...validate(root, sub, value, path));
  if (Array.isArray(s.anyOf) && !s.anyOf.some((sub: JsonSchema) => validate(root, sub, value, path).length === 0)) {
    fail("matches none of anyOf");
  }
  if (Array.isArray(s.oneOf)) {
    const matches = s.oneOf.filter((sub: JsonSchema) => validate(root, sub, value, path).length === 0).length;
    if (matches !== 1) fail(`matches ${matches} of oneOf, not exactly one`);
  }
  if ("const" in s && JSON.stringify(s.const) !== JSON.stringify(value)) fail(`is not ${JSON.stringify(s.const)}`);
  if (Array.isArray(s.enum) && !s.enum.some((option) => JSON.stringify(option) === JSON.stringify(value))) {
    fail(`${JSON.stringify(value)} is not one of ${JSON.stringify(s.enum)}`);
  }
  if (s.type !== undefined) {
    const types = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
    if (!types.some((type) => hasType(value, type))) {
      fail(`is ${typeOf(value)}, not ${types.join(" or ")}`);
      return errors;
    }
  }

  if (typeof value === "string") {
    const length = [...value].length;
    if (typeof s.minLength === "number" && length < s.minLength) fail(`is shorter than ${s.minLength}`);
    if (typeof s.maxLength === "number" && length > s.maxLength) fail(`is longer than ${s.maxLength}`);
    if (typeof s.pattern === "string" && !new RegExp(s.pattern, "u").test(value)) fail(`does not match ${s.pattern}`);
    const problem = typeof s.format === "string" ? formatProblem(s.format, value) : null;
    if (problem) fail(problem);
  }
  if (typeof value === "number") {
    if (typeof s.minimum === "number" && value < s.minimum) fail(`is below ${s.minimum}`);
    if (typeof s.maximum === "number" && value > s.maximum) fail(`is above ${s.maximum}`);
  }
  if (Array.isArray(value)) {
    if (typeof s.minItems === "number" && value.length < s.minItems) fail(`has fewer than ${s.minItems} items`);
    if (typeof s.maxItems === "number" && value.length > s.maxItems) fail(`has more than ${s.maxItems} items`);
    if (isObject(s.items)) {
      const items = s.items;
      value.forEach((item, i) => {
        errors.push(...validate(root, items, item, `${path}[${i}]`));
      });
    }
  }
  if (isObject(value)) {
    const properties = (s.properties as Record<string, JsonSchema> | undefined) ?? {};
    for (const key of (s.required as string[] | undefined) ?? []) {
      if (!Object.hasOwn(value, key)) fail(`lacks required property ${key}`);
    }
    for (const [key, item] of Object.entries(value)) {
      const sub = Object.hasOwn(properties, key) ? properties[key] : undefined;
      if (sub) errors.push(...validate(root, sub, item, `${path}.${key}`));
      else if (s.additionalProperties === false) fail(`has unknown property ${key}`);
      else if (isObject(s.additionalProperties)) {
        errors.push(...validate(root, s.additionalProperties, item, `${path}.${key}`));
      }
    }
  }
  return errors;
}
