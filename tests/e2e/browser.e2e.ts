import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { type Browser, type BrowserContextOptions, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { raisedWorkerLimits } from "../../scripts/raised-limits.mjs";
import { type AxeViolation, realProblems, runAxe, seriousOf, type Watched, watched } from "./browser/checks";
import { articlePage, cspControlPages, type Site, type SitePage, serveSite } from "./browser/site";

/**
 * The embeds in a real browser (Debian's Chromium, driven by playwright-core): a news article on
 * another origin uses embed.js, a plain iframe, the badge and the oEmbed iframe; the cards must
 * render, size themselves, log no errors or CSP violations, follow a status change within the
 * SPEC's 10 s, and pass axe in light and dark. Screenshots land in test-results/screenshots/.
 *
 * Like verify-chain.e2e.ts, this file runs its own Worker on its own throwaway D1: demo.e2e.ts
 * counts every claim on the shared server from global-setup.ts.
 */

const run = promisify(execFile);
const WRANGLER = "node_modules/.bin/wrangler";
const ADMIN_TOKEN = "browser-admin-token";
const quiet = { ...process.env, CI: "1", WRANGLER_SEND_METRICS: "false", WRANGLER_LOG_PATH: ".logs" };
const CHROMIUM = "/usr/bin/chromium";
const SCREENSHOTS = resolve("test-results/screenshots");
/** embed.js gives each iframe this height until the card tells its own. */
const DEFAULT_FRAME_HEIGHT = "170px";
/** SPEC: every reader sees a status change within 10 s. */
const STATUS_CHANGE_BOUND_MS = 10_000;

const QUOTE = "More than 90 percent of the issues have been agreed, decided.";
const ARABIC_QUOTE = "تم الاتفاق على أكثر من 90 في المئة من القضايا";
const ARABIC_UNRATED = "لم يُقيَّم بعد";

const ENGLISH_FRAME = (id: string) => `iframe[data-claimtrail-frame="${id}"][src$="?lang=en"]`;
const ARABIC_FRAME = (id: string) => `iframe[data-claimtrail-frame="${id}"][src$="?lang=ar"]`;
const PLAIN_FRAME = "iframe#plain";
const OEMBED_FRAME = "#oembed iframe";

interface Claim {
  id: string;
  links: { page: string };
}

let persist = "";
let worker = "";
let disposeWorker = async () => {};
let browser: Browser | undefined;
const sites: Site[] = [];
const pages = new Map<string, SitePage>();
let article = "";
let control = "";
let english: Claim;
let arabic: Claim;

async function api<T>(path: string, body: unknown, status = 201): Promise<T> {
  const res = await fetch(`${worker}${path}`, {
    method: "POST",
    headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  expect(res.status, `POST ${path}: ${await res.clone().text()}`).toBe(status);
  return (await res.json()) as T;
}

beforeAll(async () => {
  persist = mkdtempSync(join(tmpdir(), "claimtrail-browser-"));
  await run(WRANGLER, ["d1", "migrations", "apply", "DB", "--local", "--persist-to", persist], { env: quiet });
  // wrangler fixes its log path when it is loaded: set the environment first, so nothing lands in ~/.config.
  Object.assign(process.env, { WRANGLER_SEND_METRICS: "false", WRANGLER_LOG_PATH: ".logs" });
  const { unstable_startWorker } = await import("wrangler");
  const started = await unstable_startWorker({
    config: "wrangler.toml",
    bindings: { ...raisedWorkerLimits, ADMIN_TOKEN: { type: "plain_text", value: ADMIN_TOKEN } },
    dev: { server: { hostname: "127.0.0.1", port: 0 }, inspector: false, persist, watch: false, logLevel: "warn" },
  });
  disposeWorker = () => started.dispose();
  await started.ready;
  worker = (await started.url).origin;

  english = await api<Claim>("/v1/claims", {
    text: QUOTE,
    kind: "statistic",
    speaker: { name: "Antony Blinken", title: "US Secretary of State" },
    topics: ["gaza"],
  });
  arabic = await api<Claim>("/v1/claims", {
    text: ARABIC_QUOTE,
    kind: "statistic",
    speaker: { name: "Antony Blinken" },
    topics: ["gaza"],
    language: "ar",
  });
  const oembed = await fetch(`${worker}/oembed?url=${encodeURIComponent(english.links.page)}`);
  expect(oembed.status).toBe(200);
  const { html: oembedHtml } = (await oembed.json()) as { html: string };

  sites.push(await serveSite(pages), await serveSite(pages));
  article = `${sites[0]?.origin}/article`;
  const controlPages = cspControlPages(sites[1]?.origin ?? "");
  control = `${sites[0]?.origin}/csp-control`;
  pages.set("/article", { body: articlePage({ worker, english: english.id, arabic: arabic.id, oembedHtml }) });
  pages.set("/csp-control", controlPages.top);
  pages.set("/csp-frame", controlPages.frame);

  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    timeout: 20_000,
  });
});

afterAll(async () => {
  await browser?.close();
  await Promise.all(sites.map((site) => site.close()));
  await disposeWorker();
  if (persist) rmSync(persist, { recursive: true, force: true });
});

/** A fresh context and page whose console, exceptions and requests are watched. */
function open(options: BrowserContextOptions = {}): Promise<Watched> {
  if (!browser) throw new Error("no browser");
  return watched(browser, options);
}

/** Waits until every card on the article has loaded (lazy iframes load once scrolled near). */
async function cardsLoaded(page: Page) {
  await expect.poll(() => page.locator("iframe[data-claimtrail-frame]").count()).toBe(2);
  for (const frame of [ENGLISH_FRAME(english.id), ARABIC_FRAME(arabic.id), PLAIN_FRAME, OEMBED_FRAME]) {
    await page.locator(frame).scrollIntoViewIfNeeded();
    await page.frameLocator(frame).locator(".status").waitFor();
  }
  await expect
    .poll(() => page.locator("img#badge").evaluate((img) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0);
  await page.locator("html").evaluate((html) => html.ownerDocument.defaultView.scrollTo(0, 0));
}

/** The iframe's height came from the card: not the default, and the card's content height (±3 px). */
async function expectSizedFromCard(page: Page, frame: string) {
  const iframe = page.locator(frame);
  const heights = async () => ({
    style: await iframe.evaluate((el) => el.style.height as string),
    outer: await iframe.evaluate((el) => el.getBoundingClientRect().height as number),
    inner: await page
      .frameLocator(frame)
      .locator("html")
      .evaluate((el) => el.getBoundingClientRect().height as number),
  });
  await expect
    .poll(async () => {
      const h = await heights();
      return h.style !== DEFAULT_FRAME_HEIGHT && Math.abs(h.outer - h.inner) <= 3;
    })
    .toBe(true);
  const h = await heights();
  expect(h.style).not.toBe(DEFAULT_FRAME_HEIGHT);
  expect(Math.abs(h.outer - h.inner)).toBeLessThanOrEqual(3);
  // Nothing is cut off inside the card: its document fits the iframe.
  const overflow = await page
    .frameLocator(frame)
    .locator("html")
    .evaluate((el) => ({ x: el.scrollWidth - el.clientWidth, y: el.scrollHeight - el.clientHeight }));
  expect(overflow.x).toBeLessThanOrEqual(0);
  expect(overflow.y).toBeLessThanOrEqual(1);
  return h;
}

async function text(page: Page, frame: string, selector: string): Promise<string> {
  return ((await page.frameLocator(frame).locator(selector).textContent()) ?? "").trim();
}

async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.locator("html").evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow, "the article scrolls sideways").toBeLessThanOrEqual(0);
}

