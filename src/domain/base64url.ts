import { decodeBase64Url, encodeBase64, encodeBase64Url } from "hono/utils/encode";

/** Unpadded base64url, as API keys and cursors carry it. */
export function toBase64url(bytes: Uint8Array): string {
  return encodeBase64Url(bytes.slice().buffer).replace(/=+$/, "");
}

export function fromBase64url(text: string): Uint8Array {
  return decodeBase64Url(text);
}

/** Standard base64, padded, as Standard Webhooks secrets carry it. */
export function toBase64(bytes: Uint8Array): string {
  return encodeBase64(bytes.slice().buffer);
}
