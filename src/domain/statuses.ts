import type { StatusDefinition } from "../schemas/statuses";
import { ApiError } from "./errors";

export const CLAIM_KINDS = ["statement", "statistic", "prediction", "promise"] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

export const SCALE_NAMES = ["veracity", "progress"] as const;
export type ScaleName = (typeof SCALE_NAMES)[number];

export const RATING_RANGE = { best: 5, worst: 1 } as const;

/** Every status of both scales, declared once: the scales below may use only these codes. */
export const STATUS_CODES = [
  "unverified",
  "under_review",
  "true",
  "mostly_true",
  "half_true",
  "misleading",
  "mostly_false",
  "false",
  "unsupported",
  "pending",
  "in_progress",
  "stalled",
  "fulfilled",
  "partially_fulfilled",
  "not_fulfilled",
  "not_borne_out",
] as const;
export type StatusCode = (typeof STATUS_CODES)[number];

type Status = StatusDefinition & { code: StatusCode };

const unverified: Status = {
  code: "unverified",
  label: "Not yet rated",
  description: "Recorded; no fact-checker has looked at it yet.",
  color: "#57606a",
  rating_value: null,
  final: false,
};

export const SCALES: Record<ScaleName, { kinds: readonly ClaimKind[]; statuses: Status[] }> = {
  veracity: {
    kinds: ["statement", "statistic"],
    statuses: [
      unverified,
      {
        code: "under_review",
        label: "Under review",
        description: "A fact-checker is checking it.",
        color: "#0b5cad",
        rating_value: null,
        final: false,
      },
      {
        code: "true",
        label: "True",
        description: "Accurate, nothing significant missing.",
        color: "#116329",
        rating_value: 5,
        final: true,
      },
      {
        code: "mostly_true",
        label: "Mostly true",
        description: "Accurate but needs clarification or extra information.",
        color: "#3a6b12",
        rating_value: 4,
        final: true,
      },
      {
        code: "half_true",
        label: "Half true",
        description: "Partially accurate; leaves out important details.",
        color: "#7d5a00",
        rating_value: 3,
        final: true,
      },
      {
        code: "misleading",
        label: "Misleading",
        description: "Contains accurate parts but creates a false impression.",
        color: "#a3470a",
        rating_value: 2,
        final: true,
      },
      {
        code: "mostly_false",
        label: "Mostly false",
        description: "Contains an element of truth but ignores critical facts.",
        color: "#b42318",
        rating_value: 2,
        final: true,
      },
      { code: "false", label: "False", description: "Not accurate.", color: "#8c1414", rating_value: 1, final: true },
      {
        code: "unsupported",
        label: "Unsupported",
        description: "No evidence available supports it either way.",
        color: "#6e40c9",
        rating_value: null,
        final: true,
      },
    ],
  },
  progress: {
    kinds: ["prediction", "promise"],
    statuses: [
      unverified,
      {
        code: "pending",
        label: "Pending",
        description: "Too early to tell; the due time has not come.",
        color: "#0b5cad",
        rating_value: null,
        final: false,
      },
      {
        code: "in_progress",
        label: "In progress",
        description: "Work towards it is under way.",
        color: "#1f6f8b",
        rating_value: null,
        final: false,
      },
      {
        code: "stalled",
        label: "Stalled",
        description: "No progress, or blocked.",
        color: "#7d5a00",
        rating_value: null,
        final: false,
      },
      {
        code: "fulfilled",
        label: "Fulfilled",
        description: "Kept in full, or came true.",
        color: "#116329",
        rating_value: 5,
        final: true,
      },
      {
        code: "partially_fulfilled",
        label: "Partially fulfilled",
        description: "Kept or came true in part.",
        color: "#3a6b12",
        rating_value: 3,
        final: true,
      },
      {
        code: "not_fulfilled",
        label: "Not fulfilled",
        description: "A promise that was broken.",
        color: "#b42318",
        rating_value: 1,
        final: true,
      },
      {
        code: "not_borne_out",
        label: "Not borne out",
        description: "A prediction that did not come true.",
        color: "#8c1414",
        rating_value: 1,
        final: true,
      },
    ],
  },
};

export const INITIAL_STATUS = unverified.code;

export function scaleOf(kind: ClaimKind): ScaleName {
  return SCALES.veracity.kinds.includes(kind) ? "veracity" : "progress";
}

/** Statuses that are not a verdict: a review can still change them (due and stale lists use them). */
export const OPEN_STATUSES: readonly StatusCode[] = STATUS_CODES.filter((code) =>
  SCALE_NAMES.some((name) => SCALES[name].statuses.some((s) => s.code === code && !s.final)),
);

/** The definition of `code` on the scale that `kind` uses, or undefined when it is not on it. */
export function findStatus(kind: ClaimKind, code: string): StatusDefinition | undefined {
  return SCALES[scaleOf(kind)].statuses.find((s) => s.code === code);
}

/**
 * The one scale check (SPEC.md: a status outside the claim's scale is 422), for a new status and
 * for a kind change that would leave the current status off the new kind's scale. `path` names
 * the field the client sent.
 */
export function assertOnScale(kind: ClaimKind, code: string, path: "status" | "kind"): StatusDefinition {
  const found = findStatus(kind, code);
  if (found) return found;
  const scale = scaleOf(kind);
  const codes = SCALES[scale].statuses.map((s) => s.code).join(", ");
  throw new ApiError(
    "status_not_in_scale",
    `Status ${code} is not on the ${scale} scale, which rates ${kind} claims: ${codes}.`,
    { errors: [{ path, message: `${code} is not on the ${scale} scale` }] },
  );
}
