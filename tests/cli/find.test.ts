import { describe, expect, it } from "vitest";
import { type Entry, entriesOf } from "../../cli/records/find";
import { review } from "./support";

/** Where each record was found, and what it is: enough to check every wrapper. */
function found(text: string): string[] {
  return entriesOf(text).map((entry: Entry) =>
    entry.kind === "claimreview" ? `${entry.at} → ${String(entry.review.url)}` : `${entry.at} → ${entry.kind}`,
  );
}

const first = review({ url: "https://factcheck.example/a" });
const second = review({ url: "https://factcheck.example/b" });

describe("finding the records in a file", () => {
  it("reads a single ClaimReview, an array of them, and @type given as an array or with a prefix", () => {
    expect(found(JSON.stringify(first))).toEqual(["document → https://factcheck.example/a"]);
    expect(found(JSON.stringify([first, second]))).toEqual([
      "document: [0] → https://factcheck.example/a",
      "document: [1] → https://factcheck.example/b",
    ]);
    const typed = [
      { ...first, "@type": ["Review", "ClaimReview"] },
      { ...second, "@type": "http://schema.org/ClaimReview" },
    ];
    expect(found(JSON.stringify(typed))).toHaveLength(2);
  });

  it("reads a page's @graph: its ClaimReview is the record, the other nodes resolve its @id references", () => {
    const graph = {
      "@context": "https://schema.org",
      "@graph": [
        { "@type": "WebPage", "@id": "https://factcheck.example/a", inLanguage: "pt-BR" },
        { "@type": "Organization", "@id": "#org", name: "Example Fact Desk" },
        { ...first, author: { "@id": "#org" }, inLanguage: undefined },
      ],
    };
    const [entry] = entriesOf(JSON.stringify(graph));
    expect(entry).toMatchObject({ kind: "claimreview", at: "document: @graph[2]", pageLanguage: "pt-BR" });
    if (entry?.kind !== "claimreview") throw new Error("expected a ClaimReview");
    expect(entry.graph.get("#org")).toMatchObject({ name: "Example Fact Desk" });
  });

  it("reads a DataFeed, whose items hold a ClaimReview or an array of them", () => {
    const feed = {
      "@context": "https://schema.org",
      "@type": "DataFeed",
      dataFeedElement: [
        { "@type": "DataFeedItem", item: [first] },
        { "@type": "DataFeedItem", item: second },
        { "@type": "DataFeedItem" },
      ],
    };
    expect(found(JSON.stringify(feed))).toEqual([
      "document: dataFeedElement[0].item[0] → https://factcheck.example/a",
      "document: dataFeedElement[1].item → https://factcheck.example/b",
      "document: dataFeedElement[2] → unusable",
    ]);
  });

  it("reads NDJSON of any of these, ld+json script lines, and untyped envelopes", () => {
    const lines = [
      JSON.stringify(first),
      "",
      `<script type="application/ld+json">${JSON.stringify(second)}</script>`,
      JSON.stringify({ source: "dump", record: review({ url: "https://factcheck.example/c" }), meta: { n: 1 } }),
      JSON.stringify({ claim: { text: "t" }, timeline: [] }),
    ];
    expect(found(`\ufeff${lines.join("\n")}\n`)).toEqual([
      "line 1 → https://factcheck.example/a",
      "line 3 → https://factcheck.example/b",
      "line 4: record → https://factcheck.example/c",
      "line 5 → export",
    ]);
  });

  it("reads the ld+json scripts of an HTML page", () => {
    const page = `<!doctype html>\n<html><head>\n<script type="application/ld+json">${JSON.stringify(first)}</script>\n</head></html>`;
    expect(found(page)).toEqual(["line 3 → https://factcheck.example/a"]);
  });

  it("keeps what is no record, with the reason, so the report can list it", () => {
    const text = ['{"@type": "ClaimReview", "url": ', JSON.stringify({ "@type": "WebPage" }), "42"].join("\n");
    expect(entriesOf(text)).toEqual([
      { kind: "unusable", at: "line 1", reason: expect.stringMatching(/^not valid JSON/) },
      { kind: "unusable", at: "line 2", reason: "not a ClaimReview (@type WebPage)" },
      { kind: "unusable", at: "line 3", reason: "not a JSON object (42)" },
    ]);
    expect(entriesOf(JSON.stringify({ "@graph": [{ "@type": "WebPage" }] }))).toEqual([
      { kind: "unusable", at: "document", reason: "an @graph without a ClaimReview" },
    ]);
  });
});
