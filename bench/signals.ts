/**
 * `npm run bench -- signals [--tickets N]`
 *
 * The signal scan, the largest cost of our own in a ticket (see the profile
 * section): how long a fresh process's first scan takes (pattern
 * compilation), how long the ~250 pattern families take per ticket once
 * warm, and whether running a combined alternation of a group's patterns
 * first (skipping the group when it finds nothing) would save time, and what
 * the scan's own pre-check (the text each pattern requires) saves. Prints
 * only; the findings are summarised by hand in bench/RESULTS.md.
 */
import { ALL_FAMILIES } from "../src/rules/signals/families/index.js";
import type { PatternFamily } from "../src/rules/signals/family.js";
import { foldText } from "../src/rules/signals/fold.js";
import { detectSignals } from "../src/rules/signals/index.js";
import { mayMatch, requiredTextOf } from "../src/rules/signals/required-text.js";
import { splitSentences } from "../src/rules/signals/sentences.js";
import { generateTickets } from "./tickets.js";

interface Group {
  families: PatternFamily[];
  any: RegExp;
}

function groupBy(key: (family: PatternFamily) => string): Group[] {
  const groups = new Map<string, PatternFamily[]>();
  for (const family of ALL_FAMILIES) groups.set(key(family), [...(groups.get(key(family)) ?? []), family]);
  return [...groups.values()].map((families) => ({ families, any: new RegExp(families.map((f) => `(?:${f.pattern.source})`).join("|")) }));
}

function matchAllFamilies(families: readonly PatternFamily[], sentence: string): number {
  let found = 0;
  for (const family of families) for (const _ of sentence.matchAll(family.pattern)) found++;
  return found;
}

function timed(label: string, sentences: string[], scan: (sentence: string) => number): void {
  const started = performance.now();
  let found = 0;
  for (const sentence of sentences) found += scan(sentence);
  process.stdout.write(`  ${label.padEnd(34)} ${(performance.now() - started).toFixed(1).padStart(7)} ms  (${found} matches)\n`);
}

export async function run(args: string[]): Promise<void> {
  const at = args.indexOf("--tickets");
  const count = at >= 0 ? Number(args[at + 1]) : 300;
  const texts = generateTickets(count, "SIG").map((g) => `${g.ticket.subject ?? ""}\n${g.ticket.description}`);

  const cold = performance.now();
  detectSignals(texts[0] ?? "", "en");
  process.stdout.write(`first scan in this process (compiles the patterns): ${(performance.now() - cold).toFixed(0)} ms\n`);

  const warm = performance.now();
  for (const text of texts) detectSignals(text, "en");
  process.stdout.write(`detectSignals, warm: ${((performance.now() - warm) / texts.length).toFixed(2)} ms per ticket over ${texts.length} tickets\n`);

  // The fold runs on every text the rules read; best of three rounds of ten passes, so the JIT has settled.
  const foldRounds = [1, 2, 3].map(() => {
    const started = performance.now();
    for (let pass = 0; pass < 10; pass++) for (const text of texts) foldText(text);
    return (performance.now() - started) / (10 * texts.length);
  });
  process.stdout.write(`foldText, warm: ${(Math.min(...foldRounds) * 1000).toFixed(1)} µs per ticket (best of 3 rounds)\n`);

  const sentences = texts.flatMap((text) => splitSentences(text, foldText(text), "en").map((s) => s.text));
  const variants: Array<[string, Group[]]> = [
    ["one alternation of everything", groupBy(() => "all")],
    ["one per language", groupBy((f) => f.language)],
    ["one per target", groupBy((f) => f.target)],
    ["one per language and target", groupBy((f) => `${f.language}/${f.target}`)],
  ];
  process.stdout.write(`\nevery family over ${sentences.length} sentences, then with a pre-check per group (two rounds, the second warm):\n`);
  for (let round = 1; round <= 2; round++) {
    process.stdout.write(`round ${round}\n`);
    timed(`no pre-check (${ALL_FAMILIES.length} families)`, sentences, (s) => matchAllFamilies(ALL_FAMILIES, s));
    for (const [label, groups] of variants) {
      timed(`${label} (${groups.length})`, sentences, (s) => groups.reduce((n, g) => (g.any.test(s) ? n + matchAllFamilies(g.families, s) : n), 0));
    }
    // What scan.ts does: each family only where the text it cannot match without occurs.
    timed("required text per family (scan.ts)", sentences, (s) =>
      matchAllFamilies(
        ALL_FAMILIES.filter((f) => mayMatch(requiredTextOf(f.pattern), s)),
        s,
      ),
    );
  }
}
