import { afterAll, beforeAll, beforeEach } from "vitest";
import { call } from "../helpers";
import { type Fixtures, hintsFor, reactivateWebhooks, seedFixtures } from "./fixtures";
import { type OpenApiDocument, type Operation, operationsOf, validPartsArb } from "./operations";
import { Tally } from "./settings";

/**
 * What both generated-request suites start from: the OpenAPI document the Worker serves and its
 * operations; fixtures seeded once for the file, with webhooks switched back on before each test
 * (a generated request may switch one off); and a tally of the answers, printed under `report`
 * after the file.
 */
export async function propertySuite(report: string) {
  const doc = (await (await call("/openapi.json")).json()) as OpenApiDocument;
  const tally = new Tally();
  let fixtures: Fixtures | undefined;
  const seeded = (): Fixtures => {
    if (!fixtures) throw new Error("the fixtures are seeded in beforeAll");
    return fixtures;
  };
  beforeAll(async () => {
    fixtures = await seedFixtures();
  });
  beforeEach(() => reactivateWebhooks(seeded()));
  afterAll(() => {
    console.log(tally.report(report));
  });
  return {
    doc,
    operations: operationsOf(doc),
    tally,
    /** Valid parts of a request to `op`, drawn from the seeded fixtures' ids. */
    validParts: (op: Operation) => validPartsArb(doc, op, seeded().pools, hintsFor(op, seeded())),
  };
}
