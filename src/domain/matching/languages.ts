import { stemmer as porter } from "stemmer";

/**
 * Per-language word handling for claim matching: stop words (words that say nothing about what a
 * claim is about: function words, reporting verbs, and the words of numbers and of time such as
 * "million", "first", "since", "next", which the figure or the date carry, not the subject) and a
 * stemmer (so "agreed", "agree" and "agreement" meet). English uses the Porter stemmer after
 * dropping a possessive "'s"; the others a light stemmer that strips the common inflections
 * (plural, gender, frequent verb and adverb endings): enough to meet a paraphrase, small enough to read.
 */
interface Language {
  stopWords: ReadonlySet<string>;
  stem(word: string): string;
  /**
   * What the stemmer strips from the front of a word. The full-text index holds whole words, so a
   * prefix search for a stem must also be tried behind each of these to find the indexed word.
   */
  leading?: readonly string[];
}

/** Lowercase, without accents, typographic apostrophes as "'": how both stop words and the text are compared. */
function fold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[\u2018\u2019\u02bc]/gu, "'")
    .toLowerCase();
}

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean).map(fold));

/** Strips the first matching suffix, keeping a stem of at least `min` characters (suffixes folded as words are). */
function lightStemmer(suffixes: readonly string[], min = 3) {
  const sorted = [...new Set(suffixes.map(fold))].sort((a, b) => b.length - a.length);
  return (word: string) => {
    for (const suffix of sorted) {
      if (word.endsWith(suffix) && word.length - suffix.length >= min) return word.slice(0, -suffix.length);
    }
    return word;
  };
}

