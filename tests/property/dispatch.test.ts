import { exports } from "cloudflare:workers";
import fc from "fast-check";
import { beforeAll, expect, it } from "vitest";
import { call, ORIGIN } from "../helpers";
import { attacksArb } from "./attacks";
import { type Fixtures, hintsFor, seedFixtures } from "./fixtures";
import {
  type Answer,
  type ApiRequest,
  type OpenApiDocument,
  operationsOf,
  send,
  toRequest,
  validPartsArb,
} from "./operations";
import { SEED } from "./settings";

const doc = (await (await call("/openapi.json")).json()) as OpenApiDocument;
const operations = operationsOf(doc);

let fixtures: Fixtures;

beforeAll(async () => {
  fixtures = await seedFixtures();
});

/** The same request as the other tests send it: through the Worker's service binding. */
async function viaBinding(request: ApiRequest): Promise<Answer> {
  const res = await exports.default.fetch(
    new Request(`${ORIGIN}${request.url}`, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      redirect: "manual",
    }),
  );
  const text = await res.text();
  const contentType = (res.headers.get("Content-Type") ?? "").replace(/;.*/, "").trim();
  return { status: res.status, contentType, text };
}

/** What must not depend on the path a request took: status, media type and problem type. */
function outcome(answer: Answer): string {
  const problemType = answer.contentType === "application/problem+json" ? JSON.parse(answer.text).type : "";
  return `${answer.status} ${answer.contentType} ${problemType}`;
}

it("the property suites' direct dispatch answers as the service binding does", async () => {
  let compared = 0;
  for (const [index, op] of operations.entries()) {
    const parts = validPartsArb(doc, op, fixtures.pools, hintsFor(op, fixtures));
    const requests = [
      ...fc.sample(
        parts.map((p) => toRequest(op, p)),
        { numRuns: 1, seed: SEED + index },
      ),
      ...fc.sample(attacksArb(doc, op, parts), { numRuns: 4, seed: SEED + 1000 + index }).map((a) => a.request),
    ];
    for (const request of requests) {
      const first = await viaBinding(request);
      // A write that succeeded changed what the second sending meets; a read or a refusal did not.
      if (request.method !== "GET" && first.status < 400) continue;
      const second = await send(request);
      expect(outcome(second), `${request.method} ${request.url}`).toBe(outcome(first));
      compared++;
    }
  }
  expect(compared).toBeGreaterThan(100);
}, 120_000);
