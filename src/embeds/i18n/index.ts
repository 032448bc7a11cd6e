/**
 * Translations for the public embeds, pages and feeds: one table per language.
 *
 * To add a language, say Italian:
 *   1. Copy en.ts to it.ts, rename the export to `it` and translate every string (`satisfies
 *      Messages` makes tsc name anything missing). Set `dir`, `lang` and `intlLocale`.
 *   2. Import it below and add `it` to MESSAGES. `Locale`, LOCALES and resolveLocale follow.
 * Then run tests/embeds/i18n.test.ts: it checks every table (labels, functions, dates).
 */
import { ar } from "./ar";
import { de } from "./de";
import { en } from "./en";
import { es } from "./es";
import { fr } from "./fr";
import type { Locale, Messages } from "./messages";
import { pt } from "./pt";

export type { Locale, Messages } from "./messages";

/** Every language's table, keyed by its primary language subtag (lower case). English first: the fallback. */
export const MESSAGES = { en, es, fr, de, pt, ar } satisfies Record<string, Messages>;

export const DEFAULT_LOCALE = "en" satisfies Locale;

export const LOCALES: readonly Locale[] = Object.freeze(Object.keys(MESSAGES) as Locale[]);

function isLocale(value: string): value is Locale {
  return Object.hasOwn(MESSAGES, value);
}

/** The supported language that a BCP 47 tag ("pt-BR", "es-419", "AR", "en_GB") names, if any. */
function localeOfTag(tag: string | null | undefined): Locale | undefined {
  const primary = tag?.trim().split(/[-_]/, 1)[0]?.toLowerCase() ?? "";
  return isLocale(primary) ? primary : undefined;
}

/**
 * The language to show a claim in: `override` (a `?lang=` parameter) when it names a supported
 * language, else the claim's own `language` by its primary subtag, else English.
 */
export function resolveLocale(claimLanguage: string, override?: string | null): Locale {
  return localeOfTag(override) ?? localeOfTag(claimLanguage) ?? DEFAULT_LOCALE;
}

export function messagesFor(locale: Locale): Messages {
  return MESSAGES[locale];
}

/** The label of `code` in `messages`, or the code itself when it is not a known status. */
export function statusLabel(messages: Messages, code: string): string {
  return Object.hasOwn(messages.status, code) ? messages.status[code as keyof Messages["status"]] : code;
}

const dateFormats = new Map<Locale, Intl.DateTimeFormat>();
const dateTimeFormats = new Map<Locale, Intl.DateTimeFormat>();

function cached(
  cache: Map<Locale, Intl.DateTimeFormat>,
  locale: Locale,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  let format = cache.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(messagesFor(locale).intlLocale, { ...options, timeZone: "UTC" });
    cache.set(locale, format);
  }
  return format;
}

function parse(iso: string): Date | undefined {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/**
 * The date (UTC) of an ISO 8601 timestamp or date, as a reader of `locale` writes it: "Aug 21, 2024".
 * Unparseable input comes back as it is.
 */
export function formatDate(iso: string, locale: Locale): string {
  const date = parse(iso);
  return date ? cached(dateFormats, locale, { dateStyle: "medium" }).format(date) : iso;
}

/**
 * Date and time (UTC) of an ISO 8601 timestamp, with the zone named: "Aug 21, 2024, 2:03 PM UTC".
 * Unparseable input comes back as it is.
 */
export function formatDateTime(iso: string, locale: Locale): string {
  const date = parse(iso);
  return date
    ? `${cached(dateTimeFormats, locale, { dateStyle: "medium", timeStyle: "short" }).format(date)} UTC`
    : iso;
}
