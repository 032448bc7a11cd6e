import { describe, expect, it } from "vitest";
import { trackedClaimIds } from "../../src/domain/tracked";

const claims = [
  { id: "clm_a", text: "We will start the talks on Monday." },
  { id: "clm_b", text: "More than 90 percent of the issues have been agreed, decided." },
];

describe("trackedClaimIds", () => {
  it("finds the claim whose text contains the quote, ignoring case and punctuation", () => {
    expect(trackedClaimIds(["more than 90 percent of the issues have been AGREED"], claims)).toEqual(["clm_b"]);
    expect(trackedClaimIds(["More than 90 percent of the issues have been agreed, decided."], claims)).toEqual([
      "clm_b",
    ]);
  });

  it("matches whole words only", () => {
    expect(trackedClaimIds(["art.", "the talk"], claims)).toEqual([null, null]);
    expect(trackedClaimIds(["start the talks"], claims)).toEqual(["clm_a"]);
  });

  it("matches nothing for a quote without words", () => {
    expect(trackedClaimIds(["…", ""], claims)).toEqual([null, null]);
  });
});
