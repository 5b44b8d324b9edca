/**
 * Durations on the command line: `250ms`, `30s`, `5m`, `2h`, `1d`, or a bare
 * number of milliseconds like the other `<ms>` options; `0` or `off` for
 * "never" where an option allows it.
 */
import { UsageError } from "./errors.js";

const UNIT_MS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };

export function durationOption(name: string, options: { minMs: number; allowOff?: boolean }) {
  return (value: string): number => {
    const text = value.trim().toLowerCase();
    if (options.allowOff && (text === "off" || text === "0")) return 0;
    const match = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?$/.exec(text);
    const ms = match ? Math.round(Number(match[1]) * (UNIT_MS[match[2] ?? "ms"] ?? 1)) : Number.NaN;
    if (!Number.isFinite(ms) || ms < options.minMs) {
      const off = options.allowOff ? ", or 0/off" : "";
      throw new UsageError(`${name}: must be a duration like 30s, 5m or 1h (at least ${options.minMs / 1_000} s)${off}, got '${value}'`);
    }
    return ms;
  };
}
