import { type Api, problemOf } from "../api";

export interface NewKey {
  role: "admin" | "editor";
  name: string;
  expiresAt: string | undefined;
}

/**
 * `POST /v1/keys`. The secret goes alone to standard output, so `KEY=$(claimtrail keys create …)`
 * works; what it is goes to standard error. The API shows a key only once.
 */
export async function runKeysCreate(api: Api, { role, name, expiresAt }: NewKey): Promise<number> {
  // expires_at goes out only when asked for: a key without it never expires.
  const json = { role, name, ...(expiresAt ? { expires_at: expiresAt } : {}) };
  const res = await api.v1.keys.$post({ json });
  if (res.status !== 201) {
    process.stderr.write(`Could not create the key: ${(await problemOf(res)).summary}\n`);
    return 1;
  }
  const created = await res.json();
  if (!created.key) {
    process.stderr.write(`The API answered key ${created.id} without its secret.\n`);
    return 1;
  }
  process.stdout.write(`${created.key}\n`);
  const expiry = created.expires_at ? `, valid until ${created.expires_at}` : "";
  process.stderr.write(
    `Created ${created.role} key ${created.id} "${created.name}"${expiry}. This is the only time the key is shown: store it now.\n`,
  );
  return 0;
}
