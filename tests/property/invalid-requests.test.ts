import fc from "fast-check";
import { describe, it } from "vitest";
import { attacksArb } from "./attacks";
import { answerProblems, describeExchange, send } from "./operations";
import { CASES_PER_OPERATION, RUNS, SEED, TIMEOUT_MS } from "./settings";
import { propertySuite } from "./suite";

const { doc, operations, tally, validParts } = await propertySuite("Generated hostile requests");

describe("hostile requests generated from the OpenAPI document", () => {
  operations.forEach((op, index) => {
    const name = `${op.method} ${op.template}`;
    it(
      `${name}: wrong types, missing and unknown fields, prototype keys, deep nesting, huge and odd bodies, bad headers and queries get a documented 4xx problem`,
      async () => {
        const attacks = attacksArb(doc, op, validParts(op));
        await fc.assert(
          fc.asyncProperty(attacks, async ({ kind, request, expected }) => {
            const answer = await send(request);
            tally.add(name, answer.status);
            const problems = answerProblems(doc, op, answer);
            if (expected !== "documented" && !expected.includes(answer.status)) {
              problems.push(`expected ${expected.join(" or ")}`);
            }
            if (problems.length > 0) {
              throw new Error(`${kind}: ${problems.join("; ")}\n${describeExchange(request, answer)}`);
            }
          }),
          { seed: SEED + 1000 + index, numRuns: CASES_PER_OPERATION * RUNS },
        );
      },
      TIMEOUT_MS,
    );
  });
});
