import { headRole } from "./names";
import type { Speaker } from "./types";

/** A person as the article builds them up; titles learnt later reach earlier quotes too. */
export interface Person {
  name: string;
  title?: string;
}

const key = (s: string): string => s.normalize("NFKC").toLowerCase();
const RECENT_LIMIT = 50;

/**
 * Who has been named so far. Newswire names a person in full once ("US Secretary of State Antony
 * Blinken") and then by surname ("Blinken said") or pronoun ("he added"), so the registry maps
 * surnames back to the full entry and remembers the last person named as a subject.
 */
export class SpeakerRegistry {
  private readonly byFull = new Map<string, Person>();
  private readonly bySurname = new Map<string, Person>();
  private readonly recent: Person[] = [];
  private last: Person | null = null;
  private lastParagraph = -1;
  /** The paragraph being read, set by the caller as it goes. */
  paragraph = 0;

  /** Records a named mention; a subject mention makes the person the referent of "he"/"she"/"they". */
  mention(name: string, title: string | undefined, subject: boolean): Person {
    const words = name.split(" ");
    const surname = key(words.at(-1) ?? name);
    let person: Person | undefined;
    if (words.length > 1) {
      person = this.byFull.get(key(name));
      const bare = this.bySurname.get(surname);
      if (!person && bare && !bare.name.includes(" ")) {
        bare.name = name;
        person = bare;
      }
      person ??= { name };
      this.byFull.set(key(name), person);
      this.bySurname.set(surname, person);
    } else {
      person = this.bySurname.get(surname) ?? this.byFull.get(surname);
      if (!person) {
        person = { name };
        this.bySurname.set(surname, person);
      }
    }
    if (title && !person.title) person.title = title;
    this.remember(person, subject);
    return person;
  }

  has(name: string): boolean {
    return this.bySurname.has(key(name)) || this.byFull.has(key(name));
  }

  /** "he said": the last person named as a subject, if any. */
  pronoun(): Person | null {
    return this.last;
  }

  /** A quote standing alone belongs to whoever was speaking in this paragraph or the one before. */
  current(): Person | null {
    return this.lastParagraph >= this.paragraph - 1 ? this.last : null;
  }

  /** "the minister said": the most recent person whose title has that role word. */
  described(role: string): Person | null {
    const head = headRole(role);
    if (!head) return null;
    for (let i = this.recent.length - 1; i >= 0; i--) {
      const person = this.recent[i];
      if (person?.title && key(person.title).split(" ").includes(head)) {
        this.remember(person, true);
        return person;
      }
    }
    return null;
  }

  private remember(person: Person, subject: boolean): void {
    if (subject) {
      this.last = person;
      this.lastParagraph = this.paragraph;
    }
    if (this.recent.at(-1) === person) return;
    this.recent.push(person);
    if (this.recent.length > RECENT_LIMIT * 2) this.recent.splice(0, RECENT_LIMIT);
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
