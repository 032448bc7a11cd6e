import type { z } from "@hono/zod-openapi";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { MatchList } from "../../src/schemas/matches";
import { call, callJson, expectProblem } from "../helpers";
import { type MatchQuery, TRACKED, type TrackedClaim, UNRELATED } from "./fixture";
import { idOf, ids, keyOf, loadTracked, speakerOf } from "./load";

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

type MatchBody = z.infer<typeof MatchList>;
type Match = MatchBody["data"][number];

beforeAll(loadTracked);

interface MatchParams {
  language?: string;
  speaker_id?: string;
  speaker?: string;
  limit?: number;
}

function matchPath(text: string, params: MatchParams = {}): string {
  const query = new URLSearchParams({ text });
  for (const [name, value] of Object.entries(params)) if (value !== undefined) query.set(name, String(value));
  return `/v1/claims/match?${query}`;
}

/** Asserts what every answer of the route must be: 200, best first, scores in 0–1, typed reasons. */
async function match(text: string, params: MatchParams = {}): Promise<Match[]> {
  const { res, body } = await callJson<MatchBody>(matchPath(text, params), {});
  expect(res.status, JSON.stringify(body)).toBe(200);
  return wellFormed(body, params.limit ?? 5);
}

function wellFormed(body: MatchBody, limit: number): Match[] {
  expect(Object.keys(body)).toEqual(["data"]);
  expect(body.data.length).toBeLessThanOrEqual(limit);
  const scores = body.data.map((m) => m.score);
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
  for (const m of body.data) {
    expect(m.score).toBeGreaterThan(0);
    expect(m.score).toBeLessThanOrEqual(1);
    expect(m.reasons).toEqual({
      shared_terms: expect.any(Array),
      speaker: expect.toBeOneOf([null, "same", "different"]),
      quantity: expect.toBeOneOf([null, "same", "conflicting"]),
    });
    expect(m.claim).toMatchObject({ id: expect.stringMatching(/^clm_/), text: expect.any(String) });
  }
  return body.data;
}

/** "key 0.83" for each answer, for failure messages and the printed misses. */
const describeMatches = (data: Match[]) => data.map((m) => `${keyOf.get(m.claim.id) ?? m.claim.id} ${m.score}`);

interface Case {
  claim: TrackedClaim;
  query: MatchQuery;
}

const cases = (kind: MatchQuery["kind"]): Case[] =>
  TRACKED.flatMap((claim) => (claim.queries ?? []).filter((q) => q.kind === kind).map((query) => ({ claim, query })));

const label = ({ claim, query }: Case) => `${claim.key}: ${query.text}`;

describe("the fixture", () => {
  it("has the claims, languages and queries the matcher is measured on", () => {
    const withQueries = TRACKED.filter((c) => (c.queries ?? []).length > 0);
    expect(TRACKED.length).toBeGreaterThanOrEqual(60);
    expect(withQueries.length).toBeGreaterThanOrEqual(40);
    expect(UNRELATED.length).toBeGreaterThanOrEqual(15);
    expect(new Set(TRACKED.map((c) => c.key)).size).toBe(TRACKED.length);
    expect(new Set(TRACKED.map((c) => c.speaker)).size).toBeGreaterThanOrEqual(10);
    expect(new Set(TRACKED.map((c) => c.kind))).toEqual(new Set(["statement", "statistic", "promise", "prediction"]));
    for (const language of ["es", "fr", "de", "pt"]) {
      expect(TRACKED.filter((c) => c.language === language).length, language).toBeGreaterThanOrEqual(3);
    }
    expect(TRACKED.filter((c) => c.language === "ar").length).toBeGreaterThanOrEqual(2);
    for (const kind of ["same", "paraphrase", "different_figure"] as const) {
      expect(cases(kind).length, kind).toBeGreaterThanOrEqual(kind === "paraphrase" ? 40 : 10);
    }
    for (const { claim, query } of cases("paraphrase")) {
      expect(query.text.toLowerCase(), `${claim.key}: a paraphrase, not a copy`).not.toBe(claim.text.toLowerCase());
    }
    for (const { query } of cases("different_figure")) {
      if (query.trueKey) expect(ids.has(query.trueKey), query.trueKey).toBe(true);
    }
  });
});

