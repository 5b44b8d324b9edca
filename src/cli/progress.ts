/**
 * Progress for long runs, always on stderr so stdout stays machine-readable.
 * A live bar on a terminal (cli-progress); plain, sparse lines elsewhere, so
 * CI logs and pipes stay readable.
 */
import { SingleBar, Presets } from "cli-progress";

export interface Progress {
  tick(label: string): void;
  stop(): void;
}

export function startProgress(total: number, what: string): Progress {
  if (total <= 1) return { tick: () => {}, stop: () => {} };
  if (process.stderr.isTTY) {
    const bar = new SingleBar(
      { stream: process.stderr, format: `${what} [{bar}] {value}/{total} {label}`, hideCursor: true, clearOnComplete: true },
      Presets.shades_classic,
    );
    bar.start(total, 0, { label: "" });
    return { tick: (label) => bar.increment(1, { label }), stop: () => bar.stop() };
  }
  let done = 0;
  // Ten lines per run at most: enough to see it move, few enough to read.
  const every = Math.max(1, Math.ceil(total / 10));
  return {
    tick: (label) => {
      done++;
      if (done % every === 0 || done === total) process.stderr.write(`${what}: ${done}/${total} (${label})\n`);
    },
    stop: () => {},
  };
}
