/**
 * A synthetic newswire article of about `words` words (never fewer), built deterministically from
 * a cycle of paragraphs with attributed quotes, interrupted quotes, figures, money, pronouns and
 * surname-only references. The people and places are invented. Used by the extraction benchmark.
 */
export function longArticle(words: number): string {
  const paragraphs: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const template = TEMPLATES[i % TEMPLATES.length];
    if (!template) break;
    const paragraph = template(i);
    paragraphs.push(paragraph);
    count += paragraph.split(/\s+/).length;
  }
  return paragraphs.join("\n\n");
}

const TEMPLATES: ((i: number) => string)[] = [
  (i) =>
    `Speaking to reporters in Valdor, Trade Minister Ilse Marrow said: "More than ${40 + (i % 30)} percent of our exports now go through the northern ports." She added that talks with Corvia would resume on Friday.`,
  (i) =>
    `"We will cut waiting times by half within ${2 + (i % 3)} years," said Health Secretary Tomas Varga. "That is a promise to every patient in this country."`,
  (i) =>
    `Traffic through the harbour rose by ${5 + (i % 20)} per cent in the first quarter, according to a report the port authority released on Wednesday.`,
  (i) =>
    `"The expansion will cost about $${1 + (i % 9)}.4 billion," Marrow told the committee, "and it will create ${1000 + i * 10} jobs by the end of the decade."`,
  () =>
    `Opposition leader Petra Lind disputed the numbers. "These figures are simply not credible," she said on Thursday.`,
  () => `"Good morning, everyone, and thank you for coming," Varga said as he opened the briefing.`,
  (i) =>
    `Economists at Dunmore University expect growth of between ${1 + (i % 3)} and ${4 + (i % 3)} percent next year, well below the government's forecast.`,
  () =>
    `Lind, who has led the opposition since the last election, said the ministry's own records contradicted Marrow. "Nearly two million households are still waiting for the promised rebate.`,
  () => `"Not one of them has been paid," she continued. "Not one."`,
];
