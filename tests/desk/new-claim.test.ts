import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { type ClaimBody, callJson, createKey, type ListBody } from "../helpers";
import {
  control,
  type Doc,
  dbSnapshot,
  errorFor,
  fieldsWithErrors,
  fieldValue,
  h1,
  isInside,
  labelOf,
  links,
  locationOf,
  page,
  post,
  signIn,
  squash,
  visibleText,
} from "./desk";

vi.setConfig({ testTimeout: 20_000 });

const BLINKEN = "More than 90 percent of the issues have been agreed, decided";
const LOPEZ = "We will build 2,000 affordable homes by 2027";
/** Reported speech in the article's first sentence, without quote marks. */
const REPORTED = "a Gaza ceasefire deal was within reach";

const ARTICLE = `WASHINGTON (Example Wire) — US Secretary of State Antony Blinken said on Tuesday that a Gaza ceasefire deal was within reach. "${BLINKEN}," Blinken told reporters.

In Springfield, Mayor Maria Lopez promised new housing. "${LOPEZ}," Lopez said.`;

const META = {
  url: "https://news.example/world/ceasefire-and-housing?utm_source=feed",
  title: "Ceasefire talks and a housing pledge",
  publisher: "Example Wire",
};

let editor: { id: string; key: string };
let cookie: string;

beforeAll(async () => {
  editor = await createKey("editor", "New-claim editor");
  cookie = await signIn(editor.key);
});

/** Every field the review form would send as it stands (checkboxes only when ticked). */
function reviewForm(doc: Doc): [string, string][] {
  const form = doc.nodes.find((n) => n.tag === "form" && n.attrs.action === "/desk/new/save");
  if (!form) throw new Error("no review form");
  const out: [string, string][] = [];
  for (const n of doc.nodes) {
    const name = n.attrs.name;
    if (!isInside(n, form) || !name || name === "_csrf") continue;
    if (n.tag === "input" && n.attrs.type === "checkbox") {
      if ("checked" in n.attrs) out.push([name, "on"]);
    } else if (n.tag === "input" || n.tag === "textarea" || n.tag === "select") out.push([name, fieldValue(doc, name)]);
  }
  return out;
}

function withChanges(fields: [string, string][], changes: Record<string, string>): [string, string][] {
  const out = fields.filter(([name]) => !(name in changes));
  return [...out, ...Object.entries(changes)];
}

async function propose(): Promise<Doc> {
  const { res, doc } = await post("/desk/new", cookie, { text: ARTICLE, ...META });
  if (res.status !== 200) throw new Error(`proposing failed: ${res.status}`);
  return doc;
}

async function allClaims(): Promise<ClaimBody[]> {
  return (await callJson<ListBody<ClaimBody>>("/v1/claims?limit=100")).body.data;
}

const quoteIndex = (doc: Doc, quote: string) => {
  for (let i = 0; ; i++) {
    const text = doc.nodes.find((n) => n.tag === "input" && n.attrs.name === `text_${i}`);
    if (!text) throw new Error(`no candidate ${quote}`);
    if (text.attrs.value === quote) return i;
  }
};

describe("GET /desk/new", () => {
  it("asks for the article's text, URL, headline and publisher in labelled fields", async () => {
    const { res, doc } = await page("/desk/new", cookie);
    expect(res.status).toBe(200);
    expect(h1(doc)).toBe("New claims from an article");
    expect(control(doc, "text").tag).toBe("textarea");
    expect(labelOf(doc, "text")).toBe("Article text");
    expect(labelOf(doc, "url")).toBe("Article URL (optional)");
    expect(labelOf(doc, "title")).toBe("Headline (optional)");
    expect(labelOf(doc, "publisher")).toBe("Publisher (optional)");
  });
});

