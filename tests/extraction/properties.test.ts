import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Candidate, extractClaims } from "../../src/domain/extraction";
import { extractCandidates } from "../../src/domain/extraction/extract";
import { Quantity } from "../../src/schemas/claims";

const PIECES = [
  '"',
  "\u201c",
  "\u201d",
  "\u2018",
  "\u2019",
  "'",
  "\u00ab",
  "\u00bb",
  " ",
  "  ",
  "\n",
  "\n\n",
  "\r\n",
  "\t",
  ".",
  ",",
  ";",
  ":",
  "!",
  "?",
  "\u2026",
  "-",
  "\u2014",
  "(",
  ")",
  " said",
  " says",
  " told reporters",
  " he added",
  " she said",
  " they said",
  "said ",
  " according to ",
  "Blinken",
  "US Secretary of State Antony Blinken",
  "Health Minister Jane Doe",
  "the minister",
  "Mr. ",
  "Dr. ",
  "the company's chief executive, John Roe,",
  "We will",
  "I promise",
  "is going to",
  "Thank you",
  "No comment",
  "$",
  "\u00a3",
  "\u20ac",
  "%",
  "10",
  "1,200",
  "3.5",
  "2024",
  " percent",
  " per cent",
  " million",
  " billion",
  "between ",
  " and ",
  "more than ",
  "nearly ",
  "about ",
  "up to ",
  "a third of ",
  "two million",
  "don't",
  "workers'",
  "'90s",
  "constructor",
  "SECRETARY ROE: ",
  "MS LEE: ",
  "Q: ",
  "\n    ",
  " said that ",
  " told reporters that ",
  "Keating said the deficit would fall",
  ", Keating said.",
  "Labour",
  "For the Greens, ",
  " telling the programme: ",
  "Related stories\n\n",
  "By JANE DOE\n",
  "(AP Photo/Jo Bell)",
  "one in four",
  "negative ",
  "half a million",
  "8m households",
  "from six pct to perhaps four pct",
  " or ",
  "-0.5%",
  "as high as ",
  "I'll show you",
  "__proto__",
  "toString",
  "\u00e9",
  "\u0130",
  "\u00df",
  "\ud83d\ude42",
  "\u0000",
];

/** Text that looks like newswire, broken newswire, or nothing like it at all. */
const article = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((parts) => parts.join("")),
  fc.string({ unit: "grapheme", maxLength: 300 }),
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.string({
    unit: fc.constantFrom('"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "a", " ", ".", "\n"),
    maxLength: 200,
  }),
  fc
    .tuple(
      fc.string({ maxLength: 40 }),
      fc.constantFrom(" ", "\n", "\t", "\u00a0", "\u2029"),
      fc.integer({ min: 1, max: 5000 }),
    )
    .map(([s, space, n]) => `${s}${space.repeat(n)}"${s}," he said.${space.repeat(n)}${s}`),
);

const runs = { numRuns: 400 };

function sortedByScore(candidates: Candidate[]): boolean {
  return candidates.every((c, i) => i === 0 || (candidates[i - 1]?.score ?? 1) >= c.score);
}

describe("extractClaims properties", () => {
  it("never throws, even without its safety net", () => {
    fc.assert(
      fc.property(article, (text) => {
        extractCandidates(text);
        extractClaims(text);
      }),
      runs,
    );
  });

  it("returns text and context that occur verbatim in the input", () => {
    fc.assert(
      fc.property(article, (text) => {
        for (const c of extractCandidates(text)) {
          expect(c.text.length).toBeGreaterThan(0);
          expect(text.includes(c.text)).toBe(true);
          expect(text.includes(c.context)).toBe(true);
          expect(c.context.includes(c.text)).toBe(true);
        }
      }),
      runs,
    );
  });

  it("keeps scores within 0..1", () => {
    fc.assert(
      fc.property(article, (text) => {
        for (const c of extractCandidates(text)) {
          expect(c.score).toBeGreaterThanOrEqual(0);
          expect(c.score).toBeLessThanOrEqual(1);
        }
      }),
      runs,
    );
  });

  it("sorts by score, best first", () => {
    fc.assert(
      fc.property(article, (text) => sortedByScore(extractCandidates(text))),
      runs,
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(article, (text) => {
        expect(extractClaims(text)).toEqual(extractClaims(text));
      }),
      runs,
    );
  });

  it("only returns quantities and speakers the create-claim API accepts", () => {
    fc.assert(
      fc.property(article, (text) => {
        for (const { quantity, speaker } of extractCandidates(text)) {
          if (speaker) {
            expect(speaker.name.trim().length).toBeGreaterThan(0);
            expect(speaker.name.length).toBeLessThanOrEqual(200);
            expect(speaker.title?.length ?? 0).toBeLessThanOrEqual(200);
          }
          if (!quantity) continue;
          const range = quantity.qualifier === "between" ? ["high", "low"] : [];
          expect(Object.keys(quantity).sort()).toEqual([...range, "qualifier", "unit", "value"].sort());
          expect(Number.isFinite(quantity.value)).toBe(true);
          expect(quantity.unit.trim().length).toBeGreaterThanOrEqual(1);
          expect(quantity.unit.length).toBeLessThanOrEqual(32);
          expect(Quantity.safeParse(quantity).success, JSON.stringify(quantity)).toBe(true);
        }
      }),
      runs,
    );
  });

  it("marks reported speech as unquoted and scores it below the same words quoted", () => {
    fc.assert(
      fc.property(article, (text) => {
        for (const c of extractCandidates(text)) expect(typeof c.quoted).toBe("boolean");
      }),
      runs,
    );
    const reported = extractClaims("Finance Minister Lars Ek said unemployment had fallen to 4 percent in May.");
    const quoted = extractClaims(`Finance Minister Lars Ek said: "Unemployment has fallen to 4 percent in May."`);
    expect(reported[0]?.quoted).toBe(false);
    expect(quoted[0]?.quoted).toBe(true);
    expect(reported[0]?.score ?? 1).toBeLessThan(quoted[0]?.score ?? 0);
  });

  it("returns nothing for empty or quote-free text", () => {
    expect(extractClaims("")).toEqual([]);
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("a", "B", " ", ".", "\n", "1", "%", "$"), maxLength: 300 }),
        (text) => {
          expect(extractClaims(text)).toEqual([]);
        },
      ),
      runs,
    );
  });
});
