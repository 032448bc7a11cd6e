import type { Context } from "hono";
import type { AppEnv } from "../app-env";
import { ApiError } from "../domain/errors";
import { CLAIM_KINDS, OPEN_STATUSES, STATUS_CODES } from "../domain/statuses";
import { messagesFor, statusLabel } from "../embeds/i18n";
import type { ClaimResource } from "../embeds/view";
import { baseUrl } from "../http/base-url";
import { claimResourcesPage } from "../reads/claim-list";
import { ListClaimsQuery } from "../schemas/claims";
import { type Errors, errorsOf, Field, Select } from "./forms";
import { DeskPage, deskHtml } from "./layout";
import { Table } from "./table";

const en = messagesFor("en");

function tomorrow(): string {
  return new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
}

function ClaimRows({ claims }: { claims: ClaimResource[] }) {
  return (
    <Table columns={["Claim", "Speaker", "Status", "Review due"]}>
      {claims.map((claim) => (
        <tr>
          <td>
            <a href={`/desk/claims/${claim.id}`}>{claim.text}</a>
          </td>
          <td>{claim.speaker.name}</td>
          <td>
            <span class={`status s-${claim.status.code}`}>{claim.status.label}</span>
          </td>
          <td>{claim.review_due ?? "—"}</td>
        </tr>
      ))}
    </Table>
  );
}

/**
 * `GET /desk`: every claim, or (`view=due`) the ones whose review date has come and whose status
 * is not a verdict; searchable and filterable with the API's own list query, page by page.
 */
export async function claimsList(c: Context<AppEnv>) {
  const params = c.req.query();
  const due = params.view === "due";
  const raw = {
    q: params.q || undefined,
    status: params.status || (due ? OPEN_STATUSES.join(",") : undefined),
    kind: params.kind || undefined,
    cursor: params.cursor || undefined,
    review_due_before: due ? tomorrow() : undefined,
    limit: "25",
  };
  const query = ListClaimsQuery.safeParse(raw);
  // A comma list reports its bad item (`status[0]`); the form has one field for the whole list.
  const errors: Errors = query.success
    ? {}
    : Object.fromEntries(Object.entries(errorsOf(query.error)).map(([path, m]) => [path.replace(/\[\d+\]$/, ""), m]));
  let result: Awaited<ReturnType<typeof claimResourcesPage>> = { data: [], next_cursor: null };
  if (query.success) {
    try {
      result = await claimResourcesPage(c.var.db, query.data, baseUrl(c));
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 400) throw error;
      errors[error.code === "invalid_cursor" ? "cursor" : "q"] = error.message;
    }
  }
  const title = due ? "Due for review" : "Claims";
  const nextQuery = new URLSearchParams({ ...params, cursor: result.next_cursor ?? "" });
  return deskHtml(
    c,
    <DeskPage title={title} session={c.var.desk} current={due ? "due" : "claims"} flash={flashOf(params)}>
      <search aria-label="Filter claims">
        <form method="get" action="/desk" class="row">
          {due ? <input type="hidden" name="view" value="due" /> : null}
          <Field name="q" label="Search" value={params.q} errors={errors} />
          <Select
            name="status"
            label="Status"
            value={due ? "" : params.status}
            errors={errors}
            options={[{ value: "", label: due ? "Any open status" : "Any status" }].concat(
              STATUS_CODES.map((code) => ({ value: code, label: statusLabel(en, code) })),
            )}
          />
          <Select
            name="kind"
            label="Kind"
            value={params.kind}
            errors={errors}
            options={[{ value: "", label: "Any kind" }].concat(
              CLAIM_KINDS.map((kind) => ({ value: kind, label: en.claimKind[kind] })),
            )}
          />
          <div>
            <button type="submit">Filter</button>
          </div>
        </form>
      </search>
      {errors.cursor ? <p class="error">{errors.cursor}</p> : null}
      {result.data.length === 0 ? <p>No claims here.</p> : <ClaimRows claims={result.data} />}
      <nav class="pager" aria-label="Pages">
        {params.cursor ? <a href={due ? "/desk?view=due" : "/desk"}>First page</a> : null}
        {result.next_cursor ? <a href={`/desk?${nextQuery}`}>Next page</a> : null}
      </nav>
    </DeskPage>,
    query.success ? 200 : 400,
  );
}

/** One-line confirmations carried in the URL after a redirect (post/redirect/get). */
export function flashOf(params: Record<string, string>): string | undefined {
  if (params.created) return `${params.created} claim(s) created.`;
  if (params.posted) return "Status update posted.";
  if (params.saved) return "Changes saved.";
  return undefined;
}
