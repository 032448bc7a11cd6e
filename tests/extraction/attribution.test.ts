import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/domain/extraction";
import { attributionAfter, attributionBefore, sentenceSubject } from "../../src/domain/extraction/attribution";
import { SpeakerRegistry, toSpeaker } from "../../src/domain/extraction/speakers";
import { tokenize } from "../../src/domain/extraction/tokens";

describe("attributionAfter (the clause after a quote)", () => {
  it.each([
    [" Blinken said.", { kind: "name", name: "Blinken" }, "said"],
    [" said Blinken.", { kind: "name", name: "Blinken" }, "said"],
    [" Blinken told reporters on Tuesday.", { kind: "name", name: "Blinken" }, "told"],
    [" Blinken said on Tuesday.", { kind: "name", name: "Blinken" }, "said"],
    [" Blinken has also said.", { kind: "name", name: "Blinken" }, "said"],
    [", said Health Minister Jane Doe.", { kind: "name", name: "Jane Doe", title: "Health Minister" }, "said"],
    [
      " US Secretary of State Antony Blinken told reporters.",
      { kind: "name", name: "Antony Blinken", title: "US Secretary of State" },
      "told",
    ],
    [
      " said John Roe, the company's chief executive.",
      { kind: "name", name: "John Roe", title: "chief executive" },
      "said",
    ],
    [
      " the company's chief executive, John Roe, said.",
      { kind: "name", name: "John Roe", title: "chief executive" },
      "said",
    ],
    [
      " John Roe, the company's chief executive, said.",
      { kind: "name", name: "John Roe", title: "chief executive" },
      "said",
    ],
    [" said union head Marco Bellini.", { kind: "name", name: "Marco Bellini", title: "union head" }, "said"],
    [" Roe, who arrived on Monday, said.", { kind: "name", name: "Roe" }, "said"],
    [" he added.", { kind: "pronoun", word: "he" }, "added"],
    [" she warned.", { kind: "pronoun", word: "she" }, "warned"],
    [" they said in a statement.", { kind: "pronoun", word: "they" }, "said"],
    [" the minister told reporters.", { kind: "role", role: "minister" }, "told"],
    [" a company spokesperson said.", { kind: "role", role: "spokesperson" }, "said"],
    [
      " according to Maria Santos, an economist at the University of Corvia.",
      { kind: "name", name: "Maria Santos", title: "economist at the University of Corvia" },
      "according",
    ],
    [" Ms. Doe insisted.", { kind: "name", name: "Doe", gender: "f" }, "insisted"],
    [" Labour said.", { kind: "group" }, "said"],
    [" the Audit Commission said.", { kind: "group" }, "said"],
    [" Officials said.", { kind: "group" }, "said"],
    [" Dr. Amara Nwosu wrote.", { kind: "name", name: "Amara Nwosu" }, "wrote"],
  ] as const)("%j", (clause, subject, verb) => {
    expect(attributionAfter(clause)).toEqual({ subject, verb });
  });

  it.each([[" and the crowd cheered."], [""], [" the report said."], [" the Conservative pledges were costed."]])(
    "finds nobody in %j",
    (clause) => {
      expect(attributionAfter(clause)).toBeNull();
    },
  );
});

describe("attributionBefore (the clause before a quote)", () => {
  it.each([
    [
      "Speaking to reporters, US Secretary of State Antony Blinken said: ",
      { kind: "name", name: "Antony Blinken", title: "US Secretary of State" },
    ],
    ["According to Fire Chief Owen Hart, ", { kind: "name", name: "Owen Hart", title: "Fire Chief" }],
    ["Senator Grace Obi on Tuesday said the bill was ", { kind: "name", name: "Grace Obi", title: "Senator" }],
    ["He added: ", { kind: "pronoun", word: "he" }],
    ["Vogt added that margins were ", { kind: "name", name: "Vogt" }],
    [
      "The company's chief executive, John Roe, told shareholders: ",
      { kind: "name", name: "John Roe", title: "chief executive" },
    ],
    [
      "Health Minister Jane Doe opened the clinic and said ",
      { kind: "name", name: "Jane Doe", title: "Health Minister" },
    ],
  ] as const)("%j", (clause, subject) => {
    expect(attributionBefore(clause, true)?.subject).toEqual(subject);
  });

  it("finds nobody without an attribution verb", () => {
    expect(attributionBefore("A banner over the entrance read ", true)).toBeNull();
  });

  it("finds a group, which is no person, for a plural or an organisation", () => {
    expect(attributionBefore("Sales rose and analysts said ", true)?.subject).toEqual({ kind: "group" });
    expect(attributionBefore("For the Liberal Democrats, Labour said: ", true)?.subject).toEqual({ kind: "group" });
  });

  it("reads a title after the name without its closing comma", () => {
    expect(attributionBefore("Rhodri Evans, health spokesman said: ", true)?.subject).toEqual({
      kind: "name",
      name: "Rhodri Evans",
      title: "health spokesman",
    });
    expect(attributionBefore("In Cardiff, the minister said: ", true)?.subject).toEqual({
      kind: "role",
      role: "minister",
    });
  });

  it("does not read a plural noun as the verb", () => {
    expect(attributionBefore("Tom Roe examined the Conservative pledges on Sunday: ", true)).toBeNull();
  });

  it("gives a participle or a coordinated verb the sentence's subject", () => {
    const sentenceSubject = () => ({ kind: "name", name: "Tom Roe" }) as const;
    expect(attributionBefore("the Conservative pledges, telling the programme: ", false, { sentenceSubject })).toEqual({
      subject: { kind: "name", name: "Tom Roe" },
      verb: "telling",
    });
    expect(attributionBefore(" but added: ", false, { sentenceSubject })?.subject).toEqual({
      kind: "name",
      name: "Tom Roe",
    });
  });
});

