import type { Article } from "./corpus";

/**
 * Made-up articles for the eight newswire patterns of issue 12, at least three each, in the house
 * styles of wire copy, broadcasters' pages, press releases and transcripts. Every person, place,
 * organisation and figure is invented.
 */
export const patternCorpus: Article[] = [
  // 1. A quote reopened in the same paragraph, where a page lost its paragraph breaks.
  {
    name: "1: reopened quote in a flattened broadcaster paragraph keeps the narrative's figure out",
    pattern: 1,
    style: "broadcaster",
    text: `Rents in Vallon have risen faster than anywhere else in the region, a housing charity says.

Housing spokeswoman Mared Lloyd said: "Rents have climbed by 14% in two years. "The regulator has warned that supply is falling, and that is a serious warning." Separately, figures showed 2,300 new homes were finished in the year to March.`,
    expected: [
      {
        text: "Rents have climbed by 14% in two years.",
        speaker: { name: "Mared Lloyd", title: "Housing spokeswoman" },
        quantity: { value: 14, unit: "percent", qualifier: "exactly" },
        kind: "statistic",
        rank: 1,
        checkable: true,
      },
      {
        text: "The regulator has warned that supply is falling, and that is a serious warning.",
        speaker: { name: "Mared Lloyd", title: "Housing spokeswoman" },
        quantity: null,
        checkable: true,
      },
    ],
    count: 2,
  },
  {
    name: "1: reopened quote in wire copy, the second paragraph with its own figure",
    pattern: 1,
    style: "wire",
    text: `BRENNMOUTH, May 4 (Example Wire) - Union organiser Petra Holm said the dispute at the Brennmouth depot was far from over. "Drivers were promised a 6 percent rise and got nothing. "The company has made £40m in profit this year while cutting 300 jobs." The firm's own accounts show revenue fell 2 percent.`,
    expected: [
      {
        text: "Drivers were promised a 6 percent rise and got nothing.",
        speaker: { name: "Petra Holm", title: "Union organiser" },
        quantity: { value: 6, unit: "percent", qualifier: "exactly" },
        checkable: true,
      },
      {
        text: "The company has made £40m in profit this year while cutting 300 jobs.",
        speaker: { name: "Petra Holm", title: "Union organiser" },
        quantity: { value: 40_000_000, unit: "GBP", qualifier: "exactly" },
        checkable: true,
      },
      {
        text: "the dispute at the Brennmouth depot was far from over",
        speaker: { name: "Petra Holm", title: "Union organiser" },
        quoted: false,
        checkable: false,
      },
    ],
    count: 3,
  },
  {
    name: "1: curly quotes reopened twice, the attribution in the middle",
    pattern: 1,
    style: "broadcaster",
    text: `“In the old days you dealt with one inspector,” Harbour Master Otto Brandt said, “maybe two. “Now there are seven agencies on the quay. “Every one of them wants its own forms.” The port handled 410,000 containers last year.`,
    expected: [
      {
        text: "maybe two.",
        speaker: { name: "Otto Brandt", title: "Harbour Master" },
        quantity: { value: 2, unit: "count", qualifier: "about" },
        contextIncludes: "In the old days you dealt with one inspector",
        checkable: true,
      },
      {
        text: "Now there are seven agencies on the quay.",
        speaker: { name: "Otto Brandt", title: "Harbour Master" },
        quantity: { value: 7, unit: "agencies", qualifier: "exactly" },
        checkable: true,
      },
      {
        text: "Every one of them wants its own forms.",
        speaker: { name: "Otto Brandt", title: "Harbour Master" },
        quantity: null,
        checkable: false,
      },
    ],
    count: 3,
  },

  // 2. Parties and organisations are not speakers; people are.
  {
    name: "2: a party's plural is no verb, and a participle gives the sentence's subject",
    pattern: 2,
    style: "broadcaster",
    text: `Shadow housing minister Tom Reddan dismissed the Conservative pledges, telling the Sunday programme: "We will build 150,000 council homes a year by 2029."

Labour said: "The figures in the government's plan do not add up."

The Conservatives said Mr Reddan's numbers were "pure fiction".`,
    expected: [
      {
        text: "We will build 150,000 council homes a year by 2029.",
        speaker: { name: "Tom Reddan", title: "Shadow housing minister" },
        quantity: { value: 150_000, unit: "homes", qualifier: "exactly" },
        kind: "promise",
        rank: 1,
        checkable: true,
      },
      { text: "The figures in the government's plan do not add up.", speaker: null, checkable: true },
      { text: "pure fiction", speaker: null, checkable: false },
    ],
    count: 3,
  },
  {
    name: "2: 'For the party, Name called …' and the quote that follows go to the person",
    pattern: 2,
    style: "wire",
    text: `Finance Minister Karl Brenner presented the budget on Tuesday.

For the Green Party, Ines Varga called the budget "a missed chance". "It leaves 40,000 families without heating support."

Tory MP Gareth Pym said: "We will vote against the fuel duty rise."`,
    expected: [
      { text: "a missed chance", speaker: { name: "Ines Varga" }, checkable: false },
      {
        text: "It leaves 40,000 families without heating support.",
        speaker: { name: "Ines Varga" },
        quantity: { value: 40_000, unit: "families", qualifier: "exactly" },
        rank: 1,
        checkable: true,
      },
      {
        text: "We will vote against the fuel duty rise.",
        speaker: { name: "Gareth Pym", title: "Tory MP" },
        kind: "promise",
        checkable: true,
      },
    ],
    count: 3,
  },
  {
    name: "2: a ministry speaks in a press release, then a minister",
    pattern: 2,
    style: "press release",
    text: `PRESS RELEASE - Ministry of Transport

The Ministry of Transport said on Friday that regulated rail fares would rise by 3.1 percent in January. "This is the smallest rise in a decade," the ministry said.

Transport Minister Hana Ilves said: "Season tickets will be frozen for nurses and carers."

The Audit Office said: "The fares formula has not been reviewed since 2011."`,
    expected: [
      { text: "This is the smallest rise in a decade", speaker: null, checkable: true },
      {
        text: "Season tickets will be frozen for nurses and carers.",
        speaker: { name: "Hana Ilves", title: "Transport Minister" },
        kind: "prediction",
        checkable: true,
      },
      { text: "The fares formula has not been reviewed since 2011.", speaker: null, checkable: true },
    ],
    count: 3,
  },

  // 3. People named in reported speech, and pronouns that must match them.
  {
    name: "3: 'said Name, an economist at …' makes the next 'he said' his",
    pattern: 3,
    style: "wire",
    text: `"We expect a weak Christmas," said Maria Ostrova, head of research at Finch Capital.

Retail sales slowed sharply in the third quarter, said Ahmad Karim, an economist at Lowland Bank in Dorrow.

"Shoppers are trading down to cheaper brands, and sales volumes fell 3 percent," he said.`,
    expected: [
      {
        text: "We expect a weak Christmas",
        speaker: { name: "Maria Ostrova", title: "head of research at Finch Capital" },
        checkable: false,
      },
      {
        text: "Retail sales slowed sharply in the third quarter",
        speaker: { name: "Ahmad Karim", title: "economist at Lowland Bank in Dorrow" },
        quoted: false,
        checkable: true,
      },
      {
        text: "Shoppers are trading down to cheaper brands, and sales volumes fell 3 percent",
        speaker: { name: "Ahmad Karim", title: "economist at Lowland Bank in Dorrow" },
        quantity: { value: 3, unit: "percent", qualifier: "exactly" },
        rank: 1,
        checkable: true,
      },
    ],
    count: 3,
  },
  {
    name: "3: 'she added' after a man was quoted goes back to the woman",
    pattern: 3,
    style: "broadcaster",
    text: `Energy Minister Clara Weiss said the price cap would stay in place. "Bills will fall by £120 this winter," she said.

"Suppliers have already passed on the cut," said Daniel Okoro, an analyst at Meridian Research.

"We will review the cap again in April," she added.`,
    expected: [
      {
        text: "Bills will fall by £120 this winter",
        speaker: { name: "Clara Weiss", title: "Energy Minister" },
        quantity: { value: 120, unit: "GBP", qualifier: "exactly" },
        kind: "prediction",
        rank: 1,
        checkable: true,
      },
      {
        text: "Suppliers have already passed on the cut",
        speaker: { name: "Daniel Okoro", title: "analyst at Meridian Research" },
        checkable: true,
      },
      {
        text: "We will review the cap again in April",
        speaker: { name: "Clara Weiss", title: "Energy Minister" },
        kind: "promise",
        checkable: true,
      },
      {
        text: "the price cap would stay in place",
        speaker: { name: "Clara Weiss", title: "Energy Minister" },
        quoted: false,
        checkable: true,
      },
    ],
    count: 4,
  },
  {
    name: "3: no guess past a man to a person of unknown gender; 'they' after officials",
    pattern: 3,
    style: "wire",
    text: `"The bridge will reopen in May," said Robin Ashe, the council's chief engineer.

"It is already 18 months late," said John Marsh, who chairs the residents' association.

"We never hid the delays from anyone," she said.

Officials at the transport agency said the contractor had been fined. "The penalty clauses were enforced in full," they said.`,
    expected: [
      {
        text: "The bridge will reopen in May",
        speaker: { name: "Robin Ashe", title: "chief engineer" },
        kind: "prediction",
        checkable: true,
      },
      {
        text: "It is already 18 months late",
        speaker: { name: "John Marsh" },
        quantity: { value: 18, unit: "months", qualifier: "exactly" },
        rank: 1,
        checkable: true,
      },
      { text: "We never hid the delays from anyone", speaker: null, checkable: false },
      { text: "The penalty clauses were enforced in full", speaker: null, checkable: true },
    ],
    count: 4,
  },

  {
    name: "3: two partial quotes in one sentence share the speaker",
    pattern: 3,
    style: "wire",
    text: `Mayor Colin Barre spoke for an hour at the rally in Fenwick on Friday.

He also repeated a claim that the police chief had "refused" his offer to send "2,000 extra officers" to the stadium. The chief does not command the stadium's stewards.`,
    expected: [
      {
        text: "2,000 extra officers",
        speaker: { name: "Colin Barre", title: "Mayor" },
        quantity: { value: 2000, unit: "officers", qualifier: "exactly" },
        rank: 1,
        checkable: true,
      },
      {
        text: "refused",
        speaker: { name: "Colin Barre", title: "Mayor" },
        checkable: false,
      },
    ],
    count: 2,
  },

  {
    name: "3: known misses: two speakers at once, a decimal comma",
    pattern: 3,
    style: "wire",
    text: `"We will appeal the ruling within 28 days," Karen Dole and Mark Finch said in a joint statement.

"Inflation in the eurozone was 2,4 % in March," said Bruno Keller, an economist at Rhein Invest.`,
    expected: [
      {
        text: "We will appeal the ruling within 28 days",
        speaker: null,
        quantity: { value: 28, unit: "days", qualifier: "less_than" },
        kind: "promise",
        checkable: true,
        miss: "quotes attributed to two people at once go to one of them",
      },
      {
        text: "Inflation in the eurozone was 2,4 % in March",
        speaker: { name: "Bruno Keller", title: "economist at Rhein Invest" },
        quantity: { value: 2.4, unit: "percent", qualifier: "exactly" },
        checkable: true,
        miss: "decimal commas are not read: no figure",
      },
    ],
    count: 2,
  },

  // 4. "Name, title said", full names for surnames, titles whole.
  {
    name: "4: 'Name, title said:' without the closing comma",
    pattern: 4,
    style: "broadcaster",
    text: `Rhodri Penn, Plaid Cymru education spokesman said: "Class sizes have risen for five years in a row."

Jonathan Ames, Conservative education spokesman said the plans were "unambitious".`,
    expected: [
      {
        text: "Class sizes have risen for five years in a row.",
        speaker: { name: "Rhodri Penn", title: "Plaid Cymru education spokesman" },
        quantity: { value: 5, unit: "years", qualifier: "exactly" },
        rank: 1,
        checkable: true,
      },
      {
        text: "unambitious",
        speaker: { name: "Jonathan Ames", title: "Conservative education spokesman" },
        checkable: false,
      },
    ],
    count: 2,
  },
  {
    name: "4: a surname quote gets the full name given in reported speech, and its long title",
    pattern: 4,
    style: "wire",
    text: `Wage growth has stalled outside the energy belt, said Gary Holt, a senior fellow at the Corvia Institute in Dunmore and a former treasury official.

That suggests "pay is flat almost everywhere" except the oil towns, Holt said. "Hourly earnings rose 1.9 percent, the weakest since 2013."`,
    expected: [
      {
        text: "Wage growth has stalled outside the energy belt",
        speaker: {
          name: "Gary Holt",
          title: "senior fellow at the Corvia Institute in Dunmore and a former treasury official",
        },
        quoted: false,
        checkable: true,
      },
      {
        text: "pay is flat almost everywhere",
        speaker: {
          name: "Gary Holt",
          title: "senior fellow at the Corvia Institute in Dunmore and a former treasury official",
        },
        checkable: true,
      },
      {
        text: "Hourly earnings rose 1.9 percent, the weakest since 2013.",
        speaker: {
          name: "Gary Holt",
          title: "senior fellow at the Corvia Institute in Dunmore and a former treasury official",
        },
        quantity: { value: 1.9, unit: "percent", qualifier: "exactly" },
        rank: 1,
        checkable: true,
      },
    ],
    count: 3,
  },
  {
    name: "4: a title with parentheses, and an over-long title not cut at 'at the'",
    pattern: 4,
    style: "press release",
    text: `Dr Helen Marr, regional director of the Corvia Medical Association (CMA), welcomed the plan "to cut waiting lists by 20 percent".

"Public employers carry this region," said Lena Ortiz, research scientist with the Bureau of Labour and Social Research and the Centre for Regional Employment Studies at the University of East Corvia in Dunmore.`,
    expected: [
      {
        text: "to cut waiting lists by 20 percent",
        speaker: { name: "Helen Marr", title: "regional director of the Corvia Medical Association" },
        quantity: { value: 20, unit: "percent", qualifier: "exactly" },
        rank: 1,
        checkable: true,
      },
      {
        text: "Public employers carry this region",
        speaker: {
          name: "Lena Ortiz",
          title:
            "research scientist with the Bureau of Labour and Social Research and the Centre for Regional Employment Studies",
        },
        checkable: false,
      },
    ],
    count: 2,
  },

  {
    name: "4: 'Name, title, verb …' opening a sentence gives the title to the quote after it",
    pattern: 4,
    style: "wire",
    text: `KESTON, April 8 (Example Wire) - Hiroshi Mori, professor of law at Keston University, thought a second vote was likely. "The coalition will call an election before the budget," he said.`,
    expected: [
      {
        text: "The coalition will call an election before the budget",
        speaker: { name: "Hiroshi Mori", title: "professor of law at Keston University" },
        kind: "prediction",
        rank: 1,
        checkable: true,
      },
    ],
    count: 1,
  },

  {
    name: "4: a party word before a name is a title, and a later surname gets the full name",
    pattern: 4,
    style: "wire",
    text: `The governor's race has become a referendum on the budget, with Democrat Ysolde Marr leading in two polls.

Marr pledged to "cut the sales tax by a fifth in her first year".`,
    expected: [
      {
        text: "cut the sales tax by a fifth in her first year",
        speaker: { name: "Ysolde Marr", title: "Democrat" },
        quantity: { value: 20, unit: "percent", qualifier: "exactly" },
        kind: "promise",
        rank: 1,
        checkable: true,
      },
    ],
    count: 1,
  },

  // 5. The figure the sentence asserts.
  {
    name: "5: an approximate restatement beats the exact figure it revises",
    pattern: 5,
    style: "wire",
    text: `"The government first forecast a deficit of 12.4 billion crowns -- our present expectation is lower, around 12 billion crowns," Finance Minister Jan Olsen said.`,
    expected: [
      {
        text: "The government first forecast a deficit of 12.4 billion crowns -- our present expectation is lower, around 12 billion crowns",
        speaker: { name: "Jan Olsen", title: "Finance Minister" },
        quantity: { value: 12_000_000_000, unit: "crowns", qualifier: "about" },
        rank: 1,
        checkable: true,
      },
    ],
    count: 1,
  },
  {
    name: "5: the end of a change, with its hedge",
    pattern: 5,
    style: "wire",
    text: `TOKORO, June 2 (Example Wire) - "The sales tax could be cut from six pct to perhaps four pct," said Kenji Arai, professor of economics at Hanover College.

"Another option is to lower the planned five pct to three pct," Arai said.

Waiting times fell from 7,613 days to 6,630 days, the agency said.`,
    expected: [
      {
        text: "The sales tax could be cut from six pct to perhaps four pct",
        speaker: { name: "Kenji Arai", title: "professor of economics at Hanover College" },
        quantity: { value: 4, unit: "percent", qualifier: "about" },
        checkable: true,
      },
      {
        text: "Another option is to lower the planned five pct to three pct",
        speaker: { name: "Kenji Arai", title: "professor of economics at Hanover College" },
        quantity: { value: 3, unit: "percent", qualifier: "exactly" },
        checkable: true,
      },
    ],
    count: 2,
  },
  {
    name: "5: a range in words and in digits is a range",
    pattern: 5,
    style: "broadcaster",
    text: `"Inflation will settle between two and three per cent next year," said Bank of Corvia governor Ruth Calder.

"Growth of 1.5-2% is realistic," she said.`,
    expected: [
      {
        text: "Inflation will settle between two and three per cent next year",
        speaker: { name: "Ruth Calder", title: "Bank of Corvia governor" },
        quantity: { value: 2.5, unit: "percent", qualifier: "between", low: 2, high: 3 },
        kind: "prediction",
        rank: 1,
        checkable: true,
      },
      {
        text: "Growth of 1.5-2% is realistic",
        speaker: { name: "Ruth Calder", title: "Bank of Corvia governor" },
        quantity: { value: 1.75, unit: "percent", qualifier: "between", low: 1.5, high: 2 },
        checkable: true,
      },
    ],
    count: 2,
  },

  // 6. Number words and abbreviations.
  {
    name: "6: half a million, more than",
    pattern: 6,
    style: "press release",
    text: `Work Secretary Ian Drum announced the winter payment on Thursday.

"Over half a million pensioners will get the payment before Christmas," Drum said. "Nobody will have to apply."`,
    expected: [
      {
        text: "Over half a million pensioners will get the payment before Christmas",
        speaker: { name: "Ian Drum", title: "Work Secretary" },
        quantity: { value: 500_000, unit: "pensioners", qualifier: "more_than" },
        kind: "prediction",
        rank: 1,
        checkable: true,
      },
      { text: "Nobody will have to apply.", speaker: { name: "Ian Drum", title: "Work Secretary" }, checkable: true },
    ],
    count: 2,
  },
  {
    name: "6: '8m households' and 'one in four voters'",
    pattern: 6,
    style: "broadcaster",
    text: `"8m households are behind on their energy bills," said Fiona Hale, chief executive of the charity Warm Homes.

"One in four voters has still not decided," said pollster Amir Shah.`,
    expected: [
      {
        text: "8m households are behind on their energy bills",
        speaker: { name: "Fiona Hale", title: "chief executive of the charity Warm Homes" },
        quantity: { value: 8_000_000, unit: "households", qualifier: "exactly" },
        checkable: true,
      },
      {
        text: "One in four voters has still not decided",
        speaker: { name: "Amir Shah", title: "pollster" },
        quantity: { value: 25, unit: "percent", qualifier: "exactly" },
        checkable: true,
      },
    ],
    count: 2,
  },
  {
    name: "6: a negative figure and an upper bound",
    pattern: 6,
    style: "wire",
    text: `"Net migration was negative 15,000 last year," said Statistics Office director Paulo Reis.

"Losses at the plant could run as high as 9 million dollars," said Mayor Grace Obuya.`,
    expected: [
      {
        text: "Net migration was negative 15,000 last year",
        speaker: { name: "Paulo Reis", title: "Statistics Office director" },
        quantity: { value: -15_000, unit: "count", qualifier: "exactly" },
        checkable: true,
      },
      {
        text: "Losses at the plant could run as high as 9 million dollars",
        speaker: { name: "Grace Obuya", title: "Mayor" },
        quantity: { value: 9_000_000, unit: "USD", qualifier: "less_than" },
        checkable: true,
      },
    ],
    count: 2,
  },

  // 7. Ranking, a headline repeated in the body, blocks of related links.
  {
    name: "7: rhetoric and vague forecasts rank below figures and comparisons",
    pattern: 7,
    style: "wire",
    text: `Governor Frank Doyle rallied supporters in Harlow on Saturday.

"I'll show you Ohio, and I'll show you Michigan, and I'll show you the whole Midwest," Doyle said.

"We created 240,000 jobs in this state last year," he said. "The deficit is lower than in any year since 2008."

"Sooner or later the market has to turn around," he added.`,
    expected: [
      {
        text: "We created 240,000 jobs in this state last year",
        speaker: { name: "Frank Doyle", title: "Governor" },
        quantity: { value: 240_000, unit: "jobs", qualifier: "exactly" },
        rank: 1,
        checkable: true,
      },
      {
        text: "The deficit is lower than in any year since 2008.",
        speaker: { name: "Frank Doyle", title: "Governor" },
        rank: 2,
        checkable: true,
      },
      {
        text: "I'll show you Ohio, and I'll show you Michigan, and I'll show you the whole Midwest",
        speaker: { name: "Frank Doyle", title: "Governor" },
        kind: "statement",
        checkable: false,
      },
      {
        text: "Sooner or later the market has to turn around",
        speaker: { name: "Frank Doyle", title: "Governor" },
        checkable: false,
      },
    ],
    lowValue: [
      "I'll show you Ohio, and I'll show you Michigan, and I'll show you the whole Midwest",
      "Sooner or later the market has to turn around",
    ],
    count: 4,
  },
  {
    name: "7: the headline's quote is the body's, and a related block's names stay out",
    pattern: 7,
    style: "broadcaster",
    text: `Minister: 'We will hire 5,000 nurses by 2026'

Health Minister Aoife Carr has promised to close the staffing gap in hospitals.

"We will hire 5,000 nurses by 2026," Ms Carr told the assembly on Monday.

Opposition health spokesman Leo Grant said the promise was not funded.

More on this story

Surgeon Ellie Grant says waiting lists 'will never recover'

Nurses' union backs pay offer (Photo: Example Photo/Jo Bell)

"There is no money in the budget for a single extra nurse," Grant said.`,
    expected: [
      {
        text: "We will hire 5,000 nurses by 2026",
        speaker: { name: "Aoife Carr", title: "Health Minister" },
        quantity: { value: 5000, unit: "nurses", qualifier: "exactly" },
        kind: "promise",
        rank: 1,
        checkable: true,
      },
      {
        text: "There is no money in the budget for a single extra nurse",
        speaker: { name: "Leo Grant", title: "Opposition health spokesman" },
        checkable: true,
      },
      {
        text: "the promise was not funded",
        speaker: { name: "Leo Grant", title: "Opposition health spokesman" },
        quoted: false,
        checkable: true,
      },
      {
        text: "to close the staffing gap in hospitals",
        speaker: { name: "Aoife Carr", title: "Health Minister" },
        kind: "promise",
        quoted: false,
        checkable: false,
      },
    ],
    count: 4,
  },
  {
    name: "7: trailing related links and credits are ignored",
    pattern: 7,
    style: "press release",
    text: `Flood defences along the Amber river will be finished a year early, the Environment Agency said on Wednesday.

"The new walls protect 3,400 homes," said Environment Secretary Nadia Hart. "Not one of them flooded this winter."

Related stories

Minister Hart visits flood zone

Hart: 'The defences will hold'

Copyright 2025 Example Press Office. All rights reserved.`,
    expected: [
      {
        text: "The new walls protect 3,400 homes",
        speaker: { name: "Nadia Hart", title: "Environment Secretary" },
        quantity: { value: 3400, unit: "homes", qualifier: "exactly" },
        rank: 1,
        checkable: true,
      },
      {
        text: "Not one of them flooded this winter.",
        speaker: { name: "Nadia Hart", title: "Environment Secretary" },
        checkable: true,
      },
    ],
    count: 2,
  },

  // 8. Transcripts, and reported speech without quote marks.
  {
    name: "8: a briefing transcript: labels give the speaker, questions give nothing",
    pattern: 8,
    style: "transcript",
    text: `Secretary of State Anna Roe spoke to reporters in Geneva. Spokesperson Dana Lee moderated.

SECRETARY ROE: Good afternoon. More than 90 percent of the issues in the agreement have now been settled. We will sign the remaining chapters by the end of March.

Q: Madam Secretary, will the talks collapse if the border question is not settled?

SECRETARY ROE: No. The border question is one of three left, and we expect to close it within two weeks.

MS LEE: Next question, please.

QUESTION: How many monitors will be deployed?

SECRETARY ROE: About 1,200 monitors will be deployed in the first phase.`,
    expected: [
      {
        text: "More than 90 percent of the issues in the agreement have now been settled.",
        speaker: { name: "Anna Roe", title: "Secretary of State" },
        quantity: { value: 90, unit: "percent", qualifier: "more_than" },
        rank: 3,
        checkable: true,
      },
      {
        text: "About 1,200 monitors will be deployed in the first phase.",
        speaker: { name: "Anna Roe", title: "Secretary of State" },
        quantity: { value: 1200, unit: "monitors", qualifier: "about" },
        kind: "prediction",
        rank: 2,
        checkable: true,
      },
      {
        text: "We will sign the remaining chapters by the end of March.",
        speaker: { name: "Anna Roe", title: "Secretary of State" },
        kind: "promise",
        checkable: true,
      },
      {
        text: "The border question is one of three left, and we expect to close it within two weeks.",
        speaker: { name: "Anna Roe", title: "Secretary of State" },
        quantity: { value: 2, unit: "weeks", qualifier: "less_than" },
        kind: "prediction",
        rank: 1,
        checkable: true,
      },
      {
        text: "Next question, please.",
        speaker: { name: "Dana Lee", title: "Spokesperson" },
        checkable: false,
      },
    ],
    count: 5,
  },
  {
    name: "8: a plant visit transcript: an outlet in the reporter's label, a turn over two paragraphs",
    pattern: 8,
    style: "transcript",
    text: `Transcript: Minister of Industry Sofia Brandt at the Harlow plant, 3 March.

MINISTER BRANDT: The plant will stay open until 2030. Four hundred jobs are safe.

The new assembly line opens in June.

MR. DAVIES (Example Wire): Will the plant close after that?

MINISTER BRANDT: Who knows what 2031 brings? We have invested £45m in the site since 2020.

(Laughter.)`,
    expected: [
      {
        text: "We have invested £45m in the site since 2020.",
        speaker: { name: "Sofia Brandt", title: "Minister of Industry" },
        quantity: { value: 45_000_000, unit: "GBP", qualifier: "exactly" },
        rank: 1,
        checkable: true,
      },
      {
        text: "Four hundred jobs are safe.",
        speaker: { name: "Sofia Brandt", title: "Minister of Industry" },
        quantity: { value: 400, unit: "jobs", qualifier: "exactly" },
        checkable: true,
      },
      {
        text: "The plant will stay open until 2030.",
        speaker: { name: "Sofia Brandt", title: "Minister of Industry" },
        quantity: null,
        kind: "prediction",
        checkable: true,
      },
      {
        text: "The new assembly line opens in June.",
        speaker: { name: "Sofia Brandt", title: "Minister of Industry" },
        checkable: true,
      },
    ],
    count: 4,
  },
  {
    name: "8: an interview in Q/A turns: the answers are the interviewee's",
    pattern: 8,
    style: "transcript",
    text: `Economist Mira Tal, who advises the central bank, spoke to Example Radio about prices.

Q: Is inflation coming down?

A: Yes. Prices rose 2.8 percent in the year to May, down from 4 percent in January.

Q: And next year?

A: I think it will be close to 2 percent by the summer. That is the bank's target.`,
    expected: [
      {
        text: "Prices rose 2.8 percent in the year to May, down from 4 percent in January.",
        speaker: { name: "Mira Tal", title: "Economist" },
        quantity: { value: 2.8, unit: "percent", qualifier: "exactly" },
        rank: 1,
        checkable: true,
      },
      {
        text: "I think it will be close to 2 percent by the summer.",
        speaker: { name: "Mira Tal", title: "Economist" },
        quantity: { value: 2, unit: "percent", qualifier: "less_than" },
        kind: "prediction",
        checkable: true,
      },
      { text: "That is the bank's target.", speaker: { name: "Mira Tal", title: "Economist" }, checkable: true },
    ],
    count: 3,
  },
  {
    name: "8: reported speech without quote marks scores below quotes",
    pattern: 8,
    style: "wire",
    text: `LUNDHAVEN, Sept 9 (Example Wire) - Finance Minister Lars Ek said unemployment had fallen to 4.1 percent in August, the lowest since 2008.

He told reporters that the budget would be balanced by 2027.

"We will cut the payroll tax by 2 percent next year," Ek said.

The minister said that exports to the north had doubled in five years.`,
    expected: [
      {
        text: "We will cut the payroll tax by 2 percent next year",
        speaker: { name: "Lars Ek", title: "Finance Minister" },
        quantity: { value: 2, unit: "percent", qualifier: "exactly" },
        kind: "promise",
        quoted: true,
        rank: 1,
        checkable: true,
      },
      {
        text: "unemployment had fallen to 4.1 percent in August, the lowest since 2008",
        speaker: { name: "Lars Ek", title: "Finance Minister" },
        quantity: { value: 4.1, unit: "percent", qualifier: "exactly" },
        quoted: false,
        rank: 2,
        checkable: true,
      },
      {
        text: "the budget would be balanced by 2027",
        speaker: { name: "Lars Ek", title: "Finance Minister" },
        kind: "prediction",
        quoted: false,
        checkable: true,
      },
      {
        text: "exports to the north had doubled in five years",
        speaker: { name: "Lars Ek", title: "Finance Minister" },
        quantity: { value: 5, unit: "years", qualifier: "exactly" },
        quoted: false,
        checkable: true,
      },
    ],
    count: 4,
  },
  {
    name: "8: a press release in reported speech, with a pledge",
    pattern: 8,
    style: "press release",
    text: `Schools Minister Priya Kaur pledged to recruit 2,000 maths teachers by 2028.

Ms Kaur told headteachers in Dunmore that one in five maths lessons was taught by a non-specialist.

She added that the bursary would rise to £30,000.`,
    expected: [
      {
        text: "to recruit 2,000 maths teachers by 2028",
        speaker: { name: "Priya Kaur", title: "Schools Minister" },
        quantity: { value: 2000, unit: "teachers", qualifier: "exactly" },
        kind: "promise",
        quoted: false,
        checkable: true,
      },
      {
        text: "one in five maths lessons was taught by a non-specialist",
        speaker: { name: "Priya Kaur", title: "Schools Minister" },
        quantity: { value: 20, unit: "percent", qualifier: "exactly" },
        quoted: false,
        checkable: true,
      },
      {
        text: "the bursary would rise to £30,000",
        speaker: { name: "Priya Kaur", title: "Schools Minister" },
        quantity: { value: 30_000, unit: "GBP", qualifier: "exactly" },
        kind: "prediction",
        quoted: false,
        checkable: true,
      },
    ],
    count: 3,
  },
];
