/** The API's field limits (src/schemas): longer text is cut with "…" rather than refused. */
export const LIMITS = {
  text: 2000,
  speakerName: 200,
  speakerTitle: 200,
  articleTitle: 500,
  publisher: 200,
  note: 5000,
  evidenceTitle: 300,
  url: 2048,
} as const;
