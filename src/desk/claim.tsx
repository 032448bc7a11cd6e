import type { Context } from "hono";
import type { AppEnv } from "../app-env";
import { findClaim } from "../db/claim-queries";
import type { DeskSessionRow, StatusUpdateRow } from "../db/schema";
import { ApiError } from "../domain/errors";
import { verifyChain } from "../domain/hash-chain";
import { isId } from "../domain/ids";
import { SCALES, scaleOf } from "../domain/statuses";
import { formatDateTime, messagesFor, statusLabel } from "../embeds/i18n";
import type { ClaimResource } from "../embeds/view";
import { baseUrl } from "../http/base-url";
import { postStatusUpdate } from "../http/claim-writes";
import { toClaimResource } from "../resources/claim";
import { CreateStatusUpdateBody } from "../schemas/status-updates";
import { flashOf } from "./claims-list";
import { type Errors, errorsOf, Field, formText, Select, TextArea } from "./forms";
import { Csrf, DeskPage, deskHtml } from "./layout";

const en = messagesFor("en");

/** Evidence links the form offers at once; more can be added in a second update. */
const EVIDENCE_ROWS = 3;

/** What the update form holds: what the user typed, so nothing is lost when it comes back. */
export interface UpdateDraft {
  status: string;
  note: string;
  evidence: { url: string; title: string }[];
  /** The claim version the user saw; the update applies only to it (If-Match). */
  version: number;
  /** When the page was loaded: after a conflict, the entries since then are shown. */
  seenAt: string;
}

interface ClaimPageProps {
  claim: ClaimResource;
  timeline: StatusUpdateRow[];
  draft: UpdateDraft;
  errors: Errors;
  /** Set when someone else changed the claim first: the entries the user has not seen. */
  conflict?: StatusUpdateRow[];
  flash?: string | undefined;
}

function Snippets({ claim, origin }: { claim: ClaimResource; origin: string }) {
  const snippets = [
    [
      "Script and placeholder",
      `<script src="${origin}/embed.js" async></script>\n<div data-claimtrail-claim="${claim.id}"></div>`,
    ],
    [
      "Iframe",
      `<iframe src="${claim.links.embed}" width="560" height="200" style="border:0;max-width:100%" title="Fact-check status" loading="lazy"></iframe>`,
    ],
    ["Badge", `<a href="${claim.links.page}"><img src="${claim.links.badge}" alt="Fact-check status"></a>`],
    ["oEmbed URL", claim.links.page],
  ] as const;
  return (
    <section aria-labelledby="embed">
      <h2 id="embed">Embed it</h2>
      <p>
        <img src={claim.links.badge} alt={`Badge: ${claim.status.label}`} />
      </p>
      {snippets.map(([label, code], i) => (
        <div>
          <label for={`snippet-${i}`}>{label}</label>
          <textarea id={`snippet-${i}`} class="snippet" readonly data-copy={label}>
            {code}
          </textarea>
        </div>
      ))}
    </section>
  );
}

function UpdateForm(props: { claim: ClaimResource; draft: UpdateDraft; errors: Errors; session: DeskSessionRow }) {
  const { claim, draft, errors } = props;
  const scale = scaleOf(claim.kind);
  return (
    <section aria-labelledby="add-update">
      <h2 id="add-update">Add a status update</h2>
      <form method="post" action={`/desk/claims/${claim.id}/updates`}>
        <input type="hidden" name="version" value={String(draft.version)} />
        <input type="hidden" name="seen_at" value={draft.seenAt} />
        <Select
          name="status"
          label={`Status (${scale} scale)`}
          value={draft.status}
          errors={errors}
          required
          options={SCALES[scale].statuses.map((s) => ({ value: s.code, label: `${s.label} — ${s.description}` }))}
        />
        <TextArea name="note" label="Note" value={draft.note} errors={errors} hint="What you found, for readers." />
        <fieldset>
          <legend>Evidence links</legend>
          {Array.from({ length: EVIDENCE_ROWS }, (_, i) => (
            <div class="row">
              <Field
                name={`evidence_url_${i}`}
                errorKey={`evidence[${i}].url`}
                label={`Link ${i + 1} URL`}
                type="url"
                value={draft.evidence[i]?.url}
                errors={errors}
              />
              <Field
                name={`evidence_title_${i}`}
                errorKey={`evidence[${i}].title`}
                label={`Link ${i + 1} title`}
                value={draft.evidence[i]?.title}
                errors={errors}
              />
            </div>
          ))}
        </fieldset>
        <Csrf session={props.session} />
        <p>
          <button type="submit">Post update</button>
        </p>
      </form>
    </section>
  );
}

