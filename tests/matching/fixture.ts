import type { ClaimKind } from "../../src/domain/statuses";

/**
 * Tracked claims and the texts a desk would check against them (GET /v1/claims/match). Everything
 * here is invented for the tests (people, offices, figures) except the worked example from the
 * spec. Politicians repeat their lines with small changes, so several claims share words and differ
 * only in the figure or the speaker; a match has to tell them apart.
 */
export interface MatchQuery {
  /**
   * `same`: the quote itself (as another outlet printed it), expected first with a score ≥ 0.9.
   * `paraphrase`: how a journalist would report it, expected first with a score ≥ 0.6.
   * `different_figure`: the same measure with another figure: the claim must read as conflicting,
   * score below 0.6, and rank below `trueKey` (the claim that does say this figure) when there is one.
   */
  kind: "same" | "paraphrase" | "different_figure";
  text: string;
  trueKey?: string;
}

export interface TrackedClaim {
  key: string;
  text: string;
  speaker: string;
  title: string;
  kind: ClaimKind;
  /** BCP 47; English when absent. */
  language?: string;
  claimed_at: string;
  queries?: MatchQuery[];
}

export interface UnrelatedText {
  text: string;
  language?: string;
}

export const TRACKED: TrackedClaim[] = [
  // Gaza ceasefire talks: the worked example, and another side's figure for the same measure.
  {
    key: "gaza-90",
    text: "More than 90 percent of the issues have been agreed, decided.",
    speaker: "Antony Blinken",
    title: "US Secretary of State",
    kind: "statistic",
    claimed_at: "2024-08-20",
    queries: [
      { kind: "same", text: "More than 90 percent of the issues have been agreed, decided." },
      { kind: "paraphrase", text: "Over 90% of the deal is agreed" },
      { kind: "paraphrase", text: "more than 90 per cent of the issues in the talks have now been agreed" },
      { kind: "different_figure", text: "60 percent of the issues are agreed", trueKey: "gaza-60" },
    ],
  },
  {
    key: "gaza-60",
    text: "Sixty percent of the issues are agreed, but the hardest ones are still open.",
    speaker: "Yossi Amram",
    title: "Israeli government spokesman",
    kind: "statistic",
    claimed_at: "2024-08-22",
    queries: [
      { kind: "paraphrase", text: "Only 60% of the issues have been agreed and the hardest remain open" },
      {
        kind: "different_figure",
        text: "Ninety percent of the issues are agreed, but the hardest ones are still open.",
      },
    ],
  },
  {
    key: "gaza-last-chance",
    text: "This is maybe the last opportunity to get the hostages home and to get a ceasefire.",
    speaker: "Antony Blinken",
    title: "US Secretary of State",
    kind: "statement",
    claimed_at: "2024-08-19",
    queries: [
      { kind: "paraphrase", text: "This may be the last opportunity to bring the hostages home and get a ceasefire" },
      { kind: "same", text: "“This is maybe the last opportunity to get the hostages home and to get a ceasefire”" },
    ],
  },
  {
    key: "gaza-trucks",
    text: "Fewer than 100 aid trucks a day are entering Gaza, against 500 before the war.",
    speaker: "Hanna Lindqvist",
    title: "UN humanitarian coordinator",
    kind: "statistic",
    claimed_at: "2024-05-14",
    queries: [
      { kind: "paraphrase", text: "Less than 100 trucks of aid enter Gaza each day, compared with 500 before the war" },
    ],
  },

  // Housing in Britain: a pledge, the opposition's figure for the same measure, last year's count.
  {
    key: "homes-1.5m",
    text: "We will build 1.5 million homes in this parliament.",
    speaker: "Rachel Moore",
    title: "Housing Secretary",
    kind: "promise",
    claimed_at: "2024-07-30",
    queries: [
      { kind: "same", text: "We will build 1.5 million homes in this parliament" },
      { kind: "paraphrase", text: "1.5 million new homes will be built over this parliament" },
      { kind: "different_figure", text: "We will build one million homes in this parliament." },
    ],
  },
  {
    key: "homes-1.2m",
    text: "At this rate barely 1.2 million homes will be built in this parliament.",
    speaker: "Oliver Grant",
    title: "Shadow Housing Secretary",
    kind: "prediction",
    claimed_at: "2024-11-05",
    queries: [
      { kind: "paraphrase", text: "At the current rate only 1.2 million homes will get built this parliament" },
    ],
  },
  {
    key: "homes-212k",
    text: "Housebuilding fell to 212,000 new homes last year, the lowest for a decade.",
    speaker: "Rachel Moore",
    title: "Housing Secretary",
    kind: "statistic",
    claimed_at: "2024-09-12",
    queries: [
      { kind: "paraphrase", text: "Just 212,000 homes were built last year, the lowest in a decade" },
      { kind: "different_figure", text: "Housebuilding fell to 180,000 new homes last year, the lowest for a decade." },
    ],
  },

  // Jobs: one minister, the same boast a few months apart with a bigger figure.
  {
    key: "jobs-800k",
    text: "We have created 800,000 new jobs since the election.",
    speaker: "Priya Natarajan",
    title: "Employment Minister",
    kind: "statistic",
    claimed_at: "2024-10-02",
    queries: [
      { kind: "paraphrase", text: "Some 800,000 jobs have been added since the election" },
      { kind: "same", text: "We have created 800,000 new jobs since the election." },
      { kind: "different_figure", text: "We have created 900,000 new jobs since the election." },
    ],
  },
  {
    key: "jobs-850k",
    text: "We've created more than 850,000 jobs since we came into office.",
    speaker: "Priya Natarajan",
    title: "Employment Minister",
    kind: "statistic",
    claimed_at: "2025-02-11",
    queries: [{ kind: "paraphrase", text: "more than 850,000 jobs have been created since we took office" }],
  },

  // Inflation and prices.
  {
    key: "inflation-2.4",
    text: "Inflation has fallen to 2.4 percent, close to our 2 percent goal.",
    speaker: "Margaret Ellison",
    title: "Central bank governor",
    kind: "statistic",
    claimed_at: "2024-10-15",
    queries: [
      { kind: "paraphrase", text: "inflation has come down to 2.4%, near the 2% goal" },
      { kind: "different_figure", text: "Inflation has fallen to 3.1 percent, close to our 2 percent goal." },
    ],
  },
  {
    key: "inflation-2027",
    text: "We expect inflation to return to our 2 percent target by the end of next year.",
    speaker: "Margaret Ellison",
    title: "Central bank governor",
    kind: "prediction",
    claimed_at: "2025-01-20",
    queries: [{ kind: "paraphrase", text: "Inflation is expected to return to the 2% target by the end of next year" }],
  },
  {
    key: "groceries-25",
    text: "Grocery prices are up 25 percent since this administration took office.",
    speaker: "Tom Becker",
    title: "Senator",
    kind: "statistic",
    claimed_at: "2024-09-03",
    queries: [
      { kind: "paraphrase", text: "grocery prices have risen 25% since the administration took office" },
      { kind: "different_figure", text: "Grocery prices are up 20 percent since this administration took office." },
    ],
  },

  // Health service.
  {
    key: "nhs-200k",
    text: "The waiting list has fallen by 200,000 since July.",
    speaker: "Daniel Okafor",
    title: "Health Secretary",
    kind: "statistic",
    claimed_at: "2025-01-09",
    queries: [
      { kind: "same", text: "The waiting list has fallen by 200,000 since July" },
      { kind: "paraphrase", text: "NHS waiting lists are down 200,000 since July" },
      {
        kind: "different_figure",
        text: "The waiting list has fallen by 160,000 since July.",
        trueKey: "nhs-160k",
      },
    ],
  },
  {
    key: "nhs-160k",
    text: "The waiting list has only fallen by 160,000, not the 200,000 the government claims.",
    speaker: "Fiona Blake",
    title: "Shadow Health Secretary",
    kind: "statistic",
    claimed_at: "2025-01-10",
  },
  {
    key: "nhs-7.6m",
    text: "More than 7.6 million people are waiting for hospital treatment.",
    speaker: "Daniel Okafor",
    title: "Health Secretary",
    kind: "statistic",
    claimed_at: "2024-08-01",
    queries: [
      { kind: "paraphrase", text: "Over 7.6 million people are now waiting for treatment in hospital" },
      { kind: "different_figure", text: "More than 6.2 million people are waiting for hospital treatment." },
    ],
  },
  {
    key: "nhs-nurses",
    text: "We have 50,000 more nurses than in 2019.",
    speaker: "Edward Hale",
    title: "former Prime Minister",
    kind: "statistic",
    claimed_at: "2024-05-28",
    queries: [{ kind: "paraphrase", text: "there are 50,000 more nurses now than there were in 2019" }],
  },
  {
    key: "nhs-18-weeks",
    text: "By the end of this parliament, 92 percent of patients will be seen within 18 weeks.",
    speaker: "Daniel Okafor",
    title: "Health Secretary",
    kind: "promise",
    claimed_at: "2025-01-06",
    queries: [
      { kind: "paraphrase", text: "92% of patients will be seen within 18 weeks by the end of the parliament" },
    ],
  },

  // Policing and crime; the last two are the same line from two speakers.
  {
    key: "police-13k",
    text: "We will put 13,000 more neighbourhood police officers on the streets.",
    speaker: "Sarah Whitfield",
    title: "Home Secretary",
    kind: "promise",
    claimed_at: "2024-09-24",
    queries: [
      { kind: "paraphrase", text: "13,000 extra neighbourhood police officers will be put on the streets" },
      { kind: "same", text: "We will put 13,000 more neighbourhood police officers on the streets." },
    ],
  },
  {
    key: "police-20k",
    text: "We recruited 20,000 additional police officers, exactly as we promised.",
    speaker: "Edward Hale",
    title: "former Prime Minister",
    kind: "statistic",
    claimed_at: "2024-06-11",
    queries: [{ kind: "paraphrase", text: "we promised 20,000 extra police officers and we recruited them" }],
  },
  {
    key: "knife-crime",
    text: "Knife crime has risen by 7 percent in the past year.",
    speaker: "Liam Carter",
    title: "Shadow Home Secretary",
    kind: "statistic",
    claimed_at: "2025-01-23",
    queries: [
      { kind: "paraphrase", text: "knife crime rose 7% over the past year" },
      { kind: "different_figure", text: "Knife crime has risen by 4 percent in the past year." },
    ],
  },
  {
    key: "crime-10-whitfield",
    text: "Crime has fallen by 10 percent since 2010.",
    speaker: "Sarah Whitfield",
    title: "Home Secretary",
    kind: "statistic",
    claimed_at: "2024-10-08",
  },
  {
    key: "crime-10-dunn",
    text: "Crime has fallen by 10 percent since 2010.",
    speaker: "Mark Dunn",
    title: "Policing Minister",
    kind: "statistic",
    claimed_at: "2024-10-09",
  },

  // Defence spending: three governments, three figures for the same measure.
  {
    key: "defence-2.5",
    text: "We will spend 2.5 percent of GDP on defence by 2027.",
    speaker: "James Whitaker",
    title: "Prime Minister",
    kind: "promise",
    claimed_at: "2025-02-25",
    queries: [
      { kind: "paraphrase", text: "Defence spending will rise to 2.5% of GDP by 2027" },
      { kind: "different_figure", text: "We will spend 3 percent of GDP on defence by 2027." },
    ],
  },
  {
    key: "nato-3",
    text: "Allies must spend well over 3 percent of GDP on defence to deter Russia.",
    speaker: "Ingrid Solberg",
    title: "NATO Secretary General",
    kind: "statement",
    claimed_at: "2025-01-13",
    queries: [{ kind: "paraphrase", text: "NATO allies need to spend more than 3% of GDP on defence to deter Russia" }],
  },

  // Climate and energy.
  {
    key: "eu-55",
    text: "Europe will cut its emissions by at least 55 percent by 2030.",
    speaker: "Elena Markovic",
    title: "European Commissioner for Climate",
    kind: "promise",
    claimed_at: "2024-06-04",
    queries: [
      { kind: "paraphrase", text: "EU emissions will be cut by at least 55% by 2030" },
      { kind: "different_figure", text: "Europe will cut its emissions by at least 40 percent by 2030." },
    ],
  },
  {
    key: "eu-90-2040",
    text: "We propose a 90 percent cut in net emissions by 2040.",
    speaker: "Elena Markovic",
    title: "European Commissioner for Climate",
    kind: "promise",
    claimed_at: "2025-07-02",
    queries: [{ kind: "paraphrase", text: "The Commission proposes cutting net emissions by 90% by 2040" }],
  },
  {
    key: "coal",
    text: "Britain will close its last coal power station this year.",
    speaker: "Alan Pryce",
    title: "Energy Minister",
    kind: "prediction",
    claimed_at: "2024-03-18",
    queries: [{ kind: "paraphrase", text: "Britain's last coal-fired power station will close this year" }],
  },
  {
    key: "renewables-half",
    text: "Renewables generated more than half of the country's electricity last year.",
    speaker: "Alan Pryce",
    title: "Energy Minister",
    kind: "statistic",
    claimed_at: "2025-03-27",
    queries: [
      { kind: "paraphrase", text: "Over 50% of the country's electricity was generated by renewables last year" },
      {
        kind: "different_figure",
        text: "Renewables generated more than a third of the country's electricity last year.",
      },
    ],
  },
  {
    key: "heat-pumps",
    text: "We will install 600,000 heat pumps a year by 2028.",
    speaker: "Alan Pryce",
    title: "Energy Minister",
    kind: "promise",
    claimed_at: "2024-04-22",
    queries: [{ kind: "same", text: "We will install 600,000 heat pumps a year by 2028." }],
  },
  {
    key: "energy-bills",
    text: "Our plan will cut energy bills by £300 a year.",
    speaker: "Helen Marsh",
    title: "Chancellor",
    kind: "promise",
    claimed_at: "2024-06-13",
    queries: [
      { kind: "paraphrase", text: "energy bills will be cut by £300 a year under our plan" },
      { kind: "different_figure", text: "Our plan will cut energy bills by £200 a year." },
    ],
  },

  // Economy and taxes.
  {
    key: "growth-1.5",
    text: "The economy will grow by 1.5 percent next year, faster than any other G7 country.",
    speaker: "Helen Marsh",
    title: "Chancellor",
    kind: "prediction",
    claimed_at: "2024-10-30",
    queries: [
      { kind: "paraphrase", text: "the economy is set to grow 1.5% next year, faster than any other G7 economy" },
      {
        kind: "different_figure",
        text: "The economy will grow by 1 percent next year, faster than any other G7 country.",
      },
    ],
  },
  {
    key: "growth-fastest",
    text: "We were the fastest-growing economy in the G7 in the first half of the year.",
    speaker: "Helen Marsh",
    title: "Chancellor",
    kind: "statistic",
    claimed_at: "2024-08-15",
    queries: [{ kind: "paraphrase", text: "Britain was the fastest-growing G7 economy in the first half of the year" }],
  },
  {
    key: "tax-pledge",
    text: "We will not raise income tax, national insurance or VAT on working people.",
    speaker: "Helen Marsh",
    title: "Chancellor",
    kind: "promise",
    claimed_at: "2024-06-13",
    queries: [
      { kind: "paraphrase", text: "there will be no rise in income tax, national insurance or VAT for working people" },
      { kind: "same", text: "We will not raise income tax, national insurance or VAT on working people" },
    ],
  },
  {
    key: "debt-100",
    text: "Debt is now close to 100 percent of GDP for the first time since the 1960s.",
    speaker: "Oliver Grant",
    title: "Shadow Chancellor",
    kind: "statistic",
    claimed_at: "2024-11-20",
    queries: [{ kind: "paraphrase", text: "national debt is close to 100% of GDP for the first time since the 1960s" }],
  },
  {
    key: "min-wage",
    text: "The minimum wage will rise to £12.21 an hour in April.",
    speaker: "Priya Natarajan",
    title: "Employment Minister",
    kind: "promise",
    claimed_at: "2024-10-29",
    queries: [
      { kind: "paraphrase", text: "From April the minimum wage goes up to £12.21 an hour" },
      { kind: "different_figure", text: "The minimum wage will rise to £11.44 an hour in April." },
    ],
  },
  {
    key: "tariff-revenue",
    text: "Tariffs on Chinese goods have raised $80 billion for the Treasury.",
    speaker: "Robert Kline",
    title: "Commerce Secretary",
    kind: "statistic",
    claimed_at: "2025-04-09",
    queries: [{ kind: "paraphrase", text: "tariffs on goods from China have brought in $80bn for the Treasury" }],
  },
  {
    key: "tariff-cost",
    text: "These tariffs will cost the average American household $1,300 a year.",
    speaker: "Tom Becker",
    title: "Senator",
    kind: "prediction",
    claimed_at: "2025-04-10",
    queries: [
      { kind: "paraphrase", text: "The tariffs will cost an average household $1,300 a year" },
      { kind: "different_figure", text: "These tariffs will cost the average American household $2,000 a year." },
    ],
  },
  {
    key: "ukraine-aid",
    text: "We have given Ukraine more than $60 billion in military aid since the invasion.",
    speaker: "Laura Chen",
    title: "National Security Adviser",
    kind: "statistic",
    claimed_at: "2024-12-03",
    queries: [
      { kind: "paraphrase", text: "Ukraine has received over $60bn in US military aid since the invasion" },
      { kind: "same", text: "We have given Ukraine more than $60 billion in military aid since the invasion." },
    ],
  },

  // Migration.
  {
    key: "border-60",
    text: "Border crossings fell by 60 percent after the new rules took effect.",
    speaker: "Carlos Mendez",
    title: "Homeland Security Secretary",
    kind: "statistic",
    claimed_at: "2024-08-06",
    queries: [{ kind: "paraphrase", text: "crossings at the border have dropped 60% since the new rules took effect" }],
  },
  {
    key: "net-migration",
    text: "Net migration fell to 728,000 last year.",
    speaker: "Sarah Whitfield",
    title: "Home Secretary",
    kind: "statistic",
    claimed_at: "2024-11-28",
    queries: [
      { kind: "paraphrase", text: "Net migration dropped to 728,000 last year" },
      { kind: "different_figure", text: "Net migration fell to 685,000 last year." },
      { kind: "different_figure", text: "Net migration fell to 685,000 in 2023" },
    ],
  },
  {
    key: "small-boats",
    text: "More than 30,000 people crossed the Channel in small boats this year.",
    speaker: "Liam Carter",
    title: "Shadow Home Secretary",
    kind: "statistic",
    claimed_at: "2024-12-18",
    queries: [
      { kind: "paraphrase", text: "over 30,000 people have crossed the Channel in small boats so far this year" },
    ],
  },

  // Schools, children, infrastructure.
  {
    key: "teachers",
    text: "We will recruit 6,500 new teachers in this parliament.",
    speaker: "Amira Haddad",
    title: "Education Secretary",
    kind: "promise",
    claimed_at: "2024-07-19",
    queries: [{ kind: "paraphrase", text: "6,500 new teachers will be recruited during this parliament" }],
  },
  {
    key: "child-poverty",
    text: "Four million children are growing up in poverty.",
    speaker: "Joanna Reeves",
    title: "Work and Pensions Secretary",
    kind: "statistic",
    claimed_at: "2024-07-25",
    queries: [{ kind: "paraphrase", text: "4 million children are growing up in poverty in this country" }],
  },
  {
    key: "broadband",
    text: "Ninety-nine percent of homes will have gigabit broadband by 2030.",
    speaker: "Neil Ashworth",
    title: "Digital Minister",
    kind: "promise",
    claimed_at: "2024-02-07",
    queries: [{ kind: "paraphrase", text: "99% of homes will get gigabit broadband by 2030" }],
  },
  {
    key: "rail-fares",
    text: "Rail fares will be frozen for the first time in 30 years.",
    speaker: "Neil Ashworth",
    title: "Transport Secretary",
    kind: "promise",
    claimed_at: "2025-03-03",
    queries: [{ kind: "paraphrase", text: "Rail fares are to be frozen for the first time in three decades" }],
  },
  {
    key: "potholes",
    text: "We will fix a million more potholes every year.",
    speaker: "Neil Ashworth",
    title: "Transport Secretary",
    kind: "promise",
    claimed_at: "2024-06-20",
    queries: [{ kind: "paraphrase", text: "an extra million potholes will be fixed every year" }],
  },
  {
    key: "majority",
    text: "We will win a majority at the next general election.",
    speaker: "Oliver Grant",
    title: "Opposition leader",
    kind: "prediction",
    claimed_at: "2025-05-02",
    queries: [{ kind: "paraphrase", text: "we are going to win a majority at the next general election" }],
  },
  {
    key: "ai-jobs",
    text: "Artificial intelligence will replace 300 million jobs worldwide within a decade.",
    speaker: "Maya Lindgren",
    title: "Technology executive",
    kind: "prediction",
    claimed_at: "2024-01-17",
    queries: [
      { kind: "paraphrase", text: "AI will replace 300 million jobs around the world within ten years" },
      {
        kind: "different_figure",
        text: "Artificial intelligence will replace 100 million jobs worldwide within a decade.",
      },
    ],
  },
  {
    key: "measles",
    text: "Measles cases in Europe rose thirtyfold last year.",
    speaker: "Anna Keller",
    title: "WHO regional director",
    kind: "statistic",
    claimed_at: "2024-05-29",
    queries: [{ kind: "paraphrase", text: "Measles cases across Europe increased thirty-fold last year" }],
  },
  {
    key: "vaccination",
    text: "Only 85 percent of children have had both doses of the measles vaccine.",
    speaker: "Anna Keller",
    title: "WHO regional director",
    kind: "statistic",
    claimed_at: "2024-05-29",
    queries: [{ kind: "paraphrase", text: "just 85% of children have received both doses of the measles vaccine" }],
  },
  {
    key: "steel",
    text: "We will protect every one of the 4,000 jobs at the steelworks.",
    speaker: "Gareth Lloyd",
    title: "Wales Secretary",
    kind: "promise",
    claimed_at: "2024-09-30",
    queries: [{ kind: "paraphrase", text: "All 4,000 jobs at the steelworks will be protected" }],
  },

  {
    key: "food-standards",
    text: "We won't sign a trade deal that lowers Britain's food standards.",
    speaker: "Nadia Brooks",
    title: "Environment Secretary",
    kind: "promise",
    claimed_at: "2024-11-14",
    queries: [
      // As another outlet printed it, with typographic apostrophes.
      { kind: "same", text: "We won’t sign a trade deal that lowers Britain’s food standards." },
      { kind: "paraphrase", text: "Britain will not sign any trade deal that lowers its food standards" },
    ],
  },

  // Spanish.
  {
    key: "es-paro",
    text: "El paro ha bajado del 11% por primera vez desde 2008.",
    speaker: "Lucía Serrano",
    title: "Ministra de Trabajo",
    kind: "statistic",
    language: "es",
    claimed_at: "2025-01-28",
    queries: [
      { kind: "paraphrase", text: "Por primera vez desde 2008, el paro baja del 11%" },
      { kind: "same", text: "El paro ha bajado del 11% por primera vez desde 2008" },
      { kind: "different_figure", text: "El paro ha bajado del 13% por primera vez desde 2008" },
    ],
  },
  {
    key: "es-pensiones",
    text: "Vamos a subir las pensiones un 2,8% el próximo año.",
    speaker: "Álvaro Ruiz",
    title: "Presidente del Gobierno",
    kind: "promise",
    language: "es",
    claimed_at: "2024-12-10",
    queries: [{ kind: "paraphrase", text: "Las pensiones subirán un 2,8% el año próximo" }],
  },
  {
    key: "es-vivienda",
    text: "Construiremos 184.000 viviendas de alquiler asequible.",
    speaker: "Álvaro Ruiz",
    title: "Presidente del Gobierno",
    kind: "promise",
    language: "es",
    claimed_at: "2024-05-07",
    queries: [{ kind: "paraphrase", text: "Se construirán 184.000 viviendas de alquiler asequible" }],
  },
  {
    key: "es-turismo",
    text: "España recibió 94 millones de turistas internacionales el año pasado.",
    speaker: "Lucía Serrano",
    title: "Ministra de Industria y Turismo",
    kind: "statistic",
    language: "es",
    claimed_at: "2025-02-03",
    queries: [{ kind: "paraphrase", text: "El año pasado España recibió 94 millones de turistas extranjeros" }],
  },

  // French.
  {
    key: "fr-retraites",
    text: "La réforme des retraites permettra d'économiser 18 milliards d'euros d'ici 2030.",
    speaker: "Claire Dubois",
    title: "Première ministre",
    kind: "prediction",
    language: "fr",
    claimed_at: "2023-01-10",
    queries: [
      {
        kind: "paraphrase",
        text: "D'ici 2030, la réforme des retraites permettra une économie de 18 milliards d'euros",
      },
    ],
  },
  {
    key: "fr-chomage",
    text: "Le chômage est tombé à 7,3 %, son plus bas niveau depuis quinze ans.",
    speaker: "Claire Dubois",
    title: "Première ministre",
    kind: "statistic",
    language: "fr",
    claimed_at: "2024-02-14",
    queries: [
      { kind: "same", text: "Le chômage est tombé à 7,3 %, son plus bas niveau depuis quinze ans." },
      { kind: "paraphrase", text: "Le taux de chômage est tombé à 7,3 %, au plus bas depuis quinze ans" },
    ],
  },
  {
    key: "fr-reacteurs",
    text: "La France construira six nouveaux réacteurs nucléaires.",
    speaker: "Paul Renaud",
    title: "Président",
    kind: "promise",
    language: "fr",
    claimed_at: "2022-02-10",
    queries: [{ kind: "paraphrase", text: "Six nouveaux réacteurs nucléaires seront construits en France" }],
  },

  // German.
  {
    key: "de-verteidigung",
    text: "Deutschland wird dauerhaft zwei Prozent des Bruttoinlandsprodukts für Verteidigung ausgeben.",
    speaker: "Markus Feld",
    title: "Verteidigungsminister",
    kind: "promise",
    language: "de",
    claimed_at: "2024-06-18",
    queries: [
      {
        kind: "paraphrase",
        text: "Deutschland will dauerhaft zwei Prozent des Bruttoinlandsprodukts in die Verteidigung stecken",
      },
    ],
  },
  {
    key: "de-inflation",
    text: "Die Inflation ist auf 2,2 Prozent gesunken.",
    speaker: "Jonas Weber",
    title: "Finanzminister",
    kind: "statistic",
    language: "de",
    claimed_at: "2024-11-29",
    queries: [{ kind: "paraphrase", text: "Die Inflationsrate sank auf 2,2 Prozent" }],
  },
  {
    key: "de-wohnungen",
    text: "Wir werden jedes Jahr 400.000 neue Wohnungen bauen.",
    speaker: "Katrin Vogel",
    title: "Bauministerin",
    kind: "promise",
    language: "de",
    claimed_at: "2023-03-02",
    queries: [{ kind: "paraphrase", text: "Jedes Jahr sollen 400.000 neue Wohnungen gebaut werden" }],
  },

  // Portuguese.
  {
    key: "pt-desmatamento",
    text: "O desmatamento na Amazônia caiu 50% no último ano.",
    speaker: "Marina Costa",
    title: "Ministra do Meio Ambiente",
    kind: "statistic",
    language: "pt",
    claimed_at: "2024-08-07",
    queries: [
      { kind: "paraphrase", text: "No último ano, o desmatamento da Amazônia caiu 50%" },
      { kind: "different_figure", text: "O desmatamento na Amazônia caiu 31% no último ano." },
    ],
  },
  {
    key: "pt-fome",
    text: "Tiramos 24 milhões de brasileiros da fome.",
    speaker: "João Ferreira",
    title: "Presidente",
    kind: "statistic",
    language: "pt",
    claimed_at: "2024-09-24",
    queries: [{ kind: "same", text: "Tiramos 24 milhões de brasileiros da fome." }],
  },
  {
    key: "pt-salario",
    text: "O salário mínimo vai subir para 1.518 reais em janeiro.",
    speaker: "João Ferreira",
    title: "Presidente",
    kind: "promise",
    language: "pt",
    claimed_at: "2024-12-30",
    queries: [{ kind: "paraphrase", text: "Em janeiro, o salário mínimo sobe para 1.518 reais" }],
  },

  // Arabic.
  {
    key: "ar-inflation",
    text: "انخفض معدل التضخم إلى 12 بالمئة هذا العام.",
    speaker: "Fatima Al-Sayed",
    title: "وزيرة المالية",
    kind: "statistic",
    language: "ar",
    claimed_at: "2025-03-12",
    queries: [{ kind: "paraphrase", text: "معدل التضخم انخفض هذا العام إلى 12 بالمئة" }],
  },
  {
    key: "ar-housing",
    text: "سنبني مليون وحدة سكنية جديدة خلال خمس سنوات.",
    speaker: "Karim Mansour",
    title: "وزير الإسكان",
    kind: "promise",
    language: "ar",
    claimed_at: "2024-10-01",
    queries: [{ kind: "paraphrase", text: "سنبني مليون وحدة سكنية في السنوات الخمس المقبلة" }],
  },
  {
    key: "ar-taxes",
    text: "الحكومة ستخفض الضرائب على الشركات الصغيرة.",
    speaker: "Fatima Al-Sayed",
    title: "وزيرة المالية",
    kind: "promise",
    language: "ar",
    claimed_at: "2025-04-02",
    // Every shared word carries the article: only its stem (without ال) is shared.
    queries: [{ kind: "paraphrase", text: "الحكومة تعتزم خفض الضرائب على الشركات الصغيرة" }],
  },
];

