/**
 * package.json against the code that ships: every runtime dependency is
 * imported by it, and no dev dependency is (a user's install has none of
 * them). Shipped code is src/ and bin/, and evals/, which the package
 * carries and the `eval` command loads at run time. A type-only import
 * counts: the published declarations (dist/*.d.ts) keep it, so a
 * TypeScript user needs the package (@slack/types is one).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { filesUnder } from "./helpers/source-tree.js";

const ROOT = join(import.meta.dirname, "..");
const SHIPPED = ["src", "bin", "evals"];
const SKIP_DIRS = new Set(["node_modules", "results"]);

interface Manifest {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
}

/** The packages a file imports: `import [type] … from`, bare `import "…"`, `import(…)`, `require(…)`. */
function importedPackages(text: string): string[] {
  const specifiers = [
    ...text.matchAll(/^\s*(?:import|export)\s+(?:[^"';]*?\sfrom\s+)?["']([^"'./][^"']*)["']/gm),
    ...text.matchAll(/\b(?:import|require)\(\s*["']([^"'./][^"']*)["']\s*\)/g),
  ].map((match) => match[1] ?? "");
  return specifiers.filter((s) => !s.startsWith("node:")).map((s) => (s.startsWith("@") ? s.split("/").slice(0, 2).join("/") : (s.split("/")[0] ?? s)));
}

const manifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as Manifest;
const loaded = new Set(
  SHIPPED.flatMap((dir) => filesUnder(join(ROOT, dir), /\.(?:[cm]?[jt]s)$/, SKIP_DIRS)).flatMap((file) => importedPackages(readFileSync(file, "utf8"))),
);

describe("dependencies", () => {
  it("lists only packages the shipped code imports as runtime dependencies", () => {
    expect(Object.keys(manifest.dependencies).filter((name) => !loaded.has(name))).toEqual([]);
  });

  it("imports no dev dependency from shipped code", () => {
    expect(Object.keys(manifest.devDependencies).filter((name) => loaded.has(name))).toEqual([]);
  });

  it("finds every form of import, by package name, and leaves relative paths and node: built-ins out", () => {
    const text = `import { a } from "zod";\nimport type { B } from "@slack/types";\nimport "pino";\nconst x = await import("@langchain/core/messages");\nexport { c } from "yaml/util";\nimport { d } from "./local.js";\nimport { e } from "node:fs";`;
    expect(importedPackages(text).sort()).toEqual(["@langchain/core", "@slack/types", "pino", "yaml", "zod"]);
  });
});
