import type { StatusCode } from "../src/domain/statuses";

/**
 * Textual ratings (`reviewRating.alternateName`) as fact-checkers publish them, by the status on
 * the veracity scale each one means. The importer reads this table when a rating has no usable
 * numbers, and to tell apart statuses that share a number (misleading and mostly_false are both 2).
 *
 * To extend it, add the name to its status's list in any spelling: names are compared folded
 * (`foldRating`), so case, accents, punctuation and underscores do not matter. A name listed
 * under two statuses stops the importer at start-up. Where a name could be read two ways, a
 * comment says which reading was chosen.
 */
type Verdict = Extract<
  StatusCode,
  "true" | "mostly_true" | "half_true" | "misleading" | "mostly_false" | "false" | "unsupported"
>;

export const RATING_NAMES: Record<Verdict, readonly string[]> = {
  true: [
    ...["True", "Correct", "Accurate", "Verified", "Correct attribution", "Geppetto Checkmark"],
    ...["Verdadero", "Cierto", "Correcto", "Verdad"], // es
    ...["Verdadeiro", "Verdade", "Comprovado", "Correto"], // pt
    ...["Vrai", "Exact"], // fr
    ...["Richtig", "Wahr", "Stimmt"], // de
    ...["Vero", "Sandt", "Korrekt"], // it, da
    ...["सच", "सही", "সত্য", "صحيح", "正確", "正确"], // hi, bn, ar, zh
  ],
  mostly_true: [
    ...["Mostly True", "Mostly Correct", "Mostly Accurate", "Largely True", "Largely Accurate", "One Pinocchio"],
    ...["Mayormente verdadero", "Mayormente cierto", "Casi verdadero", "Verdadero pero", "Cierto pero"],
    ...["Verdadeiro, mas", "Plutôt vrai", "Größtenteils richtig", "Überwiegend richtig", "Größtenteils wahr"],
  ],
  half_true: [
    ...["Half True", "Half-truth", "Mixture", "Mixed", "Partly True", "Partially True", "Two Pinocchios"],
    ...["Mixto", "Impreciso", "Verdad a medias", "Discutible", "Parcialmente verdadero"],
    ...["Parcialmente verdadeiro", "Meia verdade"],
    ...["C'est plus compliqué", "Partiellement vrai", "À nuancer"],
    ...["Teilweise richtig", "Teilweise wahr", "Halb wahr", "Delvis sandt"],
  ],
  misleading: [
    ...["Misleading", "Missing context", "Lacks context", "Needs context", "Out of context", "Miscaptioned"],
    ...["Exaggerated", "Exaggeration", "Distorted", "Spin", "Cherry-picked"],
    // Satire passed on as news leaves readers with a false impression, which is what `misleading`
    // says; the satire itself did not lie, so not `false`.
    ...["Satire", "Labeled Satire", "Sátira", "ساخر"],
    ...["Engañoso", "Exagerado", "Sacado de contexto", "Fuera de contexto", "Falta contexto", "Sin contexto"],
    ...["Enganoso", "Distorcido", "Sem contexto", "Fora de contexto", "Subestimado"],
    // Aos Fatos' "not quite so": a true core told so that it misleads.
    "Não é bem assim",
    ...["Trompeur", "Exagéré", "Manque de contexte", "Sorti de son contexte", "Hors contexte"],
    ...["Irreführend", "Fehlender Kontext", "Kontext fehlt", "Übertrieben"],
    ...["Fuorviante", "Vildledende", "Manglende kontekst", "भ्रामक", "বিভ্রান্তিকর", "مضلل"],
  ],
  mostly_false: [
    ...["Mostly False", "Mostly Inaccurate", "Largely False", "Partly False", "Partially False", "Three Pinocchios"],
    ...["Mayormente falso", "Casi falso", "Parcialmente falso", "Plutôt faux", "Partiellement faux"],
    ...["Größtenteils falsch", "Überwiegend falsch", "Teilweise falsch", "Zum Teil falsch"],
    ...["Parzialmente falso", "Delvis falsk", "部分錯誤", "部分错误", "زائف جزئياً"],
  ],
  false: [
    ...["False", "Incorrect", "Inaccurate", "Wrong", "Not true", "Pants on Fire", "Fake", "Hoax", "Fabricated"],
    ...["Altered", "Altered photo", "Altered video", "Manipulated", "Manipulated media", "Doctored"],
    ...["Misattributed", "Scam", "Fake news", "Four Pinocchios"],
    // 20 Minutes (Fake Off) publishes a slug.
    "really_false",
    ...["Falso", "Bulo", "Montaje", "Manipulado", "Inventado", "Boato", "Montagem"],
    ...["Faux", "Fausse", "Intox", "Infox", "Inexact"],
    ...["Falsch", "Unwahr", "Frei erfunden", "Erfunden", "Manipuliert", "Fälschung", "Falsk"],
    ...["झूठ", "गलत", "ग़लत", "फर्जी", "फ़र्ज़ी", "মিথ্যা", "زائف", "كاذب", "خطأ", "錯誤", "错误"],
  ],
  unsupported: [
    ...["Unproven", "Unsupported", "Unverified", "Unsubstantiated", "Baseless", "No evidence"],
    ...["Insufficient evidence", "Lacks evidence", "Not proven", "Cannot be verified", "Research in progress"],
    ...["Insostenible", "Sin evidencia", "Sin pruebas", "No verificable", "Inverificable", "Apresurado"],
    ...["Insustentável", "Sem evidências", "Sem provas", "Não comprovado", "Inconclusivo", "Ainda é cedo para dizer"],
    ...["Infondé", "Non prouvé", "Invérifiable", "Unbelegt", "Nicht belegt", "Unbewiesen", "證據不足", "证据不足"],
  ],
};

/** Latin combining accents (after NFD), Arabic harakat and tatweel. */
const DIACRITICS = /[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g;

/**
 * A rating name reduced to what identifies it: lower case, Latin accents and Arabic diacritics
 * removed (Indic vowel signs are parts of letters and stay), every run of punctuation, symbols,
 * underscores or spaces one space. "Pants on Fire!" and "pants_on_fire" fold alike.
 */
export function foldRating(name: string): string {
  return name
    .normalize("NFD")
    .replace(DIACRITICS, "")
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, " ")
    .trim();
}

const BY_FOLDED_NAME = new Map<string, Verdict>();
for (const [status, names] of Object.entries(RATING_NAMES) as [Verdict, readonly string[]][]) {
  for (const name of names) {
    const taken = BY_FOLDED_NAME.get(foldRating(name));
    if (taken !== undefined && taken !== status) {
      throw new Error(`cli/ratings.ts: "${name}" is listed under both ${taken} and ${status}`);
    }
    BY_FOLDED_NAME.set(foldRating(name), status);
  }
}

/** A verdict followed by its explanation: "FALSO: As imagens foram…", "False - the photo…". */
const VERDICT_THEN_EXPLANATION = /\s*(?:[:;.!?(–—]|\s-\s)/u;

/**
 * The status a textual rating means, or null when the table lacks it. The whole name is looked up
 * first, then the words before a colon, full stop, dash or bracket, because some publishers put
 * the verdict first and the explanation after it.
 */
export function statusForRatingName(name: string): Verdict | null {
  const whole = BY_FOLDED_NAME.get(foldRating(name));
  if (whole !== undefined) return whole;
  const [head] = name.trim().split(VERDICT_THEN_EXPLANATION);
  if (head === undefined || head === name.trim()) return null;
  return BY_FOLDED_NAME.get(foldRating(head)) ?? null;
}
