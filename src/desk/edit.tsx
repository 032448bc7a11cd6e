import type { Context } from "hono";
import type { AppEnv } from "../app-env";
import { findClaim } from "../db/claim-queries";
import type { DeskSessionRow } from "../db/schema";
import { ApiError } from "../domain/errors";
import { isId } from "../domain/ids";
import { QUALIFIERS } from "../domain/quantity";
import { CLAIM_KINDS } from "../domain/statuses";
import { comparisonKey } from "../domain/text";
import { messagesFor } from "../embeds/i18n";
import type { ClaimResource } from "../embeds/view";
import { baseUrl } from "../http/base-url";
import { patchClaimMetadata } from "../http/claim-writes";
import { toClaimResource } from "../resources/claim";
import { PatchClaimBody } from "../schemas/claims";
import { notFoundPage } from "./claim";
import { type Errors, errorsOf, Field, formText, Select, TextArea } from "./forms";
import { Csrf, DeskPage, deskHtml } from "./layout";
import { quantityBody, RANGE_HINT, shown } from "./quantity-fields";

const en = messagesFor("en");

/** The edit form's fields, as typed. */
type EditDraft = Record<
  | "text"
  | "summary"
  | "kind"
  | "speaker_name"
  | "speaker_title"
  | "claimed_at"
  | "language"
  | "topics"
  | "review_due"
  | "quantity_value"
  | "quantity_unit"
  | "quantity_qualifier"
  | "quantity_low"
  | "quantity_high"
  | "version",
  string
>;

function draftOfClaim(claim: ClaimResource): EditDraft {
  return {
    text: claim.text,
    summary: claim.summary ?? "",
    kind: claim.kind,
    speaker_name: claim.speaker.name,
    speaker_title: claim.speaker.title ?? "",
    claimed_at: claim.claimed_at ?? "",
    language: claim.language,
    topics: claim.topics.join(", "),
    review_due: claim.review_due ?? "",
    quantity_value: claim.quantity ? String(claim.quantity.value) : "",
    quantity_unit: claim.quantity?.unit ?? "",
    quantity_qualifier: claim.quantity?.qualifier ?? "exactly",
    quantity_low: shown(claim.quantity?.low),
    quantity_high: shown(claim.quantity?.high),
    version: String(claim.version),
  };
}

/**
 * The form as a JSON merge patch of what the user changed (empty optional fields clear; the speaker
 * only when renamed): an unchanged form changes nothing, so it bumps no version and sends no event.
 */
function patchOf(draft: EditDraft, claim: ClaimResource): Record<string, unknown> {
  const current = draftOfClaim(claim);
  const changed = (name: keyof EditDraft) => draft[name] !== current[name];
  const full = fullPatchOf(draft, claim);
  const fields: Record<string, (keyof EditDraft)[]> = {
    text: ["text"],
    summary: ["summary"],
    kind: ["kind"],
    speaker: ["speaker_name"],
    claimed_at: ["claimed_at"],
    language: ["language"],
    topics: ["topics"],
    review_due: ["review_due"],
    quantity: ["quantity_value", "quantity_unit", "quantity_qualifier", "quantity_low", "quantity_high"],
  };
  return Object.fromEntries(Object.entries(full).filter(([field]) => (fields[field] ?? []).some(changed)));
}

function fullPatchOf(draft: EditDraft, claim: ClaimResource): Record<string, unknown> {
  const orNull = (value: string) => value || null;
  const renamed = comparisonKey(draft.speaker_name) !== comparisonKey(claim.speaker.name);
  return {
    text: draft.text,
    summary: orNull(draft.summary),
    kind: draft.kind,
    ...(renamed
      ? { speaker: { name: draft.speaker_name, ...(draft.speaker_title ? { title: draft.speaker_title } : {}) } }
      : {}),
    claimed_at: orNull(draft.claimed_at),
    language: draft.language,
    topics: draft.topics
      .split(",")
      .map((topic) => topic.trim())
      .filter(Boolean),
    review_due: orNull(draft.review_due),
    quantity:
      quantityBody({
        value: draft.quantity_value,
        unit: draft.quantity_unit,
        qualifier: draft.quantity_qualifier,
        low: draft.quantity_low,
        high: draft.quantity_high,
      }) ?? null,
  };
}

