import { describe, expect, it } from "vitest";
import { quantityAgreement } from "../../src/domain/matching/score";
import type { Quantity } from "../../src/schemas/claims";

const percent = (value: number, qualifier: Quantity["qualifier"] = "exactly"): Quantity => ({
  value,
  unit: "percent",
  qualifier,
});
const range = (low: number, high: number, unit = "percent"): Quantity => ({
  value: (low + high) / 2,
  unit,
  qualifier: "between",
  low,
  high,
});

describe("quantityAgreement", () => {
  it("compares single figures within 2 %", () => {
    expect(quantityAgreement(percent(90), percent(91))).toBe("same");
    expect(quantityAgreement(percent(90), percent(80))).toBe("conflicting");
  });

  it("counts a figure inside a range as the same", () => {
    expect(quantityAgreement(range(2, 3), percent(2))).toBe("same");
    expect(quantityAgreement(percent(2.8), range(2, 3))).toBe("same");
    expect(quantityAgreement(range(10, 20), percent(15, "about"))).toBe("same");
  });

  it("counts a figure outside a range as conflicting", () => {
    expect(quantityAgreement(range(2, 3), percent(5))).toBe("conflicting");
    expect(quantityAgreement(percent(1), range(2, 3))).toBe("conflicting");
  });

  it("compares two ranges by overlap", () => {
    expect(quantityAgreement(range(2, 3), range(2.5, 4))).toBe("same");
    expect(quantityAgreement(range(2, 3), range(5, 6))).toBe("conflicting");
  });

  it("has nothing to say across units or without a figure", () => {
    expect(quantityAgreement(range(2, 3), { value: 2.5, unit: "jobs", qualifier: "exactly" })).toBeNull();
    expect(quantityAgreement(range(2, 3), null)).toBeNull();
  });
});
