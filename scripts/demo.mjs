/**
 * Demo data: SPEC.md's worked example, loaded through the public API so it follows every rule a
 * real client meets. Loading is idempotent: a demo claim whose article already exists is skipped.
 * Ratings, notes and evidence below are made up and say so; the quote itself is SPEC.md's example.
 */

const ILLUSTRATIVE = "Illustrative demo data, not a real fact-check.";

export const DEMO_CLAIMS = [
  {
    claim: {
      text: "More than 90 percent of the issues have been agreed, decided.",
      summary: "Share of the issues agreed in the Gaza ceasefire talks",
      kind: "statistic",
      speaker: { name: "Antony Blinken", title: "US Secretary of State" },
      article: {
        url: "https://news.example/world/us-uk-joint-statement-gaza-ceasefire-talks",
        title: "Illustrative article: joint UK–US statement on the Gaza ceasefire talks",
        publisher: "Example News (illustrative)",
      },
      quote_context:
        'Speaking to reporters about the Gaza ceasefire talks, Blinken said: "More than 90 percent of the issues have been agreed, decided."',
      topics: ["gaza", "ceasefire", "diplomacy"],
      quantity: { value: 90, unit: "percent", qualifier: "more_than" },
    },
    updates: [
      {
        status: "under_review",
        note: `${ILLUSTRATIVE} A fact-checker starts comparing the figure with the negotiating texts.`,
      },
      {
        status: "unsupported",
        note: `${ILLUSTRATIVE} Shows how a rating with evidence links looks on the timeline.`,
        evidence: [{ url: "https://evidence.example/briefing-transcript", title: "Illustrative evidence link" }],
      },
    ],
  },
  {
    claim: {
      text: "We will open the new river bridge to traffic by the end of next year.",
      summary: "Fictional demo promise: bridge opening date",
      kind: "promise",
      speaker: { name: "Mayor Jane Example", title: "Mayor of Exampleton (fictional)" },
      article: {
        url: "https://news.example/local/exampleton-bridge",
        title: "Fictional article: Exampleton mayor sets bridge deadline",
        publisher: "Example News (illustrative)",
      },
      topics: ["transport"],
    },
    updates: [{ status: "pending", note: `${ILLUSTRATIVE} The deadline has not passed yet.` }],
  },
];

async function api(baseUrl, token, path, body) {
  const res = await fetch(`${baseUrl}${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await res.json();
  if (!res.ok) throw new Error(`${path} answered ${res.status}: ${JSON.stringify(json)}`);
  return json;
}

/**
 * Loads what is missing of the demo: a claim whose article is already recorded is not created
 * again, and its timeline only gets the updates it lacks (a load cut short resumes where it stopped).
 */
export async function loadDemo(baseUrl, token) {
  const ids = [];
  for (const { claim, updates } of DEMO_CLAIMS) {
    const found = await api(baseUrl, token, `/v1/articles?url=${encodeURIComponent(claim.article.url)}`);
    const id = found.data[0]?.claims[0]?.id ?? (await api(baseUrl, token, "/v1/claims", claim)).id;
    const timeline = await api(baseUrl, token, `/v1/claims/${id}/updates?limit=100`);
    // The first timeline entry is the `unverified` one every claim starts with.
    for (const update of updates.slice(timeline.data.length - 1)) {
      await api(baseUrl, token, `/v1/claims/${id}/updates`, update);
    }
    ids.push(id);
  }
  return ids;
}
