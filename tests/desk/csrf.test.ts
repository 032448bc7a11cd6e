import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { ADMIN_TOKEN, type ClaimBody, callJson, createClaim, createKey, ORIGIN } from "../helpers";
import { csrfFor, dbSnapshot, type Fields, isInside, locationOf, type PostOptions, page, post, signIn } from "./desk";

vi.setConfig({ testTimeout: 20_000 });

/** A form the desk posts, and what a same-origin post of it answers. */
interface Form {
  name: string;
  path: () => Promise<string>;
  fields: (cookie: string) => Promise<Fields>;
  accepted: { status: number; location?: RegExp };
  /** A refused post must leave D1 as it was; false for the one form that writes nothing anyway. */
  writes: boolean;
}

let editor: { id: string; key: string };
let otherToken: string;

beforeAll(async () => {
  editor = await createKey("editor", "CSRF editor");
  otherToken = await csrfFor(await signIn(ADMIN_TOKEN));
});

async function freshClaim(): Promise<ClaimBody> {
  return createClaim(editor.key);
}

/** The fields a page's form would send, read from the page itself (hidden ones included). */
async function formFields(path: string, cookie: string, action: string): Promise<[string, string][]> {
  const { doc } = await page(path, cookie);
  const form = doc.nodes.find((n) => n.tag === "form" && n.attrs.action === action);
  if (!form) throw new Error(`no form posting to ${action} on ${path}`);
  const out: [string, string][] = [];
  for (const n of doc.nodes) {
    if (!isInside(n, form) || !n.attrs.name || n.attrs.name === "_csrf") continue;
    if (n.tag === "input" && n.attrs.type !== "checkbox") out.push([n.attrs.name, n.attrs.value ?? ""]);
    if (n.tag === "textarea") out.push([n.attrs.name, n.text.replace(/^\n/, "")]);
    if (n.tag === "select") {
      const chosen = doc.nodes.find((o) => o.tag === "option" && o.parent === n && "selected" in o.attrs);
      out.push([n.attrs.name, chosen?.attrs.value ?? ""]);
    }
  }
  return out;
}

const ARTICLE = `LONDON (Example Wire) — Health Minister Ada Moss said on Monday that waiting lists were falling. "Waiting lists have fallen by 12 percent since January," Moss told reporters.`;

let updateClaim: ClaimBody | undefined;
let editClaim: ClaimBody | undefined;
let revokable: { id: string; key: string } | undefined;

const forms: Form[] = [
  {
    name: "status update",
    path: async () => {
      updateClaim ??= await freshClaim();
      return `/desk/claims/${updateClaim.id}/updates`;
    },
    fields: async (cookie) => {
      updateClaim ??= await freshClaim();
      const fields = await formFields(
        `/desk/claims/${updateClaim.id}`,
        cookie,
        `/desk/claims/${updateClaim.id}/updates`,
      );
      return fields.map(([k, v]): [string, string] =>
        k === "status" ? [k, "false"] : k === "note" ? [k, "Forged?"] : [k, v],
      );
    },
    accepted: { status: 303, location: /^\/desk\/claims\/clm_\w+\?posted=1$/ },
    writes: true,
  },
  {
    name: "metadata edit",
    path: async () => {
      editClaim ??= await freshClaim();
      return `/desk/claims/${editClaim.id}/edit`;
    },
    fields: async (cookie) => {
      editClaim ??= await freshClaim();
      const path = `/desk/claims/${editClaim.id}/edit`;
      const fields = await formFields(path, cookie, path);
      return fields.map(([k, v]): [string, string] => (k === "summary" ? [k, "Changed by a forged form"] : [k, v]));
    },
    accepted: { status: 303, location: /^\/desk\/claims\/clm_\w+\?saved=1$/ },
    writes: true,
  },
  {
    name: "new claims from an article",
    path: async () => "/desk/new",
    fields: async () => ({ text: ARTICLE, url: "", title: "", publisher: "" }),
    accepted: { status: 200 },
    writes: false,
  },
  {
    name: "saving picked claims",
    path: async () => "/desk/new/save",
    fields: async () => ({
      text: ARTICLE,
      url: "https://news.example/health/waiting-lists",
      title: "Waiting lists fall",
      publisher: "Example Wire",
      count: "1",
      pick_0: "on",
      text_0: "Waiting lists have fallen by 12 percent since January",
      context_0: "",
      existing_0: "",
      speaker_name_0: "Ada Moss",
      speaker_title_0: "Health Minister",
      kind_0: "statistic",
      summary_0: "",
      quantity_value_0: "12",
      quantity_unit_0: "percent",
      quantity_qualifier_0: "exactly",
    }),
    accepted: { status: 303, location: /^\/desk\?created=1$/ },
    writes: true,
  },
  {
    name: "creating a key",
    path: async () => "/desk/keys",
    fields: async () => ({ name: "Forged key", role: "admin" }),
    accepted: { status: 200 },
    writes: true,
  },
  {
    name: "revoking a key",
    path: async () => {
      revokable ??= await createKey("editor", "Revocable");
      return `/desk/keys/${revokable.id}/revoke`;
    },
    fields: async () => ({}),
    accepted: { status: 303, location: /^\/desk\/keys$/ },
    writes: true,
  },
  {
    name: "signing out",
    path: async () => "/desk/sign-out",
    fields: async () => ({}),
    accepted: { status: 303, location: /^\/desk\/sign-in$/ },
    writes: true,
  },
];

