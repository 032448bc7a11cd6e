import type { Context } from "hono";
import type { AppEnv } from "../app-env";
import { listApiKeys, revokeApiKey } from "../db/api-keys";
import { listDeliveries } from "../db/deliveries";
import type { DeskSessionRow } from "../db/schema";
import { findWebhook, listWebhooks } from "../db/webhooks";
import { ROLES } from "../domain/api-keys";
import { baseUrl } from "../http/base-url";
import { toDeliveryResource, toWebhookResource } from "../resources/webhook";
import { CreateKeyBody } from "../schemas/keys";
import { create } from "../writes/create";
import { planCreateKey } from "../writes/create-key";
import { type Errors, errorsOf, Field, formText, Select } from "./forms";
import { Csrf, DeskPage, deskHtml } from "./layout";
import { NamedId, Table } from "./table";

const PAGE = 100;

async function KeysPage(props: {
  c: Context<AppEnv>;
  session: DeskSessionRow;
  created?: { name: string; key: string };
  errors?: Errors;
  values?: { name: string; role: string };
}) {
  const keys = (await listApiKeys(props.c.var.db, PAGE, undefined)).slice(0, PAGE);
  const now = new Date().toISOString();
  return (
    <DeskPage title="API keys" session={props.session} current="keys">
      {props.created ? (
        <div class="flash" role="status">
          <p>
            Key for <strong>{props.created.name}</strong> created. Copy it now: it is not shown again.
          </p>
          <label for="new-key">New key</label>
          <textarea id="new-key" class="snippet" readonly data-copy="the new key">
            {props.created.key}
          </textarea>
        </div>
      ) : null}
      <form method="post" action="/desk/keys" class="row">
        <Field name="name" label="Who or what uses it" value={props.values?.name} errors={props.errors} required />
        <Select
          name="role"
          label="Role"
          value={props.values?.role ?? "editor"}
          errors={props.errors}
          options={ROLES.map((role) => ({ value: role, label: role }))}
        />
        <Csrf session={props.session} />
        <div>
          <button type="submit">Create key</button>
        </div>
      </form>
      <Table columns={["Name", "Role", "Created", "Last used", "State"]}>
        {keys.map((key) => (
          <tr>
            <NamedId name={key.name} id={key.id} />
            <td>{key.role}</td>
            <td>{key.createdAt.slice(0, 10)}</td>
            <td>{key.lastUsedAt ? key.lastUsedAt.slice(0, 10) : "never"}</td>
            <td>
              {key.revokedAt ? (
                `revoked ${key.revokedAt.slice(0, 10)}`
              ) : key.expiresAt && key.expiresAt <= now ? (
                `expired ${key.expiresAt.slice(0, 10)}`
              ) : (
                <form method="post" action={`/desk/keys/${key.id}/revoke`}>
                  <Csrf session={props.session} />
                  <button type="submit" class="secondary" aria-label={`Revoke ${key.name}`}>
                    Revoke
                  </button>
                </form>
              )}
            </td>
          </tr>
        ))}
      </Table>
    </DeskPage>
  );
}

export async function keysPage(c: Context<AppEnv>) {
  return deskHtml(c, await KeysPage({ c, session: c.var.desk }));
}

/** Creates a key with the API's own schema and plan; the secret is shown on this answer only. */
export async function createKeyFromDesk(c: Context<AppEnv>) {
  const form = await c.req.parseBody();
  const values = { name: formText(form, "name"), role: formText(form, "role") };
  const parsed = CreateKeyBody.safeParse(values);
  if (!parsed.success) {
    return deskHtml(c, await KeysPage({ c, session: c.var.desk, errors: errorsOf(parsed.error), values }), 400);
  }
  const { reply } = await create(c.var.db, undefined, () => planCreateKey(c.var.db, parsed.data, c.var.desk));
  const key = reply.body.key ?? "";
  return deskHtml(c, await KeysPage({ c, session: c.var.desk, created: { name: reply.body.name, key } }));
}

export async function revokeKeyFromDesk(c: Context<AppEnv>) {
  await revokeApiKey(c.var.db, c.req.param("id") ?? "", new Date().toISOString(), c.var.desk);
  return c.redirect("/desk/keys", 303);
}

/** Subscriptions, read-only here (they are managed through the API); each links to its delivery log. */
export async function webhooksPage(c: Context<AppEnv>) {
  const now = new Date().toISOString();
  const hooks = (await listWebhooks(c.var.db, PAGE, undefined))
    .slice(0, PAGE)
    .map((row) => toWebhookResource(row, baseUrl(c), now));
  return deskHtml(
    c,
    <DeskPage title="Webhooks" session={c.var.desk} current="webhooks">
      <p>
        Subscriptions are created and changed through the API (`/v1/webhooks`); here you can see them and their
        deliveries.
      </p>
      {hooks.length === 0 ? <p>No subscriptions yet.</p> : null}
      <ul>
        {hooks.map((hook) => (
          <li>
            <a href={`/desk/webhooks/${hook.id}`}>{hook.url}</a> —{" "}
            {hook.active ? "active" : `off (${hook.disabled_reason ?? "by an admin"})`}
            {" · "}
            {hook.events?.join(", ") ?? "all events"}
          </li>
        ))}
      </ul>
    </DeskPage>,
  );
}

export async function webhookPage(c: Context<AppEnv>) {
  const id = c.req.param("id") ?? "";
  const [hook, rows] = await Promise.all([
    findWebhook(c.var.db, id),
    listDeliveries(c.var.db, id, undefined, PAGE, undefined),
  ]);
  if (!hook) {
    return deskHtml(
      c,
      <DeskPage title="Webhook not found" session={c.var.desk} current="webhooks">
        <p>
          <a href="/desk/webhooks">Back</a>
        </p>
      </DeskPage>,
      404,
    );
  }
  const deliveries = rows.slice(0, PAGE).map(toDeliveryResource);
  return deskHtml(
    c,
    <DeskPage title={`Deliveries to ${hook.url}`} session={c.var.desk} current="webhooks">
      <Table columns={["Event", "Outcome", "Attempts", "Next attempt"]}>
        {deliveries.map((d) => (
          <tr>
            <NamedId name={d.event_type} id={d.id} />
            <td>{d.outcome}</td>
            <td>
              {d.attempts.map((a) => `${a.response_status ?? a.error ?? "?"} (${a.duration_ms} ms)`).join(", ") || "—"}
            </td>
            <td>{d.next_attempt_at ?? "—"}</td>
          </tr>
        ))}
      </Table>
    </DeskPage>,
  );
}