describe("GET /v1/claims/match on the fixture", () => {
  it.each(cases("same").map((c) => [label(c), c] as const))("finds the same quote first, ≥ 0.9: %s", async (_, c) => {
    const data = await match(c.query.text, { language: c.claim.language });
    const [top] = data;
    expect(top?.claim.id, describeMatches(data).join(", ")).toBe(idOf(c.claim.key));
    expect(top?.score).toBeGreaterThanOrEqual(0.9);
    expect(top?.reasons.speaker).toBeNull();
  });

  it.each(cases("different_figure").map((c) => [label(c), c] as const))(
    "reads another figure for the same measure as conflicting, below the claim that says it: %s",
    async (_, c) => {
      const data = await match(c.query.text, { language: c.claim.language, limit: 20 });
      const said = describeMatches(data).join(", ");
      const original = data.find((m) => m.claim.id === idOf(c.claim.key));
      expect(original, `${c.claim.key} is a candidate: ${said}`).toBeDefined();
      expect(original?.reasons.quantity, said).toBe("conflicting");
      expect(original?.score, "not the same claim: below the duplicate threshold").toBeLessThan(0.6);
      if (c.query.trueKey) {
        expect(data[0]?.claim.id, said).toBe(idOf(c.query.trueKey));
        expect(data[0]?.reasons.quantity).toBe("same");
      }
    },
  );

  it.each(UNRELATED.map((u) => [u.text, u] as const))(
    "scores every candidate below 0.3 for unrelated text: %s",
    async (_, u) => {
      const data = await match(u.text, { language: u.language, limit: 20 });
      for (const m of data) expect(m.score, describeMatches(data).join(", ")).toBeLessThan(0.3);
    },
  );

  it("ranks the tracked claim first for at least 90% of paraphrases and quotes (precision@1)", async () => {
    const ranked = [...cases("paraphrase"), ...cases("same")];
    const misses: string[] = [];
    let first = 0;
    let matched = 0;
    for (const c of ranked) {
      const data = await match(c.query.text, { language: c.claim.language });
      const top = data[0];
      const isFirst = top?.claim.id === idOf(c.claim.key);
      const threshold = c.query.kind === "same" ? 0.9 : 0.6;
      if (isFirst) first++;
      if (isFirst && top && top.score >= threshold) matched++;
      else misses.push(`${c.query.kind} ${label(c)} → [${describeMatches(data).join(", ")}]`);
    }
    const precision = first / ranked.length;
    const hitRate = matched / ranked.length;
    console.log(
      `matching fixture: precision@1 ${precision.toFixed(3)} (${first}/${ranked.length}); ` +
        `first with score ≥ 0.6 (paraphrase) / ≥ 0.9 (same quote): ${hitRate.toFixed(3)} (${matched}/${ranked.length})` +
        (misses.length ? `\nmisses:\n  ${misses.join("\n  ")}` : ""),
    );
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(hitRate).toBeGreaterThanOrEqual(0.9);
  });

  it("notices the tracked claim in 'over 90% of the deal is agreed', and that 60 percent is another claim", async () => {
    const over = await match("over 90% of the deal is agreed");
    expect(over[0]).toMatchObject({
      claim: { id: idOf("gaza-90"), speaker: { name: "Antony Blinken" } },
      reasons: { shared_terms: ["agre"], speaker: null, quantity: "same" },
    });
    expect(over[0]?.score).toBeGreaterThanOrEqual(0.6);
    const sixty = await match("60 percent of the issues are agreed");
    expect(sixty[0]?.claim.id).toBe(idOf("gaza-60"));
    const blinken = sixty.find((m) => m.claim.id === idOf("gaza-90"));
    expect(blinken?.reasons).toEqual({ shared_terms: ["issu", "agre"], speaker: null, quantity: "conflicting" });
    expect(blinken?.score).toBeLessThan(0.6);
  });
});

