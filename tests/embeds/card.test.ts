import { beforeAll, describe, expect, it } from "vitest";
import { formatDate, messagesFor } from "../../src/embeds/i18n";
import { CARD_SCRIPT } from "../../src/embeds/scripts";
import { type ClaimBody, createClaim, createKey, ORIGIN } from "../helpers";
import { cspDirectives, cspHashOf, fetchText, postUpdate, select, selectOne, squash } from "./support";

let editor: { id: string; key: string };
let claim: ClaimBody;

beforeAll(async () => {
  editor = await createKey("editor", "Card desk");
  claim = await createClaim(editor.key);
});

describe("GET /embed/claims/{id}: the card", () => {
  it("shows the quote, who said it with their title, the status in words, the last update and a link", async () => {
    const { res, body } = await fetchText(`/embed/claims/${claim.id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("text/html; charset=utf-8");
    expect(body.startsWith("<!DOCTYPE html>")).toBe(true);

    const html = await selectOne(body, "html");
    expect(html.attrs).toMatchObject({ lang: "en", dir: "ltr", "data-claim": claim.id });
    expect(squash((await selectOne(body, "blockquote")).text)).toBe(`“${claim.text}”`);
    expect((await selectOne(body, "p.speaker")).text).toBe("Antony Blinken, US Secretary of State");

    // The status is in words inside the element that carries its colour (never colour alone).
    const status = await selectOne(body, "span.status");
    expect(status.attrs.class).toBe("status s-unverified");
    expect(status.text).toBe("Not yet rated");

    const time = await selectOne(body, "time");
    expect(time.attrs.datetime).toBe(claim.status.updated_at);
    expect(time.text).toBe(`Last updated ${formatDate(claim.status.updated_at, "en")}`);

    const link = await selectOne(body, "a");
    expect(link.attrs.href).toBe(`${ORIGIN}/claims/${claim.id}`);
    expect(link.attrs.rel).toContain("noopener");
    expect(link.text).toBe(messagesFor("en").readFactCheck);
    expect((await selectOne(body, "title")).text).toBe(`Not yet rated: ${claim.text}`);
  });

  it("follows a status update: its label, colour class and date", async () => {
    const other = await createClaim(editor.key, { text: "Prices fell by half in a single month." });
    await postUpdate(editor.key, other.id, { status: "half_true", note: "Only for eggs." });
    const { body } = await fetchText(`/embed/claims/${other.id}`);
    const status = await selectOne(body, "span.status");
    expect(status).toMatchObject({ text: "Half true", attrs: { class: "status s-half_true" } });
    expect(squash((await selectOne(body, "blockquote")).text)).toBe("“Prices fell by half in a single month.”");
  });

  it("omits the title when the speaker has none", async () => {
    const plain = await createClaim(editor.key, { text: "Nobody titled said this.", speaker: { name: "Jo Bloggs" } });
    const { body } = await fetchText(`/embed/claims/${plain.id}`);
    expect((await selectOne(body, "p.speaker")).text).toBe("Jo Bloggs");
  });

  it("may be framed anywhere, under a strict policy that names its inline style and script by hash", async () => {
    const { res, body } = await fetchText(`/embed/claims/${claim.id}`);
    expect(res.headers.get("X-Frame-Options")).toBeNull();
    const csp = res.headers.get("Content-Security-Policy");
    expect(csp).toContain("frame-ancestors *");
    expect(csp).toContain("default-src 'none'");
    const directives = cspDirectives(csp);
    expect(directives.get("frame-ancestors")).toEqual(["*"]);
    expect(directives.get("default-src")).toEqual(["'none'"]);

    // Only hashes: no 'unsafe-inline', no host, no nonce; and they are the hashes of what the page inlines.
    const scripts = await select(body, "script");
    const styles = await select(body, "style");
    expect(scripts).toHaveLength(1);
    expect(styles).toHaveLength(1);
    expect(scripts[0]?.raw).toBe(CARD_SCRIPT);
    const scriptSrc = directives.get("script-src") ?? [];
    const styleSrc = directives.get("style-src") ?? [];
    expect(scriptSrc).toEqual([await cspHashOf(scripts[0]?.raw ?? "")]);
    expect(styleSrc).toEqual([await cspHashOf(styles[0]?.raw ?? "")]);
    for (const source of [...scriptSrc, ...styleSrc]) expect(source).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
    // Nothing else is loaded: no external script, stylesheet, font or image.
    expect(await select(body, "script[src], link[rel=stylesheet], img, iframe")).toEqual([]);
  });

  it("is cacheable briefly with stale-while-revalidate, and carries an ETag", async () => {
    const { res } = await fetchText(`/embed/claims/${claim.id}`);
    expect(res.headers.get("Cache-Control")).toBe("public, max-age=5, stale-while-revalidate=5");
    expect(res.headers.get("ETag")).toMatch(/^"[^"]+"$/);
    expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
  });

  it("the card's script tells the embedding page its height through postMessage", async () => {
    const { body } = await fetchText(`/embed/claims/${claim.id}`);
    const script = await selectOne(body, "script");
    expect(script.raw).toContain("postMessage");
    expect(script.raw).toContain("claimtrail:resize");
    expect(script.raw).not.toMatch(/\beval\b|innerHTML|document\.write/);
  });
});

describe("GET /embed.js", () => {
  it("is JavaScript, under 3 KB gzipped, with no eval or innerHTML, and checks each message's origin", async () => {
    const { res, body } = await fetchText("/embed.js");
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toMatch(/^(application|text)\/javascript\b/);
    expect(res.headers.get("Access-Control-Allow-Origin")).toBe("*");

    const gzipped = new Response(new Blob([body]).stream().pipeThrough(new CompressionStream("gzip")));
    const size = (await gzipped.arrayBuffer()).byteLength;
    expect(size).toBeGreaterThan(0);
    expect(size).toBeLessThan(3 * 1024);

    expect(body).not.toMatch(/\beval\s*\(/);
    expect(body).not.toMatch(/new\s+Function\s*\(/);
    expect(body).not.toContain("innerHTML");
    expect(body).not.toContain("outerHTML");
    expect(body).not.toContain("document.write");
    // It listens for the card's messages and drops those from any other origin or frame.
    expect(body).toContain('addEventListener("message"');
    expect(body).toMatch(/e\.origin\s*!==\s*o\b/);
    expect(body).toContain("e.source");
    expect(body).toContain("/embed/claims/");
  });
});
