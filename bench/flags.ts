/** Reading a benchmark's command-line flags (`npm run bench -- name --flag value`). */

/** The value after `name` in a benchmark's arguments (`--runs 5`), or `fallback` when it is not given. */
export function flagValue(args: readonly string[], name: string, fallback: string): string {
  const i = args.indexOf(name);
  return i >= 0 ? (args[i + 1] ?? "") : fallback;
}
