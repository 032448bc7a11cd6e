import type { Kind, Quantity, Speaker } from "../../src/domain/extraction";

/**
 * Short newswire-style articles with the candidates the extractor must find. Everything here is
 * invented for the tests (people, places, figures) except the worked example from the spec.
 */
export interface Expected {
  /** The candidate's `text`, exactly. */
  text: string;
  speaker?: Speaker | null;
  /** `null`: the candidate must have no quantity. */
  quantity?: Quantity | null;
  kind?: Kind;
  contextIncludes?: string;
  /** False for reported speech without quote marks. */
  quoted?: boolean;
  /** 1-based position in the ranking. */
  rank?: number;
  /**
   * Whether a fact-checker could check it (a figure, a comparison, a concrete promise or event), as
   * against opinion, rhetoric, procedure or a vague forecast: top-5 precision counts these.
   */
  checkable?: boolean;
  /**
   * A known miss: the extractor gets this wrong for the reason given. The article's test does not
   * assert it, but the accuracy figures count it as wrong.
   */
  miss?: string;
}

export type Style = "wire" | "broadcaster" | "press release" | "transcript";

export interface Article {
  name: string;
  text: string;
  /** The pattern of issue 12 the article was written for (1 to 8), and the house style it imitates. */
  pattern?: number;
  style?: Style;
  expected: Expected[];
  /** Exact number of candidates, when the article pins it. */
  count?: number;
  /** The text of the top-ranked candidate. */
  top?: string;
  /** Candidates (by text) that must rank below every candidate with a quantity. */
  lowValue?: string[];
}

