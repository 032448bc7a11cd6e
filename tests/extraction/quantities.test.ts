import { describe, expect, it } from "vitest";
import type { Quantity } from "../../src/domain/extraction";
import { findQuantity } from "../../src/domain/extraction/quantities";

const cases: [string, Quantity][] = [
  ["90 percent of the issues", { value: 90, unit: "percent", qualifier: "exactly" }],
  ["90% of the issues", { value: 90, unit: "percent", qualifier: "exactly" }],
  ["90 per cent of the issues", { value: 90, unit: "percent", qualifier: "exactly" }],
  ["a rise of 2 percentage points", { value: 2, unit: "percentage points", qualifier: "exactly" }],
  ["More than 90 percent of the issues", { value: 90, unit: "percent", qualifier: "more_than" }],
  ["over 1,200 jobs", { value: 1200, unit: "jobs", qualifier: "more_than" }],
  ["at least 3.5 percent", { value: 3.5, unit: "percent", qualifier: "more_than" }],
  ["no fewer than 40 schools", { value: 40, unit: "schools", qualifier: "more_than" }],
  ["less than 10 percent", { value: 10, unit: "percent", qualifier: "less_than" }],
  ["fewer than 500 people", { value: 500, unit: "people", qualifier: "less_than" }],
  ["under 5 percent", { value: 5, unit: "percent", qualifier: "less_than" }],
  ["up to 500 jobs", { value: 500, unit: "jobs", qualifier: "less_than" }],
  ["no more than 20 percent", { value: 20, unit: "percent", qualifier: "less_than" }],
  ["nearly 90 percent", { value: 90, unit: "percent", qualifier: "less_than" }],
  ["almost 2 million", { value: 2_000_000, unit: "count", qualifier: "less_than" }],
  ["about 300 homes", { value: 300, unit: "homes", qualifier: "about" }],
  ["around 7 percent", { value: 7, unit: "percent", qualifier: "about" }],
  ["roughly 12,000 tonnes", { value: 12_000, unit: "tonnes", qualifier: "about" }],
  ["some 40 villages", { value: 40, unit: "villages", qualifier: "about" }],
  ["approximately 60 percent", { value: 60, unit: "percent", qualifier: "about" }],
  ["an estimated 3,000 people", { value: 3000, unit: "people", qualifier: "about" }],
  ["$2 billion", { value: 2_000_000_000, unit: "USD", qualifier: "exactly" }],
  ["£300m", { value: 300_000_000, unit: "GBP", qualifier: "exactly" }],
  ["€5 million", { value: 5_000_000, unit: "EUR", qualifier: "exactly" }],
  ["2 billion dollars", { value: 2_000_000_000, unit: "USD", qualifier: "exactly" }],
  ["1.1 million euros", { value: 1_100_000, unit: "EUR", qualifier: "exactly" }],
  ["US$5bn", { value: 5_000_000_000, unit: "USD", qualifier: "exactly" }],
  ["$50k", { value: 50_000, unit: "USD", qualifier: "exactly" }],
  ["30 Canadian dollars", { value: 30, unit: "CAD", qualifier: "exactly" }],
  ["more than $2 billion", { value: 2_000_000_000, unit: "USD", qualifier: "more_than" }],
  ["between 10 and 20 percent", { value: 15, unit: "percent", qualifier: "between", low: 10, high: 20 }],
  ["between two and three per cent", { value: 2.5, unit: "percent", qualifier: "between", low: 2, high: 3 }],
  ["10-20%", { value: 15, unit: "percent", qualifier: "between", low: 10, high: 20 }],
  ["10%-20%", { value: 15, unit: "percent", qualifier: "between", low: 10, high: 20 }],
  ["10 to 20 percent", { value: 15, unit: "percent", qualifier: "between", low: 10, high: 20 }],
  ["five or six regulators", { value: 5.5, unit: "regulators", qualifier: "between", low: 5, high: 6 }],
  [
    "$2-3 billion",
    { value: 2_500_000_000, unit: "USD", qualifier: "between", low: 2_000_000_000, high: 3_000_000_000 },
  ],
  ["rose from 10 to 20 percent", { value: 20, unit: "percent", qualifier: "exactly" }],
  ["fell from 785 to 708", { value: 708, unit: "count", qualifier: "exactly" }],
  ["from six pct to perhaps four pct", { value: 4, unit: "percent", qualifier: "about" }],
  ["cut the planned five pct to three pct", { value: 3, unit: "percent", qualifier: "exactly" }],
  ["a deficit of 12.4 billion, or around 12 billion", { value: 12_000_000_000, unit: "count", qualifier: "about" }],
  ["over half a million pensioners", { value: 500_000, unit: "pensioners", qualifier: "more_than" }],
  ["one and a half million people", { value: 1_500_000, unit: "people", qualifier: "exactly" }],
  ["8m households", { value: 8_000_000, unit: "households", qualifier: "exactly" }],
  ["50k jobs", { value: 50_000, unit: "jobs", qualifier: "exactly" }],
  ["one in four voters", { value: 25, unit: "percent", qualifier: "exactly" }],
  ["nearly one in five", { value: 20, unit: "percent", qualifier: "less_than" }],
  ["12 of the 13 states", { value: 12, unit: "states", qualifier: "exactly" }],
  ["negative 15,000", { value: -15_000, unit: "count", qualifier: "exactly" }],
  ["minus 3 percent", { value: -3, unit: "percent", qualifier: "exactly" }],
  ["growth of -0.5% last quarter", { value: -0.5, unit: "percent", qualifier: "exactly" }],
  ["as high as 9 million", { value: 9_000_000, unit: "count", qualifier: "less_than" }],
  ["as many as 400 jobs", { value: 400, unit: "jobs", qualifier: "less_than" }],
  ["as few as 20 people", { value: 20, unit: "people", qualifier: "more_than" }],
  ["perhaps 30 percent", { value: 30, unit: "percent", qualifier: "about" }],
  ["ninety percent", { value: 90, unit: "percent", qualifier: "exactly" }],
  ["twenty-five percent", { value: 25, unit: "percent", qualifier: "exactly" }],
  ["two million people", { value: 2_000_000, unit: "people", qualifier: "exactly" }],
  ["three hundred and fifty homes", { value: 350, unit: "homes", qualifier: "exactly" }],
  ["a dozen villages", { value: 12, unit: "villages", qualifier: "exactly" }],
  ["half of all voters", { value: 50, unit: "percent", qualifier: "exactly" }],
  ["nearly half of all voters", { value: 50, unit: "percent", qualifier: "less_than" }],
  ["two-thirds of the budget", { value: 66.67, unit: "percent", qualifier: "exactly" }],
  ["a quarter of the staff", { value: 25, unit: "percent", qualifier: "exactly" }],
  ["cut emissions by a third", { value: 33.33, unit: "percent", qualifier: "exactly" }],
  ["2,000 teaching jobs", { value: 2000, unit: "jobs", qualifier: "exactly" }],
  ["500 new homes", { value: 500, unit: "homes", qualifier: "exactly" }],
  ["we have 3", { value: 3, unit: "count", qualifier: "exactly" }],
];