const LANGUAGES: Record<string, Language> = {
  en: {
    stopWords: words(`a an the and or but if of in on at to for from by with about as into over under than then
      that this these those there here it its it's is are was were be been being am do does did done has have had
      having will would shall should can could may might must not no nor so such very just also only even
      i me my we us our you your he him his she her they them their what which who whom whose when where why how
      all any both each few more most other some own same too up down out off again further once per cent percent
      said says say told tell according mr mrs ms dr
      i'm i've i'll i'd we're we've we'll we'd you're you've they're they've they'll he's she's that's there's
      isn't aren't wasn't weren't don't doesn't didn't won't wouldn't can't couldn't shouldn't haven't hasn't hadn't
      now still since ago already yet first last next today yesterday tomorrow
      zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
      seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand
      thousands million millions billion billions trillion bn mn tn pct half third thirds quarter quarters dozen`),
    stem: (word: string) => porter(word.replace(/'s$/, "")),
  },
  es: {
    stopWords: words(`el la los las un una unos unas y o pero si de del en a al por para con sin sobre entre que
      como es son fue fueron ser sido está están estaba ha han había se lo le les su sus mi mis nuestro nuestra
      este esta estos estas ese esa eso más menos muy ya también no ni dijo dice según por ciento
      desde hasta durante hacia ahora hoy vez veces primer primera primero último última próximo próxima
      pasado pasada
      uno dos tres cuatro cinco seis siete ocho nueve diez veinte treinta cuarenta cincuenta cien ciento mil
      millón millones`),
    stem: lightStemmer([
      "amente",
      "mente",
      "aremos",
      "eremos",
      "iremos",
      "arán",
      "erán",
      "irán",
      "ará",
      "erá",
      "irá",
      "aciones",
      "ación",
      "adores",
      "ador",
      "ados",
      "adas",
      "ado",
      "ada",
      "idos",
      "idas",
      "ido",
      "ida",
      "ar",
      "er",
      "ir",
      "es",
      "os",
      "as",
      "s",
      "o",
      "a",
      "e",
    ]),
  },
  fr: {
    stopWords: words(`le la les un une des du de d l et ou mais si en à au aux par pour avec sans sur sous dans
      entre que qui quoi comme est sont était été être a ont avait se ce ces cet cette son sa ses notre nos votre
      vos leur leurs plus moins très déjà aussi ne pas ni a-t-il dit selon pour cent
      depuis jusqu'a jusqu'au jusqu'en maintenant aujourd'hui fois premier première dernier dernière prochain prochaine
      deux trois quatre cinq six sept huit neuf dix vingt trente quarante cinquante cent mille million millions
      milliard milliards`),
    stem: lightStemmer([
      "issements",
      "issement",
      "ations",
      "ation",
      "ements",
      "ement",
      "ées",
      "ée",
      "és",
      "é",
      "euses",
      "euse",
      "eux",
      "aux",
      "es",
      "s",
      "e",
    ]),
  },
  de: {
    stopWords: words(`der die das den dem des ein eine einer eines einem einen und oder aber wenn von vom zu zum
      zur in im an am auf für mit ohne über unter bei aus nach dass als wie ist sind war waren sein gewesen hat
      haben hatte wird werden wurde sich es er sie wir ihr nicht kein keine mehr weniger sehr schon auch sagte
      laut prozent seit bis jetzt heute mal erste ersten erstmals letzte letzten letztes nächste nächsten nächstes
      zwei drei vier fünf sechs sieben acht neun zehn zwanzig dreißig hundert tausend million millionen
      milliarde milliarden`),
    stem: lightStemmer([
      "ungen",
      "ung",
      "heiten",
      "heit",
      "keiten",
      "keit",
      "lichen",
      "lich",
      "isch",
      "ern",
      "em",
      "en",
      "er",
      "es",
      "e",
      "n",
      "s",
      "t",
    ]),
  },
  pt: {
    stopWords: words(`o a os as um uma uns umas e ou mas se de do da dos das em no na nos nas por pelo pela para
      com sem sobre entre que como é são foi foram ser sido está estão estava há tem têm se lhe seu sua seus suas
      nosso nossa este esta estes estas esse essa isso mais menos muito já também não nem disse diz segundo
      por cento desde até durante agora hoje vez vezes primeira primeiro último última próximo próxima
      passado passada
      dois duas três quatro cinco seis sete oito nove dez vinte trinta quarenta cinquenta cem mil milhão
      milhões bilhão bilhões`),
    stem: lightStemmer([
      "amente",
      "mente",
      "ações",
      "ação",
      "adores",
      "ador",
      "ados",
      "adas",
      "ado",
      "ada",
      "idos",
      "idas",
      "ido",
      "ida",
      "es",
      "os",
      "as",
      "s",
      "o",
      "a",
      "e",
    ]),
  },
  ar: {
    leading: ["ال", "وال", "بال", "لل"],
    stopWords: words(`في من على إلى عن مع هذا هذه ذلك تلك التي الذي الذين ما لا لم لن قد كان كانت هو هي هم
      نحن أن إن أو ثم كما بين حتى عند كل بعض قال قالت وقال وقالت وفق بالمئة المئة في المائة`),
    // The article and the common prefixed conjunctions and prepositions, then plural and feminine endings.
    stem: (word: string) =>
      lightStemmer(
        ["ات", "ون", "ين", "ان", "ة", "ه", "ها"],
        2,
      )(word.replace(/^(?:وال|بال|كال|فال|لل|ال|و|ف)(?=.{2,})/u, "")),
  },
};

/** The language of a BCP 47 tag by its primary subtag; languages we do not know are read as English. */
export function languageOf(tag: string): Language {
  return LANGUAGES[tag.toLowerCase().split(/[-_]/)[0] ?? ""] ?? (LANGUAGES.en as Language);
}

/**
 * The words that say what a text is about: lowercased, accents dropped (but not from Arabic,
 * where they are marks the stemmer ignores anyway), stop words and numbers removed, stemmed.
 */
export function contentTerms(text: string, tag: string): string[] {
  const language = languageOf(tag);
  const tokens = fold(text).match(/[\p{L}]+(?:['’][\p{L}]+)*/gu) ?? [];
  return tokens
    .filter((token) => token.length > 1 && !language.stopWords.has(token))
    .map((token) => language.stem(token))
    .filter((stem) => stem.length > 1);
}

/** The forms a stem can start an indexed word with: itself, and behind what the stemmer strips. */
export function searchForms(stem: string, tag: string): string[] {
  return [stem, ...(languageOf(tag).leading ?? []).map((prefix) => prefix + stem)];
}
