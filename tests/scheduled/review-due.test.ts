import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it, vi } from "vitest";
import {
  type ClaimBody,
  type CreatedWebhookBody,
  call,
  callJson,
  createKey,
  expectProblem,
  type ListBody,
} from "../helpers";
import {
  allFannedOut,
  deliveriesOf,
  hookName,
  received,
  receivedAtLeast,
  runCron,
  subscribe,
  verified,
  waitFor,
} from "../webhooks/hooks";

vi.setConfig({ testTimeout: 30_000 });

const DAILY = "0 3 * * *";
const DAY = 86_400_000;

/** The daily run's time: today at 03:00 UTC, whatever time the test runs at. */
const TODAY = new Date().toISOString().slice(0, 10);
const RUN = Date.parse(`${TODAY}T03:00:00.000Z`);
const dateOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const YESTERDAY = dateOf(RUN - DAY);
const TOMORROW = dateOf(RUN + DAY);

let editor: string;

beforeAll(async () => {
  editor = (await createKey("editor", "Review desk")).key;
});

async function newClaim(text: string, fields: Record<string, unknown> = {}): Promise<ClaimBody> {
  const { res, body } = await callJson<ClaimBody>("/v1/claims", {
    token: editor,
    body: { text, kind: "statistic", speaker: { name: "Rosa Lindqvist", title: "Finance Minister" }, ...fields },
  });
  if (res.status !== 201) throw new Error(`creating a claim failed: ${res.status} ${JSON.stringify(body)}`);
  return body;
}

async function rate(id: string, status: string): Promise<void> {
  const { res } = await callJson(`/v1/claims/${id}/updates`, {
    token: editor,
    body: { status, note: `Rated ${status}.` },
  });
  expect(res.status).toBe(201);
}

async function current(id: string): Promise<ClaimBody> {
  const { res, body } = await callJson<ClaimBody>(`/v1/claims/${id}`);
  expect(res.status).toBe(200);
  return body;
}

const scalar = async (sql: string, ...values: unknown[]) =>
  (
    await env.DB.prepare(sql)
      .bind(...values)
      .first<{ n: number }>()
  )?.n;

const reviewEvents = () => scalar("select count(*) as n from events where type = 'claim.review_due'");

type Role = "yesterday" | "today" | "promise" | "tomorrow" | "final" | "fulfilled" | "undated";

interface ReviewDuePayload {
  type: string;
  timestamp: string;
  data: { claim: ClaimBody };
}