describe("sentenceSubject", () => {
  it.each([
    ["Finance Minister Ana Ruiz presented the budget.", { kind: "name", name: "Ana Ruiz", title: "Finance Minister" }],
    [
      "Opposition leader Petra Lind disputed the numbers.",
      { kind: "name", name: "Petra Lind", title: "Opposition leader" },
    ],
    ["On Monday, Ruiz said the plan was ready.", { kind: "name", name: "Ruiz" }],
    ["Club president Viktor Hale was less forgiving.", { kind: "name", name: "Viktor Hale", title: "Club president" }],
  ] as const)("%j", (sentence, subject) => {
    expect(sentenceSubject(tokenize(sentence))).toEqual(subject);
  });

  it("skips a party opening the sentence for the person after it", () => {
    expect(sentenceSubject(tokenize("For the Welsh Liberal Democrats, Kirsty Ames called it weak."))).toEqual({
      kind: "name",
      name: "Kirsty Ames",
    });
  });

  it("ignores sentences that do not open with a person", () => {
    expect(sentenceSubject(tokenize("Officials said the road was closed."))).toEqual({ kind: "group" });
    expect(sentenceSubject(tokenize("The river burst its banks."))).toBeNull();
  });
});

describe("SpeakerRegistry", () => {
  it("resolves surnames to the full name and title given first", () => {
    const registry = new SpeakerRegistry();
    registry.mention("Antony Blinken", "US Secretary of State", true);
    expect(toSpeaker(registry.mention("Blinken", undefined, true))).toEqual({
      name: "Antony Blinken",
      title: "US Secretary of State",
    });
  });

  it("upgrades a surname seen first once the full name appears", () => {
    const registry = new SpeakerRegistry();
    const early = registry.mention("Blinken", undefined, true);
    registry.mention("Antony Blinken", "US Secretary of State", true);
    expect(toSpeaker(early)).toEqual({ name: "Antony Blinken", title: "US Secretary of State" });
  });

  it("drops names and titles too long for the create-claim API", () => {
    const registry = new SpeakerRegistry();
    expect(toSpeaker(registry.mention(`A${"b".repeat(250)}`, undefined, true))).toBeNull();
    expect(toSpeaker(registry.mention("Jane Doe", `Minister ${"x".repeat(250)}`, true))).toEqual({ name: "Jane Doe" });
  });

  it("resolves pronouns to the last subject and descriptions by title", () => {
    const registry = new SpeakerRegistry();
    registry.mention("Ana Ruiz", "Finance Minister", true);
    registry.mention("Tom Bright", "Mayor", false);
    expect(registry.pronoun("she")?.name).toBe("Ana Ruiz");
    expect(registry.described("the mayor")?.name).toBe("Tom Bright");
    expect(registry.pronoun("he")?.name).toBe("Tom Bright");
    expect(registry.described("the governor")).toBeNull();
  });

  it("passes over people of the other gender, but never guesses past them", () => {
    const registry = new SpeakerRegistry();
    registry.mention("Ana Ruiz", "Finance Minister", true);
    registry.mention("Tom Bright", "Mayor", true);
    expect(registry.pronoun("she")?.name).toBe("Ana Ruiz");
    const unsure = new SpeakerRegistry();
    unsure.mention("Kiri Ota", undefined, true);
    unsure.mention("Tom Bright", "Mayor", true);
    expect(unsure.pronoun("she")).toBeNull();
    expect(unsure.pronoun("he")?.name).toBe("Tom Bright");
  });

  it("does not give 'they' to a person after a group spoke", () => {
    const registry = new SpeakerRegistry();
    registry.mention("Kiri Ota", undefined, true);
    registry.group();
    expect(registry.pronoun("they")).toBeNull();
    expect(registry.current()).toBeNull();
  });
});

describe("speakers in articles", () => {
  const speakers = (text: string) => extractClaims(text).map((c) => [c.text, c.speaker]);

  it("resolves he/she/they to the last named speaker", () => {
    const text = `"Exports rose by 4 percent," Trade Minister Ilse Marrow said. "They will rise again," she added.`;
    expect(speakers(text)).toEqual(
      expect.arrayContaining([
        ["Exports rose by 4 percent", { name: "Ilse Marrow", title: "Trade Minister" }],
        ["They will rise again", { name: "Ilse Marrow", title: "Trade Minister" }],
      ]),
    );
  });

  it("gives an earlier surname-only quote the full name learnt later", () => {
    const text = `"We are close to a deal on the ports," Blinken said.\n\nLater, US Secretary of State Antony Blinken said: "The rest will follow."`;
    for (const [, speaker] of speakers(text))
      expect(speaker).toEqual({ name: "Antony Blinken", title: "US Secretary of State" });
  });

  it("leaves a pronoun with no earlier speaker unresolved", () => {
    expect(speakers(`"We will win the vote on Friday," she said.`)).toEqual([["We will win the vote on Friday", null]]);
  });

  it("does not carry a speaker into a distant, unattributed quote", () => {
    const text = `"We will win," Mayor Tom Bright said.\n\nThe vote was held on Friday.\n\nTurnout was low.\n\nA poster near the hall said "Vote no".`;
    expect(extractClaims(text).find((c) => c.text === "Vote no")?.speaker).toBeNull();
  });
});
