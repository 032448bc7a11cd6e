import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { raisedWorkerLimits } from "../../scripts/raised-limits.mjs";
import {
  type Focused,
  realProblems,
  runAxe,
  seriousOf,
  sidewaysOverflow,
  tabTo,
  watched,
  widerThan,
} from "./browser/checks";
import { type Site, type SitePage, serveSite } from "./browser/site";

/**
 * The fact-checkers' desk in a real browser (Debian's Chromium, driven by playwright-core), the way
 * a fact-checker uses it: by visible labels, clicking and typing; then with the keyboard alone; then
 * axe in light and dark, and a phone's width. Screenshots land in test-results/screenshots/desk-*.
 *
 * Like browser.e2e.ts, this file runs its own Worker on its own throwaway D1 (on 127.0.0.1: plain
 * http to loopback, where the session cookie is not `Secure`, by design), with its own admin token.
 */

const run = promisify(execFile);
const WRANGLER = "node_modules/.bin/wrangler";
const ADMIN_TOKEN = "desk-admin-token";
const quiet = { ...process.env, CI: "1", WRANGLER_SEND_METRICS: "false", WRANGLER_LOG_PATH: ".logs" };
const CHROMIUM = "/usr/bin/chromium";
const SCREENSHOTS = resolve("test-results/screenshots");
const EDITOR_NAME = "Maria at the desk";

const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 900 } };
/** Screenshots are full-page: a shorter viewport leaves less blank space under short pages. */
const DESKTOP_SHOT: BrowserContextOptions = { viewport: { width: 1280, height: 640 } };
const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};

/** The worked example: due for review since 2024. */
const BLINKEN = {
  text: "More than 90 percent of the issues have been agreed, decided.",
  kind: "statistic",
  speaker: { name: "Antony Blinken", title: "US Secretary of State" },
  topics: ["gaza"],
  review_due: "2024-09-01",
};
/** For the stale-update test: someone else posts an update while the page is open. */
const STALE = {
  text: "Inflation will be back at 2 percent by the end of next year.",
  kind: "prediction",
  speaker: { name: "Andrew Bailey", title: "Governor of the Bank of England" },
  topics: ["economy"],
  review_due: "2099-12-31",
};
/** For the keyboard test: no review date, so never due. */
const KEYBOARD = {
  text: "Crime in the capital has fallen by a third since 2019.",
  kind: "statistic",
  speaker: { name: "Lena Marsh", title: "Mayor" },
  topics: ["crime"],
};

const TEAGUE_QUOTE = "We will open 40 new clinics by 2027";
const OKAFOR_QUOTE = "About 30 percent of nurses are on temporary contracts.";
const OKAFOR_TITLE = "General secretary, Nurses' Union";
const ARTICLE = `Health plan promises more clinics

The government set out its health plan for the next three years.

"We will open 40 new clinics by 2027," Health Minister Rosa Teague said on Monday.

Union leader Sam Okafor said: "About 30 percent of nurses are on temporary contracts."

The plan will be debated in parliament next week.`;

/** Another article for the pick-step screenshots (nothing of it is saved). */
const SCREENSHOT_ARTICLE = `Transit authority sets out budget

"Fares will stay frozen until 2026," Transport Commissioner Ada Lindqvist said on Tuesday.

Rider advocate Tomas Reyes said: "Almost half of all buses arrive more than ten minutes late."`;

interface Claim {
  id: string;
  text: string;
  kind: string;
  version: number;
  status: { code: string; label: string };
  speaker: { name: string; title: string | null };
  links: { page: string };
}

interface StatusUpdate {
  status: string;
  note: string | null;
  author: { key_id: string | null; name: string };
  evidence: { url: string; title: string | null }[];
}

let persist = "";
let worker = "";
let disposeWorker = async () => {};
let browser: Browser | undefined;
let receiver: Site | undefined;
let editorKey = "";
let webhookId = "";
const claims: Record<"blinken" | "stale" | "keyboard", Claim> = {} as Record<"blinken" | "stale" | "keyboard", Claim>;
/** Signed-in browser state (the session cookie) per role, from one sign-in each through the form. */
const sessions = new Map<"editor" | "admin", Awaited<ReturnType<BrowserContext["storageState"]>>>();

