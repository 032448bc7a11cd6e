import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import fc from "fast-check";
import worker from "../../src/index";
import { ADMIN_TOKEN, ORIGIN } from "../helpers";
import { type Hints, valueArb } from "./arbitraries";
import { type JsonSchema, type SchemaRoot, validate } from "./schema";

export interface Parameter {
  name: string;
  in: "path" | "query" | "header";
  required?: boolean;
  schema: JsonSchema;
}

interface MediaType {
  schema?: JsonSchema;
}

export interface Operation {
  method: string;
  /** The document's path, `/v1/claims/{id}`. */
  template: string;
  parameters: Parameter[];
  body?: JsonSchema;
  responses: Record<string, { content?: Record<string, MediaType> }>;
  secured: boolean;
}

export type OpenApiDocument = SchemaRoot & {
  paths: Record<
    string,
    Record<
      string,
      Omit<Operation, "method" | "template" | "secured" | "body"> & {
        requestBody?: { content: Record<string, MediaType> };
        security?: unknown[];
      }
    >
  >;
};

/** One generated request, printed as-is when a property fails (fast-check shows it shrunk). */
export interface ApiRequest {
  method: string;
  /** Path and query string, already encoded. */
  url: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

/** Every operation of the document, writes that remove things last (they would empty the id pools). */
export function operationsOf(doc: OpenApiDocument): Operation[] {
  const ops: Operation[] = [];
  for (const [template, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!["get", "post", "patch", "put", "delete"].includes(method)) continue;
      ops.push({
        method: method.toUpperCase(),
        template,
        parameters: op.parameters ?? [],
        body: op.requestBody?.content["application/json"]?.schema,
        responses: op.responses,
        secured: (op.security ?? []).length > 0,
      });
    }
  }
  return ops.sort((a, b) => Number(a.method === "DELETE") - Number(b.method === "DELETE"));
}

/** Ids a path parameter can take: rows the suite created, and well-formed ones that do not exist. */
export interface IdPools {
  claims: string[];
  articles: string[];
  speakers: string[];
  keys: string[];
  webhooks: string[];
  updates: string[];
  deliveries: string[];
}

const PREFIX: Record<keyof IdPools, string> = {
  claims: "clm",
  articles: "art",
  speakers: "spk",
  keys: "key",
  webhooks: "whk",
  updates: "upd",
  deliveries: "dlv",
};

function poolFor(template: string, name: string): keyof IdPools {
  if (name === "update_id") return "updates";
  if (name === "delivery_id") return "deliveries";
  const resource = template.split("/")[2] ?? "";
  if (resource in PREFIX) return resource as keyof IdPools;
  throw new Error(`no id pool for ${name} in ${template}`);
}

const CROCKFORD = [..."0123456789ABCDEFGHJKMNPQRSTVWXYZ"];
export const unknownId = (prefix: string) =>
  fc.string({ unit: fc.constantFrom(...CROCKFORD), minLength: 26, maxLength: 26 }).map((tail) => `${prefix}_${tail}`);

export function idArb(pools: IdPools, template: string, name: string): fc.Arbitrary<string> {
  const pool = poolFor(template, name);
  const missing = unknownId(PREFIX[pool]);
  if (pools[pool].length === 0) return missing;
  return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...pools[pool]) }, { weight: 1, arbitrary: missing });
}

/** Parameters a valid request leaves out: a made-up cursor or ETag is not a valid one. */
const LEFT_OUT = new Set(["cursor", "if-match"]);

export interface ValidParts {
  path: Record<string, string>;
  query: Record<string, string>;
  headers: Record<string, string>;
  body?: unknown;
}

/** The parts of a request the document calls valid, before they are put on the wire. */
export function validPartsArb(
  doc: OpenApiDocument,
  op: Operation,
  pools: IdPools,
  hints: Hints,
): fc.Arbitrary<ValidParts> {
  const of = (where: Parameter["in"]) => op.parameters.filter((p) => p.in === where && !LEFT_OUT.has(p.name));
  const params = (where: Parameter["in"]) => {
    const list = of(where);
    const model = Object.fromEntries(
      list.map((p) => [
        p.name,
        (where === "path"
          ? idArb(pools, op.template, p.name)
          : (hints.names[p.name] ?? valueArb(doc, p.schema, hints))
        ).map(String),
      ]),
    );
    return fc.record(model, { requiredKeys: list.filter((p) => p.required).map((p) => p.name) });
  };
  const body = op.body
    ? valueArb(doc, op.body, hints).filter((value) => Object.keys(value as object).length > 0)
    : fc.constant(undefined);
  return fc.record({ path: params("path"), query: params("query"), headers: params("header"), body });
}

