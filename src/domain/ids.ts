import { monotonicFactory } from "ulid";

export const ID_PREFIXES = ["clm", "art", "spk", "upd", "whk", "dlv", "evt", "key", "aud"] as const;
export type IdPrefix = (typeof ID_PREFIXES)[number];

const ulid = monotonicFactory();

/**
 * A prefixed ULID (`clm_01J…`): 48 bits of milliseconds then 80 random bits, Crockford base32,
 * monotonic within one isolate. Sorting ids as strings sorts them by creation time, which cursor
 * pagination relies on.
 */
export function newId(prefix: IdPrefix, now: number = Date.now()): string {
  return `${prefix}_${ulid(now)}`;
}

/** True for a string shaped like an id this service mints with `prefix`. */
export function isId(prefix: IdPrefix, value: string): boolean {
  return value.length === prefix.length + 27 && value.startsWith(`${prefix}_`) && ULID.test(value.slice(-26));
}

const ULID = /^[0-7][0-9A-HJKMNP-TV-Z]{25}$/;
