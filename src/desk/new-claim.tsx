import type { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { AppEnv } from "../app-env";
import type { DeskSessionRow } from "../db/schema";
import { webUrlProblem } from "../domain/canonical-url";
import { ApiError } from "../domain/errors";
import { QUALIFIERS } from "../domain/quantity";
import { CLAIM_KINDS } from "../domain/statuses";
import { messagesFor } from "../embeds/i18n";
import { baseUrl } from "../http/base-url";
import { candidatesIn } from "../reads/candidates";
import { CreateClaimBody } from "../schemas/claims";
import type { Candidate } from "../schemas/extract";
import { enqueue, eventMessages } from "../webhooks/queue";
import { create } from "../writes/create";
import { planCreateClaim } from "../writes/create-claim";
import { type Errors, errorsOf, Field, formText, Select, TextArea } from "./forms";
import { Csrf, DeskPage, deskHtml } from "./layout";
import { type QuantityDraft, quantityBody, RANGE_HINT, shown } from "./quantity-fields";

const en = messagesFor("en");
type Form = Record<string, unknown>;

interface Article {
  text: string;
  url: string;
  title: string;
  publisher: string;
}

/** One extracted quote as the review form carries it between requests (hidden and visible fields). */
interface Draft {
  text: string;
  context: string;
  speakerName: string;
  speakerTitle: string;
  kind: string;
  summary: string;
  quantity: QuantityDraft;
  existingClaimId: string;
  picked: boolean;
  /** Reported speech without quote marks: the desk says so, since the words are the reporter's. */
  quoted: boolean;
}

function draftOfCandidate(candidate: z.infer<typeof Candidate>): Draft {
  return {
    text: candidate.text,
    context: candidate.context,
    speakerName: candidate.speaker?.name ?? "",
    speakerTitle: candidate.speaker?.title ?? "",
    kind: candidate.kind,
    summary: "",
    quantity: {
      value: shown(candidate.quantity?.value),
      unit: candidate.quantity?.unit ?? "",
      qualifier: candidate.quantity?.qualifier ?? "exactly",
      low: shown(candidate.quantity?.low),
      high: shown(candidate.quantity?.high),
    },
    existingClaimId: candidate.existing_claim_id ?? "",
    picked: false,
    quoted: candidate.quoted,
  };
}

function draftsOfForm(form: Form): Draft[] {
  const count = Math.min(Number(formText(form, "count")) || 0, 200);
  return Array.from({ length: count }, (_, i) => ({
    text: formText(form, `text_${i}`),
    context: formText(form, `context_${i}`),
    speakerName: formText(form, `speaker_name_${i}`),
    speakerTitle: formText(form, `speaker_title_${i}`),
    kind: formText(form, `kind_${i}`),
    summary: formText(form, `summary_${i}`),
    quantity: {
      value: formText(form, `quantity_value_${i}`),
      unit: formText(form, `quantity_unit_${i}`),
      qualifier: formText(form, `quantity_qualifier_${i}`),
      low: formText(form, `quantity_low_${i}`),
      high: formText(form, `quantity_high_${i}`),
    },
    existingClaimId: formText(form, `existing_${i}`),
    picked: formText(form, `pick_${i}`) === "on",
    quoted: formText(form, `quoted_${i}`) !== "false",
  }));
}

function articleOf(form: Form): Article {
  return {
    text: formText(form, "text"),
    url: formText(form, "url"),
    title: formText(form, "title"),
    publisher: formText(form, "publisher"),
  };
}

/** A picked quote as the API's create-claim body. */
function claimBody(draft: Draft, article: Article) {
  const quantity = quantityBody(draft.quantity);
  return {
    text: draft.text,
    ...(draft.summary ? { summary: draft.summary } : {}),
    kind: draft.kind,
    speaker: { name: draft.speakerName, ...(draft.speakerTitle ? { title: draft.speakerTitle } : {}) },
    ...(article.url
      ? {
          article: {
            url: article.url,
            ...(article.title ? { title: article.title } : {}),
            ...(article.publisher ? { publisher: article.publisher } : {}),
          },
        }
      : {}),
    quote_context: draft.context || undefined,
    ...(quantity ? { quantity } : {}),
  };
}

function ArticleFields({ article, errors }: { article: Article; errors: Errors }) {
  return (
    <>
      <TextArea
        name="text"
        label="Article text"
        value={article.text}
        errors={errors}
        rows={12}
        required
        hint="Paste the plain text of the article."
      />
      <div class="row">
        <Field name="url" label="Article URL (optional)" type="url" value={article.url} errors={errors} />
        <Field name="title" label="Headline (optional)" value={article.title} errors={errors} />
        <Field name="publisher" label="Publisher (optional)" value={article.publisher} errors={errors} />
      </div>
    </>
  );
}

function PasteStep(props: { session: DeskSessionRow; article: Article; errors: Errors }) {
  return (
    <DeskPage title="New claims from an article" session={props.session} current="new">
      <p>
        Paste an article: the quotes worth checking are proposed, with their speaker and figure. Nothing is saved yet.
      </p>
      <form method="post" action="/desk/new">
        <ArticleFields article={props.article} errors={props.errors} />
        <Csrf session={props.session} />
        <p>
          <button type="submit">Find claims</button>
        </p>
      </form>
    </DeskPage>
  );
}

function CandidateFields({ draft, i, errors }: { draft: Draft; i: number; errors: Errors }) {
  const hidden = (name: string, value: string) => <input type="hidden" name={`${name}_${i}`} value={value} />;
  return (
    <fieldset>
      <legend>Quote {i + 1}</legend>
      <blockquote>{draft.text}</blockquote>
      {hidden("text", draft.text)}
      {hidden("context", draft.context)}
      {hidden("existing", draft.existingClaimId)}
      {hidden("quoted", String(draft.quoted))}
      {draft.quoted ? null : (
        <p class="muted">Unquoted (reported speech): the words are the reporter's, not the speaker's.</p>
      )}
      {draft.existingClaimId ? (
        <p>
          Already tracked: <a href={`/desk/claims/${draft.existingClaimId}`}>see the claim</a>.
        </p>
      ) : null}
      <p>
        <input type="checkbox" id={`f-pick_${i}`} name={`pick_${i}`} checked={draft.picked} />
        <label for={`f-pick_${i}`} class="inline">
          Track this quote
        </label>
      </p>
      <div class="row">
        <Field
          name={`speaker_name_${i}`}
          errorKey={`${i}.speaker.name`}
          label="Speaker"
          value={draft.speakerName}
          errors={errors}
        />
        <Field
          name={`speaker_title_${i}`}
          errorKey={`${i}.speaker.title`}
          label="Speaker's title"
          value={draft.speakerTitle}
          errors={errors}
        />
        <Select
          name={`kind_${i}`}
          errorKey={`${i}.kind`}
          label="Kind"
          value={draft.kind}
          errors={errors}
          options={CLAIM_KINDS.map((kind) => ({ value: kind, label: en.claimKind[kind] }))}
        />
      </div>
      <Field
        name={`summary_${i}`}
        errorKey={`${i}.summary`}
        label="Summary (optional, what to check)"
        value={draft.summary}
        errors={errors}
      />
      <div class="row">
        <Field
          name={`quantity_value_${i}`}
          errorKey={`${i}.quantity.value`}
          label="Figure"
          value={draft.quantity.value}
          errors={errors}
        />
        <Field
          name={`quantity_unit_${i}`}
          errorKey={`${i}.quantity.unit`}
          label="Unit"
          value={draft.quantity.unit}
          errors={errors}
        />
        <Select
          name={`quantity_qualifier_${i}`}
          label="Qualifier"
          value={draft.quantity.qualifier}
          options={QUALIFIERS.map((q) => ({ value: q, label: q.replace("_", " ") }))}
        />
      </div>
      <div class="row">
        <Field
          name={`quantity_low_${i}`}
          errorKey={`${i}.quantity.low`}
          label="Range from"
          value={draft.quantity.low}
          errors={errors}
          hint={RANGE_HINT}
        />
        <Field
          name={`quantity_high_${i}`}
          errorKey={`${i}.quantity.high`}
          label="Range to"
          value={draft.quantity.high}
          errors={errors}
        />
      </div>
      {errors[`${i}.text`] ? <p class="error">{errors[`${i}.text`]}</p> : null}
    </fieldset>
  );
}

function ReviewStep(props: {
  session: DeskSessionRow;
  article: Article;
  drafts: Draft[];
  errors: Errors;
  truncated?: boolean;
}) {
  return (
    <DeskPage title="Pick the claims to track" session={props.session} current="new">
      {props.drafts.length === 0 ? (
        <p>
          No quotes found in this text. <a href="/desk/new">Try another article</a>.
        </p>
      ) : (
        <form method="post" action="/desk/new/save">
          <p>Tick the quotes worth tracking, check speaker, kind and figure, and save them in one go.</p>
          {props.errors.form ? <p class="error">{props.errors.form}</p> : null}
          {props.truncated ? <p class="muted">Only the 200 best quotes are shown.</p> : null}
          {Object.entries(articleOfHidden(props.article)).map(([name, value]) => (
            <input type="hidden" name={name} value={value} />
          ))}
          <input type="hidden" name="count" value={String(props.drafts.length)} />
          {props.drafts.map((draft, i) => (
            <CandidateFields draft={draft} i={i} errors={props.errors} />
          ))}
          <Csrf session={props.session} />
          <p>
            <button type="submit">Save the ticked claims</button>
          </p>
        </form>
      )}
    </DeskPage>
  );
}

function articleOfHidden(article: Article): Record<string, string> {
  return { text: article.text, url: article.url, title: article.title, publisher: article.publisher };
}

export function newClaimPage(c: Context<AppEnv>) {
  return deskHtml(
    c,
    <PasteStep session={c.var.desk} article={{ text: "", url: "", title: "", publisher: "" }} errors={{}} />,
  );
}

/** `POST /desk/new`: runs the extractor (the API's own) on the pasted text and shows what it found. */
export async function proposeClaims(c: Context<AppEnv>) {
  const article = articleOf(await c.req.parseBody());
  const errors: Errors = {};
  if (!article.text) errors.text = "Paste the article's text first.";
  const urlProblem = article.url ? webUrlProblem(article.url) : null;
  if (urlProblem) errors.url = urlProblem;
  if (Object.keys(errors).length > 0)
    return deskHtml(c, <PasteStep session={c.var.desk} article={article} errors={errors} />, 400);
  let found: Awaited<ReturnType<typeof candidatesIn>>;
  try {
    found = await candidatesIn(c.var.db, article.text);
  } catch (error) {
    if (!(error instanceof ApiError) || error.code !== "payload_too_large") throw error;
    return deskHtml(c, <PasteStep session={c.var.desk} article={article} errors={{ text: error.message }} />, 400);
  }
  const drafts = found.candidates.map(draftOfCandidate);
  return deskHtml(
    c,
    <ReviewStep session={c.var.desk} article={article} drafts={drafts} errors={{}} truncated={found.truncated} />,
  );
}

/**
 * `POST /desk/new/save`: every ticked quote is checked with the API's create-claim schema first;
 * only when all pass are they created (each as the API creates one), so a mistake saves nothing.
 */
export async function saveClaims(c: Context<AppEnv>) {
  const form = await c.req.parseBody();
  const article = articleOf(form);
  const drafts = draftsOfForm(form);
  const picked = drafts.flatMap((draft, i) => (draft.picked ? [{ draft, i }] : []));
  const errors: Errors = {};
  const bodies: z.output<typeof CreateClaimBody>[] = [];
  for (const { draft, i } of picked) {
    const parsed = CreateClaimBody.safeParse(claimBody(draft, article));
    if (parsed.success) bodies.push(parsed.data);
    else Object.assign(errors, errorsOf(parsed.error, `${i}.`));
  }
  if (picked.length === 0) errors.form = "Tick at least one quote to track.";
  if (Object.keys(errors).length > 0) {
    return deskHtml(c, <ReviewStep session={c.var.desk} article={article} drafts={drafts} errors={errors} />, 400);
  }
  const { keyId, name } = c.var.principal;
  for (const body of bodies) {
    const { events } = await create(c.var.db, undefined, () =>
      planCreateClaim(c.var.db, body, { keyId, name }, baseUrl(c)),
    );
    c.executionCtx.waitUntil(enqueue(c.env.EVENTS_QUEUE, eventMessages(events)));
  }
  return c.redirect(`/desk?created=${bodies.length}`, 303);
}