describe("findQuantity", () => {
  it.each(cases)("%s", (text, expected) => {
    expect(findQuantity(text)).toEqual(expected);
  });

  it.each([
    ["in 2024 we changed course"],
    ["on March 3 the talks began"],
    ["the meeting starts at 10:30"],
    ["she finished 3rd"],
    ["since the 1990s"],
    ["COVID-19 changed everything"],
    ["a 10-year plan"],
    ["the 2020 racial justice protests"],
    ["the 2002-2006 housing bubble"],
    ["no one came"],
    ["one of them left"],
    ["nothing to count here"],
    [""],
  ])("finds no quantity in %j", (text) => {
    expect(findQuantity(text)).toBeUndefined();
  });

  it("prefers a percentage or money over a count, and a count over a bare number", () => {
    expect(findQuantity("We have 3 plans to cut emissions by 40 percent")).toEqual({
      value: 40,
      unit: "percent",
      qualifier: "exactly",
    });
    expect(findQuantity("In 2023, 40 percent of voters stayed home")?.value).toBe(40);
    expect(findQuantity("it was 7, and 1,200 jobs went")?.unit).toBe("jobs");
  });

  it("reads a glued m as metres, not millions, before a singular noun", () => {
    expect(findQuantity("a 100m sprint record")?.value).toBe(100);
  });

  it("takes the first figure of the best kind", () => {
    expect(findQuantity("1,200 jobs and 300 homes")).toEqual({ value: 1200, unit: "jobs", qualifier: "exactly" });
  });

  it("never returns a value the API would reject", () => {
    expect(findQuantity(`${"9".repeat(400)} percent`)).toBeUndefined();
    expect(findQuantity(`5 ${"a".repeat(40)}`)).toEqual({ value: 5, unit: "count", qualifier: "exactly" });
  });
});
