import fc from "fast-check";
import { pollutionKey, unicodeEdge } from "./arbitraries";
import { type ApiRequest, type OpenApiDocument, type Operation, toRequest, type ValidParts } from "./operations";
import { type JsonSchema, resolveRef, validate } from "./schema";

/** A hostile request and what it must get: one of these statuses, or any documented non-5xx answer. */
export interface Attack {
  kind: string;
  request: ApiRequest;
  expected: number[] | "documented";
}

const KIB = 1024;
/** Over each route's transport cap (app.ts): 64 KiB, and 600 KiB for /v1/extract. */
const hugeFor = (op: Operation) => (op.template === "/v1/extract" ? 620 * KIB : 65 * KIB);
const NESTING = 1000;

type Body = Record<string, unknown>;

/** Built once: bodyAttacks runs for every case, and these two are costly to build. */
const unknownField = fc.tuple(fc.stringMatching(/^x_[a-z]{1,8}$/), fc.jsonValue({ maxDepth: 2 }));

function withBody(request: ApiRequest, body: string | Uint8Array, contentType = "application/json"): ApiRequest {
  return { ...request, headers: { ...request.headers, "Content-Type": contentType }, body };
}

function attack(kind: string, request: ApiRequest, expected: Attack["expected"]): Attack {
  return { kind, request, expected };
}

/** Values of the wrong JSON type for `schema` (checked against it: a nullable field takes null). */
function wrongValue(doc: OpenApiDocument, schema: JsonSchema): fc.Arbitrary<unknown> {
  return fc
    .oneof(
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.string({ maxLength: 5 }),
      fc.constant([1, "two"]),
      fc.constant({ nested: true }),
      fc.constant(1e308),
    )
    .filter((value) => validate(doc, schema, value).length > 0);
}

