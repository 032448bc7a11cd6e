import type { ZodError } from "zod";
import { fieldErrors } from "../http/problem";

/** Validation messages by field path (`evidence[0].url`), as the API's `errors[]` names them. */
export type Errors = Record<string, string>;

/** The same zod issues the API answers as `errors[]`, keyed by path for the form to show. */
export function errorsOf(error: ZodError, prefix = ""): Errors {
  const out: Errors = {};
  for (const { path, message } of fieldErrors(error)) {
    const key = `${prefix}${path}`;
    out[key] ??= message;
  }
  return out;
}

const idOf = (name: string) => `f-${name.replace(/[^\w-]+/g, "-")}`;

interface FieldProps {
  name: string;
  label: string;
  value?: string | null | undefined;
  errors?: Errors;
  /** The key of this field's error, when it differs from `name` (API paths vs form names). */
  errorKey?: string;
  hint?: string;
  required?: boolean;
}

function Described(props: { id: string; error: string | undefined; hint: string | undefined }) {
  return (
    <>
      {props.hint ? (
        <p class="muted" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p class="error" id={`${props.id}-error`}>
          {props.error}
        </p>
      ) : null}
    </>
  );
}

function describedBy(id: string, error: string | undefined, hint: string | undefined) {
  const ids = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ");
  return ids || undefined;
}

/** A labelled input that shows its error next to it and keeps what was typed. */
export function Field(props: FieldProps & { type?: string; autocomplete?: string }) {
  const id = idOf(props.name);
  const error = props.errors?.[props.errorKey ?? props.name];
  return (
    <div>
      <label for={id}>{props.label}</label>
      <input
        id={id}
        name={props.name}
        type={props.type ?? "text"}
        value={props.value ?? ""}
        required={props.required}
        autocomplete={props.autocomplete}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={describedBy(id, error, props.hint)}
      />
      <Described id={id} error={error} hint={props.hint} />
    </div>
  );
}

export function TextArea(props: FieldProps & { rows?: number }) {
  const id = idOf(props.name);
  const error = props.errors?.[props.errorKey ?? props.name];
  return (
    <div>
      <label for={id}>{props.label}</label>
      <textarea
        id={id}
        name={props.name}
        rows={props.rows}
        required={props.required}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={describedBy(id, error, props.hint)}
      >
        {props.value ?? ""}
      </textarea>
      <Described id={id} error={error} hint={props.hint} />
    </div>
  );
}

export function Select(props: FieldProps & { options: { value: string; label: string }[] }) {
  const id = idOf(props.name);
  const error = props.errors?.[props.errorKey ?? props.name];
  return (
    <div>
      <label for={id}>{props.label}</label>
      <select
        id={id}
        name={props.name}
        required={props.required}
        aria-invalid={error ? "true" : undefined}
        aria-describedby={describedBy(id, error, props.hint)}
      >
        {props.options.map((option) => (
          <option value={option.value} selected={option.value === (props.value ?? "")}>
            {option.label}
          </option>
        ))}
      </select>
      <Described id={id} error={error} hint={props.hint} />
    </div>
  );
}

/** A typed number, or undefined for an empty field, so the schema says a value is missing (never 0). */
export function numberOrAbsent(text: string): number | undefined {
  return text === "" ? undefined : Number(text);
}

/** A form value as a trimmed string; absent or a file is "". */
export function formText(form: Record<string, unknown>, name: string): string {
  const value = form[name];
  return typeof value === "string" ? value.trim() : "";
}
