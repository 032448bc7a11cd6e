import fc from "fast-check";
import { afterAll, beforeAll, beforeEach, describe, it } from "vitest";
import { call } from "../helpers";
import { attacksArb } from "./attacks";
import { type Fixtures, hintsFor, reactivateWebhooks, seedFixtures } from "./fixtures";
import {
  answerProblems,
  describeExchange,
  type OpenApiDocument,
  operationsOf,
  send,
  validPartsArb,
} from "./operations";
import { CASES_PER_OPERATION, RUNS, SEED, Tally, TIMEOUT_MS } from "./settings";

const doc = (await (await call("/openapi.json")).json()) as OpenApiDocument;
const operations = operationsOf(doc);

let fixtures: Fixtures;
const tally = new Tally();

beforeAll(async () => {
  fixtures = await seedFixtures();
});

beforeEach(() => reactivateWebhooks(fixtures));

afterAll(() => {
  console.log(tally.report("Generated hostile requests"));
});

describe("hostile requests generated from the OpenAPI document", () => {
  operations.forEach((op, index) => {
    const name = `${op.method} ${op.template}`;
    it(
      `${name}: wrong types, missing and unknown fields, prototype keys, deep nesting, huge and odd bodies, bad headers and queries get a documented 4xx problem`,
      async () => {
        const attacks = attacksArb(doc, op, validPartsArb(doc, op, fixtures.pools, hintsFor(op, fixtures)));
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
