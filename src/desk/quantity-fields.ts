import { numberOrAbsent } from "./forms";

/** A figure as a desk form carries it: every field as typed. */
export interface QuantityDraft {
  value: string;
  unit: string;
  qualifier: string;
  /** Only for the qualifier `between`: the range's ends. */
  low: string;
  high: string;
}

/**
 * The API's quantity from the form, or undefined when no figure was given. A range (`between`)
 * takes its ends, and its value is their midpoint as SPEC has it, whatever the figure field says;
 * ends given without `between` go to the API, which says they need it.
 */
export function quantityBody(q: QuantityDraft): Record<string, unknown> | undefined {
  if (!(q.value || q.unit || q.low || q.high)) return undefined;
  const low = numberOrAbsent(q.low);
  const high = numberOrAbsent(q.high);
  const midpoint = q.qualifier === "between" && low !== undefined && high !== undefined;
  const value = midpoint ? (low + high) / 2 : numberOrAbsent(q.value);
  return { value, unit: q.unit, qualifier: q.qualifier, low, high };
}

/** A number as a form field shows it ("" for none). */
export function shown(value: number | undefined): string {
  return value === undefined ? "" : String(value);
}

export const RANGE_HINT = "Only for a range (qualifier between): the figure is then their midpoint.";
