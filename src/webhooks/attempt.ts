import type { WebhookRow } from "../db/schema";

const TIMEOUT_MS = 15_000;
const EXCERPT_CHARS = 500;

export interface AttemptResult {
  status: number | null;
  durationMs: number;
  error: string | null;
  excerpt: string | null;
}

/** The start of a response body, read no further than needed (a receiver may answer megabytes). */
async function excerptOf(res: Response): Promise<string | null> {
  if (!res.body) return null;
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let text = "";
  while (text.length < EXCERPT_CHARS) {
    const { done, value } = await reader.read();
    if (done) break;
    text += value;
  }
  await reader.cancel();
  return text.slice(0, EXCERPT_CHARS) || null;
}

/**
 * One POST to a subscriber: 15 s timeout, redirects not followed (a 3xx is a failure, so a
 * subscription cannot be bounced to an address it could not have been created with).
 */
export async function postWebhook(
  webhook: Pick<WebhookRow, "url">,
  headers: Record<string, string>,
  body: string,
): Promise<AttemptResult> {
  const started = Date.now();
  try {
    const res = await fetch(webhook.url, {
      method: "POST",
      headers: { ...headers, "Content-Type": "application/json", "User-Agent": "Claimtrail-Webhooks/1" },
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const excerpt = await excerptOf(res).catch(() => null);
    const location = res.headers.get("Location");
    const error = res.status >= 300 && res.status < 400 ? `redirect to ${location ?? "?"} not followed` : null;
    return { status: res.status, durationMs: Date.now() - started, error, excerpt };
  } catch (error) {
    const timedOut = error instanceof Error && error.name === "TimeoutError";
    const message = timedOut
      ? `no answer within ${TIMEOUT_MS / 1000} s`
      : error instanceof Error
        ? error.message
        : String(error);
    return { status: null, durationMs: Date.now() - started, error: message, excerpt: null };
  }
}
