/**
 * Walking the project's own source for the structure tests (layers,
 * contracts, the environment boundary, dependencies, the locked split):
 * the files under a folder, and the relative modules a file imports.
 */
import { readdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

/** Every file under `dir` whose name matches `names`, skipping the folders named in `skip`. */
export function filesUnder(dir: string, names: RegExp = /\.ts$/, skip: ReadonlySet<string> = new Set()): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return skip.has(entry.name) ? [] : filesUnder(path, names, skip);
    return names.test(entry.name) ? [path] : [];
  });
}

/**
 * The relative modules `file` imports or re-exports (static or dynamic), as
 * paths under `root` without their extension.
 */
export function relativeImports(file: string, text: string, root: string): string[] {
  const specifiers = [
    ...text.matchAll(/^\s*(?:import|export)\s+(?:[^"';]*?\sfrom\s+)?["'](\.[^"']*)["']/gm),
    ...text.matchAll(/\bimport\(\s*["'](\.[^"']*)["']\s*\)/g),
  ].map((match) => match[1] ?? "");
  return specifiers.map((s) => relative(root, resolve(dirname(file), s)).replace(/\.[cm]?[jt]s$/, ""));
}
