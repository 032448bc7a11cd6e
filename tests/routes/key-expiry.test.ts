import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import worker from "../../src/index";
import { page, postSignIn, signIn } from "../desk/desk";
import {
  ADMIN_TOKEN,
  type ApiKeyBody,
  type CreatedKeyBody,
  call,
  callJson,
  expectProblem,
  type ListBody,
  ORIGIN,
} from "../helpers";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function listed(id: string): Promise<ApiKeyBody | undefined> {
  const { body } = await callJson<ListBody<ApiKeyBody>>("/v1/keys?limit=100", { token: ADMIN_TOKEN });
  return body.data.find((key) => key.id === id);
}

/** One request with the key, waiting for the work it left for after the response (`waitUntil`). */
async function useKey(key: string): Promise<Response> {
  const ctx = createExecutionContext();
  const res = await worker.fetch(
    new Request(`${ORIGIN}/v1/keys?limit=1`, { headers: { Authorization: `Bearer ${key}` } }),
    env,
    ctx,
  );
  await waitOnExecutionContext(ctx);
  return res;
}

function createKey(body: Record<string, unknown>) {
  return callJson<CreatedKeyBody>("/v1/keys", { token: ADMIN_TOKEN, body: { role: "admin", name: "x", ...body } });
}

describe("POST /v1/keys with expires_at", () => {
  it("answers and lists the expiry it was given, in UTC", async () => {
    const { res, body } = await createKey({ name: "Contractor", expires_at: "2099-06-30T18:00:00+02:00" });
    expect(res.status).toBe(201);
    expect(body).toMatchObject({ name: "Contractor", expires_at: "2099-06-30T16:00:00.000Z", key: expect.any(String) });
    expect(await listed(body.id)).toMatchObject({ expires_at: "2099-06-30T16:00:00.000Z", revoked_at: null });
    expect((await useKey(body.key ?? "")).status).toBe(200);
  });

  it.each([
    ["a past instant", "2020-01-01T00:00:00Z", "must be in the future"],
    ["not a timestamp", "tomorrow", undefined],
    ["a timestamp without an offset", "2099-01-01T00:00:00", undefined],
    ["a date alone", "2099-01-01", undefined],
    ["a number", 4102444800, undefined],
  ])("answers 400 for %s, naming expires_at, and creates nothing", async (_, expiresAt, message) => {
    const before = (await callJson<ListBody<ApiKeyBody>>("/v1/keys?limit=100", { token: ADMIN_TOKEN })).body.data;
    const res = await call("/v1/keys", {
      token: ADMIN_TOKEN,
      body: { role: "editor", name: "Too late", expires_at: expiresAt },
    });
    const problem = await expectProblem(res, 400, "validation_failed");
    expect(problem.errors?.map((e) => e.path)).toEqual(["expires_at"]);
    if (message) expect(problem.errors?.[0]?.message).toBe(message);
    const after = (await callJson<ListBody<ApiKeyBody>>("/v1/keys?limit=100", { token: ADMIN_TOKEN })).body.data;
    expect(after).toEqual(before);
  });
});

describe("an expired key", () => {
  it("works until expires_at, then is 401 for the API and the desk, and its desk session ends", async () => {
    const expiresAt = new Date(Date.now() + 1500).toISOString();
    const { body } = await createKey({ role: "editor", name: "Short-lived", expires_at: expiresAt });
    const key = body.key ?? "";
    const cookie = await signIn(key);
    expect((await call("/v1/extract", { token: key, body: { text: "x" } })).status).toBe(200);
    expect((await page("/desk", cookie)).res.status).toBe(200);

    await sleep(Date.parse(expiresAt) - Date.now() + 100);

    const refused = await call("/v1/extract", { token: key, body: { text: "x" } });
    expect(refused.headers.get("WWW-Authenticate")).toBe('Bearer realm="claimtrail"');
    const problem = await expectProblem(refused, 401, "unauthenticated");
    expect(problem.detail).toBe(`The API key expired at ${expiresAt}.`);
    const signInAgain = await postSignIn({ key, next: "/desk" });
    expect(signInAgain.status).toBe(401);
    expect(signInAgain.headers.get("Set-Cookie")).toBeNull();
    const desk = (await page("/desk", cookie)).res;
    expect(desk.status).toBe(303);
    expect(desk.headers.get("Location")).toBe("/desk/sign-in?next=%2Fdesk");
    expect(await listed(body.id)).toMatchObject({ expires_at: expiresAt, revoked_at: null });
  });

  it("does not tell a wrong secret that the key expired", async () => {
    const expiresAt = new Date(Date.now() + 1000).toISOString();
    const { body } = await createKey({ name: "Expiring, forged", expires_at: expiresAt });
    await sleep(Date.parse(expiresAt) - Date.now() + 100);
    const key = body.key ?? "";
    const forged = `${key.slice(0, -1)}${key.endsWith("A") ? "B" : "A"}`;
    const problem = await expectProblem(await call("/v1/keys", { token: forged }), 401, "unauthenticated");
    expect(problem.detail).toBe("The API key is unknown or has been revoked.");
  });
});

describe("last_used_at", () => {
  it("is null until the key is used, then the time of that use", async () => {
    const { body } = await createKey({ name: "Used once" });
    expect((await listed(body.id))?.last_used_at).toBeNull();
    const before = new Date().toISOString();
    expect((await useKey(body.key ?? "")).status).toBe(200);
    const after = new Date().toISOString();
    const stamp = (await listed(body.id))?.last_used_at ?? "";
    expect(stamp >= before && stamp <= after, `${before} <= ${stamp} <= ${after}`).toBe(true);
  });

  it("is not rewritten by every request: later uses within 5 minutes leave it as it was", async () => {
    const { body } = await createKey({ name: "Used often" });
    await useKey(body.key ?? "");
    const first = (await listed(body.id))?.last_used_at;
    expect(first).toEqual(expect.any(String));
    await sleep(5);
    for (let i = 0; i < 3; i++) expect((await useKey(body.key ?? "")).status).toBe(200);
    expect((await listed(body.id))?.last_used_at).toBe(first);
  });

  it("is not set by a request that failed to authenticate", async () => {
    const { body } = await createKey({ name: "Never really used" });
    const key = body.key ?? "";
    expect((await useKey(`${key.slice(0, -1)}${key.endsWith("A") ? "B" : "A"}`)).status).toBe(401);
    expect((await listed(body.id))?.last_used_at).toBeNull();
  });

  it("is set by a desk sign-in", async () => {
    const { body } = await createKey({ role: "editor", name: "Desk only" });
    await signIn(body.key ?? "");
    // The sign-in's stamp is written after its response: give it a moment.
    for (let i = 0; i < 40 && !(await listed(body.id))?.last_used_at; i++) await sleep(25);
    expect((await listed(body.id))?.last_used_at).toEqual(expect.any(String));
  });
});