/** News sentences about nothing tracked: no candidate may score 0.3 or more. */
export const UNRELATED: UnrelatedText[] = [
  { text: "The match was postponed after heavy rain flooded the pitch." },
  { text: "Shares in the carmaker rose 4 percent in early trading." },
  { text: "Police are appealing for witnesses after a car crashed into a shop window on Friday night." },
  { text: "The festival will return to the park next summer with more than 200 acts." },
  { text: "The new smartphone goes on sale in September for $999." },
  { text: "Scientists have discovered a new species of frog in the Andes." },
  { text: "The central bank left interest rates unchanged at 5.25 percent." },
  { text: "Temperatures could reach 35C in parts of southern England this weekend." },
  { text: "The airline cancelled 300 flights because of the strike by cabin crew." },
  { text: "The museum's new wing opens to the public on Saturday." },
  { text: "The singer announced a world tour starting in March." },
  { text: "The bridge will be closed for repairs until the end of the month." },
  { text: "Three people were rescued from a fishing boat off the coast of Cornwall." },
  { text: "The team won the league for the first time in ten years." },
  { text: "El equipo ganó la liga por primera vez en diez años.", language: "es" },
  { text: "Le président a inauguré un nouveau pont sur la Loire.", language: "fr" },
  { text: "Der Zug hatte wegen eines Unwetters drei Stunden Verspätung.", language: "de" },
  { text: "O time venceu o campeonato estadual no domingo.", language: "pt" },
  { text: "افتتح المتحف الوطني معرضا جديدا للفن الحديث.", language: "ar" },
];