const refusals: [string, () => PostOptions][] = [
  ["no _csrf field", () => ({ csrf: null })],
  ["an empty _csrf", () => ({ csrf: "" })],
  ["a wrong _csrf", () => ({ csrf: "A".repeat(43) })],
  ["another session's _csrf", () => ({ csrf: otherToken })],
  ["a foreign Origin", () => ({ origin: "https://evil.example" })],
  ["the same host over another scheme", () => ({ origin: "https://claimtrail.test" })],
  ['Origin "null"', () => ({ origin: "null" })],
  ["no Origin and no Referer", () => ({ origin: null })],
  ["no Origin and a foreign Referer", () => ({ origin: null, referer: "https://evil.example/desk/new" })],
  [
    "a foreign Origin even with a same-origin Referer",
    () => ({ origin: "https://evil.example", referer: `${ORIGIN}/desk` }),
  ],
];

describe.each(forms)("the $name form", (form) => {
  let cookie: string;

  beforeAll(async () => {
    // Admin: the key forms are for admins, and the rest work for every role.
    cookie = await signIn(ADMIN_TOKEN);
  });

  it.each(refusals)("refuses %s with 403 and writes nothing", async (_, options) => {
    const path = await form.path();
    const fields = await form.fields(cookie);
    const before = await dbSnapshot(env.DB);
    const { res, html } = await post(path, cookie, fields, options());
    expect(res.status).toBe(403);
    expect(html).toMatch(/not sent from the desk/);
    if (form.writes) expect(await dbSnapshot(env.DB)).toEqual(before);
    // The session survives a refused sign-out (or anything else).
    expect((await page("/desk", cookie)).res.status).toBe(200);
  });

  it("accepts a same-origin Referer when the browser sends no Origin", async () => {
    const path = await form.path();
    const fields = await form.fields(cookie);
    const before = await dbSnapshot(env.DB);
    const { res } = await post(path, cookie, fields, { origin: null, referer: `${ORIGIN}/desk` });
    expect(res.status).toBe(form.accepted.status);
    if (form.accepted.location) expect(locationOf(res)).toMatch(form.accepted.location);
    if (form.writes) expect(await dbSnapshot(env.DB)).not.toEqual(before);
  });
});

describe("what a refused form leaves behind", () => {
  it("the claim after refused status updates: still one entry, still unverified", async () => {
    const claim = await freshClaim();
    const cookie = await signIn(editor.key);
    const fields = await formFields(`/desk/claims/${claim.id}`, cookie, `/desk/claims/${claim.id}/updates`);
    for (const [, options] of refusals) {
      const { res } = await post(`/desk/claims/${claim.id}/updates`, cookie, fields, options());
      expect(res.status).toBe(403);
    }
    const { body } = await callJson<ClaimBody>(`/v1/claims/${claim.id}?include=timeline`);
    expect(body).toMatchObject({ version: 1, status: { code: "unverified" } });
    expect(body.timeline).toHaveLength(1);
  });
});
