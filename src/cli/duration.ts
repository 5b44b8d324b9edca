/**
 * Durations on the command line, read by `ms`: `250ms`, `30s`, `5m`, `2h`,
 * `1d`, `1w`, long forms like `10 minutes`, or a bare number of
 * milliseconds like the other `<ms>` options; `0` or `off` for "never"
 * where an option allows it. Every error names the option it came from.
 */
import ms from "ms";
import { UsageError } from "./errors.js";

export function durationOption(name: string, options: { minMs: number; allowOff?: boolean }) {
  return (value: string): number => {
    const text = value.trim();
    if (options.allowOff && (text.toLowerCase() === "off" || text === "0")) return 0;
    // ms throws on an empty string and answers undefined (its types say number) for what it cannot read.
    const parsed: number | undefined = text === "" ? undefined : ms(text as ms.StringValue);
    const result = parsed === undefined ? Number.NaN : Math.round(parsed);
    if (!Number.isFinite(result) || result < options.minMs) {
      const off = options.allowOff ? ", or 0/off" : "";
      throw new UsageError(`${name}: must be a duration like 30s, 5m or 1h (at least ${options.minMs / 1_000} s)${off}, got '${value}'`);
    }
    return result;
  };
}
