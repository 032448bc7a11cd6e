import fc from "fast-check";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { call } from "../helpers";
import { type Fixtures, hintsFor, reactivateWebhooks, seedFixtures } from "./fixtures";
import {
  answerProblems,
  describeExchange,
  type OpenApiDocument,
  operationsOf,
  send,
  toRequest,
  validPartsArb,
} from "./operations";
import { CASES_PER_OPERATION, RUNS, SEED, Tally, TIMEOUT_MS } from "./settings";

const doc = (await (await call("/openapi.json")).json()) as OpenApiDocument;
const operations = operationsOf(doc);

/**
 * What generated valid data may still legitimately meet: an id that does not exist, an article or
 * import that exists already, a status from the other scale, a replayed key. Never 400, 429 or 5xx.
 */
const LEGITIMATE_4XX = new Set([404, 409, 412, 422]);

let fixtures: Fixtures;
const tally = new Tally();

beforeAll(async () => {
  fixtures = await seedFixtures();
});

beforeEach(() => reactivateWebhooks(fixtures));

afterAll(() => {
  console.log(tally.report("Generated valid requests"));
});

describe("valid requests generated from the OpenAPI document", () => {
  it("covers every operation of the document", () => {
    expect(operations.length).toBeGreaterThanOrEqual(29);
  });

  operations.forEach((op, index) => {
    const name = `${op.method} ${op.template}`;
    it(
      `${name}: a documented 2xx (or 404/409/412/422), body valid against its schema`,
      async () => {
        const requests = validPartsArb(doc, op, fixtures.pools, hintsFor(op, fixtures)).map((parts) =>
          toRequest(op, parts),
        );
        await fc.assert(
          fc.asyncProperty(requests, async (request) => {
            const answer = await send(request);
            tally.add(name, answer.status);
            const problems = answerProblems(doc, op, answer);
            if (answer.status >= 400 && !LEGITIMATE_4XX.has(answer.status)) {
              problems.push(`a valid request answered ${answer.status}`);
            }
            if (problems.length > 0) throw new Error(`${problems.join("; ")}\n${describeExchange(request, answer)}`);
          }),
          { seed: SEED + index, numRuns: CASES_PER_OPERATION * RUNS },
        );
        // Valid data that only ever met 404s would prove little.
        expect(tally.of(name, (status) => status < 300)).toBeGreaterThan(0);
      },
      TIMEOUT_MS,
    );
  });
});
