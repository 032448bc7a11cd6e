import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/domain/extraction";
import { longArticle } from "./long-article";

describe("longArticle", () => {
  it("builds the same article of at least the requested length every time", () => {
    const text = longArticle(5000);
    expect(text).toBe(longArticle(5000));
    expect(text.split(/\s+/).length).toBeGreaterThanOrEqual(5000);
    expect(longArticle(0)).toBe("");
  });

  it("is an article the extractor reads like newswire", () => {
    const candidates = extractClaims(longArticle(600));
    expect(candidates.length).toBeGreaterThan(10);
    expect(candidates[0]?.quantity).toBeDefined();
    expect(candidates.every((c) => c.speaker !== null)).toBe(true);
  });
});
