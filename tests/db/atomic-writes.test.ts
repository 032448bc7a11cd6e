import { env } from "cloudflare:workers";
import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { insertArticle, newArticle } from "../../src/db/articles";
import { planCreateClaim, planPatchClaim } from "../../src/db/claim-writes";
import { createDb, runBatch } from "../../src/db/client";
import { apiKeys, articles, claims, claimTopics, speakers, statusUpdates } from "../../src/db/schema";
import { planStatusUpdate } from "../../src/db/status-updates";

const db = createDb(env.DB);

/** Drizzle wraps D1's error in "Failed query: …"; D1's own message is the cause. */
function causedBy(pattern: RegExp) {
  return expect.objectContaining({ cause: expect.objectContaining({ message: expect.stringMatching(pattern) }) });
}
const author = { keyId: null, name: "test" };

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

const input = {
  text: "More than 90 percent of the issues have been agreed, decided.",
  kind: "statistic" as const,
  speaker: { name: "Atomic Speaker" },
  article: { url: "https://atomic.example/story" },
  language: "en",
  topics: ["gaza"],
};

describe("write batches are all or nothing", () => {
  it("leaves no partial rows when the last statement of a claim's batch fails", async () => {
    const before = await counts();
    const plan = await planCreateClaim(db, input, author);
    const failing = db.insert(apiKeys).values({
      id: "key_dup",
      name: "x",
      role: "editor",
      secretHash: "h",
      createdAt: "now",
      revokedAt: null,
    });
    await db
      .insert(apiKeys)
      .values({ id: "key_dup", name: "x", role: "editor", secretHash: "h", createdAt: "now", revokedAt: null });
    await expect(runBatch(db, [...plan.statements, failing])).rejects.toThrow(/UNIQUE/);
    expect(await counts()).toEqual(before);
  });

  it("leaves no partial rows when the article URL was taken between read and write", async () => {
    const before = await counts();
    const plan = await planCreateClaim(db, { ...input, article: { url: "https://atomic.example/race" } }, author);
    await insertArticle(db, newArticle({ url: "https://atomic.example/race" }, new Date().toISOString()));
    await expect(runBatch(db, plan.statements)).rejects.toThrow(/UNIQUE constraint failed: articles.url/);
    expect(await counts()).toEqual({ ...before, articles: (before.articles ?? 0) + 1 });
  });

  it("writes nothing when a claim changed between an update's read and its write", async () => {
    const created = await planCreateClaim(db, { ...input, article: undefined }, author);
    await runBatch(db, created.statements);
    const id = created.result.claim.id;
    const stale = await planStatusUpdate(db, id, { status: "true", note: null, evidence: [] }, author, undefined);
    const winner = await planStatusUpdate(db, id, { status: "false", note: null, evidence: [] }, author, undefined);
    await runBatch(db, winner.statements);
    const results = await runBatch(db, stale.statements);
    expect(stale.applied?.(results)).toBe(false);
    const timeline = await db.select().from(statusUpdates).where(eq(statusUpdates.claimId, id));
    expect(timeline.map((u) => u.status)).toEqual(["unverified", "false"]);
    const [claim] = await db.select().from(claims).where(eq(claims.id, id));
    expect(claim).toMatchObject({ status: "false", version: 2 });
  });
});

describe("a PATCH that lost its race", () => {
  it("leaves no new speaker behind", async () => {
    const created = await planCreateClaim(
      db,
      { ...input, speaker: { name: "Patched Speaker" }, article: undefined },
      author,
    );
    await runBatch(db, created.statements);
    const id = created.result.claim.id;
    const patch = await planPatchClaim(db, id, { speaker: { name: "Racing Newcomer" } }, undefined);
    const winner = await planStatusUpdate(db, id, { status: "true", note: null, evidence: [] }, author, undefined);
    await runBatch(db, winner.statements);
    expect(patch.applied?.(await runBatch(db, patch.statements))).toBe(false);
    expect(await db.select().from(speakers).where(eq(speakers.name, "Racing Newcomer"))).toEqual([]);
  });
});

describe("the timeline is append-only in the database itself", () => {
  it("refuses UPDATE and DELETE on status_updates", async () => {
    const created = await planCreateClaim(
      db,
      { ...input, speaker: { name: "Append Only" }, article: undefined },
      author,
    );
    await runBatch(db, created.statements);
    const id = created.result.claim.id;
    await expect(
      db.update(statusUpdates).set({ note: "rewritten" }).where(eq(statusUpdates.claimId, id)),
    ).rejects.toThrow(causedBy(/status_updates is append-only/));
    await expect(db.delete(statusUpdates).where(eq(statusUpdates.claimId, id))).rejects.toThrow(
      causedBy(/status_updates is append-only/),
    );
  });

  it("enforces foreign keys", async () => {
    await expect(db.insert(claimTopics).values({ claimId: "clm_missing", topic: "x", position: 0 })).rejects.toThrow(
      causedBy(/FOREIGN KEY constraint failed/),
    );
  });
});
