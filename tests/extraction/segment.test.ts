import { describe, expect, it } from "vitest";
import { groupQuotations, quotedSpan } from "../../src/domain/extraction/quotations";
import { scanQuotes } from "../../src/domain/extraction/quotes";
import { paragraphs, sentences } from "../../src/domain/extraction/segment";

const slices = (text: string, spans: { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end));

function quotes(text: string): string[] {
  const paras = paragraphs(text);
  return scanQuotes(text, paras).flatMap((f) => {
    const span = quotedSpan(text, f);
    return span ? [text.slice(span.start, span.end)] : [];
  });
}

describe("paragraphs", () => {
  it("splits on line breaks, but not on a hard wrap before a lowercase word", () => {
    const text = "First paragraph\nwraps here.\n\n  Second one.\r\nThird one.";
    expect(slices(text, paragraphs(text))).toEqual(["First paragraph\nwraps here.", "Second one.", "Third one."]);
  });

  it("returns nothing for blank text", () => {
    expect(paragraphs("  \n\n\t ")).toEqual([]);
  });
});

describe("sentences", () => {
  it("splits after terminators and closing quotes, not after abbreviations or initials", () => {
    const text = `Mr. Roe met Gen. Ames and John F. Kennedy Jr. on Monday. "It went well." Then he left! Did he? Yes.`;
    expect(slices(text, sentences(text, paragraphs(text)))).toEqual([
      "Mr. Roe met Gen. Ames and John F. Kennedy Jr. on Monday.",
      `"It went well."`,
      "Then he left!",
      "Did he?",
      "Yes.",
    ]);
  });

  it("keeps dotted abbreviations inside a sentence unless a sentence opener follows", () => {
    const text = "U.S. Secretary of State Antony Blinken flew to the U.S. The talks resume today.";
    expect(slices(text, sentences(text, paragraphs(text)))).toEqual([
      "U.S. Secretary of State Antony Blinken flew to the U.S.",
      "The talks resume today.",
    ]);
  });

  it("does not split before a lowercase word or inside a number", () => {
    const text = `"Is it over?" he asked. Growth was 3.5 percent.`;
    expect(slices(text, sentences(text, paragraphs(text)))).toEqual([
      `"Is it over?" he asked.`,
      "Growth was 3.5 percent.",
    ]);
  });
});

describe("scanQuotes", () => {
  it("finds straight, curly and guillemet quotes", () => {
    expect(quotes(`"One," he said. “Two.” «Three.»`)).toEqual(["One", "Two.", "Three."]);
  });

  it("keeps nested quotes inside the outer one", () => {
    expect(quotes(`“They called it “a disaster” on air,” she said.`)).toEqual(["They called it “a disaster” on air"]);
    expect(quotes(`"They called it 'a disaster' on air," she said.`)).toEqual(["They called it 'a disaster' on air"]);
    expect(quotes(`"They called it "a disaster" on air," she said.`)).toEqual([`They called it "a disaster" on air`]);
  });

  it("does not mistake apostrophes for quotes", () => {
    expect(quotes(`Blinken's team said the workers' union didn't agree in the '90s. "Fine," he said.`)).toEqual([
      "Fine",
    ]);
  });

  it("finds single-quoted quotations at the top level", () => {
    expect(quotes(`'We are close,' he said, 'but not there.' She called it 'reckless'.`)).toEqual([
      "We are close",
      "but not there.",
      "reckless",
    ]);
  });

  it("ignores an inch mark and ends an unclosed quote at the paragraph end", () => {
    expect(quotes(`A 15" screen.\n\nShe said "we are done\n\nThe end.`)).toEqual(["we are done"]);
  });

  it("marks a paragraph that re-opens a quote left open", () => {
    const text = `He said: "First part.\n\n"Second part.\n\n"Third," he said.`;
    const fragments = scanQuotes(text, paragraphs(text));
    expect(fragments.map((f) => [f.continued, f.close >= 0])).toEqual([
      [false, false],
      [true, false],
      [true, true],
    ]);
  });
});

describe("groupQuotations", () => {
  const group = (text: string) => {
    const paras = paragraphs(text);
    return groupQuotations(text, scanQuotes(text, paras), sentences(text, paras)).map((q) => q.parts.length);
  };

  it("joins a quote interrupted by its attribution", () => {
    expect(group(`"We are close," he said, "but not there yet."`)).toEqual([2]);
    expect(group(`"We are close," said Health Minister Jane Doe, "but not there."`)).toEqual([2]);
  });

  it("keeps separate quotes apart", () => {
    expect(group(`"We are close." He said, "but not there yet."`)).toEqual([1, 1]);
    expect(group(`"We are close," he said. "But not there yet."`)).toEqual([1, 1]);
    expect(group(`"Red," "green" and "blue" were the options.`)).toEqual([1, 1, 1]);
  });
});
