import { headRole } from "./names";
import { type Gender, genderOf } from "./people";
import type { Speaker } from "./types";

/** A person as the article builds them up; titles learnt later reach earlier quotes too. */
export interface Person {
  name: string;
  title?: string;
  gender?: Gender;
}

/** Someone (or, with `person: null`, some group) who was the subject of a sentence or an attribution. */
interface SubjectEntry {
  person: Person | null;
  paragraph: number;
}

/** NFKC only changes text outside ASCII, and most names are ASCII: skip it for them. */
const NON_ASCII = /[^ -~]/;
const key = (s: string): string => (NON_ASCII.test(s) ? s.normalize("NFKC") : s).toLowerCase();
const RECENT_LIMIT = 50;
/** "he said" looks back this many subjects, and no further than this many paragraphs. */
const PRONOUN_SUBJECTS = 8;
const PRONOUN_PARAGRAPHS = 6;
const PRONOUN_GENDERS = new Map<string, Gender>([
  ["he", "m"],
  ["she", "f"],
]);

/**
 * Who has been named so far. Newswire names a person in full once ("US Secretary of State Antony
 * Blinken") and then by surname ("Blinken said") or pronoun ("he added"), so the registry maps
 * surnames back to the full entry and keeps the recent subjects, people and groups, in order.
 */
export class SpeakerRegistry {
  private readonly byFull = new Map<string, Person>();
  private readonly bySurname = new Map<string, Person>();
  private readonly recent: Person[] = [];
  private readonly subjects: SubjectEntry[] = [];
  /** The paragraph being read, set by the caller as it goes. */
  paragraph = 0;

  /** Records a named mention; a subject mention makes the person a referent of "he"/"she". */
  mention(name: string, title: string | undefined, subject: boolean, gender?: Gender): Person {
    const space = name.lastIndexOf(" ");
    const surname = key(space < 0 ? name : name.slice(space + 1));
    let person: Person | undefined;
    if (space >= 0) {
      const full = key(name);
      person = this.byFull.get(full);
      const bare = this.bySurname.get(surname);
      if (!person && bare && !bare.name.includes(" ")) {
        bare.name = name;
        person = bare;
      }
      person ??= { name };
      this.byFull.set(full, person);
      this.bySurname.set(surname, person);
    } else {
      person = this.bySurname.get(surname) ?? this.byFull.get(surname);
      if (!person) {
        person = { name };
        this.bySurname.set(surname, person);
      }
    }
    if (title && !person.title) person.title = title;
    person.gender ??= gender ?? genderOf(person.name, person.title);
    this.remember(person, subject);
    return person;
  }

  /** A group spoke or acted ("Labour said", "Officials say"): a quote standing alone after it is nobody's. */
  group(): void {
    if (this.subjects.at(-1)?.person === null) return;
    this.subjects.push({ person: null, paragraph: this.paragraph });
    this.trim();
  }

  has(name: string): boolean {
    return this.bySurname.has(key(name)) || this.byFull.has(key(name));
  }

  /** The person a known surname or full name stands for, without recording a mention. */
  lookup(name: string): Person | undefined {
    return this.byFull.get(key(name)) ?? this.bySurname.get(key(name));
  }

  /**
   * "he said": the nearest recent subject of that gender. A subject of unknown gender is taken
   * only when it is the nearest person; once someone of the other gender has been passed over, a
   * person of unknown gender is a guess, and no speaker beats a wrong one. "they" is taken for a
   * person only when the nearest subject is a person of unknown gender, not a group.
   */
  pronoun(word: string): Person | null {
    const want = PRONOUN_GENDERS.get(word);
    if (!want) {
      const nearest = this.subjects.at(-1);
      return nearest?.person && !nearest.person.gender && this.near(nearest) ? this.take(nearest.person) : null;
    }
    let passed = false;
    for (let i = this.subjects.length - 1; i >= 0 && i >= this.subjects.length - PRONOUN_SUBJECTS; i--) {
      const entry = this.subjects[i];
      if (!entry || !this.near(entry)) break;
      const person = entry.person;
      if (!person) continue;
      if (person.gender === want) return this.take(person);
      if (person.gender === undefined) {
        if (passed) return null;
        person.gender = want;
        return this.take(person);
      }
      passed = true;
    }
    return null;
  }

  /** A quote standing alone belongs to whoever was speaking in this paragraph or the one before. */
  current(): Person | null {
    const last = this.subjects.at(-1);
    return last && last.paragraph >= this.paragraph - 1 ? last.person : null;
  }

  /** The most recent person who was a subject, however far back: an interview's "A:" is the interviewee. */
  lastPerson(): Person | null {
    for (let i = this.subjects.length - 1; i >= 0; i--) {
      const person = this.subjects[i]?.person;
      if (person) return person;
    }
    return null;
  }

  /** "the minister said": the most recent person whose title has that role word. */
  described(role: string): Person | null {
    const head = headRole(role);
    if (!head) return null;
    for (let i = this.recent.length - 1; i >= 0; i--) {
      const person = this.recent[i];
      if (person?.title && key(person.title).split(" ").includes(head)) return this.take(person);
    }
    return null;
  }

  private near(entry: SubjectEntry): boolean {
    return entry.paragraph >= this.paragraph - PRONOUN_PARAGRAPHS;
  }

  private take(person: Person): Person {
    this.remember(person, true);
    return person;
  }

  private remember(person: Person, subject: boolean): void {
    if (subject && this.subjects.at(-1)?.person !== person) {
      this.subjects.push({ person, paragraph: this.paragraph });
      this.trim();
    } else if (subject) {
      const last = this.subjects.at(-1);
      if (last) last.paragraph = this.paragraph;
    }
    if (this.recent.at(-1) === person) return;
    this.recent.push(person);
    if (this.recent.length > RECENT_LIMIT * 2) this.recent.splice(0, RECENT_LIMIT);
  }

  private trim(): void {
    if (this.subjects.length > RECENT_LIMIT * 2) this.subjects.splice(0, RECENT_LIMIT);
  }
}

/** The create-claim API takes speaker names and titles of up to 200 characters. */
const MAX_FIELD = 200;

/** The speaker as the API shows it; a name too long to be one is no speaker at all. */
export function toSpeaker(person: Person): Speaker | null {
  if (person.name.length > MAX_FIELD) return null;
  return person.title && person.title.length <= MAX_FIELD
    ? { name: person.name, title: person.title }
    : { name: person.name };
}
