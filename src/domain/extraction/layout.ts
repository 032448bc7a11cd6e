import { CLOSERS, isSpaceAt, isUpper, TERMINATORS } from "./chars";
import { LABEL } from "./segment";
import type { Span } from "./types";

/**
 * What each paragraph of a pasted page is. Pages carry more than the article: a headline, a
 * byline, subheadings, blocks of links to other stories ("More election coverage" and its
 * headlines and photo captions), contact and credit lines. Their quotes and names belong to other
 * stories, so everything but the headline is skipped; the headline is read, and its quotes dropped
 * later when the body repeats them.
 */
export interface Roles {
  skipped: boolean[];
  /** Index of the headline paragraph, or -1. */
  headline: number;
}

const HEADLINE_WORDS = 25;
const LINK_WORDS = 30;
const SUBHEAD_WORDS = 8;
const MARKER_WORDS = 6;

/** A paragraph that announces links to other stories. */
const MARKER =
  /^(?:related(?: (?:stories|articles|coverage|content|links|topics|reading|news))?|more (?:on|from|about|in) .{1,40}|more .{1,30} (?:coverage|news|stories)|more (?:stories|news|coverage)|read more|read next|see also|also read|you may also like|you might also like|recommended(?: for you| stories)?|most (?:read|popular|viewed|shared)|top stories|latest (?:news|stories)|further reading|around the web|trending(?: now)?|share(?: this(?: article| story)?)?|advertisement|watch|listen)\s*:?$/i;
/** Photo captions and credits: "… in Phoenix. (AP Photo/Ross D. Franklin)". */
const CAPTION =
  /\((?:[^()]{0,40}\b)?(?:photo|photograph|picture|image|images|video)\b[^()]*\)\s*$|^(?:photo|image|video)\s*:/i;
/** Contact, credit and copyright lines that close wire copy. */
const CREDIT =
  /^(?:\(?(?:reporting|editing|writing|additional reporting) by\b|to contact (?:the )?(?:reporters?|editors?)\b|copyright\b|all rights reserved|\u00a9|reuter\b|follow (?:us|@?\w+) on\b|sign up\b|subscribe\b|this (?:story|article) (?:has been|was) (?:updated|corrected))/i;
const BYLINE = /^(?:by|written by|updated|published|posted|last updated)\s+\S/i;

export function paragraphRoles(text: string, paras: readonly Span[]): Roles {
  const skipped = paras.map(() => false);
  const info = paras.map((p) => describe(text, p));
  for (let i = 0; i < paras.length; i++) {
    const p = info[i];
    if (!p) continue;
    if (p.credit || (p.byline && i < 4) || (p.subhead && i > 0)) skipped[i] = true;
    if (!p.marker) continue;
    skipped[i] = true;
    for (let j = i + 1; j < paras.length && info[j]?.link; j++) skipped[j] = true;
  }
  let trailing = 0;
  for (let i = paras.length - 1; i > 0 && (info[i]?.link || info[i]?.credit || skipped[i]); i--) trailing++;
  if (trailing >= 2 && trailing * 2 < paras.length) {
    for (let i = paras.length - trailing; i < paras.length; i++) skipped[i] = true;
  }
  const first = info[0];
  const headline =
    paras.length > 1 && first && !first.terminated && first.words <= HEADLINE_WORDS && !first.label ? 0 : -1;
  return { skipped, headline };
}

interface Described {
  words: number;
  terminated: boolean;
  label: boolean;
  marker: boolean;
  credit: boolean;
  byline: boolean;
  /** A short line in title case: "Regional Woes". */
  subhead: boolean;
  /** A headline or caption in a block of links. */
  link: boolean;
}

/** Only short paragraphs can be anything but text, so the long ones are not looked at closely. */
const LONGEST_SPECIAL = 200;

function describe(text: string, span: Span): Described {
  const head = text.slice(span.start, Math.min(span.end, span.start + LONGEST_SPECIAL));
  const tail = text.slice(Math.max(span.start, span.end - LONGEST_SPECIAL), span.end);
  const { words, allTitleCased } = countWords(text, span);
  const terminated = endsSentence(tail);
  const label = LABEL.test(head);
  return {
    words,
    terminated,
    label,
    marker: words <= MARKER_WORDS && MARKER.test(head),
    credit: CREDIT.test(head),
    byline: words <= 12 && !terminated && BYLINE.test(head),
    subhead: words <= SUBHEAD_WORDS && !terminated && !label && allTitleCased,
    link: !label && (CAPTION.test(tail) || (!terminated && words <= LINK_WORDS)),
  };
}

/** Words in a paragraph, counted no further than a link's length, and whether all are in title case. */
function countWords(text: string, span: Span): { words: number; allTitleCased: boolean } {
  let words = 0;
  let allTitleCased = true;
  let i = span.start;
  while (i < span.end && words <= LINK_WORDS) {
    while (i < span.end && isSpaceAt(text, i)) i++;
    if (i >= span.end) break;
    let j = i;
    while (j < span.end && !isSpaceAt(text, j)) j++;
    words++;
    if (allTitleCased && words <= SUBHEAD_WORDS) allTitleCased = titleCased(text, i, j);
    i = j;
  }
  return { words: i < span.end ? Number.POSITIVE_INFINITY : words, allTitleCased };
}

const SMALL_WORDS = new Set(["a", "an", "the", "of", "in", "on", "and", "or", "for", "to", "at", "by", "with", "as"]);
/** Marks a title-cased word may open with: ' " \u2018 \u201c (. */
const LEADING_MARKS = new Set([39, 34, 0x2018, 0x201c, 40]);

/** The word text[start, end) starts with a capital or a digit, after any opening marks, or is a small word. */
function titleCased(text: string, start: number, end: number): boolean {
  let k = start;
  while (k < end && LEADING_MARKS.has(text.charCodeAt(k))) k++;
  if (k === end) return true;
  const first = text.charAt(k);
  return isUpper(first) || (first >= "0" && first <= "9") || SMALL_WORDS.has(text.slice(start, end).toLowerCase());
}

function endsSentence(p: string): boolean {
  let i = p.length - 1;
  while (i >= 0 && CLOSERS.has(p.charAt(i))) i--;
  return TERMINATORS.has(p.charAt(i));
}