function EditPage(props: {
  claim: ClaimResource;
  draft: EditDraft;
  errors: Errors;
  session: DeskSessionRow;
  conflict?: boolean;
}) {
  const { claim, draft, errors } = props;
  return (
    <DeskPage title="Edit claim" session={props.session} current="claims">
      <p>
        <a href={`/desk/claims/${claim.id}`}>Back to the claim</a>. The status changes only through status updates.
      </p>
      {props.conflict ? (
        <p class="flash" role="alert">
          Someone else changed this claim meanwhile (it is now version {claim.version}). Your changes are below, not
          saved: check them against <a href={`/desk/claims/${claim.id}`}>the claim</a> and save again.
        </p>
      ) : null}
      <form method="post" action={`/desk/claims/${claim.id}/edit`}>
        <input type="hidden" name="version" value={props.conflict ? String(claim.version) : draft.version} />
        <TextArea name="text" label="Quote (exact words)" value={draft.text} errors={errors} required />
        <Field
          name="summary"
          label="Summary (what is being checked, up to 140 characters)"
          value={draft.summary}
          errors={errors}
        />
        <Select
          name="kind"
          label="Kind"
          value={draft.kind}
          errors={errors}
          options={CLAIM_KINDS.map((kind) => ({ value: kind, label: en.claimKind[kind] }))}
        />
        <div class="row">
          <Field
            name="speaker_name"
            errorKey="speaker.name"
            label="Speaker"
            value={draft.speaker_name}
            errors={errors}
            required
          />
          <Field
            name="speaker_title"
            errorKey="speaker.title"
            label="Speaker's title (for a new speaker)"
            value={draft.speaker_title}
            errors={errors}
          />
        </div>
        <div class="row">
          <Field name="claimed_at" label="Claimed on" type="date" value={draft.claimed_at} errors={errors} />
          <Field name="review_due" label="Review due" type="date" value={draft.review_due} errors={errors} />
          <Field name="language" label="Language (BCP 47, e.g. en, pt-BR)" value={draft.language} errors={errors} />
        </div>
        <Field name="topics" label="Topics (comma-separated)" value={draft.topics} errors={errorsForTopics(errors)} />
        <fieldset>
          <legend>Figure (optional)</legend>
          <div class="row">
            <Field
              name="quantity_value"
              errorKey="quantity.value"
              label="Value"
              value={draft.quantity_value}
              errors={errors}
            />
            <Field
              name="quantity_unit"
              errorKey="quantity.unit"
              label="Unit"
              value={draft.quantity_unit}
              errors={errors}
            />
            <Select
              name="quantity_qualifier"
              errorKey="quantity.qualifier"
              label="Qualifier"
              value={draft.quantity_qualifier}
              errors={errors}
              options={QUALIFIERS.map((q) => ({ value: q, label: q.replace("_", " ") }))}
            />
          </div>
          <div class="row">
            <Field
              name="quantity_low"
              errorKey="quantity.low"
              label="Range from"
              value={draft.quantity_low}
              errors={errors}
              hint={RANGE_HINT}
            />
            <Field
              name="quantity_high"
              errorKey="quantity.high"
              label="Range to"
              value={draft.quantity_high}
              errors={errors}
            />
          </div>
        </fieldset>
        <Csrf session={props.session} />
        <p>
          <button type="submit">Save changes</button>
        </p>
      </form>
    </DeskPage>
  );
}

/** Topic errors come per topic (`topics[2]`); the form has one field for all of them. */
function errorsForTopics(errors: Errors): Errors {
  const topic = Object.entries(errors).find(([path]) => path.startsWith("topics"));
  return topic ? { ...errors, topics: topic[1] } : errors;
}

async function loadClaim(c: Context<AppEnv>) {
  const id = c.req.param("id") ?? "";
  const read = isId("clm", id) ? await findClaim(c.var.db, id) : null;
  return read ? toClaimResource(read.record, baseUrl(c)) : null;
}

export async function editPage(c: Context<AppEnv>) {
  const claim = await loadClaim(c);
  if (!claim) return notFoundPage(c);
  return deskHtml(c, <EditPage claim={claim} draft={draftOfClaim(claim)} errors={{}} session={c.var.desk} />);
}

/** `POST /desk/claims/{id}/edit`: the API's PATCH schema and writer, If-Match on the version shown. */
export async function saveEdit(c: Context<AppEnv>) {
  const claim = await loadClaim(c);
  if (!claim) return notFoundPage(c);
  const form = await c.req.parseBody();
  const draft = Object.fromEntries(
    Object.keys(draftOfClaim(claim)).map((name) => [name, formText(form, name)]),
  ) as EditDraft;
  const patch = patchOf(draft, claim);
  if (Object.keys(patch).length === 0) return c.redirect(`/desk/claims/${claim.id}`, 303);
  const parsed = PatchClaimBody.safeParse(patch);
  const page = (errors: Errors, status: 200 | 400 | 409 | 422, conflict = false) =>
    deskHtml(
      c,
      <EditPage claim={claim} draft={draft} errors={errors} session={c.var.desk} conflict={conflict} />,
      status,
    );
  if (!parsed.success) return page(errorsOf(parsed.error), 400);
  try {
    await patchClaimMetadata(c, claim.id, parsed.data, [Number(draft.version)]);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    if (error.code === "precondition_failed") return page({}, 409, true);
    if (error.code === "status_not_in_scale") return page({ kind: error.message }, 422);
    throw error;
  }
  return c.redirect(`/desk/claims/${claim.id}?saved=1`, 303);
}
