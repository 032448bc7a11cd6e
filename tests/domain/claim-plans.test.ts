import { describe, expect, it } from "vitest";
import type { ArticleRow, SpeakerRow } from "../../src/db/schema";
import { type NewClaimInput, planNewClaim, planPatch } from "../../src/domain/claims";
import { ApiError } from "../../src/domain/errors";
import { assertOnScale } from "../../src/domain/statuses";

const NOW = "2024-08-20T14:03:00.000Z";
const author = { keyId: "key_01J5Z8X2Q3R4S5T6V7W8X9Y0Z1", name: "Maria" };
const input: NewClaimInput = {
  text: "More than 90 percent of the issues have been agreed, decided.",
  kind: "statistic",
  speaker: { name: "Antony Blinken", title: "US Secretary of State" },
  article: { url: "https://News.Example/story?utm_source=x" },
  quote_context: "Blinken said …",
  language: "en",
  topics: ["gaza", "ceasefire"],
  quantity: { value: 90, unit: "percent", qualifier: "more_than" },
};
const blinken: SpeakerRow = {
  id: "spk_01J5Z8X2Q3R4S5T6V7W8X9Y0Z1",
  name: "Antony Blinken",
  nameKey: "antony blinken",
  title: "Secretary",
  createdAt: NOW,
};
const story: ArticleRow = {
  id: "art_01J5Z8X2Q3R4S5T6V7W8X9Y0Z1",
  url: "https://news.example/story",
  title: "Story",
  publisher: null,
  publishedAt: null,
  createdAt: NOW,
};

function problemOf(run: () => unknown): ApiError {
  try {
    run();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error("expected an ApiError");
}

describe("planNewClaim", () => {
  it("creates the speaker and article it did not find, and an unverified first entry", async () => {
    const { rows, record } = await planNewClaim(input, { speaker: undefined, article: undefined }, author, NOW);
    expect(rows.speaker).toMatchObject({
      name: "Antony Blinken",
      nameKey: "antony blinken",
      title: "US Secretary of State",
    });
    expect(rows.article).toMatchObject({ url: "https://news.example/story" });
    expect(rows.claim).toMatchObject({
      kind: "statistic",
      speakerId: rows.speaker?.id,
      status: "unverified",
      version: 1,
      quantityValue: 90,
      quantityQualifier: "more_than",
    });
    expect(rows.topics).toEqual([
      { claimId: rows.claim.id, topic: "gaza", position: 0 },
      { claimId: rows.claim.id, topic: "ceasefire", position: 1 },
    ]);
    expect(rows.appearance).toEqual({
      claimId: rows.claim.id,
      articleId: rows.article?.id,
      quoteContext: "Blinken said …",
      createdAt: NOW,
    });
    expect(rows.firstEntry).toMatchObject({ seq: 1, status: "unverified", previousStatus: null, prevHash: "" });
    expect(record.appearances[0]?.article.url).toBe("https://news.example/story");
  });

  it("reuses what the lookups found, keeping the stored speaker's title", async () => {
    const { rows, record } = await planNewClaim(input, { speaker: blinken, article: story }, author, NOW);
    expect(rows.speaker).toBeUndefined();
    expect(rows.article).toBeUndefined();
    expect(rows.claim.speakerId).toBe(blinken.id);
    expect(record.speaker).toEqual({ id: blinken.id, name: "Antony Blinken", title: "Secretary" });
    expect(rows.appearance?.articleId).toBe(story.id);
  });

  it("answers 404 for a speaker or article referenced by an id that was not found", async () => {
    await expect(
      planNewClaim({ ...input, speaker: { id: "spk_x" } }, { speaker: undefined, article: story }, author, NOW),
    ).rejects.toMatchObject({ code: "speaker_not_found" });
    await expect(
      planNewClaim({ ...input, article: { id: "art_x" } }, { speaker: blinken, article: undefined }, author, NOW),
    ).rejects.toMatchObject({ code: "article_not_found" });
  });
});

describe("planPatch", async () => {
  const { record } = await planNewClaim(input, { speaker: blinken, article: story }, author, NOW);
  const current = record;
  const LATER = "2024-08-21T09:00:00.000Z";

  it("sets only the fields given, null clearing", () => {
    const plan = planPatch(current, { summary: null, claimed_at: "2024-01-01", quantity: null }, undefined, LATER);
    expect(plan.columns).toEqual({
      summary: null,
      claimedAt: "2024-01-01",
      quantityValue: null,
      quantityUnit: null,
      quantityQualifier: null,
      quantityLow: null,
      quantityHigh: null,
    });
    expect(plan.topics).toBeUndefined();
    expect(plan.newSpeaker).toBeUndefined();
    expect(plan.record.claim).toEqual({
      ...current.claim,
      summary: null,
      claimedAt: "2024-01-01",
      quantityValue: null,
      quantityUnit: null,
      quantityQualifier: null,
      quantityLow: null,
      quantityHigh: null,
      version: 2,
      updatedAt: LATER,
    });
    expect(plan.record.topics).toEqual(current.topics);
  });

  it("replaces topics, keeping their order", () => {
    const plan = planPatch(current, { topics: ["b", "a"] }, undefined, LATER);
    expect(plan.topics).toEqual([
      { claimId: current.claim.id, topic: "b", position: 0 },
      { claimId: current.claim.id, topic: "a", position: 1 },
    ]);
    expect(plan.record.topics).toEqual(["b", "a"]);
  });

  it("creates a speaker named for the first time, and reuses a found one", () => {
    const fresh = planPatch(current, { speaker: { name: "New Person" } }, undefined, LATER);
    expect(fresh.newSpeaker).toMatchObject({ name: "New Person" });
    expect(fresh.columns.speakerId).toBe(fresh.newSpeaker?.id);
    expect(fresh.record.speaker).toEqual({ id: fresh.newSpeaker?.id, name: "New Person", title: null });
    const found = planPatch(current, { speaker: { name: "antony blinken" } }, blinken, LATER);
    expect(found.columns).toEqual({ speakerId: blinken.id });
    expect(found.newSpeaker).toBeUndefined();
  });

  it("allows a kind change across scales only while the status is on both", () => {
    expect(planPatch(current, { kind: "promise" }, undefined, LATER).columns).toEqual({ kind: "promise" });
    const rated = { ...current, claim: { ...current.claim, status: "half_true" } };
    const problem = problemOf(() => planPatch(rated, { kind: "promise" }, undefined, LATER));
    expect(problem).toMatchObject({ code: "status_not_in_scale", status: 422 });
    expect(problem.extensions.errors).toEqual([{ path: "kind", message: "half_true is not on the progress scale" }]);
  });
});

describe("assertOnScale", () => {
  it("is the one scale check, naming the field and the statuses of the scale", () => {
    expect(assertOnScale("promise", "fulfilled", "status").label).toBe("Fulfilled");
    const problem = problemOf(() => assertOnScale("statistic", "fulfilled", "status"));
    expect(problem.message).toBe(
      "Status fulfilled is not on the veracity scale, which rates statistic claims: unverified, under_review, true, mostly_true, half_true, misleading, mostly_false, false, unsupported.",
    );
    expect(problem.extensions.errors).toEqual([{ path: "status", message: "fulfilled is not on the veracity scale" }]);
  });
});
