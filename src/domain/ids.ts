const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

export const ID_PREFIXES = ["clm", "art", "spk", "upd", "whk", "dlv", "evt", "key"] as const;
export type IdPrefix = (typeof ID_PREFIXES)[number];

let lastTime = -1;
let lastRandom: Uint8Array = new Uint8Array(10);

/** Adds one to an 80-bit big-endian counter; ids minted in the same millisecond stay in order. */
function increment(bytes: Uint8Array): Uint8Array {
  const next = bytes.slice();
  for (let i = next.length - 1; i >= 0; i--) {
    const value = next[i] ?? 0;
    if (value < 255) {
      next[i] = value + 1;
      return next;
    }
    next[i] = 0;
  }
  return next;
}

function encodeTime(time: number): string {
  let out = "";
  let rest = time;
  for (let i = 0; i < 10; i++) {
    out = ALPHABET[rest % 32] + out;
    rest = Math.floor(rest / 32);
  }
  return out;
}

function encodeRandom(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return out;
}

/**
 * A prefixed ULID (`clm_01J…`): 48 bits of milliseconds then 80 random bits, Crockford base32.
 * Sorting ids as strings sorts them by creation time, which cursor pagination relies on.
 */
export function newId(prefix: IdPrefix, now: number = Date.now()): string {
  if (now === lastTime) {
    lastRandom = increment(lastRandom);
  } else {
    lastTime = now;
    lastRandom = crypto.getRandomValues(new Uint8Array(10));
  }
  return `${prefix}_${encodeTime(now)}${encodeRandom(lastRandom)}`;
}
