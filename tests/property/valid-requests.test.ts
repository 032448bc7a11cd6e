import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { answerProblems, describeExchange, send, toRequest } from "./operations";
import { CASES_PER_OPERATION, RUNS, SEED, TIMEOUT_MS } from "./settings";
import { propertySuite } from "./suite";

const { doc, operations, tally, validParts } = await propertySuite("Generated valid requests");

/**
 * What generated valid data may still legitimately meet: an id that does not exist, an article or
 * import that exists already, a status from the other scale, a replayed key. Never 400, 429 or 5xx.
 */
const LEGITIMATE_4XX = new Set([404, 409, 412, 422]);

describe("valid requests generated from the OpenAPI document", () => {
  it("covers every operation of the document", () => {
    expect(operations.length).toBeGreaterThanOrEqual(29);
  });

  operations.forEach((op, index) => {
    const name = `${op.method} ${op.template}`;
    it(
      `${name}: a documented 2xx (or 404/409/412/422), body valid against its schema`,
      async () => {
        const requests = validParts(op).map((parts) => toRequest(op, parts));
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
