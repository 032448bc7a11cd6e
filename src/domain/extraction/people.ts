import { FEMALE_NAMES, MALE_NAMES } from "./given-names";

/**
 * What a name says about its bearer: a gender, for pronouns, and whether it is a person at all.
 * Parties, organisations and countries speak in newswire ("Labour said", "the ministry said") but
 * are never a claim's speaker, and a party word before a name is a title ("Tory MP Jo Bloggs").
 */

export type Gender = "m" | "f";

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** Honorifics and titles that say who they name ("Ms Hutt", "the spokeswoman"). */
const MALE_WORDS = words(`
  mr mr. sir lord king prince duke earl baron father brother son husband uncle spokesman chairman
  congressman councilman businessman statesman sheikh monsieur herr señor senor
`);
const FEMALE_WORDS = words(`
  mrs mrs. ms ms. miss dame lady queen princess duchess countess baroness mother sister daughter wife aunt
  spokeswoman chairwoman congresswoman councilwoman businesswoman stateswoman madame frau señora senora
`);

/** Party names and the adjectives made from them: a speaker on their own, a title before a name. */
export const PARTY_WORDS = words(`
  labour conservative conservatives tory tories democrat democrats democratic republican republicans gop
  liberal liberals lib dem dems green greens socialist socialists communist communists nationalist
  nationalists snp plaid cymru ukip reform centrist centrists unionist unionists ldp cdu csu spd fdp
  likud anc bjp
`);

/** Last words of an organisation's name: "Plaid Cymru", "Moody's Analytics", "the Audit Commission". */
const ORGANISATION_HEADS = words(`
  party parties council commission ministry department office agency authority association union
  federation institute institution university college school bank group company corporation corp inc
  ltd llc plc co committee board court government administration assembly parliament congress senate
  house service services trust foundation fund organisation organization society league alliance
  coalition network press news times post journal research analytics securities holdings partners
  capital labs systems motors airlines police army navy forces force bureau centre center club team
  front movement campaign cymru democrats republicans conservatives liberals socialists greens tories
  nationalists communists unionists reuters data survey report poll statement study figures review
  agencies unions companies banks firms ministries governments markets exchange
`);

/** Countries and capitals that "said" things in diplomatic copy. */
const PLACES = words(`
  china russia iran israel japan india france germany britain england scotland wales ireland italy spain
  turkey ukraine canada mexico brazil australia pakistan egypt washington beijing moscow london paris
  berlin tokyo brussels kremlin pentagon whitehall europe america
`);

/** An all-capitals word of two to five letters is an acronym ("BMA", "NATO"), not a name. */
const ACRONYM = /^\p{Lu}{2,5}$/u;

/** Words with the gender they point to, a man's where a word is on both lists: one lookup per word. */
function genders(female: Iterable<string>, male: Iterable<string>): ReadonlyMap<string, Gender> {
  const out = new Map<string, Gender>();
  for (const w of female) out.set(w, "f");
  for (const w of male) out.set(w, "m");
  return out;
}

const GENDERS = genders([...FEMALE_NAMES, ...FEMALE_WORDS], [...MALE_NAMES, ...MALE_WORDS]);
const TITLE_GENDERS = genders(FEMALE_WORDS, MALE_WORDS);
const GIVEN_NAMES = new Set([...MALE_NAMES, ...FEMALE_NAMES]);

/** The gender a given name, honorific or gendered title word points to, if any. */
export function genderOfWord(word: string): Gender | undefined {
  return GENDERS.get(word.toLowerCase());
}

/** The gender of a person from their name's first word or their title's words. */
export function genderOf(name: string, title?: string): Gender | undefined {
  const space = name.indexOf(" ");
  const given = genderOfWord(space < 0 ? name : name.slice(0, space));
  if (given || !title) return given;
  for (const word of title.split(" ")) {
    const gender = TITLE_GENDERS.get(word.toLowerCase());
    if (gender) return gender;
  }
  return undefined;
}

/** True when a given name opens the name: "Kamala Harris", not "New Mexico". */
export function hasGivenName(name: string): boolean {
  const space = name.indexOf(" ");
  return isGivenName((space < 0 ? name : name.slice(0, space)).toLowerCase());
}

/** A lowercased word that is a known given name. */
export function isGivenName(lower: string): boolean {
  return GIVEN_NAMES.has(lower);
}

/** Names already judged, since an article names the same people and bodies again and again. */
const judged = new Map<string, boolean>();
const JUDGED_LIMIT = 2000;

/** A party, an organisation, a country or an acronym: something that speaks but is no person. */
export function isOrganisation(name: string): boolean {
  const known = judged.get(name);
  if (known !== undefined) return known;
  if (judged.size >= JUDGED_LIMIT) judged.clear();
  const answer = organisation(name);
  judged.set(name, answer);
  return answer;
}

function organisation(name: string): boolean {
  const lower = name.toLowerCase();
  if (PARTY_WORDS.has(lower) || PLACES.has(lower) || ORGANISATION_HEADS.has(lower)) return true;
  const space = lower.lastIndexOf(" ");
  if (space < 0) return ACRONYM.test(name);
  if (ORGANISATION_HEADS.has(lower.slice(space + 1))) return true;
  const parts = lower.split(" ");
  if (parts.every((p) => PARTY_WORDS.has(p))) return true;
  return parts.some((p, i) => parts[i + 1] === "of" && ORGANISATION_HEADS.has(p));
}

export function isPartyWord(word: string): boolean {
  return PARTY_WORDS.has(word.toLowerCase());
}
