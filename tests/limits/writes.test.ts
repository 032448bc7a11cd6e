import { describe, expect, it } from "vitest";
import { ADMIN_TOKEN, call, callJson, type ListBody } from "../helpers";
import {
  awayFromMinuteEdge,
  callFrom,
  expectRateLimited,
  freshIpv4,
  freshWindow,
  statusesOf,
  storedKey,
} from "./support";

/** A write refused at once (no claim has this id): still a write, and counted. */
const refusedWrite = (token: string, ip = freshIpv4()) =>
  callFrom(ip, "/v1/claims/not-a-claim", { method: "PATCH", token, body: { summary: "x" } });

const article = (n: string) => ({ url: `https://limits.example/${n}-${crypto.randomUUID()}`, title: `Story ${n}` });

describe("writes: 120 a minute per API key", () => {
  it("answers a key's 121st write with a 429 problem and Retry-After, whatever addresses it comes from, and stores nothing", async () => {
    await awayFromMinuteEdge();
    const editor = await storedKey("editor");
    expect(new Set(await statusesOf(119, () => refusedWrite(editor.key)))).toEqual(new Set([404]));
    const last = await call("/v1/articles", { token: editor.key, body: article("120th") });
    expect(last.status).toBe(201);

    const over = article("121st");
    await expectRateLimited(await call("/v1/articles", { token: editor.key, body: over }));
    await expectRateLimited(await refusedWrite(editor.key));
    const { body } = await callJson<ListBody<unknown>>(`/v1/articles?url=${encodeURIComponent(over.url)}`);
    expect(body.data).toEqual([]);
  });

  it("counts each key on its own: another key still writes", async () => {
    await awayFromMinuteEdge();
    const busy = await storedKey("editor", "busy");
    const other = await storedKey("editor", "other");
    await statusesOf(120, () => refusedWrite(busy.key));
    await expectRateLimited(await call("/v1/articles", { token: busy.key, body: article("busy") }));
    expect((await call("/v1/articles", { token: other.key, body: article("other") })).status).toBe(201);
  });

  it("leaves a limited key's reads alone: only POST, PATCH and DELETE count", async () => {
    await awayFromMinuteEdge();
    const admin = await storedKey("admin");
    await statusesOf(120, () => refusedWrite(admin.key));
    await expectRateLimited(await call("/v1/keys", { token: admin.key, body: { role: "editor", name: "late" } }));
    expect((await call("/v1/keys", { token: admin.key })).status).toBe(200);
    expect((await call("/v1/webhooks", { token: admin.key })).status).toBe(200);
    expect(
      (await call("/v1/claims?q=ceasefire", { token: admin.key, headers: { "CF-Connecting-IP": freshIpv4() } })).status,
    ).toBe(200);
  });

  it("counts ADMIN_TOKEN as one key of its own, apart from stored admin keys", async () => {
    await freshWindow();
    const stored = await storedKey("admin");
    const deletes = await statusesOf(120, () =>
      call("/v1/keys/key_00000000000000000000000000", { method: "DELETE", token: ADMIN_TOKEN }),
    );
    expect(new Set(deletes)).toEqual(new Set([404]));
    await expectRateLimited(await call("/v1/keys", { token: ADMIN_TOKEN, body: { role: "editor", name: "too many" } }));
    expect((await call("/v1/keys", { token: stored.key, body: { role: "editor", name: "fine" } })).status).toBe(201);
  });
});