describe("the daily claim.review_due", () => {
  const name = hookName("review-due");
  let webhook: CreatedWebhookBody;
  /** The claims by what their review date says; filled in beforeAll. */
  const claims = new Map<Role, ClaimBody>();
  function due(role: Role): ClaimBody {
    const claim = claims.get(role);
    if (!claim) throw new Error(`no ${role} claim`);
    return claim;
  }

  /** Waits until the hook got `count` requests in all, every event fanned out and every delivery finished. */
  async function settled(count: number): Promise<ReviewDuePayload[]> {
    await receivedAtLeast(name, count);
    await allFannedOut();
    await waitFor(`${count} finished deliveries`, async () => {
      const log = await deliveriesOf(webhook.id);
      return log.length === count && log.every((d) => d.outcome === "succeeded") ? log : undefined;
    });
    const requests = await received(name);
    expect(requests).toHaveLength(count);
    return requests.map((request) => {
      expect(verified(webhook.secret ?? "", request)).toEqual(JSON.parse(request.body));
      return JSON.parse(request.body) as ReviewDuePayload;
    });
  }

  beforeAll(async () => {
    webhook = await subscribe(name, { events: ["claim.review_due"] });
    // The daily runs below happen at simulated times from 03:00 today on; an event only goes to
    // subscriptions that existed when it happened, so this one is dated back to before them.
    await env.DB.prepare("update webhooks set created_at = ? where id = ?")
      .bind(new Date(RUN - DAY).toISOString(), webhook.id)
      .run();
    const make: [Role, string, Record<string, unknown>, string?][] = [
      ["yesterday", "Public debt will fall below 60 percent of GDP next year.", { review_due: YESTERDAY }],
      ["today", "Unemployment is at its lowest level in twenty years.", { review_due: TODAY }],
      [
        "promise",
        "We will open 40 new community health centres.",
        { kind: "promise", review_due: TODAY },
        "in_progress",
      ],
      ["tomorrow", "Exports grew by 12 percent last quarter.", { review_due: TOMORROW }],
      ["final", "The deficit halved in three years.", { review_due: YESTERDAY }, "true"],
      ["fulfilled", "We will abolish prescription charges.", { kind: "promise", review_due: YESTERDAY }, "fulfilled"],
      ["undated", "Tourism brought in 40 billion euros last year.", {}],
    ];
    for (const [role, text, fields, status] of make) {
      const claim = await newClaim(text, fields);
      if (status) await rate(claim.id, status);
      claims.set(role, claim);
    }
  });

  it("announces each claim whose date has come and has no verdict, once, with the claim", async () => {
    const before = await reviewEvents();
    expect(before).toBe(0);
    await runCron(DAILY, RUN);
    const payloads = await settled(3);
    const expected = [due("yesterday"), due("today"), due("promise")];
    expect(payloads.map((p) => p.data.claim.id).sort()).toEqual(expected.map((c) => c.id).sort());
    for (const claim of expected) {
      const payload = payloads.find((p) => p.data.claim.id === claim.id);
      expect(payload).toEqual({
        type: "claim.review_due",
        timestamp: new Date(RUN).toISOString(),
        data: { claim: await current(claim.id) },
      });
    }
    expect(payloads.find((p) => p.data.claim.id === due("promise").id)?.data.claim.status.code).toBe("in_progress");
    expect(await reviewEvents()).toBe(3);
    const notices = await env.DB.prepare(
      "select claim_id, due_date from review_notices order by due_date, claim_id",
    ).all<{
      claim_id: string;
      due_date: string;
    }>();
    expect(notices.results.map((n) => [n.claim_id, n.due_date]).sort()).toEqual(
      [
        [due("yesterday").id, YESTERDAY],
        [due("today").id, TODAY],
        [due("promise").id, TODAY],
      ].sort(),
    );
  });

  it("announces nothing again the same day", async () => {
    await runCron(DAILY, RUN + 60 * 60_000);
    await runCron(DAILY, RUN + 12 * 60 * 60_000);
    await allFannedOut();
    expect(await reviewEvents()).toBe(3);
    await settled(3);
  });

  it("the next day announces only the claim that became due", async () => {
    await runCron(DAILY, RUN + DAY);
    const payloads = await settled(4);
    expect(payloads.at(-1)?.data.claim.id).toBe(due("tomorrow").id);
    expect(payloads.at(-1)?.timestamp).toBe(new Date(RUN + DAY).toISOString());
    expect(await reviewEvents()).toBe(4);
    await runCron(DAILY, RUN + DAY + 60_000);
    await allFannedOut();
    expect(await reviewEvents()).toBe(4);
  });

  it("announces a claim once more when its review date moves to another past date", async () => {
    const earlier = dateOf(RUN - 2 * DAY);
    const patched = await callJson<ClaimBody>(`/v1/claims/${due("yesterday").id}`, {
      method: "PATCH",
      token: editor,
      body: { review_due: earlier },
    });
    expect(patched.res.status).toBe(200);
    expect(patched.body.review_due).toBe(earlier);
    await runCron(DAILY, RUN + DAY + 2 * 60_000);
    const payloads = await settled(5);
    expect(payloads.at(-1)?.data.claim).toMatchObject({ id: due("yesterday").id, review_due: earlier, version: 2 });
    await runCron(DAILY, RUN + DAY + 3 * 60_000);
    await allFannedOut();
    expect(await reviewEvents()).toBe(5);
    await settled(5);
    const once = await scalar(
      "select count(*) as n from review_notices where claim_id = ? and due_date = ?",
      due("yesterday").id,
      earlier,
    );
    expect(once).toBe(1);
  });

  it("never announces a claim with a verdict, a future date or no date", async () => {
    const announced = (await received(name)).map((r) => (JSON.parse(r.body) as ReviewDuePayload).data.claim.id);
    for (const claim of [due("final"), due("fulfilled"), due("undated")]) expect(announced).not.toContain(claim.id);
    expect(new Set(announced).size).toBe(4);
  });
});

