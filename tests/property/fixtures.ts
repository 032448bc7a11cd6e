import fc from "fast-check";
import { ADMIN_TOKEN, type CreatedWebhookBody, callJson, createClaim, createKey, type DeliveryBody } from "../helpers";
import { type Hints, topic, visibleText } from "./arbitraries";
import { type IdPools, idArb, type Operation, send, unknownId } from "./operations";

/** Receivers on a closed loopback port: deliveries fail at once and nothing leaves the machine. */
export const LOOPBACK_RECEIVER = "http://127.0.0.1:9";

/**
 * Subscriptions only ever filter on claims that do not exist: test events still go out (to the
 * closed port), but the thousands of generated writes fan out to no one.
 */
const NO_CLAIM = { claim_ids: ["clm_00000000000000000000000000"] };
const noClaimFilter = fc.record(
  {
    claim_ids: fc.array(unknownId("clm"), { minLength: 1, maxLength: 3 }),
    speaker_ids: fc.array(unknownId("spk"), { minLength: 1, maxLength: 3 }),
    topics: fc.array(topic, { minLength: 1, maxLength: 3 }),
  },
  { requiredKeys: ["claim_ids"] },
);

export interface Fixtures {
  pools: IdPools;
  statusCodes: string[];
}

async function created<T>(path: string, body: unknown): Promise<T> {
  const { res, body: answer } = await callJson<T>(path, { token: ADMIN_TOKEN, body });
  if (res.status !== 201) throw new Error(`seeding ${path} failed: ${res.status} ${JSON.stringify(answer)}`);
  return answer;
}

/** Rows for generated ids to point at: claims of both scales, articles, speakers, keys, webhooks, deliveries. */
export async function seedFixtures(): Promise<Fixtures> {
  const statistic = await createClaim(ADMIN_TOKEN);
  const promise = await createClaim(ADMIN_TOKEN, {
    text: "We will build 300,000 homes a year by the end of this parliament.",
    kind: "promise",
    speaker: { name: "Jane Roe", title: "Housing minister" },
    article: { url: "https://news.example/politics/homes-pledge" },
    quantity: { value: 300000, unit: "homes", qualifier: "exactly" },
  });
  const claims = [statistic, promise];
  const webhooks = [];
  for (const path of ["one", "two", "three"]) {
    webhooks.push(
      await created<CreatedWebhookBody>("/v1/webhooks", { url: `${LOOPBACK_RECEIVER}/${path}`, filter: NO_CLAIM }),
    );
  }
  const deliveries: string[] = [];
  for (const webhook of webhooks) {
    const { body } = await callJson<DeliveryBody>(`/v1/webhooks/${webhook.id}/test`, {
      method: "POST",
      token: ADMIN_TOKEN,
    });
    deliveries.push(body.id);
  }
  const keys = [];
  for (const name of ["spare one", "spare two", "spare three"]) keys.push((await createKey("editor", name)).id);
  const { body: statuses } = await callJson<{ data: { statuses: { code: string }[] }[] }>("/v1/statuses");
  return {
    pools: {
      claims: claims.map((claim) => claim.id),
      articles: claims.flatMap((claim) => claim.appearances.map((appearance) => appearance.article.id)),
      speakers: claims.map((claim) => claim.speaker.id),
      keys,
      webhooks: webhooks.map((webhook) => webhook.id),
      updates: await updateIds(claims),
      deliveries,
    },
    statusCodes: [...new Set(statuses.data.flatMap((scale) => scale.statuses.map((status) => status.code)))],
  };
}

/**
 * Switches the seeded subscriptions back on before each operation's cases. Generated PATCHes switch
 * them off at random, and after enough cases an operation that needs an active one (test, retry)
 * would meet nothing but 409s. A deleted one (the DELETE cases run last) stays deleted.
 */
export async function reactivateWebhooks(fixtures: Fixtures): Promise<void> {
  for (const id of fixtures.pools.webhooks) {
    const answer = await send({
      method: "PATCH",
      url: `/v1/webhooks/${id}`,
      headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, "Content-Type": "application/json" },
      body: JSON.stringify({ active: true }),
    });
    if (answer.status !== 200 && answer.status !== 404) {
      throw new Error(`switching ${id} back on failed: ${answer.status} ${answer.text}`);
    }
  }
}

async function updateIds(claims: { id: string }[]): Promise<string[]> {
  const ids: string[] = [];
  for (const claim of claims) {
    const { body } = await callJson<{ data: { id: string }[] }>(`/v1/claims/${claim.id}/updates`);
    ids.push(...body.data.map((update) => update.id));
  }
  return ids;
}

const articleUrl = fc
  .tuple(
    fc.constantFrom("news.example", "www.wire.example", "example.org"),
    fc.array(fc.stringMatching(/^[a-z0-9-]{1,12}$/), { minLength: 1, maxLength: 3 }),
  )
  .map(([host, segments]) => `https://${host}/${segments.join("/")}`);

const loopbackUrl = fc.stringMatching(/^[a-z0-9-]{1,12}$/).map((path) => `${LOOPBACK_RECEIVER}/${path}`);

const isoInstant = fc
  .date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2035-12-31T23:59:59Z"), noInvalidDate: true })
  .map((date) => date.toISOString());

/**
 * What a valid value is beyond the schema, for one operation. Webhook receivers are always on the
 * closed loopback port: no generated request may make the Worker reach any other host.
 */
export function hintsFor(op: Operation, fixtures: Fixtures): Hints {
  const { pools } = fixtures;
  const finite = fc.integer({ min: -1_000_000, max: 1_000_000 });
  const optionalText = (max: number) => fc.option(visibleText(max), { nil: undefined });
  const strip = <T extends Record<string, unknown>>(value: T) =>
    Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
  return {
    url: op.template.startsWith("/v1/webhooks") ? loopbackUrl : articleUrl,
    names: {
      status: fc.constantFrom(...fixtures.statusCodes),
      kind: fc.constantFrom("statement", "statistic", "prediction", "promise"),
      speaker_id: idArb(pools, "/v1/speakers/{id}", "id"),
      filter: noClaimFilter,
      // A key's expiry must lie ahead (a past one is a 400 the schema cannot express).
      expires_at: fc
        .integer({ min: 60_000, max: 10 * 365 * 86_400_000 })
        .map((ahead) => new Date(Date.now() + ahead).toISOString()),
    },
    components: {
      SpeakerInput: fc.oneof(
        fc.record({ name: visibleText(200), title: optionalText(200) }).map(strip),
        fc.record({ id: fc.constantFrom(...pools.speakers) }),
      ),
      ArticleInput: fc.oneof(
        fc
          .record({
            url: articleUrl,
            title: optionalText(500),
            publisher: optionalText(200),
            published_at: fc.option(isoInstant, { nil: undefined }),
          })
          .map(strip),
        fc.record({ id: fc.constantFrom(...pools.articles) }),
      ),
      Quantity: fc.oneof(
        fc.record({
          value: finite,
          unit: visibleText(32),
          qualifier: fc.constantFrom("exactly", "more_than", "less_than", "about"),
        }),
        fc.tuple(finite, finite, visibleText(32)).map(([a, b, unit]) => ({
          value: (Math.min(a, b) + Math.max(a, b)) / 2,
          unit,
          qualifier: "between",
          low: Math.min(a, b),
          high: Math.max(a, b),
        })),
      ),
    },
  };
}
