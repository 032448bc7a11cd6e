import type { Draft } from "./drafts";

/** A headline quote repeats a body quote when this share of its longer words is in it. */
const OVERLAP = 0.8;
const MIN_OVERLAP_WORDS = 3;
const LONG_WORD = 3;

/**
 * One candidate per statement: a quote repeated word for word keeps its first occurrence (and
 * whichever speaker either found), and a headline's quote that the body repeats, in full or
 * shortened as headlines do, gives way to the body's, which has the context and the attribution.
 */
export function dedupe(drafts: readonly Draft[], headline: number): Draft[] {
  const seen = new Map<string, Draft>();
  const body: Draft[] = [];
  const heads: Draft[] = [];
  for (const d of drafts) {
    if (d.paragraph === headline) {
      heads.push(d);
      continue;
    }
    const key = d.words.join(" ");
    const earlier = key ? seen.get(key) : undefined;
    if (earlier) {
      earlier.person ??= d.person;
      continue;
    }
    if (key) seen.set(key, d);
    body.push(d);
  }
  const kept = heads.filter((h) => !body.some((b) => repeats(h, b)));
  return [...kept, ...body];
}

function repeats(head: Draft, body: Draft): boolean {
  const key = ` ${head.words.join(" ")} `;
  if (key.trim() && ` ${body.words.join(" ")} `.includes(key)) return inherit(head, body);
  const long = head.words.filter((w) => w.length > LONG_WORD);
  if (long.length < MIN_OVERLAP_WORDS) return false;
  const words = new Set(body.words);
  const shared = long.filter((w) => words.has(w)).length;
  return shared >= OVERLAP * long.length && inherit(head, body);
}

function inherit(head: Draft, body: Draft): true {
  body.person ??= head.person;
  return true;
}
