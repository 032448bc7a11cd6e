import { describe, expect, it } from "vitest";
import { mapExportLine } from "../../cli/records/export-line";
import type { JsonObject } from "../../cli/records/json";
import { landedCount } from "../../cli/records/landed";
import type { TimelineEntry } from "../../cli/records/types";
import { onlyEntry, statusScales } from "./support";

function entry(status: string, note: string | null, evidence: TimelineEntry["evidence"] = []): TimelineEntry {
  return {
    id: `upd_${status}`,
    claim_id: "clm_1",
    status,
    note,
    evidence,
    author: { key_id: null, name: "admin" },
    created_at: "2024-08-20T14:03:00.000Z",
    previous_status: null,
    prev_hash: "",
    hash: "h",
  };
}

const CLAIM: JsonObject = {
  id: "clm_01J5Z8X2Q3R4S5T6V7W8X9Y0Z1",
  text: "More than 90 percent of the issues have been agreed, decided.",
  summary: "Share of the issues agreed",
  kind: "statistic",
  speaker: { id: "spk_1", name: "Antony Blinken", title: "US Secretary of State" },
  claimed_at: "2024-08-20",
  language: "en",
  topics: ["gaza", "ceasefire"],
  quantity: { value: 90, unit: "percent", qualifier: "more_than" },
  review_due: "2024-09-30",
  source_url: null,
  appearances: [
    {
      article: {
        id: "art_1",
        url: "https://news.example/world/joint-statement",
        title: "Joint statement",
        publisher: "Example News",
        published_at: "2024-08-20T14:03:00.000Z",
      },
      quote_context: "Blinken told reporters",
    },
  ],
  status: { code: "half_true" },
};
const TIMELINE = [
  entry("unverified", null),
  entry("under_review", "Illustrative: checking the texts."),
  entry("half_true", "Illustrative.", [{ url: "https://evidence.example/t", title: null }]),
];

async function mapLine(claim: JsonObject, timeline: unknown[]) {
  const found = onlyEntry({ claim, timeline });
  if (found.kind !== "export") throw new Error(`expected an export line, found ${found.kind}`);
  return mapExportLine(found, await statusScales());
}

describe("a line of claimtrail export, imported again", () => {
  it("recreates the claim's metadata and appends its timeline after the first entry", async () => {
    expect(await mapLine(CLAIM, TIMELINE)).toEqual({
      ok: true,
      sourceUrl: null,
      claim: {
        text: CLAIM.text,
        summary: "Share of the issues agreed",
        kind: "statistic",
        speaker: { name: "Antony Blinken", title: "US Secretary of State" },
        article: {
          url: "https://news.example/world/joint-statement",
          title: "Joint statement",
          publisher: "Example News",
          published_at: "2024-08-20T14:03:00.000Z",
        },
        quote_context: "Blinken told reporters",
        claimed_at: "2024-08-20",
        language: "en",
        topics: ["gaza", "ceasefire"],
        quantity: { value: 90, unit: "percent", qualifier: "more_than" },
        review_due: "2024-09-30",
      },
      updates: [
        { status: "under_review", note: "Illustrative: checking the texts.", evidence: [] },
        { status: "half_true", note: "Illustrative.", evidence: [{ url: "https://evidence.example/t", title: null }] },
      ],
      warnings: [],
    });
  });

  it("keeps a range's two ends", async () => {
    const quantity = { value: 2.5, unit: "percent", qualifier: "between", low: 2, high: 3 };
    expect(await mapLine({ ...CLAIM, quantity }, TIMELINE)).toMatchObject({ ok: true, claim: { quantity } });
  });

  it("keeps the source_url of an imported claim", async () => {
    const result = await mapLine({ ...CLAIM, source_url: "https://factcheck.example/a" }, TIMELINE);
    expect(result).toMatchObject({ ok: true, sourceUrl: "https://factcheck.example/a" });
  });

  it("refuses a line the API would refuse half-way: a status off the kind's scale, no text, an empty timeline", async () => {
    expect(await mapLine(CLAIM, [...TIMELINE, entry("fulfilled", null)])).toMatchObject({
      ok: false,
      problems: [{ code: "bad_export_line", message: 'status "fulfilled" is not on the veracity scale' }],
    });
    expect(await mapLine({ ...CLAIM, text: "" }, TIMELINE)).toMatchObject({
      ok: false,
      problems: [{ code: "bad_export_line", message: "the claim has no text" }],
    });
    expect(await mapLine({ ...CLAIM, kind: "rumour" }, [])).toMatchObject({
      ok: false,
      problems: [
        {
          message: 'kind "rumour" is on no status scale; its timeline is empty or holds something other than entries',
        },
      ],
    });
  });
});

describe("how much of a record an earlier run imported", () => {
  const updates = [
    { status: "under_review", note: "Checking.", evidence: [] },
    { status: "false", note: "Rated. ", evidence: [{ url: "https://factcheck.example/a ", title: "Review" }] },
  ];

  it("counts the updates the timeline already holds, in order", () => {
    const created = entry("unverified", null);
    expect(landedCount([created], updates)).toBe(0);
    expect(landedCount([created, entry("under_review", "Checking.")], updates)).toBe(1);
    const rated = entry("false", "Rated.", [{ url: "https://factcheck.example/a", title: "Review" }]);
    expect(landedCount([created, entry("under_review", "Checking."), rated], updates)).toBe(2);
  });

  it("is null when the timeline says something else: the claim was rated by someone since", () => {
    const created = entry("unverified", null);
    expect(landedCount([created, entry("mostly_true", "Another desk's rating")], updates)).toBeNull();
    expect(
      landedCount(
        [created, entry("under_review", "Checking."), entry("false", "Rated."), entry("true", null)],
        updates,
      ),
    ).toBeNull();
  });
});