async function api<T>(method: string, path: string, body?: unknown, status = body ? 201 : 200): Promise<T> {
  const res = await fetch(`${worker}${path}`, {
    method,
    headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  expect(res.status, `${method} ${path}: ${await res.clone().text()}`).toBe(status);
  return (await res.json()) as T;
}

const url = (path: string) => `${worker}${path}`;

function need<T>(value: T | undefined): T {
  if (value === undefined) throw new Error("not set up");
  return value;
}

beforeAll(async () => {
  persist = mkdtempSync(join(tmpdir(), "claimtrail-desk-"));
  await run(WRANGLER, ["d1", "migrations", "apply", "DB", "--local", "--persist-to", persist], { env: quiet });
  // wrangler fixes its log path when it is loaded: set the environment first, so nothing lands in ~/.config.
  Object.assign(process.env, { WRANGLER_SEND_METRICS: "false", WRANGLER_LOG_PATH: ".logs" });
  const { unstable_startWorker } = await import("wrangler");
  const started = await unstable_startWorker({
    config: "wrangler.toml",
    bindings: {
      ...raisedWorkerLimits,
      ADMIN_TOKEN: { type: "plain_text", value: ADMIN_TOKEN },
      // The webhooks page shows a subscription to a receiver on 127.0.0.1, with its deliveries.
      ALLOW_PRIVATE_WEBHOOKS: { type: "plain_text", value: "true" },
    },
    dev: { server: { hostname: "127.0.0.1", port: 0 }, inspector: false, persist, watch: false, logLevel: "warn" },
  });
  disposeWorker = () => started.dispose();
  await started.ready;
  worker = (await started.url).origin;

  const hooks = new Map<string, SitePage>([["/hooks/claimtrail", { body: "ok" }]]);
  receiver = await serveSite(hooks);

  editorKey = (await api<{ key: string }>("POST", "/v1/keys", { role: "editor", name: EDITOR_NAME })).key;
  expect(editorKey).toBeTruthy();
  claims.blinken = await api<Claim>("POST", "/v1/claims", BLINKEN);
  claims.stale = await api<Claim>("POST", "/v1/claims", STALE);
  claims.keyboard = await api<Claim>("POST", "/v1/claims", KEYBOARD);
  webhookId = (
    await api<{ id: string }>("POST", "/v1/webhooks", {
      url: `${receiver.origin}/hooks/claimtrail`,
      events: ["claim.status_changed"],
    })
  ).id;

  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    timeout: 20_000,
  });
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await receiver?.close();
  await disposeWorker();
  if (persist) rmSync(persist, { recursive: true, force: true });
}, 60_000);