/**
 * A screenshot of the whole page. The viewport first grows to the page's height: Chromium does not
 * paint cross-origin iframes outside the viewport, so a plain full-page capture shows them blank.
 */
async function shoot(page: Page, name: string) {
  const viewport = page.viewportSize();
  if (!viewport) throw new Error("no viewport");
  const height = await page.locator("html").evaluate((el) => el.scrollHeight as number);
  await page.setViewportSize({ width: viewport.width, height });
  await page.waitForTimeout(300); // let the frames paint
  await page.screenshot({ path: join(SCREENSHOTS, name), fullPage: true });
  await page.setViewportSize(viewport);
}

describe.sequential("embeds in Chromium, on a news page of another origin", { timeout: 60_000 }, () => {
  it("sees CSP violations and errors from cross-origin frames (control for the checks below)", async () => {
    const { context, page, problems } = await open();
    try {
      await page.goto(control);
      await expect.poll(() => problems.filter((p) => p.includes("CSP violation")).length).toBeGreaterThanOrEqual(2);
      expect(problems.join("\n")).toMatch(/Content Security Policy/);
    } finally {
      await context.close();
    }
  });

  it("renders every embed form, sizes the embed.js iframes from their cards, with no errors", async () => {
    const { context, page, problems } = await open({ viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(article);
      await cardsLoaded(page);

      // embed.js replaced both placeholders with iframes of the cards, in their languages.
      const frames = page.locator("iframe[data-claimtrail-frame]");
      expect(await frames.evaluateAll((list) => list.map((f) => f.getAttribute("src") as string))).toEqual([
        `${worker}/embed/claims/${english.id}?lang=en`,
        `${worker}/embed/claims/${arabic.id}?lang=ar`,
      ]);
      for (const frame of [ENGLISH_FRAME(english.id), PLAIN_FRAME, OEMBED_FRAME]) {
        expect(await text(page, frame, "blockquote")).toBe(`“${QUOTE}”`);
        expect(await text(page, frame, ".speaker")).toBe("Antony Blinken, US Secretary of State");
        expect(await text(page, frame, ".status")).toBe("Not yet rated");
      }
      expect(await text(page, ARABIC_FRAME(arabic.id), "blockquote")).toBe(`«${ARABIC_QUOTE}»`);
      expect(await text(page, ARABIC_FRAME(arabic.id), ".status")).toBe(ARABIC_UNRATED);

      const sizes = [
        await expectSizedFromCard(page, ENGLISH_FRAME(english.id)),
        await expectSizedFromCard(page, ARABIC_FRAME(arabic.id)),
      ];
      console.info(`embed.js iframe heights (card content / iframe): ${JSON.stringify(sizes)}`);

      // The status chip carries its colour (white on the status's background), never colour alone.
      const chip = await page
        .frameLocator(ENGLISH_FRAME(english.id))
        .locator(".status")
        .evaluate((el) => {
          const style = el.ownerDocument.defaultView.getComputedStyle(el);
          return { color: style.color as string, background: style.backgroundColor as string };
        });
      expect(chip).toEqual({ color: "rgb(255, 255, 255)", background: "rgb(87, 96, 106)" });

      // The badge is an image that loaded, with a text alternative.
      const badge = await page.locator("img#badge").evaluate((img) => ({ width: img.naturalWidth as number }));
      expect(badge.width).toBeGreaterThan(0);

      await expectNoHorizontalScroll(page);
      await shoot(page, "article-light.png");
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("shows a status change on the article's cards and the badge within 10 s", async () => {
    const { context, page, problems } = await open();
    try {
      await page.goto(article);
      await cardsLoaded(page);
      expect(await text(page, ENGLISH_FRAME(english.id), ".status")).toBe("Not yet rated");

      await api(`/v1/claims/${english.id}/updates`, {
        status: "mostly_false",
        note: "The negotiating texts show far fewer issues settled.",
        evidence: [{ url: "https://evidence.example/texts", title: "Draft texts" }],
      });
      const posted = Date.now();
      let seen: string[] = [];
      let badgeSvg = "";
      let reloads = 0;
      const log: string[] = [];
      for (;;) {
        await page.reload();
        reloads++;
        await cardsLoaded(page);
        seen = await Promise.all(
          [ENGLISH_FRAME(english.id), PLAIN_FRAME, OEMBED_FRAME].map((frame) => text(page, frame, ".status")),
        );
        badgeSvg = await (await fetch(`${worker}/embed/claims/${english.id}/badge.svg`)).text();
        log.push(
          `${Date.now() - posted} ms: cards ${seen.join(" / ")}; badge ${/>Mostly false<\/text>/.test(badgeSvg) ? "Mostly false" : "old"}`,
        );
        const done = seen.every((label) => label === "Mostly false") && badgeSvg.includes(">Mostly false</text>");
        if (done || Date.now() - posted > STATUS_CHANGE_BOUND_MS) break;
        await new Promise((r) => setTimeout(r, 200));
      }
      const elapsed = Date.now() - posted;
      console.info(
        `status change visible on every card and the badge after ${elapsed} ms (${reloads} reloads)\n${log.join("\n")}`,
      );
      expect(seen).toEqual(["Mostly false", "Mostly false", "Mostly false"]);
      expect(badgeSvg).toContain(">Mostly false</text>");
      expect(elapsed).toBeLessThanOrEqual(STATUS_CHANGE_BOUND_MS);
      // The Arabic claim was not touched.
      expect(await text(page, ARABIC_FRAME(arabic.id), ".status")).toBe(ARABIC_UNRATED);
      await expectSizedFromCard(page, ENGLISH_FRAME(english.id));
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("renders in dark mode, with no errors", async () => {
    const { context, page, problems } = await open({ colorScheme: "dark", viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(article);
      await cardsLoaded(page);
      const card = await page
        .frameLocator(ENGLISH_FRAME(english.id))
        .locator(".card")
        .evaluate((el) => el.ownerDocument.defaultView.getComputedStyle(el).backgroundColor as string);
      expect(card).toBe("rgb(13, 17, 23)");
      await expectSizedFromCard(page, ENGLISH_FRAME(english.id));
      await shoot(page, "article-dark.png");
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("renders the Arabic card right to left, its text on the right, with no errors", async () => {
    const { context, page, problems } = await open({ viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(article);
      await cardsLoaded(page);
      const frame = ARABIC_FRAME(arabic.id);
      const root = await page
        .frameLocator(frame)
        .locator("html")
        .evaluate((el) => ({ lang: el.getAttribute("lang") as string, dir: el.getAttribute("dir") as string }));
      expect(root).toEqual({ lang: "ar", dir: "rtl" });
      const gaps = await page
        .frameLocator(frame)
        .locator("blockquote p")
        .evaluate((el) => {
          const range = el.ownerDocument.createRange();
          range.selectNodeContents(el);
          const line = range.getBoundingClientRect();
          const box = el.getBoundingClientRect();
          return { left: (line.left - box.left) as number, right: (box.right - line.right) as number };
        });
      expect(gaps.right).toBeLessThanOrEqual(1);
      expect(gaps.left).toBeGreaterThan(50);
      await expectSizedFromCard(page, frame);
      await page.locator("section[dir=rtl]").screenshot({ path: join(SCREENSHOTS, "article-rtl-card.png") });
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("orders an Arabic speaker line right to left: the name first (rightmost), then the title", async () => {
    // ar.ts: names and titles come in as given, often in Latin script, and must each be isolated
    // (<bdi> or U+2068…U+2069) where they meet Arabic text. Without that, "Antony Blinken، US
    // Secretary of State" resolves to one left-to-right run: the name shows on the left, after the title.
    const { context, page } = await open({ viewport: { width: 1280, height: 900 } });
    try {
      const where = async (paragraph: ReturnType<Page["locator"]>) =>
        paragraph.evaluate(
          (el, words) => {
            const doc = el.ownerDocument;
            const walker = doc.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
            const spans: Record<string, { left: number; right: number }> = {};
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              for (const word of words) {
                const at = (node.data as string).indexOf(word);
                if (at < 0) continue;
                const range = doc.createRange();
                range.setStart(node, at);
                range.setEnd(node, at + word.length);
                const rect = range.getBoundingClientRect();
                spans[word] = { left: rect.left as number, right: rect.right as number };
              }
            }
            return spans;
          },
          ["Antony Blinken", "US Secretary of State"],
        );
      await page.goto(`${worker}/embed/claims/${arabic.id}`);
      const card = await where(page.locator(".speaker"));
      await page.goto(`${worker}/claims/${arabic.id}`);
      const claimPage = await where(page.locator("main p", { hasText: "US Secretary of State" }));
      const nameFirst = (spans: Record<string, { left: number; right: number }>) => {
        const speaker = spans["Antony Blinken"];
        const title = spans["US Secretary of State"];
        if (!speaker || !title) throw new Error(`speaker line not found: ${JSON.stringify(spans)}`);
        return speaker.left >= title.right;
      };
      expect(
        { card: nameFirst(card), "public page": nameFirst(claimPage) },
        `speaker line positions: ${JSON.stringify({ card, claimPage })}`,
      ).toEqual({ card: true, "public page": true });
    } finally {
      await context.close();
    }
  });

  it("fits a phone (375 px, 2x): cards sized from their content, nothing wider than the screen", async () => {
    const { context, page, problems } = await open({
      viewport: { width: 375, height: 800 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });
    try {
      await page.goto(article);
      await cardsLoaded(page);
      for (const frame of [ENGLISH_FRAME(english.id), ARABIC_FRAME(arabic.id)]) {
        await expectSizedFromCard(page, frame);
        const width = await page.locator(frame).evaluate((el) => el.getBoundingClientRect().width as number);
        expect(width).toBeLessThanOrEqual(375);
      }
      await expectNoHorizontalScroll(page);
      await shoot(page, "article-phone.png");
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("loads the cards and public pages on their own, under their own CSP, with no errors", async () => {
    const { context, page, problems } = await open();
    try {
      for (const colorScheme of ["light", "dark"] as const) {
        await page.emulateMedia({ colorScheme });
        for (const url of [
          `${worker}/embed/claims/${english.id}`,
          `${worker}/embed/claims/${arabic.id}`,
          `${worker}/claims/${english.id}`,
          `${worker}/claims/${arabic.id}`,
        ]) {
          expect((await page.goto(url))?.status()).toBe(200);
          // The hashed stylesheet applied: the status chip has its colour.
          const chip = await page
            .locator(".status")
            .first()
            .evaluate((el) => el.ownerDocument.defaultView.getComputedStyle(el).color as string);
          expect(chip, url).toBe("rgb(255, 255, 255)");
        }
      }
      expect(realProblems(problems)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  /**
   * Runs axe-core on `url` loaded as a page. The context bypasses CSP, for these runs only: the
   * card's and the pages' CSP allow no script but their own hashed one, so the injected axe script
   * would otherwise be refused. The CSP checks above run without the bypass.
   */
  async function axe(url: string, colorScheme: "light" | "dark"): Promise<AxeViolation[]> {
    if (!browser) throw new Error("no browser");
    const context = await browser.newContext({ bypassCSP: true, colorScheme });
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      const response = await page.goto(url);
      expect(response?.status()).toBe(200);
      return await runAxe(page);
    } finally {
      await context.close();
    }
  }

  it("passes axe (no serious or critical violations) on the cards and public pages, light and dark", async () => {
    const minor: string[] = [];
    for (const colorScheme of ["light", "dark"] as const) {
      for (const url of [
        `${worker}/embed/claims/${english.id}`,
        `${worker}/embed/claims/${arabic.id}`,
        `${worker}/claims/${english.id}`,
        `${worker}/claims/${arabic.id}`,
      ]) {
        const violations = await axe(url, colorScheme);
        expect(seriousOf(violations), `${url} in ${colorScheme}`).toEqual([]);
        for (const v of violations) minor.push(`${colorScheme} ${new URL(url).pathname}: ${v.id} (${v.impact})`);
      }
    }
    if (minor.length > 0) console.info(`axe, moderate or minor only:\n${minor.join("\n")}`);
  });
});