function Timeline({ timeline }: { timeline: StatusUpdateRow[] }) {
  return (
    <ol class="timeline">
      {[...timeline].reverse().map((entry) => (
        <li>
          <p>
            <span class={`status s-${entry.status}`}>{statusLabel(en, entry.status)}</span>{" "}
            <time class="muted" datetime={entry.createdAt}>
              {formatDateTime(entry.createdAt, "en")}
            </time>{" "}
            <span class="muted">by {entry.authorName}</span>
          </p>
          {entry.note ? <p>{entry.note}</p> : null}
          {entry.evidence.length > 0 ? (
            <ul>
              {entry.evidence.map((e) => (
                <li>
                  <a href={e.url}>{e.title ?? e.url}</a>
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

export function emptyDraft(claim: ClaimResource): UpdateDraft {
  return {
    status: claim.status.code,
    note: "",
    evidence: [],
    version: claim.version,
    seenAt: new Date().toISOString(),
  };
}

function ClaimDeskPage(props: ClaimPageProps & { session: DeskSessionRow; origin: string; chainValid: boolean }) {
  const { claim } = props;
  return (
    <DeskPage title={claim.text} session={props.session} current="claims" flash={props.flash}>
      <p>
        {claim.speaker.name}
        {claim.speaker.title ? `, ${claim.speaker.title}` : ""} · <span class="muted">{claim.kind}</span>
      </p>
      <p>
        Status: <span class={`status s-${claim.status.code}`}>{claim.status.label}</span> ·{" "}
        <a href={`/desk/claims/${claim.id}/edit`}>Edit metadata</a> · <a href={claim.links.page}>Public page</a>
      </p>
      {claim.summary ? <p class="muted">{claim.summary}</p> : null}
      <p class="muted">
        Review due: {claim.review_due ?? "—"} · Topics: {claim.topics.join(", ") || "—"} · Version {claim.version}
      </p>
      {props.conflict ? (
        <div class="flash" role="alert">
          <p>
            <strong>Someone else changed this claim while you were writing.</strong> Your update was not posted; it is
            still in the form below. Check what changed, then post it again.
          </p>
          <Timeline timeline={props.conflict} />
        </div>
      ) : null}
      <UpdateForm claim={claim} draft={props.draft} errors={props.errors} session={props.session} />
      <section aria-labelledby="timeline">
        <h2 id="timeline">Timeline</h2>
        <p>
          Hash chain:{" "}
          {props.chainValid ? <strong>verified, intact</strong> : <strong class="error">broken — see /chain</strong>} (
          <a href={`/v1/claims/${claim.id}/chain`}>details</a>)
        </p>
        <Timeline timeline={props.timeline} />
      </section>
      {claim.appearances.length > 0 ? (
        <section aria-labelledby="appearances">
          <h2 id="appearances">Appearances</h2>
          <ul>
            {claim.appearances.map((a) => (
              <li>
                <a href={a.article.url}>{a.article.title ?? a.article.url}</a>
                {a.article.publisher ? ` — ${a.article.publisher}` : ""}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <Snippets claim={claim} origin={props.origin} />
    </DeskPage>
  );
}

async function loadClaim(c: Context<AppEnv>, id: string) {
  const read = isId("clm", id) ? await findClaim(c.var.db, id, { timeline: true }) : null;
  if (!read) return null;
  return { claim: toClaimResource(read.record, baseUrl(c)), timeline: read.timeline ?? [] };
}

async function render(
  c: Context<AppEnv>,
  loaded: { claim: ClaimResource; timeline: StatusUpdateRow[] },
  props: { draft: UpdateDraft; errors: Errors; conflict?: StatusUpdateRow[]; flash?: string | undefined },
  status: 200 | 400 | 409 | 422 = 200,
) {
  const chain = await verifyChain(loaded.claim.id, loaded.timeline);
  return deskHtml(
    c,
    <ClaimDeskPage {...loaded} {...props} session={c.var.desk} origin={baseUrl(c)} chainValid={chain.valid} />,
    status,
  );
}

export async function notFoundPage(c: Context<AppEnv>) {
  return deskHtml(
    c,
    <DeskPage title="Claim not found" session={c.var.desk}>
      <p>
        No claim has this id. <a href="/desk">Back to the claims</a>
      </p>
    </DeskPage>,
    404,
  );
}

/** `GET /desk/claims/{id}`: the claim, its timeline and chain check, the update form, embed snippets. */
export async function claimPage(c: Context<AppEnv>) {
  const loaded = await loadClaim(c, c.req.param("id") ?? "");
  if (!loaded) return notFoundPage(c);
  return render(c, loaded, { draft: emptyDraft(loaded.claim), errors: {}, flash: flashOf(c.req.query()) });
}

/** The form as the API's body: empty evidence rows are dropped, an empty note is no note. */
function draftOf(form: Record<string, unknown>): UpdateDraft {
  return {
    status: formText(form, "status"),
    note: formText(form, "note"),
    evidence: Array.from({ length: EVIDENCE_ROWS }, (_, i) => ({
      url: formText(form, `evidence_url_${i}`),
      title: formText(form, `evidence_title_${i}`),
    })),
    version: Number(formText(form, "version")),
    seenAt: formText(form, "seen_at"),
  };
}

/**
 * `POST /desk/claims/{id}/updates`: validated with the API's schema, written through the claim's
 * writer with If-Match on the version the user saw. A conflict shows what changed meanwhile and
 * keeps the user's note; success goes back to the claim (post/redirect/get).
 */
export async function postUpdate(c: Context<AppEnv>) {
  const id = c.req.param("id") ?? "";
  const loaded = await loadClaim(c, id);
  if (!loaded) return notFoundPage(c);
  const draft = draftOf(await c.req.parseBody());
  const filled = draft.evidence.flatMap((e, row) => (e.url || e.title ? [{ ...e, row }] : []));
  const parsed = CreateStatusUpdateBody.safeParse({
    status: draft.status,
    note: draft.note || null,
    evidence: filled.map((e) => ({ url: e.url, title: e.title || null })),
  });
  if (!parsed.success) {
    // Errors name the n-th link sent; the form shows them on the row it came from.
    const errors = errorsOf(parsed.error);
    const byRow = Object.fromEntries(
      Object.entries(errors).map(([path, message]) => [
        path.replace(/^evidence\[(\d+)\]/, (_, n: string) => `evidence[${filled[Number(n)]?.row ?? n}]`),
        message,
      ]),
    );
    return render(c, loaded, { draft, errors: byRow }, 400);
  }
  const version = Number.isSafeInteger(draft.version) ? [draft.version] : undefined;
  try {
    await postStatusUpdate(c, id, parsed.data, version);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    if (error.code === "precondition_failed") {
      const conflict = loaded.timeline.filter((entry) => entry.createdAt > draft.seenAt);
      const fresh = { ...draft, version: loaded.claim.version, seenAt: new Date().toISOString() };
      return render(c, loaded, { draft: fresh, errors: {}, conflict }, 409);
    }
    if (error.code === "status_not_in_scale")
      return render(c, loaded, { draft, errors: { status: error.message } }, 422);
    throw error;
  }
  return c.redirect(`/desk/claims/${id}?posted=1`, 303);
}
