import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/domain/extraction";

/** The example in README.md ("Claim extraction"): the README's table is this test's expectation. */
const ARTICLE = `PORT ELLEN (Example Wire) — Harbour Minister Rosa Teague said on Monday that freight volumes had "more than doubled, to 4.2 million tonnes" since the new quay opened.

"We will finish the second quay by 2027," Teague told reporters. "Not a day later."

Union leader Sam Okafor disputed the figures. "About 30 percent of the crane operators are still on temporary contracts," he said.

"Thank you all for coming," Teague said.`;

describe("the README's extraction example", () => {
  it("gives the table the README shows", () => {
    const rows = extractClaims(ARTICLE).map(({ text, speaker, quantity, kind, score }) => ({
      text,
      speaker,
      quantity,
      kind,
      score,
    }));
    const teague = { name: "Rosa Teague", title: "Harbour Minister" };
    expect(rows).toEqual([
      {
        text: "more than doubled, to 4.2 million tonnes",
        speaker: teague,
        quantity: { value: 4200000, unit: "tonnes", qualifier: "exactly" },
        kind: "statistic",
        score: 0.75,
      },
      {
        text: "We will finish the second quay by 2027",
        speaker: teague,
        quantity: undefined,
        kind: "promise",
        score: 0.625,
      },
      {
        text: "About 30 percent of the crane operators are still on temporary contracts",
        speaker: { name: "Sam Okafor", title: "Union leader" },
        quantity: { value: 30, unit: "percent", qualifier: "about" },
        kind: "statistic",
        score: 0.6,
      },
      { text: "Not a day later.", speaker: teague, quantity: undefined, kind: "statement", score: 0.125 },
      { text: "Thank you all for coming", speaker: teague, quantity: undefined, kind: "statement", score: 0.031 },
    ]);
  });
});
