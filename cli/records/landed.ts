import type { NewUpdate, TimelineEntry } from "./types";

/** Whether a stored entry says what `update` said; the API trims text, so the comparison does too. */
export function sameUpdate(entry: TimelineEntry, update: NewUpdate): boolean {
  const evidence = update.evidence ?? [];
  return (
    entry.status === update.status &&
    entry.note === (update.note?.trim() || null) &&
    entry.evidence.length === evidence.length &&
    entry.evidence.every(
      (e, i) => e.url === evidence[i]?.url.trim() && e.title === (evidence[i]?.title?.trim() || null),
    )
  );
}

/**
 * How many of a record's updates a claim's timeline already holds, after the entry every claim
 * starts with: an import cut short between them resumes from there. Null when the timeline holds
 * something else (someone rated the claim since), which an import must leave alone.
 */
export function landedCount(timeline: readonly TimelineEntry[], updates: readonly NewUpdate[]): number | null {
  const after = timeline.slice(1);
  if (after.length > updates.length) return null;
  const matching = after.every((entry, i) => {
    const update = updates[i];
    return update !== undefined && sameUpdate(entry, update);
  });
  return matching ? after.length : null;
}
