import { and, desc, eq, lt, sql } from "drizzle-orm";
import { comparisonKey } from "../domain/text";
import { claimSummariesJson } from "./claim-queries";
import { type Db, qualified } from "./client";
import { claims, speakers } from "./schema";

/** The speaker a claim names: by id, or by name (see domain/text.ts comparisonKey). */
export function speakerLookupQuery(db: Db, ref: { id?: string | undefined; name?: string | undefined }) {
  const condition =
    ref.id !== undefined ? eq(speakers.id, ref.id) : eq(speakers.nameKey, comparisonKey(ref.name ?? ""));
  return db.select().from(speakers).where(condition).limit(1);
}

function selectSpeakersWithClaims(db: Db) {
  return db
    .select({
      speaker: speakers,
      claimCount: sql<number>`(select count(*) from ${claims} c where c.speaker_id = ${qualified(speakers.id)})`,
      claims: claimSummariesJson(sql`c.speaker_id = ${qualified(speakers.id)}`),
    })
    .from(speakers);
}

export async function findSpeaker(db: Db, id: string) {
  const [row] = await selectSpeakersWithClaims(db).where(eq(speakers.id, id)).limit(1);
  return row;
}

/** Newest first; `q` keeps names containing it (case-insensitive for ASCII, as SQLite's LIKE is). */
export function listSpeakers(db: Db, q: string | undefined, limit: number, after: string | undefined) {
  const escaped = q?.replace(/[\\%_]/g, (ch) => `\\${ch}`);
  return selectSpeakersWithClaims(db)
    .where(
      and(
        escaped !== undefined ? sql`${speakers.name} like ${`%${escaped}%`} escape '\\'` : undefined,
        after !== undefined ? lt(speakers.id, after) : undefined,
      ),
    )
    .orderBy(desc(speakers.id))
    .limit(limit + 1);
}