describe("the daily prune", () => {
  it("removes only expired Idempotency-Key records and expired or ended desk sessions", async () => {
    for (const key of ["rd-kept", "rd-expired"]) {
      const res = await call("/v1/articles", {
        token: editor,
        headers: { "Idempotency-Key": key },
        body: { url: `https://review-due.example/${key}` },
      });
      expect(res.status).toBe(201);
    }
    await env.DB.prepare("update idempotency_records set expires_at = ? where key = 'rd-expired'")
      .bind(new Date(RUN - 1000).toISOString())
      .run();
    const session = (hash: string, expiresAt: number, revokedAt: number | null) =>
      env.DB.prepare(
        "insert into desk_sessions (secret_hash, key_id, name, role, csrf_token, created_at, expires_at, revoked_at) values (?, null, 'Desk', 'admin', 'csrf', ?, ?, ?)",
      ).bind(
        hash,
        new Date(RUN - 2 * DAY).toISOString(),
        new Date(expiresAt).toISOString(),
        revokedAt === null ? null : new Date(revokedAt).toISOString(),
      );
    await env.DB.batch([
      session("rd-live", RUN + DAY, null),
      session("rd-expired", RUN - 1000, null),
      session("rd-ended", RUN + DAY, RUN - DAY),
    ]);

    await runCron(DAILY, RUN);

    const keys = await env.DB.prepare("select key from idempotency_records where key like 'rd-%' order by key").all<{
      key: string;
    }>();
    expect(keys.results.map((r) => r.key)).toEqual(["rd-kept"]);
    const sessions = await env.DB.prepare(
      "select secret_hash from desk_sessions where secret_hash like 'rd-%' order by secret_hash",
    ).all<{ secret_hash: string }>();
    expect(sessions.results.map((r) => r.secret_hash)).toEqual(["rd-live"]);
    const replay = await call("/v1/articles", {
      token: editor,
      headers: { "Idempotency-Key": "rd-kept" },
      body: { url: "https://review-due.example/rd-kept" },
    });
    expect(replay.headers.get("Idempotent-Replayed")).toBe("true");
  });
});

describe("GET /v1/claims?stale_days=", () => {
  const setStatusAge = (id: string, days: number) =>
    env.DB.prepare("update claims set status_updated_at = ? where id = ?")
      .bind(new Date(Date.now() - days * DAY).toISOString(), id)
      .run();

  async function staleIds(days: number | string): Promise<string[]> {
    const { res, body } = await callJson<ListBody<ClaimBody>>(`/v1/claims?stale_days=${days}&limit=100`);
    expect(res.status, JSON.stringify(body)).toBe(200);
    return body.data.map((c) => c.id);
  }

  it("lists open claims whose status has not changed for that many days, and nothing else", async () => {
    const stale = await newClaim("Inflation will be back at target by the spring.", { kind: "prediction" });
    const pending = await newClaim("We will build a new bridge over the estuary.", { kind: "promise" });
    await rate(pending.id, "stalled");
    const fresh = await newClaim("Bus fares will stay frozen all year.", { kind: "promise" });
    const final = await newClaim("Crime fell by a fifth last year.");
    await rate(final.id, "mostly_false");
    const reviewed = await newClaim("Half of all new cars sold are electric.");
    for (const claim of [stale, pending, final, reviewed]) await setStatusAge(claim.id, 40);
    await setStatusAge(fresh.id, 5);

    const thirty = await staleIds(30);
    expect(thirty).toEqual(expect.arrayContaining([stale.id, pending.id, reviewed.id]));
    expect(thirty).not.toContain(fresh.id);
    expect(thirty).not.toContain(final.id);
    expect(await staleIds(45)).not.toContain(stale.id);
    expect(await staleIds(3)).toContain(fresh.id);

    // A status update is a change: the claim is no longer stale.
    await rate(reviewed.id, "under_review");
    expect(await staleIds(30)).not.toContain(reviewed.id);
    const listed = await callJson<ListBody<ClaimBody>>("/v1/claims?stale_days=30&limit=100");
    for (const claim of listed.body.data) expect(claim.status.final, claim.id).toBe(false);
  });

  it.each(["0", "-3", "abc", "1.5", "3651", ""])("refuses stale_days=%s with 400 naming stale_days", async (days) => {
    const problem = await expectProblem(await call(`/v1/claims?stale_days=${days}`), 400, "validation_failed");
    expect(problem.errors?.map((e) => e.path)).toEqual(["stale_days"]);
  });
});
