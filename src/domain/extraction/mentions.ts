import { sentenceSubject, titledNames } from "./attribution";
import { isSpace } from "./chars";
import { mayHoldTitle } from "./names";
import { fragmentEnd, type Layout } from "./regions";
import type { SpeakerRegistry } from "./speakers";
import { tokenize } from "./tokens";
import type { Span } from "./types";

/** A sentence's subject sits in its first few words, so only those are tokenised. */
const SUBJECT_WINDOW = 160;

/**
 * Registers the people a sentence names outside its quotes: its opening subject ("Finance Minister
 * Ana Ruiz presented the budget") becomes the referent of a later "she", and every titled name
 * becomes known by surname. Returns the first fragment that can still overlap later sentences.
 */
export function registerMentions(doc: Layout, registry: SpeakerRegistry, s: number, cursor: number): number {
  const { text, fragments } = doc;
  const sentence = doc.sents[s];
  if (!sentence) return cursor;
  let i = cursor;
  while (fragmentEnd(fragments[i]) <= sentence.start) i++;
  const segments: Span[] = [];
  let pos = sentence.start;
  for (let j = i; j < fragments.length; j++) {
    const f = fragments[j];
    if (!f || f.open >= sentence.end) break;
    if (f.open > pos) segments.push({ start: pos, end: f.open });
    pos = Math.max(pos, fragmentEnd(f));
  }
  if (pos < sentence.end) segments.push({ start: pos, end: sentence.end });
  const first = segments[0];
  if (first && first.start === sentence.start) {
    let end = Math.min(first.end, first.start + SUBJECT_WINDOW);
    if (end < first.end) while (end > first.start && !isSpace(text.charAt(end))) end--;
    const subject = sentenceSubject(tokenize(text.slice(first.start, end)));
    if (subject?.kind === "name" && (subject.title || subject.name.includes(" ") || registry.has(subject.name))) {
      registry.mention(subject.name, subject.title, true);
    }
  }
  for (const seg of segments) {
    const segment = text.slice(seg.start, seg.end);
    if (!mayHoldTitle(segment)) continue;
    for (const mention of titledNames(tokenize(segment))) registry.mention(mention.name, mention.title, false);
  }
  return i;
}