/** Signs in through the form, by its labels, from wherever the page is (the sign-in page). */
async function signInByForm(page: Page, key: string) {
  await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Sign in");
  await page.getByLabel("API key").fill(key);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** The browser state of a session for `role`, signed in once through the form and reused. */
async function sessionFor(role: "editor" | "admin") {
  const known = sessions.get(role);
  if (known) return known;
  const { context, page, problems } = await watched(need(browser));
  try {
    await page.goto(url("/desk/sign-in"));
    await signInByForm(page, role === "admin" ? ADMIN_TOKEN : editorKey);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Claims");
    expect(realProblems(problems)).toEqual([]);
    const state = await context.storageState();
    sessions.set(role, state);
    return state;
  } finally {
    await context.close();
  }
}

async function heading(page: Page): Promise<string> {
  return ((await page.getByRole("heading", { level: 1 }).textContent()) ?? "").trim();
}

const path = (page: Page) => {
  const at = new URL(page.url());
  return `${at.pathname}${at.search}`;
};

/** Every element a keyboard user reached showed its focus (an outline that is not `none`). */
function expectVisibleFocus(seen: Focused[]) {
  const unmarked = seen.filter((f) => f.tag !== "body" && (f.outlineStyle === "none" || f.outlineWidth === "0px"));
  expect(unmarked, "focused elements without a visible outline").toEqual([]);
}

describe.sequential("the desk in Chromium", { timeout: 90_000 }, () => {
  it("a fact-checker signs in, reviews a due claim, adds claims from an article and signs out", async () => {
    const { context, page, problems } = await watched(need(browser), DESKTOP);
    try {
      // The desk asks to sign in first, and comes back to the desk afterwards.
      await page.goto(url("/desk"));
      expect(path(page)).toBe("/desk/sign-in?next=%2Fdesk");
      await signInByForm(page, editorKey);
      await expect.poll(() => heading(page)).toBe("Claims");
      expect(path(page)).toBe("/desk");
      await expect.poll(() => page.getByRole("button", { name: `Sign out ${EDITOR_NAME}` }).isVisible()).toBe(true);
      // The browser keeps only the session: HttpOnly, SameSite=Strict, Path=/desk (not Secure on loopback http).
      const [cookie, ...others] = await context.cookies();
      expect(others).toEqual([]);
      expect(cookie).toMatchObject({
        name: "ct_desk",
        path: "/desk",
        httpOnly: true,
        sameSite: "Strict",
        secure: false,
      });
      expect(cookie?.value).not.toContain(editorKey);
      // An editor's desk offers no admin pages.
      expect(await page.getByRole("link", { name: "API keys" }).count()).toBe(0);

      // Due for review: the Blinken claim (due since 2024) is there; a claim with no date is not.
      await page.getByRole("navigation", { name: "Desk" }).getByRole("link", { name: "Due for review" }).click();
      await expect.poll(() => heading(page)).toBe("Due for review");
      expect(await page.getByRole("link", { name: KEYBOARD.text }).count()).toBe(0);
      expect(await page.getByRole("link", { name: STALE.text }).count()).toBe(0);
      await page.getByRole("link", { name: BLINKEN.text }).click();
      await expect.poll(() => heading(page)).toBe(BLINKEN.text);
      expect(path(page)).toBe(`/desk/claims/${claims.blinken.id}`);

      // Add a status update: Mostly false, with a note and an evidence link.
      const note = "The negotiating texts show far fewer issues settled than claimed.";
      const form = page.getByRole("region", { name: "Add a status update" });
      await form
        .getByLabel("Status (veracity scale)")
        .selectOption({ label: "Mostly false — Contains an element of truth but ignores critical facts." });
      await form.getByLabel("Note").fill(note);
      await form.getByLabel("Link 1 URL").fill("https://evidence.example/negotiating-texts");
      await form.getByLabel("Link 1 title").fill("The draft negotiating texts");
      await form.getByRole("button", { name: "Post update" }).click();
      await expect.poll(() => page.getByRole("status").textContent()).toBe("Status update posted.");
      expect(path(page)).toBe(`/desk/claims/${claims.blinken.id}?posted=1`);
      const timeline = page.getByRole("region", { name: "Timeline" });
      const newest = timeline.getByRole("listitem").first();
      expect(await newest.locator(".status").textContent()).toBe("Mostly false");
      expect(await newest.textContent()).toContain(note);
      expect(await newest.textContent()).toContain(`by ${EDITOR_NAME}`);
      const evidence = newest.getByRole("link", { name: "The draft negotiating texts" });
      expect(await evidence.getAttribute("href")).toBe("https://evidence.example/negotiating-texts");
      expect(await timeline.textContent()).toContain("verified, intact");

      // The API tells the same: the status changed, and the update is the editor's.
      const claim = await api<Claim>("GET", `/v1/claims/${claims.blinken.id}`);
      expect(claim.status.code).toBe("mostly_false");
      const updates = await api<{ data: StatusUpdate[] }>("GET", `/v1/claims/${claims.blinken.id}/updates`);
      const posted = updates.data.find((u) => u.status === "mostly_false");
      expect(posted).toMatchObject({
        note,
        author: { name: EDITOR_NAME },
        evidence: [{ url: "https://evidence.example/negotiating-texts", title: "The draft negotiating texts" }],
      });
      expect(posted?.author.key_id).toBeTruthy();

      // New claim: paste an article, find its quotes, tick both, correct them, save.
      await page.getByRole("navigation", { name: "Desk" }).getByRole("link", { name: "New claim" }).click();
      await expect.poll(() => heading(page)).toBe("New claims from an article");
      await page.getByLabel("Article text").fill(ARTICLE);
      await page.getByLabel("Article URL (optional)").fill("https://news.example/2025/health-plan");
      await page.getByLabel("Headline (optional)").fill("Health plan promises more clinics");
      await page.getByRole("button", { name: "Find claims" }).click();
      await expect.poll(() => heading(page)).toBe("Pick the claims to track");
      const teague = page.getByRole("group").filter({ hasText: TEAGUE_QUOTE });
      const okafor = page.getByRole("group").filter({ hasText: OKAFOR_QUOTE });
      expect(await teague.count()).toBe(1);
      expect(await okafor.count()).toBe(1);
      // The extractor found each quote's speaker.
      expect(await teague.getByLabel("Speaker", { exact: true }).inputValue()).toBe("Rosa Teague");
      expect(await okafor.getByLabel("Speaker", { exact: true }).inputValue()).toBe("Sam Okafor");
      const proposed = {
        teagueTitle: await teague.getByLabel("Speaker's title").inputValue(),
        teagueKind: await teague.getByLabel("Kind", { exact: true }).inputValue(),
        okaforTitle: await okafor.getByLabel("Speaker's title").inputValue(),
        okaforKind: await okafor.getByLabel("Kind", { exact: true }).inputValue(),
      };
      console.info(`extractor proposed: ${JSON.stringify(proposed)}`);
      await teague.getByLabel("Track this quote").check();
      await okafor.getByLabel("Track this quote").check();
      // Correct one speaker title and one kind (the desk's call: a dated pledge read as a forecast).
      expect(proposed.okaforTitle).not.toBe(OKAFOR_TITLE);
      expect(proposed.teagueKind).not.toBe("prediction");
      await okafor.getByLabel("Speaker's title").fill(OKAFOR_TITLE);
      await teague.getByLabel("Kind", { exact: true }).selectOption({ label: "Prediction" });
      await page.getByRole("button", { name: "Save the ticked claims" }).click();
      await expect.poll(() => page.getByRole("status").textContent()).toBe("2 claim(s) created.");
      await expect.poll(() => heading(page)).toBe("Claims");
      const teagueRow = page.getByRole("row").filter({ hasText: TEAGUE_QUOTE });
      const okaforRow = page.getByRole("row").filter({ hasText: OKAFOR_QUOTE });
      expect(await teagueRow.count()).toBe(1);
      expect(await okaforRow.count()).toBe(1);

      // The API lists both, with the corrected fields.
      const list = await api<{ data: Claim[] }>("GET", "/v1/claims?limit=100");
      const created = {
        teague: list.data.find((c) => c.text.startsWith(TEAGUE_QUOTE)),
        okafor: list.data.find((c) => c.text === OKAFOR_QUOTE),
      };
      expect(created.teague).toMatchObject({ kind: "prediction", speaker: { name: "Rosa Teague" } });
      expect(created.teague?.speaker.title).toBe(proposed.teagueTitle || null);
      expect(created.okafor).toMatchObject({
        kind: proposed.okaforKind,
        speaker: { name: "Sam Okafor", title: OKAFOR_TITLE },
      });

      // Sign out: back on the sign-in page, and the desk asks to sign in again.
      await page.getByRole("button", { name: `Sign out ${EDITOR_NAME}` }).click();
      await expect.poll(() => heading(page)).toBe("Sign in");
      expect(path(page)).toBe("/desk/sign-in");
      expect((await context.cookies()).filter((c) => c.name === "ct_desk")).toEqual([]);
      await page.goto(url("/desk")); // typed into the address bar
      expect(path(page)).toBe("/desk/sign-in?next=%2Fdesk");
      expect(await heading(page)).toBe("Sign in");

      expect(realProblems(problems)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("tells the fact-checker when someone else changed the claim first, and keeps the note", async () => {
    const { context, page, problems } = await watched(need(browser), {
      ...DESKTOP,
      storageState: await sessionFor("editor"),
    });
    try {
      await page.goto(url(`/desk/claims/${claims.stale.id}`));
      await expect.poll(() => heading(page)).toBe(STALE.text);

      // Behind the user's back, another client posts an update through the API.
      const theirNote = "Checking the Bank's latest forecasts.";
      await api("POST", `/v1/claims/${claims.stale.id}/updates`, { status: "in_progress", note: theirNote });

      const myNote = "The Bank's own forecast puts inflation at 2.6 percent by then.";
      const form = page.getByRole("region", { name: "Add a status update" });
      await form.getByLabel("Status (progress scale)").selectOption({ label: "Stalled — No progress, or blocked." });
      await form.getByLabel("Note").fill(myNote);
      await form.getByRole("button", { name: "Post update" }).click();

      const alert = page.getByRole("alert");
      await expect.poll(() => alert.textContent()).toContain("Someone else changed this claim while you were writing.");
      // The newer entry is shown, with their note; the typed note is still in the form.
      expect(await alert.locator(".status").first().textContent()).toBe("In progress");
      expect(await alert.textContent()).toContain(theirNote);
      expect(await alert.textContent()).toContain("by Admin token");
      expect(await form.getByLabel("Note").inputValue()).toBe(myNote);
      // Nothing of the user's was posted.
      expect((await api<Claim>("GET", `/v1/claims/${claims.stale.id}`)).status.code).toBe("in_progress");

      // Having seen the change, the user posts again: now it goes through.
      await form.getByRole("button", { name: "Post update" }).click();
      await expect.poll(() => page.getByRole("status").textContent()).toBe("Status update posted.");
      const claim = await api<Claim>("GET", `/v1/claims/${claims.stale.id}`);
      expect(claim.status.code).toBe("stalled");

      // The conflict answered 409 on purpose; nothing else went wrong.
      expect(realProblems(problems, [/\/desk\/claims\/clm_\w+\/updates\b.*\b409\b/])).toEqual([]);
      expect(problems.filter((p) => p.includes("answered 409"))).toHaveLength(1);
    } finally {
      await context.close();
    }
  });

  it("works with the keyboard alone, focus always visible", async () => {
    const { context, page, problems } = await watched(need(browser), DESKTOP);
    const seen: Focused[] = [];
    try {
      await page.goto(url("/desk")); // typed into the address bar
      await expect.poll(() => heading(page)).toBe("Sign in");

      await tabTo(page, (f) => f.name === "API key", seen);
      await page.keyboard.type(editorKey);
      await page.keyboard.press("Enter");
      await expect.poll(() => heading(page)).toBe("Claims");

      await tabTo(page, (f) => f.tag === "a" && f.name === KEYBOARD.text, seen);
      await page.keyboard.press("Enter");
      await expect.poll(() => heading(page)).toBe(KEYBOARD.text);

      await tabTo(page, (f) => f.tag === "select" && f.name === "Status (veracity scale)", seen);
      // The claim is "Not yet rated" (the first status): one step down is "Under review".
      await page.keyboard.press("ArrowDown");
      const note = "Asked the mayor's office for the figures behind the claim.";
      await tabTo(page, (f) => f.name === "Note", seen);
      await page.keyboard.type(note);
      await tabTo(page, (f) => f.name === "Link 1 URL", seen);
      await page.keyboard.type("https://evidence.example/crime-figures");
      await tabTo(page, (f) => f.name === "Link 1 title", seen);
      await page.keyboard.type("Police recorded crime, 2019 to 2024");
      await tabTo(page, (f) => f.tag === "button" && f.name === "Post update", seen);
      await page.keyboard.press("Enter");

      await expect.poll(() => page.getByRole("status").textContent()).toBe("Status update posted.");
      const claim = await api<Claim>("GET", `/v1/claims/${claims.keyboard.id}`);
      expect(claim.status.code).toBe("under_review");
      const updates = await api<{ data: StatusUpdate[] }>("GET", `/v1/claims/${claims.keyboard.id}/updates`);
      expect(updates.data.find((u) => u.status === "under_review")).toMatchObject({
        note,
        author: { name: EDITOR_NAME },
        evidence: [{ url: "https://evidence.example/crime-figures", title: "Police recorded crime, 2019 to 2024" }],
      });

      console.info(
        `keyboard path: ${seen.length} Tab presses; focus styles seen: ${[
          ...new Set(seen.map((f) => `${f.tag} ${f.outlineStyle} ${f.outlineWidth}`)),
        ].join(", ")}`,
      );
      expectVisibleFocus(seen);
      expect(realProblems(problems)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  /** Every desk page, reached as a user would from the page before where a form is involved. */
  interface DeskStop {
    name: string;
    role: "editor" | "admin" | null;
    open: (page: Page) => Promise<void>;
  }

  const goto = (to: string) => async (page: Page) => {
    const response = await page.goto(url(to));
    expect(response?.status(), to).toBe(200);
  };

  const stops = (): DeskStop[] => [
    { name: "sign-in", role: null, open: goto("/desk/sign-in") },
    { name: "claims list", role: "editor", open: goto("/desk") },
    { name: "due list", role: "editor", open: goto("/desk?view=due") },
    { name: "claim page", role: "editor", open: goto(`/desk/claims/${claims.blinken.id}`) },
    { name: "edit page", role: "editor", open: goto(`/desk/claims/${claims.blinken.id}/edit`) },
    { name: "new claim, paste step", role: "editor", open: goto("/desk/new") },
    {
      name: "new claim, pick step",
      role: "editor",
      open: async (page) => {
        await goto("/desk/new")(page);
        await page.getByLabel("Article text").fill(SCREENSHOT_ARTICLE);
        await page.getByRole("button", { name: "Find claims" }).click();
        await expect.poll(() => heading(page)).toBe("Pick the claims to track");
      },
    },
    { name: "keys page", role: "admin", open: goto("/desk/keys") },
    { name: "webhooks page", role: "admin", open: goto("/desk/webhooks") },
    { name: "webhook deliveries", role: "admin", open: goto(`/desk/webhooks/${webhookId}`) },
  ];

  it("passes axe (no serious or critical violations) on every desk page, light and dark", async () => {
    const minor: string[] = [];
    const failures: Record<string, string[]> = {};
    for (const colorScheme of ["light", "dark"] as const) {
      for (const stop of stops()) {
        // Only these runs bypass CSP: the desk allows no script but its own, so axe would be refused.
        const { context, page, problems } = await watched(need(browser), {
          ...DESKTOP,
          bypassCSP: true,
          colorScheme,
          ...(stop.role ? { storageState: await sessionFor(stop.role) } : {}),
        });
        try {
          await stop.open(page);
          const violations = await runAxe(page);
          const serious = seriousOf(violations);
          if (serious.length > 0) failures[`${stop.name} (${colorScheme})`] = serious;
          for (const v of violations) minor.push(`${colorScheme} ${stop.name}: ${v.id} (${v.impact})`);
          expect(realProblems(problems), `${stop.name} (${colorScheme})`).toEqual([]);
        } finally {
          await context.close();
        }
      }
    }
    if (minor.length > 0) console.info(`axe, all violations:\n${minor.join("\n")}`);
    expect(failures).toEqual({});
  });

  it("fits a phone (390 px): no desk page scrolls sideways, with no errors", async () => {
    const wide: Record<string, { scrollWidth: number; innerWidth: number; widest: string[] }> = {};
    for (const stop of stops()) {
      const { context, page, problems } = await watched(need(browser), {
        ...PHONE,
        ...(stop.role ? { storageState: await sessionFor(stop.role) } : {}),
      });
      try {
        await stop.open(page);
        // A phone widens the layout viewport to fit content wider than the screen: then
        // innerWidth is no longer 390, and the page scrolls sideways at the zoom a reader uses.
        const size = await sidewaysOverflow(page);
        if (size.innerWidth !== 390 || size.scrollWidth > size.innerWidth) {
          wide[stop.name] = { ...size, widest: await widerThan(page, 390) };
        }
        expect(realProblems(problems), stop.name).toEqual([]);
      } finally {
        await context.close();
      }
    }
    expect(wide, "pages wider than the phone").toEqual({});
  });

  it("takes screenshots of the desk: desktop and phone, light, and one dark", async () => {
    const shots: { name: string; stop: string }[] = [
      { name: "sign-in", stop: "sign-in" },
      { name: "claims", stop: "claims list" },
      { name: "claim", stop: "claim page" },
      { name: "new-claim", stop: "new claim, pick step" },
    ];
    const variants = [
      { suffix: "desktop", options: DESKTOP_SHOT, names: shots.map((s) => s.name) },
      { suffix: "phone", options: PHONE, names: shots.map((s) => s.name) },
      { suffix: "desktop-dark", options: { ...DESKTOP_SHOT, colorScheme: "dark" as const }, names: ["claim"] },
    ];
    const all = stops();
    for (const variant of variants) {
      for (const shot of shots.filter((s) => variant.names.includes(s.name))) {
        const stop = all.find((s) => s.name === shot.stop);
        if (!stop) throw new Error(shot.stop);
        const { context, page, problems } = await watched(need(browser), {
          ...variant.options,
          ...(stop.role ? { storageState: await sessionFor(stop.role) } : {}),
        });
        try {
          await stop.open(page);
          const name = `desk-${shot.name}-${variant.suffix}`;
          await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
          // On a phone, also what one screen shows (the README's desk tour uses the claim page's).
          if (variant.suffix === "phone") await page.screenshot({ path: join(SCREENSHOTS, `${name}-screen.png`) });
          expect(realProblems(problems), name).toEqual([]);
        } finally {
          await context.close();
        }
      }
    }
  });
});
