import { describe, expect, it } from "vitest";
import { words } from "../../src/domain/extraction/kind";
import { isBoilerplate, type ScoreInput, scoreQuote, WEIGHTS } from "../../src/domain/extraction/score";

function score(quote: string, overrides: Partial<ScoreInput> = {}): number {
  return scoreQuote({
    words: words(quote),
    hasDigit: /\d/.test(quote),
    kind: "statement",
    hasQuantity: false,
    attributed: true,
    ...overrides,
  });
}

describe("scoreQuote", () => {
  it("follows the documented formula for the worked example", () => {
    const quote = "More than 90 percent of the issues have been agreed, decided.";
    const expected = WEIGHTS.base + WEIGHTS.figure + WEIGHTS.comparison + WEIGHTS.attributed;
    expect(score(quote, { kind: "statistic", hasQuantity: true })).toBeCloseTo(expected, 3);
    expect(expected).toBeCloseTo(0.75, 10);
  });

  it("weighs figures, comparisons, the future and a known speaker", () => {
    const plain = "The committee looked at the proposal again this week";
    const base = score(plain);
    expect(score(plain, { hasQuantity: true })).toBeGreaterThan(base);
    expect(score(`${plain}, the highest level on record`)).toBeGreaterThan(base);
    expect(score(plain, { kind: "prediction" })).toBeGreaterThan(base);
    expect(score(plain, { kind: "promise" })).toBeGreaterThan(base);
    expect(score(plain, { attributed: false })).toBeLessThan(base);
    expect(score("The committee met again in 2019 to look at the proposal")).toBeGreaterThan(base);
  });

  it("scores very short quotes low", () => {
    expect(score("We are close")).toBeLessThan(score("We are close to a deal on the border and the ports"));
    expect(score("No")).toBeLessThan(0.05);
  });

  it("scores greetings, thanks and procedure low", () => {
    for (const quote of [
      "Good morning, everyone",
      "Thank you all for coming",
      "We will take questions now",
      "No comment",
    ]) {
      expect(score(quote, { kind: quote.startsWith("We will") ? "promise" : "statement" }), quote).toBeLessThan(0.1);
    }
  });

  it("only treats short quotes as boilerplate", () => {
    expect(isBoilerplate(words("Thank you, ladies and gentlemen"))).toBe(true);
    expect(isBoilerplate(words("I am pleased to be here"))).toBe(true);
    expect(
      isBoilerplate(
        words("Thank you for the question: exports fell by a third last year and will fall again next year"),
      ),
    ).toBe(false);
  });

  it("stays within 0..1", () => {
    const best = score("Exports will fall by more than 40 percent, the worst result on record, next year", {
      kind: "prediction",
      hasQuantity: true,
    });
    expect(best).toBeGreaterThan(0.9);
    expect(best).toBeLessThanOrEqual(1);
    expect(score("", { attributed: false })).toBe(0);
  });
});