describe("languages", () => {
  it("finds an Arabic claim through words that carry the article (ال)", async () => {
    // The stemmer drops the article; the FTS5 index holds the words with it.
    const data = await match("الحكومة تعتزم خفض الضرائب على الشركات الصغيرة", { language: "ar" });
    expect(data[0]?.claim.id, describeMatches(data).join(", ")).toBe(idOf("ar-taxes"));
    expect(data[0]?.score).toBeGreaterThanOrEqual(0.6);
  });

  it("reads a claim in its own language: accents, typographic apostrophes and inflections meet", async () => {
    const french = await match("Le chomage est tombe a 7,3 %, son plus bas niveau depuis quinze ans", {
      language: "fr",
    });
    expect(french[0]).toMatchObject({ claim: { id: idOf("fr-chomage") }, score: 1 });
    const spanish = await match("Se construirán 184.000 viviendas de alquiler asequible", { language: "es" });
    expect(spanish[0]?.claim.id).toBe(idOf("es-vivienda"));
    expect(spanish[0]?.reasons.shared_terms).toEqual(expect.arrayContaining(["constru", "viviend"]));
    const english = await match("We won’t sign a trade deal that lowers Britain’s food standards.");
    expect(english[0]).toMatchObject({ claim: { id: idOf("food-standards") }, score: 1 });
  });
});

describe("speakers", () => {
  const LINE = "Crime has fallen by 10 percent since 2010";

  it("with speaker_id, ranks that speaker's claim above another speaker's identical one", async () => {
    for (const [mine, theirs] of [
      ["crime-10-dunn", "crime-10-whitfield"],
      ["crime-10-whitfield", "crime-10-dunn"],
    ] as const) {
      const data = await match(LINE, { speaker_id: speakerOf(mine) });
      expect(data.slice(0, 2).map((m) => [m.claim.id, m.reasons.speaker])).toEqual([
        [idOf(mine), "same"],
        [idOf(theirs), "different"],
      ]);
      expect(data[0]?.reasons.quantity).toBe("same");
      expect(data[0]?.score).toBeGreaterThan(data[1]?.score ?? 1);
    }
  });

  it("with a speaker name (case and accents ignored), does the same", async () => {
    const data = await match(LINE, { speaker: "sarah WHITFIELD" });
    expect(data.slice(0, 2).map((m) => [m.claim.id, m.reasons.speaker])).toEqual([
      [idOf("crime-10-whitfield"), "same"],
      [idOf("crime-10-dunn"), "different"],
    ]);
    const accented = await match("Vamos a subir las pensiones un 2,8% el próximo año", {
      speaker: "alvaro ruiz",
      language: "es",
    });
    expect(accented[0]).toMatchObject({ claim: { id: idOf("es-pensiones") }, reasons: { speaker: "same" } });
  });

  it("without a speaker, reads none, and ties identical claims", async () => {
    const data = await match(LINE);
    const pair = data.filter((m) => [idOf("crime-10-dunn"), idOf("crime-10-whitfield")].includes(m.claim.id));
    expect(pair.map((m) => m.reasons.speaker)).toEqual([null, null]);
    expect(pair[0]?.score).toBe(pair[1]?.score);
  });

  it("reads the same speaker's line with another figure as a different claim, below a possible duplicate", async () => {
    const data = await match("We have created 900,000 new jobs since the election.", {
      speaker_id: speakerOf("jobs-800k"),
    });
    const earlier = data.find((m) => m.claim.id === idOf("jobs-800k"));
    expect(earlier?.reasons).toMatchObject({ speaker: "same", quantity: "conflicting" });
    expect(earlier?.score).toBeLessThan(0.6);
    for (const m of data) expect(m.score, describeMatches(data).join(", ")).toBeLessThan(0.6);
  });

  it("another speaker's claim with the same words still matches, a little lower", async () => {
    const blinken = await match("More than 90 percent of the issues have been agreed, decided.", {
      speaker: "Yossi Amram",
    });
    expect(blinken[0]).toMatchObject({ claim: { id: idOf("gaza-90") }, reasons: { speaker: "different" } });
    expect(blinken[0]?.score).toBeLessThan(0.9);
    expect(blinken[0]?.score).toBeGreaterThanOrEqual(0.6);
  });
});

