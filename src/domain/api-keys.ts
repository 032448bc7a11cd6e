import type { ApiKeyRow } from "../db/schema";
import { toBase64url } from "./base64url";
import { sha256Hex } from "./hashing";
import { newId } from "./ids";

export const ROLES = ["admin", "editor"] as const;
export type Role = (typeof ROLES)[number];

const KEY_PREFIX = "ctk_";

/**
 * A new key: `ctk_<ulid of its id>_<43 chars of secret>`. Carrying the id lets the server load the
 * one row by primary key and compare hashes in constant time, instead of searching by secret.
 */
export async function mintApiKey(now = Date.now()): Promise<{ id: string; key: string; hash: string }> {
  const id = newId("key", now);
  const secret = toBase64url(crypto.getRandomValues(new Uint8Array(32)));
  const key = `${KEY_PREFIX}${id.slice(4)}_${secret}`;
  return { id, key, hash: await hashApiKey(key) };
}

/** A new key's row (hash only) and the key itself, to be shown once. */
export async function newApiKey(
  role: Role,
  name: string,
  now: string,
  expiresAt: string | null = null,
): Promise<{ row: ApiKeyRow; key: string }> {
  const minted = await mintApiKey(Date.parse(now));
  return {
    row: {
      id: minted.id,
      name,
      role,
      secretHash: minted.hash,
      createdAt: now,
      revokedAt: null,
      expiresAt,
      lastUsedAt: null,
    },
    key: minted.key,
  };
}

export function hashApiKey(key: string): Promise<string> {
  return sha256Hex(key);
}

/** The key id a presented key claims to belong to, or null when it is not shaped like our keys. */
export function keyIdOf(key: string): string | null {
  const match = /^ctk_([0-9A-HJKMNP-TV-Z]{26})_[A-Za-z0-9_-]{43}$/.exec(key);
  return match ? `key_${match[1]}` : null;
}

export function roleAllows(held: Role, needed: Role): boolean {
  return held === "admin" || held === needed;
}
