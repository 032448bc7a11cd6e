import { beforeAll, describe, expect, it } from "vitest";
import { purgeEmbeds } from "../../src/embeds/cache";
import { messagesFor } from "../../src/embeds/i18n";
import { type ClaimBody, call, createClaim, createKey, ORIGIN } from "../helpers";
import { fetchText, measure, postUpdate, selectOne } from "./support";

const FORMATS = [
  { name: "card", suffix: "" },
  { name: "badge", suffix: "/badge.svg" },
  { name: "shields", suffix: "/shields.json" },
] as const;

let editor: { id: string; key: string };

beforeAll(async () => {
  editor = await createKey("editor", "Cache desk");
});

/** A claim no test has requested an embed of yet, so nothing of it is cached. */
function freshClaim(text: string): Promise<ClaimBody> {
  return createClaim(editor.key, { text });
}

/** The status label an embed shows: the card's coloured span, the badge's message, the shields message. */
async function shownStatus(format: (typeof FORMATS)[number]["name"], body: string): Promise<string | undefined> {
  if (format === "card") return (await selectOne(body, "span.status")).text;
  if (format === "shields") return (JSON.parse(body) as { message: string }).message;
  return /<title>[^<]*— ([^<]*)<\/title>/.exec(body)?.[1];
}

describe.each(FORMATS)("$name: conditional requests", ({ name, suffix }) => {
  it("If-None-Match with its ETag is 304 when warm, keeping the ETag and caching headers", async () => {
    const claim = await freshClaim(`Conditional warm ${name}.`);
    const path = `/embed/claims/${claim.id}${suffix}`;
    const first = await measure(path);
    const etag = first.res.headers.get("ETag");
    expect(etag).toMatch(/^"[^"]+"$/);

    const warm = await measure(path, { headers: { "If-None-Match": etag ?? "" } });
    expect(warm.res.status).toBe(304);
    expect(warm.body).toBe("");
    expect(warm.roundTrips).toBe(0);
    expect(warm.res.headers.get("ETag")).toBe(etag);
    expect(warm.res.headers.get("Cache-Control")).toBe(first.res.headers.get("Cache-Control"));
    if (name === "card") expect(warm.res.headers.get("Content-Security-Policy")).toContain("frame-ancestors *");

    // Weak comparison, and a list of tags.
    const weak = await measure(path, { headers: { "If-None-Match": `"nope", W/${etag}` } });
    expect(weak.res.status).toBe(304);
    // Another tag is a full answer.
    const other = await measure(path, { headers: { "If-None-Match": '"v0-en-nope"' } });
    expect(other.res.status).toBe(200);
    expect(other.body).toBe(first.body);
  });

  it("If-None-Match with its ETag is 304 when cold (nothing cached), after reading D1", async () => {
    const claim = await freshClaim(`Conditional cold ${name}.`);
    const path = `/embed/claims/${claim.id}${suffix}`;
    const first = await measure(path);
    const etag = first.res.headers.get("ETag") ?? "";
    await purgeEmbeds(ORIGIN, claim.id);

    const cold = await measure(path, { headers: { "If-None-Match": etag } });
    expect(cold.roundTrips).toBe(1);
    expect(cold.res.status).toBe(304);
    expect(cold.body).toBe("");
    expect(cold.res.headers.get("ETag")).toBe(etag);
  });
});

describe("refresh after a write", () => {
  it("a status update shows at once in the card, the badge and shields, with new ETags; ?lang= badges within 10 s", {
    timeout: 20_000,
  }, async () => {
    const claim = await freshClaim("Refresh after update.");
    const before = new Map<string, { etag: string | null; body: string }>();
    for (const { name, suffix } of FORMATS) {
      for (const query of ["", "?lang=es"]) {
        const { res, body } = await fetchText(`/embed/claims/${claim.id}${suffix}${query}`);
        expect(res.status).toBe(200);
        before.set(`${name}${query}`, { etag: res.headers.get("ETag"), body });
        expect(await shownStatus(name, body)).toBe(
          query ? messagesFor("es").status.unverified : messagesFor("en").status.unverified,
        );
      }
    }
    const cachedAt = Date.now();
    // Warm: a second load is the cached copy.
    const warm = await measure(`/embed/claims/${claim.id}/badge.svg`);
    expect(warm.roundTrips).toBe(0);

    await postUpdate(editor.key, claim.id, { status: "mostly_false", note: "Off by half." });

    const expectFresh = async (query: string) => {
      for (const { name, suffix } of FORMATS) {
        const { res, body } = await fetchText(`/embed/claims/${claim.id}${suffix}${query}`);
        expect(await shownStatus(name, body), `${name}${query}`).toBe(
          query ? messagesFor("es").status.mostly_false : "Mostly false",
        );
        const old = before.get(`${name}${query}`);
        expect(res.headers.get("ETag")).not.toBe(old?.etag);
        // The reader's old ETag no longer matches: a full answer, not a 304.
        const revalidated = await call(`/embed/claims/${claim.id}${suffix}${query}`, {
          headers: { "If-None-Match": old?.etag ?? "" },
        });
        expect(revalidated.status).toBe(200);
        await revalidated.body?.cancel();
      }
    };
    await expectFresh("");
    // The card is purged in every language: embed.js asks for ?lang= when a page sets data-lang.
    const card = await fetchText(`/embed/claims/${claim.id}?lang=es`);
    expect(await shownStatus("card", card.body)).toBe(messagesFor("es").status.mostly_false);
    // ?lang= badges and shields are not purged from the Cache API (README: "Caching"); they expire by themselves
    // (max-age 5 s, then 5 s of stale-while-revalidate).
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, cachedAt + 10_500 - Date.now())));
    await expectFresh("?lang=es");
  });

  it("a metadata PATCH shows at once in the card", async () => {
    const claim = await freshClaim("Before the correction.");
    const { body: before } = await fetchText(`/embed/claims/${claim.id}`);
    expect((await selectOne(before, "blockquote")).text).toBe("“Before the correction.”");
    const patched = await call(`/v1/claims/${claim.id}`, {
      method: "PATCH",
      token: editor.key,
      body: { text: "After the correction." },
    });
    expect(patched.status).toBe(200);
    await patched.body?.cancel();
    const { body: after } = await fetchText(`/embed/claims/${claim.id}`);
    expect((await selectOne(after, "blockquote")).text).toBe("“After the correction.”");
  });
});

