import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";

/**
 * Browser checks shared by the embed (browser.e2e.ts) and desk (desk.e2e.ts) end-to-end suites.
 * Logs every CSP violation, in every frame whatever its origin, as a console error, so the console
 * watch below sees it.
 */
const REPORT_CSP_VIOLATIONS = `addEventListener("securitypolicyviolation", function (e) {
  console.error("CSP violation: " + e.violatedDirective + " blocked " + (e.blockedURI || "inline") + " in " + location.href);
});`;

const AXE_SOURCE = readFileSync(resolve("node_modules/axe-core/axe.min.js"), "utf8");

export interface Watched {
  context: BrowserContext;
  page: Page;
  /** Console errors, CSP violations, uncaught exceptions, failed requests and HTTP errors, on any origin. */
  problems: string[];
}

/** A fresh context and page whose console, exceptions and requests are watched. */
export async function watched(browser: Browser, options: BrowserContextOptions = {}): Promise<Watched> {
  const context = await browser.newContext(options);
  await context.addInitScript({ content: REPORT_CSP_VIOLATIONS });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const problems: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.push(`console error in ${msg.location().url}: ${msg.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught ${error.name}: ${error.message}`));
  page.on("requestfailed", (request) => problems.push(`${request.url()} failed: ${request.failure()?.errorText}`));
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`${response.url()} answered ${response.status()}`);
  });
  return { context, page, problems };
}

/**
 * The problems that matter: Chromium asks for /favicon.ico on its own (the Worker has none, 404),
 * and `expected` names answers a test provoked on purpose (a 409 after a conflict, say).
 */
export function realProblems(problems: string[], expected: RegExp[] = []): string[] {
  return problems.filter(
    (problem) => !problem.includes("/favicon.ico") && !expected.some((pattern) => pattern.test(problem)),
  );
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; any: { message: string }[] }[];
}

/**
 * Runs axe-core on the page as it stands. The page's context must bypass CSP (the desk allows no
 * script but its own hashed one): only the axe runs do, the flows keep the CSP.
 */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const run = "axe.run(document, { resultTypes: ['violations'] }).then((result) => result.violations)";
  return (await page.evaluate(run)) as AxeViolation[];
}

/** Serious and critical violations, one readable line each. */
export function seriousOf(violations: AxeViolation[]): string[] {
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => {
      const where = v.nodes.map((n) => `${JSON.stringify(n.target)}: ${n.any.map((a) => a.message).join(" ")}`);
      return `${v.id} (${v.impact}): ${v.help} at ${where.join("; ")}`;
    });
}

/** What has keyboard focus: its tag, accessible-ish name, and whether its focus is visibly outlined. */
export interface Focused {
  tag: string;
  name: string;
  outlineStyle: string;
  outlineWidth: string;
}

/** Runs in the page (a string: the tests' TypeScript has no DOM types). */
const FOCUSED = `(() => {
  const el = document.activeElement;
  if (!el || el === document.body) return { tag: "body", name: "", outlineStyle: "none", outlineWidth: "0px" };
  const labels = el.labels;
  const name = el.getAttribute("aria-label") ?? (labels && labels.length > 0 ? labels[0].textContent : el.textContent) ?? "";
  const style = getComputedStyle(el);
  return {
    tag: el.tagName.toLowerCase(),
    name: name.trim().replace(/\\s+/g, " "),
    outlineStyle: style.outlineStyle,
    outlineWidth: style.outlineWidth,
  };
})()`;

export async function focused(page: Page): Promise<Focused> {
  return (await page.evaluate(FOCUSED)) as Focused;
}

/**
 * Presses Tab until the focused element matches, as a keyboard user would, recording every element
 * focused on the way (to check each shows its focus). Throws after `limit` presses.
 */
export async function tabTo(
  page: Page,
  matches: (f: Focused) => boolean,
  seen: Focused[],
  limit = 80,
): Promise<Focused> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const now = await focused(page);
    seen.push(now);
    if (matches(now)) return now;
  }
  throw new Error(`Tab never reached the element; focused on the way: ${seen.map((f) => f.name).join(" | ")}`);
}

/** The page's width against the viewport's: a page that scrolls sideways has scrollWidth > innerWidth. */
export async function sidewaysOverflow(page: Page): Promise<{ scrollWidth: number; innerWidth: number }> {
  return (await page.evaluate(
    "({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth })",
  )) as { scrollWidth: number; innerWidth: number };
}

/**
 * The elements and text that reach past `width` CSS pixels and are not inside a scrolling box (a
 * wide table in an `overflow-x: auto` wrapper scrolls on its own): what makes the page scroll sideways.
 */
export async function widerThan(page: Page, width: number): Promise<string[]> {
  return (await page.evaluate(`(() => {
    const clipped = (el) => {
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
        if (getComputedStyle(up).overflowX !== "visible") return true;
      }
      return false;
    };
    const out = [];
    for (const el of document.body.querySelectorAll("*")) {
      const box = el.getBoundingClientRect();
      if (box.right > ${width} + 0.5 && !clipped(el)) {
        const text = (el.textContent || "").trim().slice(0, 60);
        out.push(el.tagName.toLowerCase() + (el.className ? "." + el.className : "") + " (right " + Math.round(box.right) + "px) " + JSON.stringify(text));
      }
    }
    // Text that cannot wrap overflows its box without widening it: measure the text itself.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(node);
      const right = range.getBoundingClientRect().right;
      if (right > ${width} + 0.5 && node.parentElement && !clipped(node)) {
        out.push("text in " + node.parentElement.tagName.toLowerCase() + " (right " + Math.round(right) + "px) " + JSON.stringify(node.data.trim().slice(0, 60)));
      }
    }
    return out.slice(0, 8);
  })()`)) as string[];
}
