import { describe, expect, it } from "vitest";
import type { Kind } from "../../src/domain/extraction";
import { guessKind, type KindHints, words } from "../../src/domain/extraction/kind";

function kindOf(quote: string, hints: Partial<KindHints> = {}): Kind {
  return guessKind(words(quote), { figure: false, question: quote.endsWith("?"), ...hints });
}

describe("guessKind", () => {
  it.each([
    ["We will open 40 clinics", "promise"],
    ["I will stay and fight", "promise"],
    ["We'll rebuild every school", "promise"],
    ["I promise you a home by Christmas", "promise"],
    ["We pledge to cut fares", "promise"],
    ["We are committed to rebuilding all houses", "promise"],
    ["We're going to finish the job", "promise"],
    ["Our government will never raise taxes", "promise"],
    ["Prices will fall next year", "prediction"],
    ["Inflation is going to ease", "prediction"],
    ["It's going to be a hard winter", "prediction"],
    ["We expect profits to rise", "prediction"],
    ["Growth is expected to slow", "prediction"],
    ["The deal is likely to collapse", "prediction"],
    ["Unemployment won't fall this year", "prediction"],
    ["The bridge was perfectly safe", "statement"],
    ["It is the will of the people", "statement"],
  ] as const)("%s → %s", (quote, kind) => {
    expect(kindOf(quote)).toBe(kind);
  });

  it("calls a quote with a figure a statistic unless it looks ahead", () => {
    expect(kindOf("Burglaries fell by 23 percent", { figure: true })).toBe("statistic");
    expect(kindOf("Debt will fall to 60 percent", { figure: true })).toBe("prediction");
    expect(kindOf("We will build 40 clinics", { figure: true })).toBe("promise");
  });

  it("uses the attribution verb", () => {
    expect(kindOf("Every family will have a home", { verb: "promised" })).toBe("promise");
    expect(kindOf("Every family will have a home", { verb: "said" })).toBe("prediction");
    expect(kindOf("Growth of 3 percent", { figure: true, verb: "predicted" })).toBe("prediction");
  });

  it("never calls a question a prediction or a promise", () => {
    expect(kindOf("Who will pay for all of this?")).toBe("statement");
    expect(kindOf("Will we really spend 5 percent?", { figure: true })).toBe("statistic");
  });

  it("expands contractions and folds curly apostrophes", () => {
    expect(words("We’ll see, won’t we?")).toEqual(["we", "will", "see", "will", "not", "we"]);
  });
});