describe("POST /desk/new", () => {
  it("asks for text when there is none: 400, the error next to the text field, the rest kept", async () => {
    const { res, doc } = await post("/desk/new", cookie, { text: "   ", ...META });
    expect(res.status).toBe(400);
    expect(fieldsWithErrors(doc)).toEqual(["text"]);
    expect(errorFor(doc, "text")).toBe("Paste the article's text first.");
    expect(fieldValue(doc, "url")).toBe(META.url);
    expect(fieldValue(doc, "title")).toBe(META.title);
    expect(fieldValue(doc, "publisher")).toBe(META.publisher);
  });

  it.each(["not a url", "javascript:alert(1)", "ftp://news.example/a", "https://user:pw@news.example/a"])(
    "puts a bad URL (%s) next to the URL field, keeping the text",
    async (url) => {
      const { res, doc } = await post("/desk/new", cookie, { ...META, text: ARTICLE, url });
      expect(res.status).toBe(400);
      expect(fieldsWithErrors(doc)).toEqual(["url"]);
      expect(fieldValue(doc, "url")).toBe(url);
      expect(fieldValue(doc, "text")).toBe(ARTICLE);
    },
  );

  it("says so when the text has no quotes", async () => {
    const { res, doc } = await post("/desk/new", cookie, { text: "Nobody said anything today.", url: "" });
    expect(res.status).toBe(200);
    expect(visibleText(doc)).toContain("No quotes found in this text.");
  });

  it("proposes both quoted statements with their speaker, kind and figure prefilled, none ticked", async () => {
    const doc = await propose();
    expect(h1(doc)).toBe("Pick the claims to track");
    expect(fieldValue(doc, "count")).toBe("3");
    const blinken = quoteIndex(doc, BLINKEN);
    const lopez = quoteIndex(doc, LOPEZ);
    const quotes = doc.nodes.filter((n) => n.tag === "blockquote").map((n) => squash(n.text));
    expect(new Set(quotes)).toEqual(new Set([BLINKEN, LOPEZ, REPORTED]));
    expect(fieldValue(doc, `quoted_${quoteIndex(doc, REPORTED)}`)).toBe("false");
    expect(fieldValue(doc, `quoted_${blinken}`)).toBe("true");
    expect(visibleText(doc)).toContain("Unquoted (reported speech)");
    expect({
      name: fieldValue(doc, `speaker_name_${blinken}`),
      title: fieldValue(doc, `speaker_title_${blinken}`),
      kind: fieldValue(doc, `kind_${blinken}`),
      figure: fieldValue(doc, `quantity_value_${blinken}`),
      unit: fieldValue(doc, `quantity_unit_${blinken}`),
      qualifier: fieldValue(doc, `quantity_qualifier_${blinken}`),
    }).toEqual({
      name: "Antony Blinken",
      title: "US Secretary of State",
      kind: "statistic",
      figure: "90",
      unit: "percent",
      qualifier: "more_than",
    });
    expect(fieldValue(doc, `speaker_name_${lopez}`)).toBe("Maria Lopez");
    expect(fieldValue(doc, `speaker_title_${lopez}`)).toBe("Mayor");
    expect(fieldValue(doc, `kind_${lopez}`)).toBe("promise");
    for (const i of [blinken, lopez]) {
      expect("checked" in control(doc, `pick_${i}`).attrs).toBe(false);
      expect(labelOf(doc, `pick_${i}`)).toBe("Track this quote");
    }
    expect(visibleText(doc)).not.toContain("Already tracked");
    // The article rides along for the save step.
    expect(fieldValue(doc, "text")).toBe(ARTICLE);
    expect(fieldValue(doc, "url")).toBe(META.url);
  });
});

