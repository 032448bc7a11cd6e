import { beforeAll, describe, expect, it, vi } from "vitest";
import { encodeCursor } from "../../src/domain/cursor";
import { type ClaimBody, callJson, createClaim, createKey, type ListBody } from "../helpers";
import {
  byId,
  columnHeaders,
  control,
  type Doc,
  errorFor,
  fieldsWithErrors,
  fieldValue,
  h1,
  links,
  optionsOf,
  page,
  signIn,
  tableRows,
  visibleText,
} from "./desk";

vi.setConfig({ testTimeout: 60_000 });

let editor: string;
let cookie: string;

beforeAll(async () => {
  editor = (await createKey("editor", "List editor")).key;
  cookie = await signIn(editor);
});

/** The claim ids a list page shows, in order. */
function listedIds(doc: Doc): string[] {
  return tableRows(doc).flatMap((row) =>
    row.links.flatMap((l) => (l.href.startsWith("/desk/claims/") ? [l.href.slice("/desk/claims/".length)] : [])),
  );
}

function nextHref(doc: Doc): string | undefined {
  return links(doc).find((l) => l.text === "Next page")?.href;
}

async function rate(id: string, status: string) {
  const { res } = await callJson(`/v1/claims/${id}/updates`, { token: editor, body: { status } });
  if (res.status !== 201) throw new Error(`rating failed: ${res.status}`);
}

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe("GET /desk", () => {
  it("lists claims newest first: quote linking to the claim, speaker, status label, review date", async () => {
    const claim = await createClaim(editor, { review_due: "2030-01-15" });
    const { res, doc } = await page("/desk", cookie);
    expect(res.status).toBe(200);
    expect(h1(doc)).toBe("Claims");
    expect(columnHeaders(doc)).toEqual(["Claim", "Speaker", "Status", "Review due"]);
    const [first] = tableRows(doc);
    expect(first?.text).toBe(`${claim.text} Antony Blinken Not yet rated 2030-01-15`);
    expect(first?.links).toEqual([{ href: `/desk/claims/${claim.id}`, text: claim.text }]);
  });

  it("shows 'No claims here.' when nothing matches", async () => {
    const { res, doc } = await page("/desk?q=xylophonist", cookie);
    expect(res.status).toBe(200);
    expect(tableRows(doc)).toEqual([]);
    expect(visibleText(doc)).toContain("No claims here.");
  });

  it("narrows the list with search, keeping the words in the search field", async () => {
    const zeppelin = await createClaim(editor, { text: "The zeppelin fleet grew by 40 percent last year." });
    await createClaim(editor, { text: "The airship fleet shrank by 10 percent last year." });
    const { doc } = await page("/desk?q=zeppelin", cookie);
    expect(listedIds(doc)).toEqual([zeppelin.id]);
    expect(fieldValue(doc, "q")).toBe("zeppelin");
  });

  it("narrows the list by status, keeping the status chosen", async () => {
    const rated = await createClaim(editor, { text: "Unemployment fell to 3 percent in March." });
    await rate(rated.id, "mostly_false");
    const { doc } = await page("/desk?status=mostly_false", cookie);
    expect(listedIds(doc)).toEqual([rated.id]);
    expect(tableRows(doc)[0]?.text).toContain("Mostly false");
    expect(fieldValue(doc, "status")).toBe("mostly_false");
  });

  it("narrows the list by kind, keeping the kind chosen", async () => {
    const promise = await createClaim(editor, {
      text: "We will plant a million trees by 2030.",
      kind: "promise",
      quantity: undefined,
    });
    const { doc } = await page("/desk?kind=promise", cookie);
    expect(listedIds(doc)).toEqual([promise.id]);
    expect(fieldValue(doc, "kind")).toBe("promise");
    const both = await page("/desk?kind=promise&status=unverified&q=trees", cookie);
    expect(listedIds(both.doc)).toEqual([promise.id]);
  });

  it("offers every status and kind in the filters, each with a label", async () => {
    const { doc } = await page("/desk", cookie);
    const statuses = optionsOf(doc, control(doc, "status"));
    const { body } = await callJson<{ data: { statuses: { code: string }[] }[] }>("/v1/statuses");
    const codes = new Set(body.data.flatMap((scale) => scale.statuses.map((s) => s.code)));
    expect(statuses.map((o) => o.value)).toEqual(["", ...codes]);
    expect(statuses.every((o) => o.label !== "")).toBe(true);
    expect(optionsOf(doc, control(doc, "kind")).map((o) => o.value)).toEqual([
      "",
      "statement",
      "statistic",
      "prediction",
      "promise",
    ]);
  });

  it("walks every claim page by page with 'Next page' (25 a page), each once", async () => {
    for (let i = 0; i < 27; i++) await createClaim(editor, { text: `Claim number ${i} for paging: ${i * 7} percent.` });
    const all: string[] = [];
    let cursor: string | null | undefined;
    do {
      const { body } = await callJson<ListBody<ClaimBody>>(
        `/v1/claims?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`,
      );
      all.push(...body.data.map((c) => c.id));
      cursor = body.next_cursor;
    } while (cursor);
    expect(all.length).toBeGreaterThan(25);

    const seen: string[] = [];
    let href: string | undefined = "/desk";
    let pages = 0;
    while (href) {
      const current: Awaited<ReturnType<typeof page>> = await page(href, cookie);
      expect(current.res.status).toBe(200);
      const ids = listedIds(current.doc);
      expect(ids.length).toBeLessThanOrEqual(25);
      if (pages > 0) expect(links(current.doc).find((l) => l.text === "First page")?.href).toBe("/desk");
      seen.push(...ids);
      pages++;
      href = nextHref(current.doc);
      if (href) expect(href).toMatch(/^\/desk\?(.*&)?cursor=[^&]+/);
    }
    expect(pages).toBe(Math.ceil(all.length / 25));
    expect(seen).toEqual(all);
  });

  it("keeps the filters when paging", async () => {
    for (let i = 0; i < 26; i++) {
      await createClaim(editor, { text: `We will open clinic ${i} by 2031.`, kind: "promise", quantity: undefined });
    }
    const first = await page("/desk?kind=promise", cookie);
    const href = nextHref(first.doc) ?? "";
    expect(new URLSearchParams(href.split("?")[1]).get("kind")).toBe("promise");
    const second = await page(href, cookie);
    const ids = [...listedIds(first.doc), ...listedIds(second.doc)];
    const { body } = await callJson<ListBody<ClaimBody>>("/v1/claims?kind=promise&limit=100");
    expect(ids).toEqual(body.data.map((c) => c.id));
    expect(fieldValue(second.doc, "kind")).toBe("promise");
  });

  it("walks a search page by page too", async () => {
    for (let i = 0; i < 26; i++) await createClaim(editor, { text: `Harbour volume ${i} rose by ${i} percent.` });
    const first = await page("/desk?q=harbour", cookie);
    const href = nextHref(first.doc) ?? "";
    expect(href).not.toBe("");
    const second = await page(href, cookie);
    const ids = [...listedIds(first.doc), ...listedIds(second.doc)];
    expect(new Set(ids).size).toBe(26);
    expect(nextHref(second.doc)).toBeUndefined();
  });

  it.each([
    ["not base64 at all", "!!!not-a-cursor!!!"],
    ["base64 of nonsense", btoa("hello").replace(/=+$/, "")],
    ["a cursor of another listing (search offsets)", encodeCursor({ offset: 25 })],
  ])("shows an error for a bad cursor (%s), not a 500", async (_, bad) => {
    const { res, doc } = await page(`/desk?cursor=${encodeURIComponent(bad)}`, cookie);
    expect([200, 400]).toContain(res.status);
    expect(h1(doc)).toBe("Claims");
    const errors = doc.nodes.filter((n) => n.attrs.class === "error").map((n) => n.text.trim());
    expect(errors.join(" ")).toMatch(/cursor/i);
    expect(nextHref(doc)).toBeUndefined();
  });

  it("shows an error for a cursor too long to be one", async () => {
    const { res, doc } = await page(`/desk?cursor=${"A".repeat(600)}`, cookie);
    expect(res.status).toBe(400);
    const errors = doc.nodes.filter((n) => n.attrs.class === "error").map((n) => n.text.trim());
    expect(errors).not.toEqual([]);
  });

  it("puts a search with no words to search for next to the search field", async () => {
    const { res, doc } = await page("/desk?q=%21%21%21", cookie);
    expect(res.status).toBeLessThan(500);
    expect(errorFor(doc, "q")).toEqual(expect.any(String));
    expect(fieldValue(doc, "q")).toBe("!!!");
  });

  it.each([
    ["status", "status=bogus"],
    ["kind", "kind=bogus"],
  ])("puts an unknown %s filter's error next to that filter (400)", async (field, query) => {
    // A 400 page must say what is wrong: the error belongs next to the filter that caused it.
    const { res, doc } = await page(`/desk?${query}`, cookie);
    expect(res.status).toBe(400);
    expect(fieldsWithErrors(doc)).toEqual([field]);
    expect(errorFor(doc, field)).toMatch(/expected one of/);
  });
});

