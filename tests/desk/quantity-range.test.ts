import { beforeAll, describe, expect, it, vi } from "vitest";
import { type ClaimBody, callJson, createClaim, createKey } from "../helpers";
import { type Doc, fieldValue, isInside, labelOf, locationOf, page, post, signIn } from "./desk";

vi.setConfig({ testTimeout: 20_000 });

const QUOTE = "Inflation will settle between two and three per cent next year";
const ARTICLE = `"${QUOTE}," said Bank of Corvia governor Ruth Calder.`;
const RANGE = { value: 2.5, unit: "percent", qualifier: "between", low: 2, high: 3 };

let editor: string;
let cookie: string;

beforeAll(async () => {
  editor = (await createKey("editor", "Range editor")).key;
  cookie = await signIn(editor);
});

/** Every field of the form posting to `action`, as it stands (checkboxes only when ticked). */
function formFields(doc: Doc, action: string): Record<string, string> {
  const form = doc.nodes.find((n) => n.tag === "form" && n.attrs.action === action);
  if (!form) throw new Error(`no form posting to ${action}`);
  const out: Record<string, string> = {};
  for (const n of doc.nodes) {
    const name = n.attrs.name;
    if (!isInside(n, form) || !name || name === "_csrf") continue;
    if (n.tag === "input" && n.attrs.type === "checkbox") {
      if ("checked" in n.attrs) out[name] = "on";
    } else if (n.tag === "input" || n.tag === "textarea" || n.tag === "select") out[name] = fieldValue(doc, name);
  }
  return out;
}

describe("a range (qualifier between) in the desk", () => {
  it("is proposed with its ends and saved as a range", async () => {
    const { res, doc } = await post("/desk/new", cookie, { text: ARTICLE, url: "", title: "", publisher: "" });
    expect(res.status).toBe(200);
    expect(fieldValue(doc, "text_0")).toBe(QUOTE);
    expect({
      value: fieldValue(doc, "quantity_value_0"),
      qualifier: fieldValue(doc, "quantity_qualifier_0"),
      low: fieldValue(doc, "quantity_low_0"),
      high: fieldValue(doc, "quantity_high_0"),
    }).toEqual({ value: "2.5", qualifier: "between", low: "2", high: "3" });
    expect(labelOf(doc, "quantity_low_0")).toBe("Range from");
    expect(labelOf(doc, "quantity_high_0")).toBe("Range to");
    const saved = await post("/desk/new/save", cookie, { ...formFields(doc, "/desk/new/save"), pick_0: "on" });
    expect(saved.res.status).toBe(303);
    const list = await callJson<{ data: ClaimBody[] }>("/v1/claims?limit=100");
    expect(list.body.data.find((c) => c.text === QUOTE)?.quantity).toEqual(RANGE);
  });

  it("is edited: new ends give a new midpoint", async () => {
    const claim = await createClaim(editor, { quantity: RANGE });
    const edit = await page(`/desk/claims/${claim.id}/edit`, cookie);
    const action = `/desk/claims/${claim.id}/edit`;
    const fields = formFields(edit.doc, action);
    expect([fields.quantity_low, fields.quantity_high]).toEqual(["2", "3"]);
    const { res } = await post(action, cookie, { ...fields, quantity_high: "4" });
    expect(res.status).toBe(303);
    expect(locationOf(res)).toBe(`/desk/claims/${claim.id}?saved=1`);
    const read = await callJson<ClaimBody>(`/v1/claims/${claim.id}`);
    expect(read.body.quantity).toEqual({ ...RANGE, value: 3, high: 4 });
  });

  it("shows the API's error next to the range field", async () => {
    const claim = await createClaim(editor, { quantity: RANGE });
    const action = `/desk/claims/${claim.id}/edit`;
    const fields = formFields((await page(action, cookie)).doc, action);
    const { res, doc } = await post(action, cookie, { ...fields, quantity_low: "5" });
    expect(res.status).toBe(400);
    expect(doc.nodes.some((n) => n.attrs.id === "f-quantity_low-error")).toBe(true);
  });
});
