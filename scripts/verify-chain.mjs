#!/usr/bin/env node
/**
 * Verifies a claim's hash-chained timeline from the public HTTP API alone, so anyone can check a
 * Claimtrail server without access to its database:
 *
 *   node scripts/verify-chain.mjs https://host/v1/claims/clm_…   (or /claims/clm_…, /embed/claims/clm_…)
 *
 * It is deliberately independent of the server code: no dependencies and no imports from src/.
 * The hash is re-implemented from the contract in README.md ("Verifying a timeline"), so a bug or a
 * tampered row on the server cannot vouch for itself. Exit codes: 0 intact, 1 broken or unreachable,
 * 2 bad usage.
 */
import { createHash } from "node:crypto";

const USAGE = `usage: node scripts/verify-chain.mjs <claim URL>
  where <claim URL> is http(s)://host/v1/claims/clm_…, http(s)://host/claims/clm_…
  or http(s)://host/embed/claims/clm_…`;
const CLAIM_PATH = /^\/(?:v1\/|embed\/)?claims\/(clm_[0-9A-HJKMNP-TV-Z]{26})(?:\/|$)/;

/** A verification failure: printed as is, exit code 1. */
class Failure extends Error {}

/** The origin and claim id named by a claim URL, or null when it names none. */
function parseClaimUrl(arg) {
  if (typeof arg !== "string" || !URL.canParse(arg)) return null;
  const url = new URL(arg);
  const match = CLAIM_PATH.exec(url.pathname);
  if (!/^https?:$/.test(url.protocol) || !match) return null;
  return { origin: url.origin, id: match[1] };
}

async function getJson(url) {
  let res;
  try {
    res = await fetch(url, { headers: { Accept: "application/json" } });
  } catch (err) {
    throw new Failure(`cannot reach ${url}: ${err.cause?.message ?? err.message}`);
  }
  if (res.status === 404) throw new Failure(`claim not found (404 from ${url})`);
  if (!res.ok) throw new Failure(`GET ${url} answered ${res.status} ${res.statusText}`);
  try {
    return await res.json();
  } catch {
    throw new Failure(`GET ${url} did not answer JSON`);
  }
}

/** sha256(prev_hash + "\n" + JSON.stringify([claim_id, status, note, evidence, created_at])), lowercase hex. */
function chainHash(prevHash, entry) {
  const evidence = (entry.evidence ?? []).map(({ url, title }) => ({ url, title }));
  const payload = JSON.stringify([entry.claim_id, entry.status, entry.note ?? null, evidence, entry.created_at]);
  return createHash("sha256").update(`${prevHash}\n${payload}`, "utf8").digest("hex");
}

/** Every timeline entry, oldest first, following next_cursor page by page. */
async function fetchTimeline(claimUrl) {
  const timeline = [];
  let cursor = null;
  do {
    const page = await getJson(`${claimUrl}/updates?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
    if (!Array.isArray(page?.data)) throw new Failure("the timeline response has no data array");
    if (cursor !== null && page.next_cursor === cursor)
      throw new Failure("the timeline's next_cursor does not advance");
    timeline.push(...page.data);
    cursor = page.next_cursor ?? null;
  } while (cursor !== null);
  return timeline;
}

async function verify(origin, id) {
  const claimUrl = `${origin}/v1/claims/${id}`;
  const claim = await getJson(claimUrl);
  const timeline = await fetchTimeline(claimUrl);
  if (timeline.length === 0) throw new Failure("the timeline is empty");
  let previous = null;
  for (const [index, entry] of timeline.entries()) {
    const where = `entry ${index + 1} (${entry.id})`;
    const expectedPrevHash = previous ? previous.hash : "";
    const expectedPreviousStatus = previous ? previous.status : null;
    if (entry.seq !== undefined && entry.seq !== index + 1)
      throw new Failure(`${where}: seq is ${entry.seq}, not its position ${index + 1}`);
    if (entry.claim_id !== id) throw new Failure(`${where}: claim_id is ${entry.claim_id}, not ${id}`);
    if (entry.prev_hash !== expectedPrevHash)
      throw new Failure(
        `${where}: prev_hash ${entry.prev_hash} is not the previous entry's hash "${expectedPrevHash}"`,
      );
    const recomputed = chainHash(expectedPrevHash, entry);
    if (entry.hash !== recomputed)
      throw new Failure(`${where}: hash does not match its contents (stored ${entry.hash}, recomputed ${recomputed})`);
    if (entry.previous_status !== expectedPreviousStatus)
      throw new Failure(
        `${where}: previous_status is ${entry.previous_status}, but the previous entry's status is ${expectedPreviousStatus}`,
      );
    previous = entry;
  }
  if (claim.status?.code !== previous.status)
    throw new Failure(
      `the claim's status is ${claim.status?.code}, but its last entry (${previous.id}) says ${previous.status}`,
    );
  return { count: timeline.length, head: previous.hash };
}

const target = parseClaimUrl(process.argv[2]);
if (!target || process.argv.length > 3) {
  console.error(USAGE);
  process.exitCode = 2;
} else {
  try {
    const { count, head } = await verify(target.origin, target.id);
    console.log(`✓ ${target.id} — ${count} ${count === 1 ? "entry" : "entries"}, chain intact, head ${head}`);
  } catch (err) {
    console.error(`✗ ${target.id}: ${err instanceof Failure ? err.message : `unexpected error: ${err.stack ?? err}`}`);
    process.exitCode = 1;
  }
}