describe("limit", () => {
  it("answers at most `limit` matches, 5 by default", async () => {
    const text = "new homes and jobs since the election, spending on defence and emissions";
    const all = await match(text, { limit: 20 });
    expect(all.length).toBeGreaterThan(5);
    expect(await match(text)).toHaveLength(5);
    const one = await match(text, { limit: 1 });
    expect(one.map((m) => m.claim.id)).toEqual([all[0]?.claim.id]);
    expect((await match(text, { limit: 3 })).map((m) => m.claim.id)).toEqual(all.slice(0, 3).map((m) => m.claim.id));
  });

  it.each(["0", "21", "-1", "2.5", "abc", "1e3"])("refuses limit=%s with 400 naming limit", async (limit) => {
    const problem = await expectProblem(
      await call(`/v1/claims/match?text=deal&limit=${limit}`),
      400,
      "validation_failed",
    );
    expect(problem.errors?.map((e) => e.path)).toEqual(["limit"]);
  });
});

describe("hostile and odd text", () => {
  /** Any answer but a 500: a well-formed list, or a 400 naming `text`. */
  async function survives(text: string): Promise<Match[] | null> {
    const res = await call(matchPath(text));
    expect(res.status, text.slice(0, 80)).not.toBe(500);
    if (res.status === 400) {
      const problem = await expectProblem(res, 400, "validation_failed");
      expect(problem.errors?.map((e) => e.path)).toEqual(["text"]);
      return null;
    }
    expect(res.status).toBe(200);
    return wellFormed((await res.json()) as MatchBody, 5);
  }

  it.each([
    '" OR claims_fts MATCH *',
    "NEAR(a b)",
    "NEAR(agreed issues, 2)",
    "^col:",
    "text:agreed* AND NOT speaker:blinken",
    '"unterminated',
    "*",
    "(((",
    "{text summary} : agreed",
    "agreed OR 1=1; DROP TABLE claims; --",
    "' OR '1'='1",
    "\\x00\\u0000 %00",
  ])("treats FTS5 syntax as words: %s", async (text) => {
    const data = await survives(text);
    expect(data, "a list: the text has visible characters").not.toBeNull();
    const count = await callJson<{ data: unknown[] }>("/v1/claims?limit=100");
    expect(count.body.data.length, "the claims are all still there").toBe(Math.min(100, TRACKED.length));
  });

  it("still finds the claim behind FTS5 operators and quotes", async () => {
    const data = await survives('"over 90%" NEAR(deal agreed) OR issues*');
    expect(data?.[0]?.claim.id).toBe(idOf("gaza-90"));
  });

  it("answers text up to 5,000 characters and refuses 10 KB, naming text", async () => {
    const paragraph = "More than 90 percent of the issues have been agreed, decided. ";
    const long = paragraph.repeat(Math.floor(5000 / paragraph.length)).trim();
    expect(long.length).toBeLessThanOrEqual(5000);
    const data = await survives(long);
    expect(data?.[0]?.claim.id).toBe(idOf("gaza-90"));
    const problem = await expectProblem(await call(matchPath("a".repeat(10 * 1024))), 400, "validation_failed");
    expect(problem.errors?.map((e) => e.path)).toEqual(["text"]);
    const words = await expectProblem(await call(matchPath(paragraph.repeat(170))), 400, "validation_failed");
    expect(words.errors?.map((e) => e.path)).toEqual(["text"]);
  });

  it("reads emoji, right-to-left text and combining marks", async () => {
    const emoji = await survives("📈🤝 Over 90% of the deal is agreed 🇺🇸👍🏽");
    expect(emoji?.[0]?.claim.id).toBe(idOf("gaza-90"));
    const rtl = await call(
      matchPath("\u202bمعدل التضخم انخفض هذا العام إلى 12 بالمئة\u202c\u200f", { language: "ar" }),
    );
    expect(rtl.status).toBe(200);
    expect(wellFormed((await rtl.json()) as MatchBody, 5)[0]?.claim.id).toBe(idOf("ar-inflation"));
    const decomposed = "Le cho\u0302mage est tombe\u0301 a\u0300 7,3 %, son plus bas niveau depuis quinze ans.";
    expect(decomposed).not.toBe(decomposed.normalize("NFC"));
    const marks = await match(decomposed, { language: "fr" });
    expect(marks[0]?.claim.id).toBe(idOf("fr-chomage"));
    expect(marks[0]?.score).toBeGreaterThanOrEqual(0.9);
    const zalgo = await survives("a\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308".repeat(50));
    expect(zalgo).toEqual([]);
    expect(await survives("\u{1F600}\u{1F601}\u{1F602}")).toEqual([]);
  });

  it("cannot be sent a lone surrogate: its UTF-8-style bytes and broken escapes answer a list, never a 500", async () => {
    // UTF-8 has no encoding for a lone surrogate, so no query string decodes to one (URLSearchParams
    // turns "\ud800" into U+FFFD). The CESU-8 bytes of U+D800 and a truncated escape are what a
    // client can send instead; the route reads them as text, well-formed either way.
    for (const raw of ["%ED%A0%80agreed", "%E0%A4%A", "%uD800issues", "%C0%AFagreed"]) {
      const res = await call(`/v1/claims/match?text=${raw}`);
      const body = (await res.json()) as MatchBody;
      expect(res.status, `${raw}: ${JSON.stringify(body)}`).toBe(200);
      wellFormed(body, 5);
    }
    expect(matchPath("\ud800agreed")).toContain("text=%EF%BF%BDagreed");
  });

  it.each([
    ["empty", ""],
    ["spaces", "   "],
    ["tabs and newlines", "\t\n\r\n"],
    ["zero-width characters", "\u200b\u200c\u200d\ufeff"],
  ])("refuses %s text with 400 naming text", async (_, text) => {
    const problem = await expectProblem(await call(matchPath(text)), 400, "validation_failed");
    expect(problem.errors?.map((e) => e.path)).toEqual(["text"]);
  });

  it("answers no match, not an error, for text with no words", async () => {
    expect(await match("90% — 1,200 / 3.5 !!! ???")).toEqual([]);
    expect(await match("the of and to a in")).toEqual([]);
  });

  it("refuses a malformed language tag with 400 naming language", async () => {
    const problem = await expectProblem(
      await call("/v1/claims/match?text=deal&language=not%20a%20tag"),
      400,
      "validation_failed",
    );
    expect(problem.errors?.map((e) => e.path)).toEqual(["language"]);
  });
});