export const corpus: Article[] = [
  {
    name: "worked example: title before the name, percentage, statistic",
    text: `Speaking to reporters, US Secretary of State Antony Blinken said: "More than 90 percent of the issues have been agreed, decided." He added that the remaining points were among the hardest.

"Good afternoon," Blinken said as he left the building.`,
    top: "More than 90 percent of the issues have been agreed, decided.",
    expected: [
      {
        text: "More than 90 percent of the issues have been agreed, decided.",
        speaker: { name: "Antony Blinken", title: "US Secretary of State" },
        quantity: { value: 90, unit: "percent", qualifier: "more_than" },
        kind: "statistic",
        contextIncludes: "Speaking to reporters, US Secretary of State Antony Blinken said:",
        checkable: true,
      },
      {
        text: "Good afternoon",
        speaker: { name: "Antony Blinken", title: "US Secretary of State" },
        quantity: null,
        checkable: false,
      },
      {
        text: "the remaining points were among the hardest",
        speaker: { name: "Antony Blinken", title: "US Secretary of State" },
        quoted: false,
        checkable: false,
      },
    ],
    lowValue: ["Good afternoon"],
    count: 3,
  },
  {
    name: "surname-only reference and pronoun in a later paragraph",
    text: `VALDOR, March 3 (Newswire) - Health Minister Jane Okafor said on Monday that the new clinic network would open ahead of schedule.

"We will open 40 clinics before the end of the year," Okafor told reporters in the capital.

She added: "Waiting lists have fallen by 18 percent since January."`,
    expected: [
      {
        text: "We will open 40 clinics before the end of the year",
        speaker: { name: "Jane Okafor", title: "Health Minister" },
        quantity: { value: 40, unit: "clinics", qualifier: "exactly" },
        kind: "promise",
        checkable: true,
      },
      {
        text: "Waiting lists have fallen by 18 percent since January.",
        speaker: { name: "Jane Okafor", title: "Health Minister" },
        quantity: { value: 18, unit: "percent", qualifier: "exactly" },
        kind: "statistic",
        checkable: true,
      },
      {
        text: "the new clinic network would open ahead of schedule",
        speaker: { name: "Jane Okafor", title: "Health Minister" },
        kind: "prediction",
        quoted: false,
        checkable: true,
      },
    ],
    count: 3,
  },
  {
    name: "quote interrupted by its attribution is one candidate",
    text: `"We are close," Foreign Minister Tomas Reyes said, "but we are not there yet."`,
    expected: [
      {
        text: "but we are not there yet.",
        speaker: { name: "Tomas Reyes", title: "Foreign Minister" },
        kind: "statement",
        contextIncludes: `"We are close," Foreign Minister Tomas Reyes said, "but we are not there yet."`,
        checkable: false,
      },
    ],
    count: 1,
  },
  {
    name: "interrupted quote shows the half with the figure",
    text: `"The expansion will cost about $2.4 billion," Port Director Lucia Brandt said, "and it will take six years."`,
    expected: [
      {
        text: "The expansion will cost about $2.4 billion",
        speaker: { name: "Lucia Brandt", title: "Port Director" },
        quantity: { value: 2_400_000_000, unit: "USD", qualifier: "about" },
        kind: "prediction",
        checkable: true,
      },
    ],
    count: 1,
  },
  {
    name: "multi-paragraph quote attributed in its last paragraph",
    text: `Opposition leader Petra Lind attacked the budget in parliament on Wednesday.

"This budget cuts 2,000 teaching jobs.

"It takes money from schools and hands it to the banks.

"We will reverse every one of these cuts," she said.`,
    expected: [
      {
        text: "This budget cuts 2,000 teaching jobs.",
        speaker: { name: "Petra Lind", title: "Opposition leader" },
        quantity: { value: 2000, unit: "jobs", qualifier: "exactly" },
        kind: "statistic",
        checkable: true,
      },
      {
        text: "It takes money from schools and hands it to the banks.",
        speaker: { name: "Petra Lind", title: "Opposition leader" },
        checkable: false,
      },
      {
        text: "We will reverse every one of these cuts",
        speaker: { name: "Petra Lind", title: "Opposition leader" },
        kind: "promise",
        quantity: null,
        checkable: true,
      },
    ],
    count: 3,
  },
  {
    name: "multi-paragraph quote attributed in its first paragraph",
    text: `Carl Mendes, a spokesperson for the Port Authority, said: "Container traffic rose between 10 and 20 percent this spring.

"We expect it to keep growing for years."`,
    expected: [
      {
        text: "Container traffic rose between 10 and 20 percent this spring.",
        speaker: { name: "Carl Mendes", title: "spokesperson for the Port Authority" },
        quantity: { value: 15, unit: "percent", qualifier: "between", low: 10, high: 20 },
        kind: "statistic",
        checkable: true,
      },
      {
        text: "We expect it to keep growing for years.",
        speaker: { name: "Carl Mendes", title: "spokesperson for the Port Authority" },
        kind: "prediction",
        checkable: false,
      },
    ],
    count: 2,
  },
  {
    name: "according to, after the quote, with an apposition title",
    text: `Food prices rose sharply in the third quarter. "Bread now costs 45 percent more than it did in 2021," according to Maria Santos, an economist at the University of Corvia.`,
    expected: [
      {
        text: "Bread now costs 45 percent more than it did in 2021",
        speaker: { name: "Maria Santos", title: "economist at the University of Corvia" },
        quantity: { value: 45, unit: "percent", qualifier: "exactly" },
        kind: "statistic",
        checkable: true,
      },
    ],
    count: 1,
  },
  {
    name: "according to, before the quote",
    text: `According to Fire Chief Owen Hart, "at least 12 homes were destroyed overnight."`,
    expected: [
      {
        text: "at least 12 homes were destroyed overnight.",
        speaker: { name: "Owen Hart", title: "Fire Chief" },
        quantity: { value: 12, unit: "homes", qualifier: "more_than" },
        kind: "statistic",
        checkable: true,
      },
    ],
  },
  {
    name: "a quote with no speaker",
    text: `A banner over the entrance of the stadium read "Together we rebuild". Organisers expected about 30,000 people to attend.`,
    expected: [{ text: "Together we rebuild", speaker: null, kind: "statement", quantity: null, checkable: false }],
    count: 1,
  },
  {
    name: "no quotes at all",
    text: `The river burst its banks near Eastbrook on Sunday, flooding about 200 homes. Emergency services said the water was expected to recede by Wednesday. Schools in the district will stay closed.`,
    expected: [],
    count: 0,
  },
  {
    name: "empty text",
    text: "",
    expected: [],
    count: 0,
  },
  {
    name: "curly quotes with a nested single-quoted phrase",
    text: `“The inspectors told us the bridge was ‘perfectly safe’, and we believed them,” said Lena Park, a resident of Eastbrook. “Nobody warned us.”`,
    expected: [
      {
        text: "The inspectors told us the bridge was ‘perfectly safe’, and we believed them",
        speaker: { name: "Lena Park", title: "resident of Eastbrook" },
        kind: "statement",
        checkable: true,
      },
      { text: "Nobody warned us.", speaker: { name: "Lena Park", title: "resident of Eastbrook" }, checkable: true },
    ],
    count: 2,
  },
  {
    name: "straight quotes with apostrophes and a nested single quote",
    text: `"It's not the workers' fault, and I told the board 'we can't keep cutting' for years," said union head Marco Bellini. "The ministry's team didn't even call us."`,
    expected: [
      {
        text: "It's not the workers' fault, and I told the board 'we can't keep cutting' for years",
        speaker: { name: "Marco Bellini", title: "union head" },
        checkable: false,
      },
      {
        text: "The ministry's team didn't even call us.",
        speaker: { name: "Marco Bellini", title: "union head" },
        checkable: true,
      },
    ],
    count: 2,
  },
  {
    name: "money in pounds and dollars, pronoun attribution",
    text: `"We will invest £300m in rural bus routes over the next three years," Transport Secretary Alan Hughes said on Friday.

Hughes said the scheme would be funded partly from a regional loan. "The previous government spent less than 2 billion dollars on the whole network in a decade," he added.`,
    expected: [
      {
        text: "We will invest £300m in rural bus routes over the next three years",
        speaker: { name: "Alan Hughes", title: "Transport Secretary" },
        quantity: { value: 300_000_000, unit: "GBP", qualifier: "exactly" },
        kind: "promise",
        checkable: true,
      },
      {
        text: "The previous government spent less than 2 billion dollars on the whole network in a decade",
        speaker: { name: "Alan Hughes", title: "Transport Secretary" },
        quantity: { value: 2_000_000_000, unit: "USD", qualifier: "less_than" },
        kind: "statistic",
        checkable: true,
      },
      {
        text: "the scheme would be funded partly from a regional loan",
        speaker: { name: "Alan Hughes", title: "Transport Secretary" },
        quoted: false,
        checkable: true,
      },
    ],
    count: 3,
  },
  {
    name: "euros, ranges and a partial quote after 'added that'",
    text: `"Investment will reach €5 million this year," said Clara Vogt, chief executive of Nordwerk. Vogt added that margins were "between 10 and 20 percent, depending on the region."

"Growth of 3-4% is realistic," she said.`,
    expected: [
      {
        text: "Investment will reach €5 million this year",
        speaker: { name: "Clara Vogt", title: "chief executive of Nordwerk" },
        quantity: { value: 5_000_000, unit: "EUR", qualifier: "exactly" },
        kind: "prediction",
        checkable: true,
      },
      {
        text: "between 10 and 20 percent, depending on the region.",
        speaker: { name: "Clara Vogt", title: "chief executive of Nordwerk" },
        quantity: { value: 15, unit: "percent", qualifier: "between", low: 10, high: 20 },
        checkable: true,
      },
      {
        text: "Growth of 3-4% is realistic",
        speaker: { name: "Clara Vogt", title: "chief executive of Nordwerk" },
        quantity: { value: 3.5, unit: "percent", qualifier: "between", low: 3, high: 4 },
        kind: "statistic",
        checkable: true,
      },
    ],
    count: 3,
  },
  {
    name: "numbers in words; a percentage beats a count",
    text: `"Two million people still lack clean water, and nearly ninety percent of them live in rural areas," said Dr. Amara Nwosu, director of the Clean Water Trust.`,
    expected: [
      {
        text: "Two million people still lack clean water, and nearly ninety percent of them live in rural areas",
        speaker: { name: "Amara Nwosu", title: "director of the Clean Water Trust" },
        quantity: { value: 90, unit: "percent", qualifier: "less_than" },
        kind: "statistic",
        checkable: true,
      },
    ],
  },
  {
    name: "prediction with a role phrase before the name",
    text: `Analysts at Harbor Bank expect inflation to ease. "Inflation is going to fall below 3 percent by the summer," Harbor Bank chief economist Rita Gomez said.`,
    expected: [
      {
        text: "Inflation is going to fall below 3 percent by the summer",
        speaker: { name: "Rita Gomez", title: "Harbor Bank chief economist" },
        quantity: { value: 3, unit: "percent", qualifier: "less_than" },
        kind: "prediction",
        checkable: true,
      },
    ],
  },
  {
    name: "promises, the second one standing alone",
    text: `Mayor Sofia Lindqvist promised residents on Thursday that the flooded district would be rebuilt. "I promise you that every family will have a home by Christmas," she said. "We are committed to rebuilding all 350 houses."`,
    expected: [
      {
        text: "I promise you that every family will have a home by Christmas",
        speaker: { name: "Sofia Lindqvist", title: "Mayor" },
        kind: "promise",
        checkable: true,
      },
      {
        text: "We are committed to rebuilding all 350 houses.",
        speaker: { name: "Sofia Lindqvist", title: "Mayor" },
        quantity: { value: 350, unit: "houses", qualifier: "exactly" },
        kind: "promise",
        checkable: true,
      },
      {
        text: "the flooded district would be rebuilt",
        speaker: { name: "Sofia Lindqvist", title: "Mayor" },
        kind: "promise",
        quoted: false,
        checkable: true,
      },
    ],
    count: 3,
  },
  {
    name: "said before the name, apposition after it",
    text: `"Sales more than doubled last year, to a record 1.2 million units," said John Roe, the company's chief executive.`,
    expected: [
      {
        text: "Sales more than doubled last year, to a record 1.2 million units",
        speaker: { name: "John Roe", title: "chief executive" },
        quantity: { value: 1_200_000, unit: "units", qualifier: "exactly" },
        kind: "statistic",
        checkable: true,
      },
    ],
  },
  {
    name: "apposition title before the name",
    text: `The company's chief executive, John Roe, told shareholders: "We expect profits to rise by about 7 percent next year."`,
    expected: [
      {
        text: "We expect profits to rise by about 7 percent next year.",
        speaker: { name: "John Roe", title: "chief executive" },
        quantity: { value: 7, unit: "percent", qualifier: "about" },
        kind: "prediction",
        checkable: true,
      },
    ],
  },
  {
    name: "greetings, procedure and no comment rank below figures",
    text: `"Good morning, and thank you all for coming," Police Commissioner Dana Whitfield said at the start of the briefing.

"Burglaries fell by 23 percent last year, the lowest level on record," Whitfield said.

"We will take questions now," she said.

"No comment," a spokesperson said when asked about the investigation.`,
    top: "Burglaries fell by 23 percent last year, the lowest level on record",
    expected: [
      {
        text: "Burglaries fell by 23 percent last year, the lowest level on record",
        speaker: { name: "Dana Whitfield", title: "Police Commissioner" },
        quantity: { value: 23, unit: "percent", qualifier: "exactly" },
        kind: "statistic",
        checkable: true,
      },
      {
        text: "Good morning, and thank you all for coming",
        speaker: { name: "Dana Whitfield", title: "Police Commissioner" },
        checkable: false,
      },
      {
        text: "We will take questions now",
        speaker: { name: "Dana Whitfield", title: "Police Commissioner" },
        checkable: false,
      },
      { text: "No comment", speaker: null, checkable: false },
    ],
    lowValue: ["Good morning, and thank you all for coming", "We will take questions now", "No comment"],
    count: 4,
  },
  {
    name: "attribution before the quote with 'told'; a comparative count",
    text: `Interior Minister Karim Haddad told parliament: "There were 1,200 fewer road deaths in 2024 than in 2023."`,
    expected: [
      {
        text: "There were 1,200 fewer road deaths in 2024 than in 2023.",
        speaker: { name: "Karim Haddad", title: "Interior Minister" },
        quantity: { value: 1200, unit: "deaths", qualifier: "exactly" },
        kind: "statistic",
        checkable: true,
      },
    ],
  },
  {
    name: "two speakers; pronouns follow the latest subject",
    text: `Coach Ana Ferreira defended her team after the defeat. "We created more chances than in any game this season," she said.

Club president Viktor Hale was less forgiving. "The results are not good enough, and the board will meet on Monday," he said.

Ferreira said later: "I will stay and fight."`,
    expected: [
      {
        text: "We created more chances than in any game this season",
        speaker: { name: "Ana Ferreira", title: "Coach" },
        checkable: true,
      },
      {
        text: "The results are not good enough, and the board will meet on Monday",
        speaker: { name: "Viktor Hale", title: "Club president" },
        kind: "prediction",
        checkable: true,
      },
      {
        text: "I will stay and fight.",
        speaker: { name: "Ana Ferreira", title: "Coach" },
        kind: "promise",
        checkable: false,
      },
    ],
    count: 3,
  },
  {
    name: "a day between the name and the verb; partial quote",
    text: `Senator Grace Obi on Tuesday said the bill was "dead on arrival".`,
    expected: [
      {
        text: "dead on arrival",
        speaker: { name: "Grace Obi", title: "Senator" },
        kind: "statement",
        checkable: false,
      },
    ],
    count: 1,
  },
  {
    name: "British single quotes and a share",
    text: `'We have cut emissions by a third since 2015,' Energy Secretary Priya Nair said. 'That is more than any other country in Europe.'`,
    expected: [
      {
        text: "We have cut emissions by a third since 2015",
        speaker: { name: "Priya Nair", title: "Energy Secretary" },
        quantity: { value: 33.33, unit: "percent", qualifier: "exactly" },
        kind: "statistic",
        checkable: true,
      },
      {
        text: "That is more than any other country in Europe.",
        speaker: { name: "Priya Nair", title: "Energy Secretary" },
        checkable: true,
      },
    ],
    count: 2,
  },
  {
    name: "hard-wrapped line and present-tense 'says'",
    text: `"Our exports to the north have grown fivefold since the new road opened," says Ruth Adeyemi,
head of the Corvia Chamber of Commerce.`,
    expected: [
      {
        text: "Our exports to the north have grown fivefold since the new road opened",
        speaker: { name: "Ruth Adeyemi", title: "head of the Corvia Chamber of Commerce" },
        kind: "statement",
        checkable: true,
      },
    ],
    count: 1,
  },
  {
    name: "'the minister said' refers back to the titled person",
    text: `Finance Minister Ana Ruiz presented the budget on Monday. The minister said: "Public debt will fall to 60 percent of GDP by 2027."`,
    expected: [
      {
        text: "Public debt will fall to 60 percent of GDP by 2027.",
        speaker: { name: "Ana Ruiz", title: "Finance Minister" },
        quantity: { value: 60, unit: "percent", qualifier: "exactly" },
        kind: "prediction",
        checkable: true,
      },
    ],
  },
  {
    name: "a relative clause between name and verb; 'called' with an organisation's possessive",
    text: `"The numbers simply don't add up," said Jonas Weber, an economist at the Institute for Fiscal Studies in Corvia.

Weber, who advised the previous government, added that construction costs had risen "by around 35 percent" since 2021.

The opposition Social Party's housing spokesperson, Maria Lindgren, called the plan "a fantasy".`,
    expected: [
      {
        text: "The numbers simply don't add up",
        speaker: { name: "Jonas Weber", title: "economist at the Institute for Fiscal Studies in Corvia" },
        checkable: false,
      },
      {
        text: "by around 35 percent",
        speaker: { name: "Jonas Weber", title: "economist at the Institute for Fiscal Studies in Corvia" },
        quantity: { value: 35, unit: "percent", qualifier: "about" },
        kind: "statistic",
        checkable: true,
      },
      { text: "a fantasy", speaker: { name: "Maria Lindgren", title: "housing spokesperson" }, checkable: false },
    ],
    count: 3,
  },
  {
    name: "dotted abbreviation in a title",
    text: `U.S. Trade Representative Lena Marsh told the committee: "Exports to the region rose 12 percent in the first half."`,
    expected: [
      {
        text: "Exports to the region rose 12 percent in the first half.",
        speaker: { name: "Lena Marsh", title: "U.S. Trade Representative" },
        quantity: { value: 12, unit: "percent", qualifier: "exactly" },
        kind: "statistic",
        checkable: true,
      },
    ],
    count: 1,
  },
  {
    name: "question, then the attribution as its own sentence",
    text: `"Who will pay for all of this?" Councillor Ben Mori asked. "Not the developers, that much is clear."`,
    expected: [
      { text: "Who will pay for all of this?", speaker: { name: "Ben Mori", title: "Councillor" }, checkable: false },
      {
        text: "Not the developers, that much is clear.",
        speaker: { name: "Ben Mori", title: "Councillor" },
        checkable: false,
      },
    ],
    count: 2,
  },
];
