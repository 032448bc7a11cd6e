import { dedupe } from "./dedupe";
import { type Doc, type Draft, resolve, sentenceDraft, toCandidate } from "./drafts";
import { paragraphRoles } from "./layout";
import { narrative, openingOf, registerNarrative, registerOpening, type Segment, skipFragments } from "./mentions";
import { groupQuotations } from "./quotations";
import { quoteDraft } from "./quote-drafts";
import { scanQuotes } from "./quotes";
import { reportedSpeech } from "./reported";
import { paragraphs, type Sentence, sentenceAt, sentences } from "./segment";
import { SpeakerRegistry } from "./speakers";
import { transcriptTurns } from "./transcript";
import { TurnReader } from "./turns";
import type { Candidate } from "./types";

/**
 * The extractor without its safety net; see `extractClaims` in index.ts. One pass over the
 * sentences, in order, so that the registry of people knows what a reader would at each point:
 * skipped paragraphs (links, credits) give nothing, a transcript's turns give their sentences,
 * other sentences their quotes and, when they have none, their reported speech.
 */
export function extractCandidates(text: string): Candidate[] {
  const paras = paragraphs(text);
  const roles = paragraphRoles(text, paras);
  const turns = transcriptTurns(text, paras);
  const sents = sentences(text, paras);
  const fragments = scanQuotes(text, paras).filter((f) => !roles.skipped[f.paragraph] && !turns?.[f.paragraph]);
  const quotations = groupQuotations(text, fragments, sents);
  const index = new Map(fragments.map((f, i) => [f, i] as const));
  const doc: Doc = { text, sents, fragments, index, registry: new SpeakerRegistry(), roles, turns };
  const drafts: Draft[] = [];
  const turn = new TurnReader(doc);
  let q = 0;
  let cursor = 0;
  for (let s = 0; s < sents.length; s++) {
    const sentence = sents[s] as Sentence;
    doc.registry.paragraph = sentence.paragraph;
    if (roles.skipped[sentence.paragraph] || turns?.[sentence.paragraph]) {
      cursor = skipFragments(doc, s, cursor);
      const d = roles.skipped[sentence.paragraph] ? null : turn.draft(sentence);
      if (d) drafts.push(d);
      continue;
    }
    const read = narrative(doc, s, cursor);
    cursor = read.cursor;
    registerOpening(openingOf(sentence, read.segments), doc.registry);
    for (let quotation = quotations[q]; quotation; quotation = quotations[++q]) {
      if (sentenceAt(sents, quotation.parts[0].open) > s) break;
      drafts.push(quoteDraft(doc, quotation, drafts));
    }
    const only = read.segments.length === 1 ? read.segments[0] : undefined;
    if (only && only.start === sentence.start && only.end === sentence.end) {
      const d = reported(doc, sentence, s, only);
      if (d) drafts.push(d);
    }
    registerNarrative(text, read.segments, doc.registry);
  }
  return dedupe(drafts, roles.headline)
    .map((d, order) => ({ candidate: toCandidate(d), order }))
    .sort((a, b) => b.candidate.score - a.candidate.score || a.order - b.order)
    .map((entry) => entry.candidate);
}

/** Reported speech: "Keating said domestic demand could fall", by a person the article names. */
function reported(doc: Doc, sentence: Sentence, index: number, segment: Segment): Draft | null {
  const found = reportedSpeech(doc.text, segment.from, segment.tokens);
  const person = found ? resolve(doc.registry, found.subject) : null;
  if (!found || !person) return null;
  const where = { sentence, index, context: sentence };
  return sentenceDraft(doc, found.clause, where, { person, verb: found.verb, quoted: false });
}