function bodyAttacks(doc: OpenApiDocument, op: Operation, request: ApiRequest, body: Body): fc.Arbitrary<Attack>[] {
  if (!op.body) return [];
  const schema = resolveRef(doc, op.body);
  const properties = Object.entries((schema.properties as Record<string, JsonSchema> | undefined) ?? {});
  const required = (schema.required as string[] | undefined) ?? [];
  const json = JSON.stringify(body);
  const stringKeys = properties.filter(([, sub]) => JSON.stringify(resolveRef(doc, sub).type ?? "").includes("string"));
  const withInserted = (raw: string) => (json === "{}" ? `{${raw}}` : `{${raw},${json.slice(1)}`);
  const attacks: fc.Arbitrary<Attack>[] = [
    fc
      .constantFrom(...properties)
      .chain(([key, sub]) => wrongValue(doc, sub).map((value) => ({ key, value, sub })))
      .map(({ key, value, sub }) =>
        attack(
          `wrong type for ${key}`,
          withBody(request, JSON.stringify({ ...body, [key]: value })),
          // A webhook URL's form is checked with its SSRF rules: 422 url_not_allowed (docs/webhooks.md).
          typeof value === "string" && resolveRef(doc, sub).format === "uri" ? [400, 422] : [400],
        ),
      ),
    fc.constantFrom(...(required.length > 0 ? required : [null])).map((key) => {
      const rest = { ...body };
      if (key !== null) delete rest[key];
      return attack(`missing ${key ?? "every field"}`, withBody(request, JSON.stringify(key ? rest : {})), [400]);
    }),
    unknownField.map(([key, value]) =>
      attack(`unknown field ${key}`, withBody(request, JSON.stringify({ ...body, [key]: value })), [400]),
    ),
    pollutionKey.map((key) =>
      attack(
        `prototype key ${key}`,
        withBody(request, withInserted(`"${key}":{"polluted":"yes","prototype":{"polluted":"yes"}}`)),
        [400],
      ),
    ),
    fc.constantFrom("[", '{"a":').map((open) => {
      const close = open === "[" ? "]" : "}";
      const deep = `${open.repeat(NESTING)}1${close.repeat(NESTING)}`;
      return attack(`${NESTING} levels of ${open}`, withBody(request, withInserted(`"x_deep":${deep}`)), [400]);
    }),
    fc
      .constantFrom(
        json.slice(0, Math.max(1, json.length - 1)),
        `${json},`,
        "{'text': 'single quotes'}",
        "{",
        "",
        '{"a":}',
        "{}}",
        "[]",
        "null",
        "42",
        '"a string"',
        "NaN",
      )
      .map((raw) => attack("malformed or non-object JSON", withBody(request, raw), [400])),
    // RFC 8259 §8.1 lets a parser ignore a leading byte order mark, and the Fetch standard's
    // UTF-8 decode (Request.json) does: the body counts as the JSON after it.
    fc
      .constant(null)
      .map(() => attack("JSON after a byte order mark", withBody(request, `\ufeff${json}`), "documented")),
    fc
      .constant(null)
      .map(() =>
        attack(
          "body over the size limit",
          withBody(request, JSON.stringify({ ...body, padding: "x".repeat(hugeFor(op)) })),
          [413],
        ),
      ),
    fc
      .constantFrom(
        "text/plain",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
        "application/xml",
      )
      .map((type) => attack(`Content-Type ${type}`, withBody(request, json, type), [400, 415])),
    fc
      .constantFrom("latin1", "utf-16", "iso-8859-1", "shift_jis")
      .map((charset) =>
        attack(`charset ${charset}`, withBody(request, json, `application/json; charset=${charset}`), [415]),
      ),
    fc.constant(null).map(() => {
      const bytes = new TextEncoder().encode(JSON.stringify({ ...body, x_bad: "AB" }));
      const at = bytes.lastIndexOf(0x41);
      bytes.set([0xff, 0xfe], at);
      return attack("invalid UTF-8", withBody(request, bytes), [400]);
    }),
  ];
  if (stringKeys.length > 0) {
    attacks.push(
      fc.tuple(fc.constantFrom(...stringKeys), unicodeEdge, fc.boolean()).map(([[key], edge, alone]) => {
        const value = alone ? edge : `Quote ${edge} here`;
        return attack(
          `unicode edge in ${key}`,
          withBody(request, JSON.stringify({ ...body, [key]: value })),
          "documented",
        );
      }),
    );
  }
  return attacks;
}

const BAD_AUTHORIZATION = [
  "Bearer",
  "Bearer ",
  "Bearer wrong-token",
  "Basic dXNlcjpwYXNz",
  "bearer ctk_AAAAAAAAAAAAAAAAAAAAAAAAAA_notakey",
  `Bearer ${"x".repeat(600)}`,
  "Token test-admin-token",
  "Bearer test-admin-token extra",
  "Bearer test-admin-tokeN",
];

function headerAttacks(op: Operation, request: ApiRequest): fc.Arbitrary<Attack>[] {
  const attacks: fc.Arbitrary<Attack>[] = [
    fc.constantFrom(...BAD_AUTHORIZATION, null).map((authorization) => {
      const headers = { ...request.headers };
      if (authorization === null) delete headers.Authorization;
      else headers.Authorization = authorization;
      return attack(`Authorization ${authorization}`, { ...request, headers }, op.secured ? [401] : "documented");
    }),
  ];
  const names = new Set(op.parameters.filter((p) => p.in === "header").map((p) => p.name.toLowerCase()));
  if (names.has("if-match")) {
    attacks.push(
      fc
        .constantFrom('"garbage"', 'W/"zzz"', "not-quoted", '""', '"1", "2", "3"', `"${"9".repeat(40)}"`)
        .map((value) =>
          attack(
            `If-Match ${value}`,
            { ...request, headers: { ...request.headers, "If-Match": value } },
            [400, 404, 412],
          ),
        ),
    );
  }
  if (names.has("idempotency-key")) {
    attacks.push(
      fc
        .constantFrom("has spaces in it", "x".repeat(300), "semi;colon\ttab")
        .map((value) =>
          attack(
            "bad Idempotency-Key",
            { ...request, headers: { ...request.headers, "Idempotency-Key": value } },
            [400],
          ),
        ),
    );
  }
  return attacks;
}