describe("routing", () => {
  it("is not captured by /v1/claims/{id}: without text it is a 400 naming text", async () => {
    const res = await call("/v1/claims/match");
    const problem = await expectProblem(res, 400, "validation_failed");
    expect(problem.errors?.map((e) => e.path)).toEqual(["text"]);
    const trailing = await call("/v1/claims/match?text=");
    expect(trailing.status).toBe(400);
  });

  it("logs the match route as itself, in one D1 round trip, without the text", async () => {
    const lines: string[] = [];
    const spy = vi.spyOn(console, "log").mockImplementation((line: unknown) => lines.push(String(line)));
    try {
      const res = await call(matchPath("over 90% of the deal is agreed"), { headers: { "X-Request-Id": "req-match" } });
      expect(res.status).toBe(200);
    } finally {
      spy.mockRestore();
    }
    const logged = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(logged.filter((line) => line.request_id === "req-match")).toEqual([
      {
        type: "request",
        request_id: "req-match",
        method: "GET",
        route: "/v1/claims/match",
        status: 200,
        duration_ms: expect.any(Number),
        d1_round_trips: 1,
      },
    ]);
    expect(lines.join("\n")).not.toContain("deal is agreed");
  });

  it("still serves a claim by id next to it", async () => {
    const id = idOf("gaza-90");
    const { res, body } = await callJson<{ id: string }>(`/v1/claims/${id}`);
    expect(res.status).toBe(200);
    expect(body.id).toBe(id);
    const missing = await call("/v1/claims/matches");
    await expectProblem(missing, 404, "claim_not_found");
  });
});
