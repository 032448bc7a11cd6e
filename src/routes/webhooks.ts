import { createRoute, OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../app-env";
import { insertAuditEvent } from "../db/audit";
import { findDelivery, insertDeliveries, listDeliveries, redeliver } from "../db/deliveries";
import { insertEvent } from "../db/events";
import { deleteWebhook, findWebhook, insertWebhook, listWebhooks, updateWebhook } from "../db/webhooks";
import { auditEvent } from "../domain/audit";
import { cursorAfter, page } from "../domain/cursor";
import { ApiError } from "../domain/errors";
import { newId } from "../domain/ids";
import { newWebhookRow, patchedWebhook, rotatedSecret, testEvent } from "../domain/subscriptions";
import { baseUrl } from "../http/base-url";
import { toDeliveryResource, toWebhookResource } from "../resources/webhook";
import { IdParam, jsonBody, jsonResponse, ListQuery, listOf, pathId, pick } from "../schemas/common";
import {
  CreatedWebhook,
  CreateWebhookBody,
  Delivery,
  ListDeliveriesQuery,
  PatchWebhookBody,
  RotatedSecret,
  Webhook,
} from "../schemas/webhooks";
import { enqueue } from "../webhooks/queue";
import { create } from "../writes/create";
import { asAdmin, createsAsAdmin } from "./security";

const DeliveryParams = IdParam.extend({ delivery_id: pathId("delivery_id") });
const NO_STORE = { "Cache-Control": "no-store" };
const allowPrivate = (env: Env) => env.ALLOW_PRIVATE_WEBHOOKS === "true";
const notFound = (id: string) => new ApiError("webhook_not_found", `No webhook subscription has id ${id}.`);

const createWebhook = createRoute({
  method: "post",
  path: "/",
  operationId: "createWebhook",
  tags: ["Webhooks"],
  summary: "Subscribe an endpoint",
  description:
    "Answers the `whsec_` signing secret once. The URL must be https on a public host name (422 `url_not_allowed` with the reason otherwise). Accepts `Idempotency-Key`. Recorded in the audit trail as `webhook.created`.",
  ...createsAsAdmin,
  request: { body: jsonBody(CreateWebhookBody, "Where to send, and which events") },
  responses: { 201: jsonResponse(CreatedWebhook, "Subscribed"), ...pick(400, 401, 403, 413, 415, 422, 429) },
});

const listWebhooksRoute = createRoute({
  method: "get",
  path: "/",
  operationId: "listWebhooks",
  tags: ["Webhooks"],
  summary: "List webhook subscriptions",
  description: "Every subscription, newest first; secrets are never shown again after creation.",
  ...asAdmin,
  request: { query: ListQuery },
  responses: { 200: jsonResponse(listOf(Webhook, "WebhookList"), "Newest first"), ...pick(400, 401, 403, 429) },
});

const getWebhook = createRoute({
  method: "get",
  path: "/{id}",
  operationId: "getWebhook",
  tags: ["Webhooks"],
  summary: "Get a webhook subscription",
  description:
    "The subscription: URL, events, filter, and whether it is active (with why the service turned it off, if it did).",
  ...asAdmin,
  request: { params: IdParam },
  responses: { 200: jsonResponse(Webhook, "The subscription"), ...pick(401, 403, 404, 429) },
});

const patchWebhook = createRoute({
  method: "patch",
  path: "/{id}",
  operationId: "updateWebhook",
  tags: ["Webhooks"],
  summary: "Change a webhook subscription",
  description:
    "`url`, `events`, `filter`, `active` (setting `active: true` also re-enables one the service disabled). Recorded in the audit trail as `webhook.updated`, with the fields sent.",
  ...asAdmin,
  request: { params: IdParam, body: jsonBody(PatchWebhookBody, "Fields to change") },
  responses: {
    200: jsonResponse(Webhook, "The subscription after the change"),
    ...pick(400, 401, 403, 404, 413, 415, 422, 429),
  },
});

const deleteWebhookRoute = createRoute({
  method: "delete",
  path: "/{id}",
  operationId: "deleteWebhook",
  tags: ["Webhooks"],
  summary: "Delete a webhook subscription and its delivery log",
  description:
    "Stops deliveries at once and removes the subscription with its delivery log. Recorded in the audit trail as `webhook.deleted`.",
  ...asAdmin,
  request: { params: IdParam },
  responses: { 204: { description: "Deleted" }, ...pick(401, 403, 404, 429) },
});

const rotateSecret = createRoute({
  method: "post",
  path: "/{id}/rotate-secret",
  operationId: "rotateWebhookSecret",
  tags: ["Webhooks"],
  summary: "Rotate the signing secret",
  description:
    "Answers the new secret once. For 24 hours every delivery is signed with both, so receivers can switch over. Recorded in the audit trail as `webhook.secret_rotated` (without either secret).",
  ...asAdmin,
  request: { params: IdParam },
  responses: { 200: jsonResponse(RotatedSecret, "The new secret"), ...pick(401, 403, 404, 429) },
});

const sendTest = createRoute({
  method: "post",
  path: "/{id}/test",
  operationId: "sendTestEvent",
  tags: ["Webhooks"],
  summary: "Send a webhook.test event",
  description:
    "Queues a signed `webhook.test` event to the subscription, outside its filter, to check the endpoint and its signature verification. 409 when the subscription is inactive.",
  ...asAdmin,
  request: { params: IdParam },
  responses: { 202: jsonResponse(Delivery, "Queued; follow it in the delivery log"), ...pick(401, 403, 404, 409, 429) },
});

const listDeliveriesRoute = createRoute({
  method: "get",
  path: "/{id}/deliveries",
  operationId: "listDeliveries",
  tags: ["Webhooks"],
  summary: "The delivery log",
  description: "Newest first, every attempt of each delivery included; filter with `outcome`.",
  ...asAdmin,
  request: { params: IdParam, query: ListDeliveriesQuery },
  responses: {
    200: jsonResponse(listOf(Delivery, "DeliveryList"), "A page of deliveries"),
    ...pick(400, 401, 403, 404, 429),
  },
});

const getDelivery = createRoute({
  method: "get",
  path: "/{id}/deliveries/{delivery_id}",
  operationId: "getDelivery",
  tags: ["Webhooks"],
  summary: "One delivery with its attempts",
  description:
    "One delivery: the event it carries (id and type), its outcome, when the next attempt is due, and every attempt with the endpoint's status code, duration, error and the start of its answer.",
  ...asAdmin,
  request: { params: DeliveryParams },
  responses: { 200: jsonResponse(Delivery, "The delivery"), ...pick(401, 403, 404, 429) },
});

const retryDelivery = createRoute({
  method: "post",
  path: "/{id}/deliveries/{delivery_id}/retry",
  operationId: "retryDelivery",
  tags: ["Webhooks"],
  summary: "Redeliver now",
  description: "Sends the same event again under the same `webhook-id`, with a fresh 3-day retry window.",
  ...asAdmin,
  request: { params: DeliveryParams },
  responses: { 202: jsonResponse(Delivery, "Queued"), ...pick(401, 403, 404, 409, 429) },
});

async function activeWebhook(db: AppEnv["Variables"]["db"], id: string) {
  const webhook = await findWebhook(db, id);
  if (!webhook) throw notFound(id);
  if (!webhook.active) {
    throw new ApiError("webhook_inactive", `Webhook ${id} is switched off; PATCH it with active: true first.`);
  }
  return webhook;
}

export const webhookRoutes = new OpenAPIHono<AppEnv>()
  .openapi(createWebhook, async (c) => {
    const input = c.req.valid("json");
    const { reply } = await create(c.var.db, c.var.idempotency, async () => {
      const now = new Date().toISOString();
      const row = newWebhookRow(input, allowPrivate(c.env), now);
      const shown = toWebhookResource(row, baseUrl(c), now);
      const { url, events, filter, active } = shown;
      const audited = auditEvent("webhook.created", c.var.principal, row.id, { url, events, filter, active }, now);
      return {
        statements: [insertWebhook(c.var.db, row), insertAuditEvent(c.var.db, audited)],
        reply: {
          status: 201,
          body: { ...shown, secret: row.secret },
          headers: { Location: shown.links.self, ...NO_STORE },
        },
        replayBody: { ...shown, secret: null },
      };
    });
    return c.json(reply.body, 201, reply.headers);
  })
  .openapi(listWebhooksRoute, async (c) => {
    const { limit, cursor } = c.req.valid("query");
    const rows = await listWebhooks(c.var.db, limit, cursorAfter(cursor));
    const now = new Date().toISOString();
    const result = page(rows, limit, (last) => ({ after: last.id }));
    return c.json({ ...result, data: result.data.map((row) => toWebhookResource(row, baseUrl(c), now)) }, 200);
  })
  .openapi(getWebhook, async (c) => {
    const { id } = c.req.valid("param");
    const webhook = await findWebhook(c.var.db, id);
    if (!webhook) throw notFound(id);
    return c.json(toWebhookResource(webhook, baseUrl(c), new Date().toISOString()), 200);
  })
  .openapi(patchWebhook, async (c) => {
    const { id } = c.req.valid("param");
    const patch = c.req.valid("json");
    const now = new Date().toISOString();
    const changes = patchedWebhook(patch, allowPrivate(c.env), now);
    const audited = auditEvent("webhook.updated", c.var.principal, id, patch, now);
    const updated = await updateWebhook(c.var.db, id, changes, audited);
    if (!updated) throw notFound(id);
    return c.json(toWebhookResource(updated, baseUrl(c), now), 200);
  })
  .openapi(deleteWebhookRoute, async (c) => {
    const { id } = c.req.valid("param");
    const webhook = await findWebhook(c.var.db, id);
    if (!webhook) throw notFound(id);
    const audited = auditEvent("webhook.deleted", c.var.principal, id, { url: webhook.url }, new Date().toISOString());
    if (!(await deleteWebhook(c.var.db, id, audited))) throw notFound(id);
    return c.body(null, 204);
  })
  .openapi(rotateSecret, async (c) => {
    const { id } = c.req.valid("param");
    const webhook = await findWebhook(c.var.db, id);
    if (!webhook) throw notFound(id);
    const now = new Date().toISOString();
    const changes = rotatedSecret(webhook, now);
    const body = { secret: changes.secret ?? "", previous_secret_expires_at: changes.previousSecretExpiresAt ?? now };
    const audited = auditEvent(
      "webhook.secret_rotated",
      c.var.principal,
      id,
      {
        previous_secret_expires_at: body.previous_secret_expires_at,
      },
      now,
    );
    if (!(await updateWebhook(c.var.db, id, changes, audited))) throw notFound(id);
    return c.json(body, 200, NO_STORE);
  })
  .openapi(sendTest, async (c) => {
    const { id } = c.req.valid("param");
    const webhook = await activeWebhook(c.var.db, id);
    const now = new Date().toISOString();
    const event = testEvent(webhook, now);
    const deliveryId = newId("dlv", Date.parse(now));
    await c.var.db.batch([insertEvent(c.var.db, event), insertDeliveries(c.var.db, event, [[deliveryId, id]], now)]);
    c.executionCtx.waitUntil(enqueue(c.env.EVENTS_QUEUE, [{ kind: "deliver", id: deliveryId }]));
    const delivery = await findDelivery(c.var.db, id, deliveryId);
    if (!delivery) throw new ApiError("delivery_not_found", `Delivery ${deliveryId} vanished.`);
    return c.json(toDeliveryResource(delivery), 202);
  })
  .openapi(listDeliveriesRoute, async (c) => {
    const { id } = c.req.valid("param");
    const { outcome, limit, cursor } = c.req.valid("query");
    const [rows, webhook] = await Promise.all([
      listDeliveries(c.var.db, id, outcome, limit, cursorAfter(cursor)),
      findWebhook(c.var.db, id),
    ]);
    if (!webhook) throw notFound(id);
    const result = page(rows, limit, (last) => ({ after: last.delivery.id }));
    return c.json({ ...result, data: result.data.map(toDeliveryResource) }, 200);
  })
  .openapi(getDelivery, async (c) => {
    const { id, delivery_id: deliveryId } = c.req.valid("param");
    const delivery = await findDelivery(c.var.db, id, deliveryId);
    if (!delivery) throw new ApiError("delivery_not_found", `Webhook ${id} has no delivery ${deliveryId}.`);
    return c.json(toDeliveryResource(delivery), 200);
  })
  .openapi(retryDelivery, async (c) => {
    const { id, delivery_id: deliveryId } = c.req.valid("param");
    await activeWebhook(c.var.db, id);
    if (!(await findDelivery(c.var.db, id, deliveryId))) {
      throw new ApiError("delivery_not_found", `Webhook ${id} has no delivery ${deliveryId}.`);
    }
    await redeliver(c.var.db, deliveryId, new Date().toISOString());
    c.executionCtx.waitUntil(enqueue(c.env.EVENTS_QUEUE, [{ kind: "deliver", id: deliveryId }]));
    const delivery = await findDelivery(c.var.db, id, deliveryId);
    if (!delivery) throw new ApiError("delivery_not_found", `Webhook ${id} has no delivery ${deliveryId}.`);
    return c.json(toDeliveryResource(delivery), 202);
  });