/**
 * A path segment as a client's UTF-8 encoder sends it: a lone surrogate (which encodeURIComponent
 * refuses) goes out as U+FFFD, as URLSearchParams and fetch send it.
 */
const pathSegment = (value: string) => encodeURIComponent(value.toWellFormed());

/** Puts the parts on the wire: path filled in, query encoded, JSON body, admin bearer when secured. */
export function toRequest(op: Operation, parts: ValidParts): ApiRequest {
  const path = op.template.replace(/\{(\w+)\}/g, (_, name: string) => pathSegment(parts.path[name] ?? ""));
  const query = new URLSearchParams(parts.query).toString();
  const headers: Record<string, string> = { ...parts.headers };
  if (op.secured) headers.Authorization = `Bearer ${ADMIN_TOKEN}`;
  const request: ApiRequest = { method: op.method, url: query ? `${path}?${query}` : path, headers };
  if (parts.body !== undefined) {
    headers["Content-Type"] = "application/json";
    request.body = JSON.stringify(parts.body);
  }
  return request;
}

export interface Answer {
  status: number;
  contentType: string;
  text: string;
  /** The parsed JSON body, when there is one. */
  json?: unknown;
}

/**
 * Hands the request to the Worker's default export itself, with the test's real bindings, and lets
 * its waitUntil work (queue sends, cache purges) finish before the next case. Not through
 * `exports.default.fetch`: in vitest-pool-workers 0.15 each call through it costs more than the one
 * before (measured: 17 ms for the first few hundred, 450 ms after a thousand; cloudflare/workers-sdk
 * #15092 and #15446), which made thousands of cases take many minutes. The other tests still go
 * through it, and tests/property/dispatch.test.ts holds the two paths to the same answers.
 */
export async function send(request: ApiRequest): Promise<Answer> {
  const ctx = createExecutionContext();
  const res = await worker.fetch(
    new Request(`${ORIGIN}${request.url}`, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      redirect: "manual",
    }),
    env,
    ctx,
  );
  const text = await res.text();
  await waitOnExecutionContext(ctx);
  const contentType = (res.headers.get("Content-Type") ?? "").replace(/;.*/, "").trim();
  let json: unknown;
  if (/json$/.test(contentType) && text) {
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
  }
  return { status: res.status, contentType, text, json };
}

function excerpt(value: string | Uint8Array | undefined, max = 600): string {
  if (value === undefined) return "(none)";
  const text = typeof value === "string" ? value : `<${value.byteLength} bytes>`;
  return text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text;
}

/** The request and answer, for a failure message anyone can replay with curl. */
export function describeExchange(request: ApiRequest, answer: Answer): string {
  const headers = Object.entries(request.headers)
    .map(([name, value]) => `  ${name}: ${excerpt(value, 120)}`)
    .join("\n");
  return `${request.method} ${excerpt(request.url, 300)}\n${headers}\n  body: ${excerpt(request.body)}\n→ ${answer.status} ${answer.contentType}\n  ${excerpt(answer.text)}`;
}

/**
 * What every answer must be, valid request or not: a status the document lists for the operation,
 * a body that validates against the schema it lists for that status and content type, never a 5xx,
 * and for 4xx an RFC 9457 problem whose `status` is the HTTP status.
 */
export function answerProblems(doc: OpenApiDocument, op: Operation, answer: Answer): string[] {
  if (answer.status >= 500) return [`answered ${answer.status}`];
  const documented = op.responses[String(answer.status)];
  if (!documented) return [`status ${answer.status} is not in the document for ${op.method} ${op.template}`];
  const problems: string[] = [];
  const content = documented.content ?? {};
  if (Object.keys(content).length === 0) {
    if (answer.text !== "") problems.push(`a ${answer.status} with no documented content has a body`);
    return problems;
  }
  const media = content[answer.contentType];
  if (!media) return [`Content-Type ${answer.contentType || "(none)"} is not documented for ${answer.status}`];
  if (answer.json === undefined) return ["the body is not JSON"];
  if (media.schema) problems.push(...validate(doc, media.schema, answer.json));
  if (answer.status >= 400) {
    const body = answer.json as Record<string, unknown>;
    if (answer.contentType !== "application/problem+json") problems.push("a 4xx that is not application/problem+json");
    if (body.status !== answer.status) problems.push(`problem status ${body.status} is not ${answer.status}`);
    for (const field of ["type", "title", "detail"]) {
      if (typeof body[field] !== "string") problems.push(`problem has no ${field}`);
    }
  }
  if (Object.hasOwn(Object.prototype, "polluted")) problems.push("Object.prototype was polluted");
  return problems;
}
