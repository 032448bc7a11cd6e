import { describe, expect, it } from "vitest";
import { type Candidate, extractClaims } from "../../src/domain/extraction";
import { type Article, corpus } from "./corpus";
import { patternCorpus } from "./corpus-patterns";

const articles = [...corpus, ...patternCorpus];

function find(candidates: Candidate[], text: string): Candidate {
  const found = candidates.find((c) => c.text === text);
  if (!found)
    throw new Error(
      `no candidate with text ${JSON.stringify(text)} among ${JSON.stringify(candidates.map((c) => c.text))}`,
    );
  return found;
}

function check(article: Article): void {
  const candidates = extractClaims(article.text);
  if (article.count !== undefined) expect(candidates).toHaveLength(article.count);
  if (article.top !== undefined) expect(candidates[0]?.text).toBe(article.top);
  for (const expected of article.expected) {
    if (expected.miss !== undefined) continue;
    const candidate = find(candidates, expected.text);
    if (expected.speaker !== undefined) expect(candidate.speaker, expected.text).toEqual(expected.speaker);
    if (expected.quantity === null) expect(candidate.quantity, expected.text).toBeUndefined();
    else if (expected.quantity !== undefined) expect(candidate.quantity, expected.text).toEqual(expected.quantity);
    if (expected.kind !== undefined) expect(candidate.kind, expected.text).toBe(expected.kind);
    if (expected.contextIncludes !== undefined) expect(candidate.context).toContain(expected.contextIncludes);
    if (expected.quoted !== undefined) expect(candidate.quoted, expected.text).toBe(expected.quoted);
    if (expected.rank !== undefined) expect(candidates.indexOf(candidate) + 1, expected.text).toBe(expected.rank);
  }
  const figures = candidates.filter((c) => c.quantity !== undefined);
  const lowValue = article.lowValue ?? [];
  if (lowValue.length > 0)
    expect(figures, "candidates with a quantity to rank the low-value ones below").not.toEqual([]);
  for (const text of lowValue) {
    const low = find(candidates, text);
    for (const figure of figures) expect(low.score, `${text} vs ${figure.text}`).toBeLessThan(figure.score);
  }
}

describe("extraction corpus", () => {
  it("has at least 20 articles", () => {
    expect(articles.length).toBeGreaterThanOrEqual(20);
  });

  it("has at least three made-up articles for each of issue 12's eight patterns, in several house styles", () => {
    for (let pattern = 1; pattern <= 8; pattern++) {
      expect(patternCorpus.filter((a) => a.pattern === pattern).length, `pattern ${pattern}`).toBeGreaterThanOrEqual(3);
    }
    expect(new Set(patternCorpus.map((a) => a.style))).toEqual(
      new Set(["wire", "broadcaster", "press release", "transcript"]),
    );
  });

  it.each(articles.map((article) => [article.name, article] as const))("%s", (_name, article) => {
    check(article);
  });

  it("ranks low-value quotes below figures across the whole corpus", () => {
    const all = articles.flatMap((article) => extractClaims(article.text));
    const figureScores = all.filter((c) => c.quantity !== undefined).map((c) => c.score);
    expect(figureScores.length).toBeGreaterThan(0);
    const lowest = Math.min(...figureScores);
    const lowTexts = articles.flatMap((a) => a.lowValue ?? []);
    expect(lowTexts.length).toBeGreaterThan(0);
    for (const text of lowTexts) expect(find(all, text).score, text).toBeLessThan(lowest);
  });
});