describe("GET /desk?view=due", () => {
  it("lists only claims due today or earlier whose status is not a verdict", async () => {
    const overdue = await createClaim(editor, { text: "Overdue: exports rose 5 percent.", review_due: day(-3) });
    const dueToday = await createClaim(editor, { text: "Due today: imports fell 2 percent.", review_due: day(0) });
    const underReview = await createClaim(editor, { text: "Under review: 7 percent growth.", review_due: day(-1) });
    await rate(underReview.id, "under_review");
    const stalled = await createClaim(editor, {
      text: "We will build the bridge by 2028.",
      kind: "promise",
      quantity: undefined,
      review_due: day(-10),
    });
    await rate(stalled.id, "stalled");
    const tomorrow = await createClaim(editor, { text: "Tomorrow: inflation at 2 percent.", review_due: day(1) });
    const future = await createClaim(editor, { text: "Future: 9 percent of voters.", review_due: day(30) });
    const ratedTrue = await createClaim(editor, { text: "Rated: 60 percent turnout.", review_due: day(-5) });
    await rate(ratedTrue.id, "true");
    const fulfilled = await createClaim(editor, {
      text: "We will open the school by 2025.",
      kind: "promise",
      quantity: undefined,
      review_due: day(-5),
    });
    await rate(fulfilled.id, "fulfilled");

    const { res, doc } = await page("/desk?view=due", cookie);
    expect(res.status).toBe(200);
    expect(h1(doc)).toBe("Due for review");
    const listed = listedIds(doc);
    expect(new Set(listed)).toEqual(new Set([overdue.id, dueToday.id, underReview.id, stalled.id]));
    for (const hidden of [tomorrow, future, ratedTrue, fulfilled]) expect(listed).not.toContain(hidden.id);
    const current = doc.nodes.find((n) => n.tag === "a" && n.attrs["aria-current"] === "page");
    expect(current?.attrs.href).toBe("/desk?view=due");
    expect(fieldValue(doc, "view")).toBe("due");

    // A search inside the due view stays inside it.
    const searched = await page("/desk?view=due&q=exports", cookie);
    expect(listedIds(searched.doc)).toEqual([overdue.id]);
    const noVerdicts = await page("/desk?view=due&q=turnout", cookie);
    expect(listedIds(noVerdicts.doc)).toEqual([]);
  });

  it("has a labelled search form like the full list", async () => {
    const { doc } = await page("/desk?view=due", cookie);
    expect(byId(doc, "f-q")).toBeDefined();
  });
});
