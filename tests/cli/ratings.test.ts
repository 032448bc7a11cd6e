import { describe, expect, it } from "vitest";
import { foldRating, RATING_NAMES, statusForRatingName } from "../../cli/ratings";
import { veracityScale } from "./support";

describe("the rating table (cli/ratings.ts)", () => {
  it("names only statuses of the veracity scale the server lists", async () => {
    const codes = (await veracityScale()).statuses.map((s) => s.code);
    for (const status of Object.keys(RATING_NAMES)) expect(codes).toContain(status);
  });

  it.each([
    ["Pants on Fire", "false"],
    ["Pants on Fire!", "false"],
    ["pants_on_fire", "false"],
    ["Missing context", "misleading"],
    ["MISSING CONTEXT", "misleading"],
    ["Mostly True", "mostly_true"],
    ["Half-True", "half_true"],
    ["Falso", "false"],
    ["Falso.", "false"],
    ["Faux", "false"],
    ["FAUX", "false"],
    ["Falsch", "false"],
    ["Engañoso", "misleading"],
    ["Enganoso", "misleading"],
    ["engañoso", "misleading"],
    ["não_é_bem_assim", "misleading"],
    ["Plutôt faux", "mostly_false"],
    ["Plutot faux", "mostly_false"],
    ["C’est plus compliqué", "half_true"],
    ["Größtenteils falsch", "mostly_false"],
    ["Incorrect \r", "false"],
    ["زائف", "false"],
    ["錯誤", "false"],
    ["證據不足", "unsupported"],
  ])("reads %j as %s, whatever the case, accents or punctuation", (name, status) => {
    expect(statusForRatingName(name)).toBe(status);
  });

  it("reads the verdict before an explanation", () => {
    expect(statusForRatingName("FALSO: As imagens foram retiradas de outro vídeo.")).toBe("false");
    expect(statusForRatingName("Misleading - the chart leaves out 2020")).toBe("misleading");
  });

  it("guesses nothing: a name it does not list, or a sentence, is null", () => {
    expect(statusForRatingName("Buzzword salad")).toBeNull();
    expect(statusForRatingName("Will military drills end?")).toBeNull();
    expect(statusForRatingName("")).toBeNull();
  });

  it("folds case, Latin accents, Arabic diacritics and punctuation, and keeps Indic vowel signs", () => {
    expect(foldRating("  Não é   BEM_assim!! ")).toBe("nao e bem assim");
    expect(foldRating("زائف جزئياً")).toBe(foldRating("زائف جزئيا"));
    expect(foldRating("भ्रामक")).toBe("भ्रामक");
  });

  it("lists every name under one status only", () => {
    const seen = new Map<string, string>();
    for (const [status, names] of Object.entries(RATING_NAMES)) {
      for (const name of names) {
        expect(seen.get(foldRating(name)) ?? status, name).toBe(status);
        seen.set(foldRating(name), status);
      }
    }
  });
});
