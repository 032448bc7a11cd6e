import { xmlText } from "./xml";

/** An Atom (RFC 4287) entry: one timeline entry of a claim. */
export interface AtomEntry {
  id: string;
  title: string;
  updated: string;
  link: string;
  summary: string | null;
  /** Language of the entry's text (the claim's), as xml:lang. */
  lang: string;
}

export interface AtomFeed {
  title: string;
  selfUrl: string;
  alternateUrl: string;
  author: { name: string; uri: string };
  /** When the newest entry changed, or now when there is none. */
  updated: string;
  lang: string;
  entries: AtomEntry[];
}

function entryXml(entry: AtomEntry): string {
  return `<entry xml:lang="${xmlText(entry.lang)}">
<id>${xmlText(entry.id)}</id>
<title type="text">${xmlText(entry.title)}</title>
<updated>${xmlText(entry.updated)}</updated>
<link rel="alternate" type="text/html" href="${xmlText(entry.link)}"/>
${entry.summary ? `<summary type="text">${xmlText(entry.summary)}</summary>\n` : ""}</entry>`;
}

/** An Atom feed document. Every text is escaped; the ids are the entries' permalinks. */
export function atomFeed(feed: AtomFeed): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xmlText(feed.lang)}">
<id>${xmlText(feed.selfUrl)}</id>
<title type="text">${xmlText(feed.title)}</title>
<updated>${xmlText(feed.updated)}</updated>
<link rel="self" type="application/atom+xml" href="${xmlText(feed.selfUrl)}"/>
<link rel="alternate" type="text/html" href="${xmlText(feed.alternateUrl)}"/>
<author><name>${xmlText(feed.author.name)}</name><uri>${xmlText(feed.author.uri)}</uri></author>
${feed.entries.map(entryXml).join("\n")}
</feed>
`;
}
