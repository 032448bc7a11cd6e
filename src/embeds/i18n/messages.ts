import type { ClaimKind, StatusCode } from "../../domain/statuses";
import type { MESSAGES } from "./index";

/** A language the embeds, pages and feeds speak: a key of the table in index.ts. */
export type Locale = keyof typeof MESSAGES;

/**
 * Every string a reader sees on an embed, a public page or a feed, in one language. Strings that
 * take a value are functions; they get it already formatted (dates through formatDate or
 * formatDateTime) and return plain text, so callers escape the result as they would any text.
 */
export interface Messages {
  /** Writing direction, for `<html dir>` (and `dir` on an embed's root element). */
  dir: "ltr" | "rtl";
  /** BCP 47 tag for `<html lang>` and a feed's language. */
  lang: string;
  /** Locale handed to Intl for dates. */
  intlLocale: string;

  /** Label of each status; English equals the `label` in src/domain/statuses.ts. */
  status: Record<StatusCode, string>;
  /** Name of each kind of claim. */
  claimKind: Record<ClaimKind, string>;

  /** A quotation in the language's own marks: “…” in English, « … » in French, „…“ in German. */
  quote(text: string): string;
  /** "Said by Antony Blinken". */
  saidBy(speaker: string): string;
  /** "Antony Blinken, US Secretary of State". */
  speakerWithTitle(name: string, title: string): string;
  /** "Claimed on 21 Aug 2024". */
  claimed(date: string): string;
  /** Heading over a claim's current status: "Status". */
  statusHeading: string;
  /** "Last updated 21 Aug 2024". */
  lastUpdated(date: string): string;
  /** Link to the published fact-check: "Read the fact-check". */
  readFactCheck: string;
  claimNotFound: string;
  claimNotFoundDetail: string;
  /** The index page's answer when its search is over the rate limit. */
  tooManySearches: string;
  tooManySearchesDetail(seconds: number): string;
  /** Left half of a status badge: "fact-check". */
  badgeLabel: string;
  timeline: string;
  evidence: string;
  /** Before the list of articles that quote the claim: "Quoted in". */
  quotedIn: string;
  /** After a timeline entry's new status: "was: Under review". */
  previousStatus(label: string): string;
  /** Heading of an entry's note: "Note". */
  note: string;
  /** "Tracked by Example Desk". */
  trackedBy(publisher: string): string;
  verifyHeading: string;
  /** One sentence: each entry's hash covers the one before it, so any rewrite shows. */
  verifyIntro: string;
  /** Label of an entry's hash. */
  hash: string;

  /** Title of the feed of every claim: "Latest status changes — Example Desk". */
  feedTitleAll(publisher: string): string;
  /** Title of one claim's feed: "Status changes: …". */
  feedTitleClaim(summaryOrText: string): string;
  /** Title of a feed entry: "Antony Blinken's claim rated Mostly false". */
  feedEntryTitle(speaker: string, statusLabel: string): string;

  /** Heading of the list of recent changes: "Latest status changes". */
  latestChanges: string;
  /** Label of the search box and its button: "Search claims". */
  search: string;
  searchPlaceholder: string;
  noResults: string;
  /** Link to the API reference: "For developers: API reference". */
  forDevelopers: string;
}
