export interface Progress {
  /** `done` of the total so far, and a short tally to show beside it. */
  update(done: number, tally: string): void;
  finish(): void;
}

const BAR_WIDTH = 24;
const REDRAW_MS = 100;
/** Without a terminal (CI logs, a file) a line every so often says the run is alive without flooding the log. */
const LINE_EVERY_MS = 2_000;

/**
 * Progress on standard error: a bar redrawn in place on a terminal, otherwise a plain line every
 * two seconds. Standard output stays free for records.
 */
export function startProgress(label: string, total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  let last = 0;
  let shown = "";
  const line = (done: number, tally: string) => {
    const share = total === 0 ? 1 : done / total;
    const filled = Math.round(share * BAR_WIDTH);
    const bar = stream.isTTY ? ` ${"█".repeat(filled)}${"·".repeat(BAR_WIDTH - filled)}` : "";
    return `${label}${bar} ${done}/${total} (${Math.floor(share * 100)} %)${tally ? ` · ${tally}` : ""}`;
  };
  return {
    update(done, tally) {
      const now = Date.now();
      if (now - last < (stream.isTTY ? REDRAW_MS : LINE_EVERY_MS) && done < total) return;
      last = now;
      shown = line(done, tally);
      if (stream.isTTY) stream.write(`\r\x1b[K${shown.slice(0, (stream.columns || 80) - 1)}`);
      else stream.write(`${shown}\n`);
    },
    finish() {
      if (stream.isTTY && shown !== "") stream.write("\n");
    },
  };
}
