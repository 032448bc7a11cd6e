import { env } from "cloudflare:workers";
import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { insertArticle } from "../../src/db/articles";
import { loadClaimState } from "../../src/db/claim-queries";
import { appendStatements, bumped, patchStatements } from "../../src/db/claim-writes";
import { createDb, runBatch } from "../../src/db/client";
import { apiKeys, articles, claims, claimTopics, speakers, statusUpdates } from "../../src/db/schema";
import { newArticleRow } from "../../src/domain/articles";
import { type NewClaimInput, planPatch } from "../../src/domain/claims";
import { nextEntry } from "../../src/domain/timeline";
import { planCreateClaim } from "../../src/writes/create-claim";

const db = createDb(env.DB);
const author = { keyId: null, name: "test" };
const now = () => new Date().toISOString();

async function counts() {
  const [[c], [s], [a], [u], [t]] = await db.batch([
    db.select({ n: count() }).from(claims),
    db.select({ n: count() }).from(speakers),
    db.select({ n: count() }).from(articles),
    db.select({ n: count() }).from(statusUpdates),
    db.select({ n: count() }).from(claimTopics),
  ]);
  return { claims: c?.n, speakers: s?.n, articles: a?.n, updates: u?.n, topics: t?.n };
}

const input: NewClaimInput = {
  text: "More than 90 percent of the issues have been agreed, decided.",
  kind: "statistic",
  speaker: { name: "Atomic Speaker" },
  article: { url: "https://atomic.example/story" },
  language: "en",
  topics: ["gaza"],
};

async function createdClaim(overrides: Partial<NewClaimInput>): Promise<string> {
  const plan = await planCreateClaim(db, { ...input, article: undefined, ...overrides }, author, "http://t");
  await runBatch(db, plan.statements);
  return plan.reply.body.id;
}

describe("write batches are all or nothing", () => {
  it("leaves no partial rows when the last statement of a claim's batch fails", async () => {
    const before = await counts();
    const plan = await planCreateClaim(db, input, author, "http://t");
    const key = {
      id: "key_dup",
      name: "x",
      role: "editor" as const,
      secretHash: "h",
      createdAt: "now",
      revokedAt: null,
    };
    await db.insert(apiKeys).values(key);
    await expect(runBatch(db, [...plan.statements, db.insert(apiKeys).values(key)])).rejects.toThrow(/UNIQUE/);
    expect(await counts()).toEqual(before);
  });

  it("leaves no partial rows when the article URL was taken between read and write", async () => {
    const before = await counts();
    const plan = await planCreateClaim(db, { ...input, article: { url: "https://atomic.example/race" } }, author, "");
    await insertArticle(db, newArticleRow({ url: "https://atomic.example/race" }, now()));
    await expect(runBatch(db, plan.statements)).rejects.toThrow(/UNIQUE constraint failed: articles.url/);
    expect(await counts()).toEqual({ ...before, articles: (before.articles ?? 0) + 1 });
  });

  it("writes nothing when a claim changed after its head was read", async () => {
    const id = await createdClaim({});
    const state = await loadClaimState(db, id);
    if (!state) throw new Error("no claim");
    const { head } = state;
    const version = state.record.claim.version;
    const stale = await nextEntry(id, head, { status: "true", note: null, evidence: [] }, author, now());
    const winner = await nextEntry(id, head, { status: "false", note: null, evidence: [] }, author, now());
    expect(bumped((await runBatch(db, appendStatements(db, winner, version)))[1])).toBe(true);
    // The stale entry repeats seq 2: the version guard stops it before the chain triggers would.
    const results = await runBatch(db, appendStatements(db, stale, version));
    expect(bumped(results[1])).toBe(false);
    const timeline = await db.select().from(statusUpdates).where(eq(statusUpdates.claimId, id));
    expect(timeline.map((u) => u.status)).toEqual(["unverified", "false"]);
    const [claim] = await db.select().from(claims).where(eq(claims.id, id));
    expect(claim).toMatchObject({ status: "false", version: 2 });
  });
});

describe("a PATCH that lost its race", () => {
  it("leaves no new speaker and no topic change behind", async () => {
    const id = await createdClaim({ speaker: { name: "Patched Speaker" } });
    const state = await loadClaimState(db, id);
    if (!state) throw new Error("no claim");
    const version = state.record.claim.version;
    const plan = planPatch(state.record, { speaker: { name: "Racing Newcomer" }, topics: ["lost"] }, undefined, now());
    const winner = await nextEntry(id, state.head, { status: "true", note: null, evidence: [] }, author, now());
    await runBatch(db, appendStatements(db, winner, version));
    const statements = patchStatements(db, version, plan, () => []);
    expect(bumped((await runBatch(db, statements)).at(-1))).toBe(false);
    expect(await db.select().from(speakers).where(eq(speakers.name, "Racing Newcomer"))).toEqual([]);
    const topics = await db.select().from(claimTopics).where(eq(claimTopics.claimId, id));
    expect(topics.map((t) => t.topic)).toEqual(["gaza"]);
  });
});

describe("foreign keys", () => {
  it("are enforced", async () => {
    await expect(db.insert(claimTopics).values({ claimId: "clm_missing", topic: "x", position: 0 })).rejects.toThrow(
      expect.objectContaining({ cause: expect.objectContaining({ message: expect.stringMatching(/FOREIGN KEY/) }) }),
    );
  });
});
