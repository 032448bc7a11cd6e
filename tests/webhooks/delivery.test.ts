import { beforeAll, describe, expect, it, vi } from "vitest";
import {
  ADMIN_TOKEN,
  type ClaimBody,
  call,
  callJson,
  createClaim,
  createKey,
  type DeliveryBody,
  expectProblem,
  type ListBody,
  type StatusUpdateBody,
} from "../helpers";
import {
  allFannedOut,
  deliveriesOf,
  hookName,
  received,
  receivedAtLeast,
  script,
  subscribe,
  verified,
  waitFor,
} from "./hooks";

vi.setConfig({ testTimeout: 20_000 });

let editor: string;

beforeAll(async () => {
  editor = (await createKey("editor")).key;
});

interface Payload {
  type: string;
  timestamp: string;
  data: { claim?: ClaimBody; update?: StatusUpdateBody; previous_status?: string | null };
}

const payloads = async (name: string) => (await received(name)).map((r) => JSON.parse(r.body) as Payload);

describe("delivering events", () => {
  it("signs claim.created as Standard Webhooks v1, which the standardwebhooks package verifies", async () => {
    const name = hookName("signed");
    const webhook = await subscribe(name);
    const claim = await createClaim(editor);
    const [request] = await receivedAtLeast(name, 1);
    if (!request || !webhook.secret) throw new Error("nothing received");
    expect(request.headers["content-type"]).toBe("application/json");
    expect(request.headers["webhook-id"]).toMatch(/^dlv_[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(Number(request.headers["webhook-timestamp"])).toBeCloseTo(Date.now() / 1000, -2);
    expect(request.headers["webhook-signature"]).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    expect(verified(webhook.secret, request)).toEqual({
      type: "claim.created",
      timestamp: claim.created_at,
      data: { claim },
    });
    expect(() => verified(webhook.secret ?? "", { ...request, body: request.body.replace("90", "91") })).toThrow();
    expect(() => verified("whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", request)).toThrow();
    const [delivery] = await deliveriesOf(webhook.id);
    expect(delivery).toMatchObject({
      id: request.headers["webhook-id"],
      event_type: "claim.created",
      claim_id: claim.id,
      outcome: "succeeded",
      attempts: [{ number: 1, response_status: 204, error: null, next_attempt_at: null }],
    });
  });

  it("sends claim.status_changed with the claim, the update and the previous status", async () => {
    const name = hookName("status");
    await subscribe(name, { events: ["claim.status_changed"] });
    const claim = await createClaim(editor);
    const { body: update } = await callJson<StatusUpdateBody>(`/v1/claims/${claim.id}/updates`, {
      token: editor,
      body: { status: "under_review", note: "Checking the texts." },
    });
    const [payload] = await waitFor("the status change", async () => {
      const got = await payloads(name);
      return got.length > 0 ? got : undefined;
    });
    expect(payload).toMatchObject({
      type: "claim.status_changed",
      timestamp: update.created_at,
      data: {
        claim: { id: claim.id, version: 2, status: { code: "under_review", label: "Under review" } },
        update,
        previous_status: "unverified",
      },
    });
  });

  it("sends claim.updated with the claim after a PATCH", async () => {
    const name = hookName("patched");
    await subscribe(name, { events: ["claim.updated"] });
    const claim = await createClaim(editor);
    const { body: patched } = await callJson<ClaimBody>(`/v1/claims/${claim.id}`, {
      method: "PATCH",
      token: editor,
      body: { summary: "Changed summary", topics: ["changed"] },
    });
    await receivedAtLeast(name, 1);
    expect(await payloads(name)).toEqual([
      { type: "claim.updated", timestamp: patched.updated_at, data: { claim: patched } },
    ]);
  });

  it("sends only the event types and the claims, speakers and topics a subscription asks for", async () => {
    const byType = hookName("by-type");
    const byTopic = hookName("by-topic");
    const bySpeaker = hookName("by-speaker");
    const everything = hookName("everything");
    await subscribe(byType, { events: ["claim.status_changed"] });
    await subscribe(byTopic, { filter: { topics: ["elections"] } });
    const speakerClaim = await createClaim(editor, { speaker: { name: "Filtered Speaker" }, article: undefined });
    // Its claim.created must not reach the subscriptions made below.
    await allFannedOut();
    await subscribe(bySpeaker, { filter: { speaker_ids: [speakerClaim.speaker.id] } });
    await subscribe(everything);

    const election = await createClaim(editor, { topics: ["elections"], article: undefined });
    const other = await createClaim(editor, { topics: ["weather"], article: undefined });
    const bySpeakerClaim = await createClaim(editor, { speaker: { name: "Filtered Speaker" }, article: undefined });
    await callJson(`/v1/claims/${other.id}/updates`, { token: editor, body: { status: "true" } });

    const all = await receivedAtLeast(everything, 4);
    const claimsOf = async (name: string) => (await payloads(name)).map((p) => `${p.type} ${p.data.claim?.id}`);
    expect(await claimsOf(everything)).toEqual(
      expect.arrayContaining([
        `claim.created ${election.id}`,
        `claim.created ${other.id}`,
        `claim.created ${bySpeakerClaim.id}`,
        `claim.status_changed ${other.id}`,
      ]),
    );
    expect(all).toHaveLength(4);
    expect(await claimsOf(byType)).toEqual([`claim.status_changed ${other.id}`]);
    expect(await claimsOf(byTopic)).toEqual([`claim.created ${election.id}`]);
    expect(await claimsOf(bySpeaker)).toEqual([`claim.created ${bySpeakerClaim.id}`]);
  });

  it("sends webhook.test on request, to that subscription only", async () => {
    const name = hookName("test-event");
    const bystander = hookName("bystander");
    const webhook = await subscribe(name);
    await subscribe(bystander);
    const res = await callJson<DeliveryBody>(`/v1/webhooks/${webhook.id}/test`, { method: "POST", token: ADMIN_TOKEN });
    expect(res.res.status).toBe(202);
    expect(res.body).toMatchObject({ event_type: "webhook.test", claim_id: null, outcome: "pending" });
    const [request] = await receivedAtLeast(name, 1);
    if (!request || !webhook.secret) throw new Error("nothing received");
    expect(request.headers["webhook-id"]).toBe(res.body.id);
    expect(verified(webhook.secret, request)).toMatchObject({
      type: "webhook.test",
      data: { webhook: { id: webhook.id, url: webhook.url } },
    });
    expect(await received(bystander)).toEqual([]);
  });

  it("redelivers by hand under the same webhook-id", async () => {
    const name = hookName("redeliver");
    const webhook = await subscribe(name);
    await createClaim(editor, { article: undefined });
    const [first] = await receivedAtLeast(name, 1);
    const [delivery] = await deliveriesOf(webhook.id);
    if (!delivery || !first) throw new Error("no delivery");
    const retry = await call(`/v1/webhooks/${webhook.id}/deliveries/${delivery.id}/retry`, {
      method: "POST",
      token: ADMIN_TOKEN,
    });
    expect(retry.status).toBe(202);
    const [, again] = await receivedAtLeast(name, 2);
    expect(again?.headers["webhook-id"]).toBe(first.headers["webhook-id"]);
    expect(again?.body).toBe(first.body);
    const log = await waitFor("two attempts in the log", async () => {
      const [d] = await deliveriesOf(webhook.id);
      return d?.attempts.length === 2 ? d : undefined;
    });
    expect(log).toMatchObject({ outcome: "succeeded", attempts: [{ number: 1 }, { number: 2, response_status: 204 }] });
  });

  it("lists the delivery log newest first, filtered by outcome, page by page", async () => {
    const name = hookName("log");
    await script(name, [{ status: 500 }]);
    const webhook = await subscribe(name);
    for (let i = 0; i < 3; i++) await createClaim(editor, { article: undefined });
    await waitFor("three first attempts", async () => {
      const log = await deliveriesOf(webhook.id);
      return log.length === 3 && log.every((d) => d.attempts.length === 1) ? log : undefined;
    });
    const all = await deliveriesOf(webhook.id);
    expect(all.map((d) => d.id)).toEqual([...all.map((d) => d.id)].sort().reverse());
    expect((await deliveriesOf(webhook.id, "&outcome=pending")).map((d) => d.outcome)).toEqual(["pending"]);
    expect(await deliveriesOf(webhook.id, "&outcome=succeeded")).toHaveLength(2);
    expect(await deliveriesOf(webhook.id, "&outcome=failed")).toEqual([]);
    const first = await callJson<ListBody<DeliveryBody>>(`/v1/webhooks/${webhook.id}/deliveries?limit=2`, {
      token: ADMIN_TOKEN,
    });
    const second = await callJson<ListBody<DeliveryBody>>(
      `/v1/webhooks/${webhook.id}/deliveries?limit=2&cursor=${first.body.next_cursor}`,
      { token: ADMIN_TOKEN },
    );
    expect([...first.body.data, ...second.body.data].map((d) => d.id)).toEqual(all.map((d) => d.id));
    expect(second.body.next_cursor).toBeNull();
    const one = await callJson<DeliveryBody>(`/v1/webhooks/${webhook.id}/deliveries/${all[0]?.id}`, {
      token: ADMIN_TOKEN,
    });
    expect(one.body).toEqual(all[0]);
    const bad = await call(`/v1/webhooks/${webhook.id}/deliveries?outcome=lost`, { token: ADMIN_TOKEN });
    expect((await expectProblem(bad, 400, "validation_failed")).errors?.[0]?.path).toBe("outcome");
  });
});