describe("the warm path answers from the cache without touching D1", () => {
  it.each(FORMATS)("$name: one round trip cold, none warm, and the Cache API holds it", async ({ name, suffix }) => {
    const claim = await freshClaim(`Warm path ${name}.`);
    const path = `/embed/claims/${claim.id}${suffix}`;
    const cold = await measure(path);
    expect(cold.res.status).toBe(200);
    expect(cold.roundTrips).toBe(1);

    const warm = await measure(path);
    expect(warm.res.status).toBe(200);
    expect(warm.roundTrips).toBe(0);
    expect(warm.body).toBe(cold.body);
    expect(warm.res.headers.get("ETag")).toBe(cold.res.headers.get("ETag"));
    expect(warm.res.headers.get("Content-Type")).toBe(cold.res.headers.get("Content-Type"));
    expect(warm.res.headers.get("Cache-Control")).toBe(cold.res.headers.get("Cache-Control"));
    expect(warm.res.headers.get("Content-Security-Policy")).toBe(cold.res.headers.get("Content-Security-Policy"));
    expect(warm.res.headers.get("Access-Control-Allow-Origin")).toBe(
      cold.res.headers.get("Access-Control-Allow-Origin"),
    );
    if (name === "shields") expect(warm.res.headers.get("Access-Control-Allow-Origin")).toBe("*");

    const cached = await caches.default.match(new Request(`${ORIGIN}${path}`));
    expect(cached?.headers.get("ETag")).toBe(cold.res.headers.get("ETag"));
    expect(await cached?.text()).toBe(cold.body);
  });

  it("a copy in the Cache API is answered before the app runs", async () => {
    // An id no claim has: only the Cache API can answer 200 for it.
    const id = "clm_01J0000000000000000000CACH";
    await caches.default.put(
      new Request(`${ORIGIN}/embed/claims/${id}/shields.json`),
      new Response('{"schemaVersion":1,"label":"fact-check","message":"from the cache","color":"57606a"}', {
        headers: { "Content-Type": "application/json", "Cache-Control": "public, max-age=5", ETag: '"planted"' },
      }),
    );
    const warm = await measure(`/embed/claims/${id}/shields.json`);
    expect(warm.res.status).toBe(200);
    expect(warm.roundTrips).toBe(0);
    expect(JSON.parse(warm.body)).toMatchObject({ message: "from the cache" });
    const revalidated = await measure(`/embed/claims/${id}/shields.json`, {
      headers: { "If-None-Match": '"planted"' },
    });
    expect(revalidated.res.status).toBe(304);
    expect(revalidated.roundTrips).toBe(0);
  });

  it("the key is the path and the effective ?lang= only", async () => {
    const claim = await freshClaim("Cache keys.");
    const badge = `/embed/claims/${claim.id}/badge.svg`;

    const es = await measure(`${badge}?lang=es`);
    expect(es.roundTrips).toBe(1);
    expect(es.body).toContain(messagesFor("es").status.unverified);
    // Other parameters do not make another entry; the language tag is read case-insensitively.
    for (const query of ["?lang=es&foo=bar", "?foo=bar&lang=es", "?lang=ES", "?lang=es-MX"]) {
      const same = await measure(`${badge}${query}`);
      expect(same.roundTrips, query).toBe(0);
      expect(same.body, query).toBe(es.body);
    }

    const plain = await measure(badge);
    expect(plain.roundTrips).toBe(1);
    expect(plain.body).toContain("Not yet rated");
    // An unsupported language is no language at all: it shares the claim's own entry.
    for (const query of ["?lang=zz", "?foo=bar", "?lang="]) {
      const same = await measure(`${badge}${query}`);
      expect(same.roundTrips, query).toBe(0);
      expect(same.body, query).toBe(plain.body);
    }

    // Another supported language is another entry.
    const de = await measure(`${badge}?lang=de`);
    expect(de.roundTrips).toBe(1);
    expect(de.body).toContain(messagesFor("de").status.unverified);
  });

  it("not-found answers are never cached", async () => {
    const id = "clm_01J0000000000000000000ZZZZ";
    for (const { suffix } of FORMATS) {
      const first = await measure(`/embed/claims/${id}${suffix}`);
      const second = await measure(`/embed/claims/${id}${suffix}`);
      expect(first.res.status).toBe(404);
      expect(second.res.status).toBe(404);
      expect(first.res.headers.get("Cache-Control")).toBe("no-store");
      expect(await caches.default.match(new Request(`${ORIGIN}/embed/claims/${id}${suffix}`))).toBeUndefined();
    }
  });
});