function badQueryValue(doc: OpenApiDocument, name: string, schema: JsonSchema): string | null {
  const s = resolveRef(doc, schema);
  if (name === "cursor") return "!!not-a-cursor";
  if (s.type === "integer") return "1.5";
  if (Array.isArray(s.enum)) return "not-an-option";
  if (s.format === "date" || s.format === "date-time") return "2024-13-45";
  if (s.format === "uri") return "javascript:alert(1)";
  if (typeof s.pattern === "string") return "!!";
  return null;
}

function queryAttacks(doc: OpenApiDocument, op: Operation, request: ApiRequest): fc.Arbitrary<Attack>[] {
  const query = op.parameters.filter((p) => p.in === "query");
  const join = (extra: string) => `${request.url}${request.url.includes("?") ? "&" : "?"}${extra}`;
  const attacks: fc.Arbitrary<Attack>[] = [
    fc
      .constantFrom(
        "%ZZ=%E0%A4%A",
        "__proto__[polluted]=1&constructor[prototype][polluted]=1",
        "%%%=&&==&",
        "a=%00%ff%fe",
        `x=${"%F0%9F%98%80".repeat(50)}`,
      )
      .map((garbage) => attack("query garbage", { ...request, url: join(garbage) }, "documented")),
  ];
  if (query.length === 0) return attacks;
  attacks.push(
    fc
      .constantFrom(...query)
      .chain((p) => fc.tuple(fc.constant(p), unicodeEdge))
      .map(([p, edge]) => {
        const bad = badQueryValue(doc, p.name, p.schema);
        const url = join(`${p.name}=${encodeURIComponent((bad ?? edge).toWellFormed())}`);
        // The repeated parameter makes the first one count twice; invalid either way.
        return attack(`query ${p.name}`, { ...request, url }, bad === null ? "documented" : [400]);
      }),
    fc
      .constantFrom(...query)
      .map((p) => attack(`repeated ${p.name}`, { ...request, url: join(`${p.name}=1&${p.name}=2`) }, "documented")),
    fc
      .constantFrom(...query)
      .map((p) => attack(`%-garbage in ${p.name}`, { ...request, url: join(`${p.name}=%E0%A4%A%ZZ`) }, "documented")),
  );
  return attacks;
}

function pathAttacks(op: Operation, parts: ValidParts): fc.Arbitrary<Attack>[] {
  const names = op.parameters.filter((p) => p.in === "path").map((p) => p.name);
  if (names.length === 0) return [];
  return [
    fc
      .tuple(
        fc.constantFrom(...names),
        fc.oneof(fc.constantFrom("x".repeat(65), `clm_${"Z".repeat(200)}`, "%2e%2e", " ", "null", "0"), unicodeEdge),
      )
      .map(([name, value]) => {
        const request = toRequest(op, { ...parts, path: { ...parts.path, [name]: value } });
        return attack(`path ${name}`, request, [400, 404]);
      }),
  ];
}

/** Every applicable kind of hostile request, built around a valid one of the operation. */
export function attacksArb(
  doc: OpenApiDocument,
  op: Operation,
  partsArb: fc.Arbitrary<ValidParts>,
): fc.Arbitrary<Attack> {
  return partsArb.chain((parts) => {
    // A generated Idempotency-Key could replay an earlier answer; only its own attack sends one.
    const { "Idempotency-Key": _, ...headers } = parts.headers;
    const request = toRequest(op, { ...parts, headers });
    return fc.oneof(
      ...bodyAttacks(doc, op, request, (parts.body ?? {}) as Body),
      ...headerAttacks(op, request),
      ...queryAttacks(doc, op, request),
      ...pathAttacks(op, parts),
    );
  });
}
