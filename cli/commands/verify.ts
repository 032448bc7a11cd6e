import { type Api, problemOf } from "../api";

/**
 * `GET /v1/claims/{id}/chain`: the server recomputes the claim's hash chain. 0 when intact, 1 when
 * broken or unreadable. `scripts/verify-chain.mjs` makes the same check without trusting the server.
 */
export async function runVerify(api: Api, id: string): Promise<number> {
  const res = await api.v1.claims[":id"].chain.$get({ param: { id } });
  if (res.status !== 200) {
    const { status, summary } = await problemOf(res);
    process.stderr.write(`✗ ${id}: ${status === 404 ? "no such claim" : "cannot check the chain"} (${summary})\n`);
    return 1;
  }
  const report = await res.json();
  if (report.valid) {
    process.stdout.write(`✓ ${id}: ${report.length} entries, chain intact, head ${report.head_hash ?? "(none)"}\n`);
    return 0;
  }
  const broken = report.first_invalid;
  const where = broken ? `entry ${broken.seq} (${broken.update_id}): ${broken.reason.replaceAll("_", " ")}` : "unknown";
  process.stdout.write(`✗ ${id}: chain broken at ${where}; ${report.length} entries\n`);
  return 1;
}
