import { decodeBase64Url, encodeBase64Url } from "hono/utils/encode";

/** Unpadded base64url, as API keys and cursors carry it. */
export function toBase64url(bytes: Uint8Array): string {
  return encodeBase64Url(bytes.slice().buffer).replace(/=+$/, "");
}

export function fromBase64url(text: string): Uint8Array {
  return decodeBase64Url(text);
}
