import { inject } from "vitest";

declare module "vitest" {
  export interface ProvidedContext {
    propertyRuns: number;
    propertySeed: number;
  }
}

/**
 * Cases per operation in each property suite: 32 operations × 2 suites × 160 = 10,240 a run, from
 * a fixed seed, in 75 to 90 s on the shared 2-CPU CI machine (the files run one after the other).
 * Each case costs the same from the first to the last (operations.ts, `send`).
 */
export const CASES_PER_OPERATION = 160;

/** `PROPERTY_RUNS=10 npx vitest run --project workers tests/property` runs ten times as many cases. */
export const RUNS = Math.max(1, inject("propertyRuns") || 1);
export const SEED = inject("propertySeed");

/**
 * Per operation. A default run takes from under a second to about eight seconds per operation on a
 * busy 2-CPU machine (writes go through the claim's Durable Object and D1); this bound only catches a hang.
 */
export const TIMEOUT_MS = 300_000 * RUNS;

/** Tallies answers by operation and status, printed when a suite ends. */
export class Tally {
  private readonly counts = new Map<string, Map<number, number>>();

  add(operation: string, status: number): void {
    const byStatus = this.counts.get(operation) ?? new Map<number, number>();
    byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
    this.counts.set(operation, byStatus);
  }

  of(operation: string, predicate: (status: number) => boolean): number {
    let total = 0;
    for (const [status, count] of this.counts.get(operation) ?? []) if (predicate(status)) total += count;
    return total;
  }

  total(): number {
    let total = 0;
    for (const operation of this.counts.keys()) total += this.of(operation, () => true);
    return total;
  }

  report(title: string): string {
    const lines = [...this.counts].map(
      ([operation, byStatus]) =>
        `  ${operation.padEnd(55)} ${[...byStatus]
          .sort(([a], [b]) => a - b)
          .map(([s, n]) => `${s}×${n}`)
          .join(" ")}`,
    );
    return `${title}: ${this.total()} requests (seed ${SEED}, PROPERTY_RUNS=${RUNS})\n${lines.join("\n")}`;
  }
}
