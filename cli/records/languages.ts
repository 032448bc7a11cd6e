import { isObject, listOf } from "./json";

/** Language names publishers write in `inLanguage` instead of a tag. */
const LANGUAGE_NAMES: Record<string, string> = {
  english: "en",
  spanish: "es",
  español: "es",
  espanol: "es",
  portuguese: "pt",
  português: "pt",
  portugues: "pt",
  french: "fr",
  français: "fr",
  francais: "fr",
  german: "de",
  deutsch: "de",
  italian: "it",
  italiano: "it",
  hindi: "hi",
  arabic: "ar",
  chinese: "zh",
};
/** What the API takes (src/schemas/claims.ts). */
const API_LANGUAGE = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;

/**
 * A BCP 47 tag in its canonical case (`en_US` → `en-US`, `zh-hant` → `zh-Hant`), from a tag, a
 * schema.org Language node or a language's name; null when it is none of those.
 */
export function languageTag(value: unknown): string | null {
  const raw = isObject(value) ? (value.alternateName ?? value.name) : listOf(value)[0];
  if (typeof raw !== "string") return null;
  const text = raw.trim();
  const named = LANGUAGE_NAMES[text.toLowerCase()];
  if (named) return named;
  try {
    const [tag] = Intl.getCanonicalLocales(text.replace(/_/g, "-"));
    return tag !== undefined && API_LANGUAGE.test(tag) ? tag : null;
  } catch {
    return null;
  }
}
