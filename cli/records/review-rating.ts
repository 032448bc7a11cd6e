import { statusForRatingName } from "../ratings";
import type { JsonObject } from "./json";
import { textOf, truncate } from "./text";
import type { Problem, StatusScale } from "./types";

export interface Rated {
  status: string;
  /** The rating as the publisher wrote it: `alternateName`, or "" when it has none. */
  name: string;
  /** When the numbers and the name disagreed by more than one step. */
  warning?: string;
}

const NUMERIC_KEYS = ["ratingValue", "worstRating", "bestRating"] as const;

function numberOf(value: unknown): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string" && /^\s*[+-]?(?:\d+(?:\.\d+)?|\.\d+)\s*$/.test(value)) return Number(value);
  return null;
}

/**
 * Where `ratingValue` lies between `worstRating` (0) and `bestRating` (1). All three must be
 * numbers: schema.org's defaults (1 to 5) are not assumed, because publishers that leave a bound
 * out use scales of their own. Inverted scales (worst 5, best 1) come out right by construction.
 */
export function ratingPosition(rating: JsonObject): { position: number } | { problem: string } {
  const value = numberOf(rating.ratingValue);
  const worst = numberOf(rating.worstRating);
  const best = numberOf(rating.bestRating);
  if (value === null || worst === null || best === null) {
    const missing = NUMERIC_KEYS.filter((key) => numberOf(rating[key]) === null);
    return { problem: `no numeric ${missing.join(", ")}` };
  }
  if (best === worst) return { problem: `bestRating and worstRating are both ${best}` };
  const position = (value - worst) / (best - worst);
  if (position < 0 || position > 1) return { problem: `ratingValue ${value} is outside ${worst}…${best}` };
  return { position };
}

/**
 * The rated status nearest to `value` on the scale. Where several share a value (misleading and
 * mostly_false are both 2) the one listed last wins, the degree of falsehood rather than the kind:
 * a bare number cannot say a claim misleads.
 */
function nearestStatus(scale: StatusScale, value: number): string | undefined {
  let best: { code: string; distance: number } | undefined;
  for (const { code, rating_value: rated } of scale.statuses) {
    if (rated === null) continue;
    const distance = Math.abs(rated - value);
    if (best === undefined || distance <= best.distance) best = { code, distance };
  }
  return best?.code;
}

/**
 * A `reviewRating` as a status on `scale`. Numbers (when all three are given) place it; the
 * `alternateName`, read through cli/ratings.ts, then picks among nearby statuses when it lies
 * within one step of the numbers (so 3 of 5 "Misleading" is misleading, not half_true). Without
 * usable numbers the name alone decides.
 */
export function rateReview(rating: JsonObject, scale: StatusScale): Rated | Problem {
  const name = textOf(rating.alternateName) || textOf(rating.name);
  const named = name === "" ? null : statusForRatingName(name);
  const namedStatus = scale.statuses.find((s) => s.code === named);
  const placed = ratingPosition(rating);
  if ("position" in placed) {
    const value = Math.round(scale.worst_rating + placed.position * (scale.best_rating - scale.worst_rating));
    const numeric = nearestStatus(scale, value);
    if (namedStatus && namedStatus.rating_value !== null && Math.abs(namedStatus.rating_value - value) <= 1) {
      return { status: namedStatus.code, name };
    }
    if (numeric !== undefined) {
      const warning = namedStatus
        ? `the name reads as ${namedStatus.code}, the numbers as ${numeric}: the numbers were used`
        : undefined;
      return { status: numeric, name, ...(warning ? { warning } : {}) };
    }
  }
  if (namedStatus) return { status: namedStatus.code, name };
  const numbers = "problem" in placed ? placed.problem : "no rated status on the scale";
  if (name === "") {
    return { code: "unknown_rating", message: `reviewRating has no alternateName and ${numbers}` };
  }
  const shown = JSON.stringify(truncate(name, 80));
  const why = named ? `means ${named}, which is not on the ${scale.name} scale` : "is not in the rating table";
  return { code: "unknown_rating", message: `rating ${shown} ${why} (cli/ratings.ts), and ${numbers}` };
}

/** The numbers as the publisher gave them, for the note: "ratingValue 1, worstRating 1, bestRating 5". */
export function ratingNumbers(rating: JsonObject): string {
  return NUMERIC_KEYS.flatMap((key) => {
    const raw = rating[key];
    const shown = typeof raw === "number" ? String(raw) : typeof raw === "string" ? raw.trim() : "";
    return shown === "" ? [] : [`${key} ${shown}`];
  }).join(", ");
}