describe("POST /desk/new/save", () => {
  it("asks to tick at least one quote (400), creating nothing", async () => {
    const doc = await propose();
    const before = await dbSnapshot(env.DB);
    const answer = await post("/desk/new/save", cookie, reviewForm(doc));
    expect(answer.res.status).toBe(400);
    const errors = answer.doc.nodes.filter((n) => n.attrs.class === "error").map((n) => squash(n.text));
    expect(errors).toEqual(["Tick at least one quote to track."]);
    expect(await dbSnapshot(env.DB)).toEqual(before);
  });

  it("refuses a ticked quote with a blank speaker: the error next to that speaker field, all kept, nothing made", async () => {
    const doc = await propose();
    const blinken = quoteIndex(doc, BLINKEN);
    const lopez = quoteIndex(doc, LOPEZ);
    const fields = withChanges(reviewForm(doc), {
      [`pick_${blinken}`]: "on",
      [`speaker_name_${blinken}`]: "",
      [`summary_${blinken}`]: "Share of issues agreed",
      [`kind_${blinken}`]: "statement",
      [`summary_${lopez}`]: "Not ticked but typed",
    });
    const before = await dbSnapshot(env.DB);
    const answer = await post("/desk/new/save", cookie, fields);
    expect(answer.res.status).toBe(400);
    expect(fieldsWithErrors(answer.doc)).toEqual([`speaker_name_${blinken}`]);
    expect("checked" in control(answer.doc, `pick_${blinken}`).attrs).toBe(true);
    expect("checked" in control(answer.doc, `pick_${lopez}`).attrs).toBe(false);
    expect(fieldValue(answer.doc, `summary_${blinken}`)).toBe("Share of issues agreed");
    expect(fieldValue(answer.doc, `kind_${blinken}`)).toBe("statement");
    expect(fieldValue(answer.doc, `speaker_title_${blinken}`)).toBe("US Secretary of State");
    expect(fieldValue(answer.doc, `summary_${lopez}`)).toBe("Not ticked but typed");
    expect(fieldValue(answer.doc, "url")).toBe(META.url);
    expect(await dbSnapshot(env.DB)).toEqual(before);
  });

  it("creates the two ticked quotes with the corrections: 303 to /desk?created=2, and the API shows them", async () => {
    const doc = await propose();
    const blinken = quoteIndex(doc, BLINKEN);
    const lopez = quoteIndex(doc, LOPEZ);
    const fields = withChanges(reviewForm(doc), {
      [`pick_${blinken}`]: "on",
      [`pick_${lopez}`]: "on",
      [`summary_${blinken}`]: "Share of issues agreed in the Gaza talks",
      [`speaker_title_${lopez}`]: "Mayor of Springfield",
      [`speaker_name_${lopez}`]: "Maria López",
      [`kind_${lopez}`]: "prediction",
      [`summary_${lopez}`]: "Affordable homes built by 2027",
    });
    const { res } = await post("/desk/new/save", cookie, fields);
    expect(res.status).toBe(303);
    expect(locationOf(res)).toBe("/desk?created=2");
    const flash = await page(locationOf(res), cookie);
    expect(squash(flash.doc.nodes.find((n) => n.attrs.role === "status")?.text ?? "")).toBe("2 claim(s) created.");

    const claims = await allClaims();
    const b = claims.find((c) => c.text === BLINKEN);
    const l = claims.find((c) => c.text === LOPEZ);
    expect(b).toMatchObject({
      kind: "statistic",
      summary: "Share of issues agreed in the Gaza talks",
      speaker: { name: "Antony Blinken", title: "US Secretary of State" },
      quantity: { value: 90, unit: "percent", qualifier: "more_than" },
      status: { code: "unverified" },
    });
    expect(l).toMatchObject({
      kind: "prediction",
      summary: "Affordable homes built by 2027",
      speaker: { name: "Maria López", title: "Mayor of Springfield" },
      quantity: { value: 2000, unit: "homes", qualifier: "exactly" },
    });
    for (const claim of [b, l]) {
      expect(claim?.appearances).toHaveLength(1);
      expect(claim?.appearances[0]).toMatchObject({
        article: {
          url: "https://news.example/world/ceasefire-and-housing",
          title: META.title,
          publisher: META.publisher,
        },
        quote_context: expect.stringContaining(claim?.text ?? "?"),
      });
      const full = await callJson<ClaimBody>(`/v1/claims/${claim?.id}?include=timeline`);
      expect(full.body.timeline?.[0]?.author).toEqual({ key_id: editor.id, name: "New-claim editor" });
    }
    // One article for both.
    expect(b?.appearances[0]?.article.id).toBe(l?.appearances[0]?.article.id);
    // The desk list shows them.
    expect(visibleText(flash.doc)).toContain(BLINKEN);
    expect(visibleText(flash.doc)).toContain(LOPEZ);
  });

  it("marks quotes already tracked with a link to the claim, when the article is pasted again", async () => {
    const claims = await allClaims();
    const b = claims.find((c) => c.text === BLINKEN);
    const l = claims.find((c) => c.text === LOPEZ);
    const doc = await propose();
    for (const [quote, claim] of [
      [BLINKEN, b],
      [LOPEZ, l],
    ] as const) {
      const i = quoteIndex(doc, quote);
      expect(fieldValue(doc, `existing_${i}`)).toBe(claim?.id);
      const fieldset = doc.nodes.filter((n) => n.tag === "fieldset")[i];
      expect(squash(fieldset?.text ?? "")).toContain("Already tracked: see the claim.");
    }
    expect(
      links(doc)
        .filter((a) => a.text === "see the claim")
        .map((a) => a.href),
    ).toEqual(expect.arrayContaining([`/desk/claims/${b?.id}`, `/desk/claims/${l?.id}`]));
  });

  it("does not create a figure of 0 from an emptied figure whose unit was left", async () => {
    const doc = await propose();
    const blinken = quoteIndex(doc, BLINKEN);
    const before = await dbSnapshot(env.DB);
    const answer = await post(
      "/desk/new/save",
      cookie,
      withChanges(reviewForm(doc), { [`pick_${blinken}`]: "on", [`quantity_value_${blinken}`]: "" }),
    );
    expect(answer.res.status).toBe(400);
    expect(fieldsWithErrors(answer.doc)).toEqual([`quantity_value_${blinken}`]);
    expect(await dbSnapshot(env.DB)).toEqual(before);
  });
});
