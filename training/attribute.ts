/**
 * `npm run attribute`: which layer of the engine escalates, and which misses,
 * on the tickets training reads (dev/ and the read candidates; never the
 * locked splits, the history holdout or the unread checks).
 *
 * The engine is replayed with the committed models three times, one layer
 * silenced at a time (the rules alone; the rules with the concept model and
 * its heads; everything), and the reader's out-of-fold row is read from
 * models/ticket-reader.json: that row, not the in-sample one, says what the
 * reader does for a writer it never read. For each calm case the learned
 * layer escalates and the rules alone do not, the concept furthest over its
 * threshold is named (among the concepts that can escalate, read in the
 * language the engine detected and without the signature, as classify reads
 * them), so a pass can see which concept to work on. Last, the calm first
 * messages escalated at once, by who raised the hard trigger (a pattern
 * family or the concept reader: calm-at-once.ts), with the learned
 * findings' sentences.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { escalates, isLabelled, type CaseResult } from "../evals/case-result.js";
import type { EvalItem } from "../evals/dataset-schema.js";
import { runDataset } from "../evals/runner.js";
import { canEscalate, readConceptSignals } from "../src/rules/concepts/engine.js";
import { conceptModel } from "../src/rules/concepts/model.js";
import { MODEL_DIR } from "../src/rules/concepts/model-dir.js";
import { TICKET_READER_METADATA } from "../src/rules/ticket-reader/model.js";
import { useEngineLayer, type EngineLayer } from "../evals/sources/layers.js";
import { developmentTickets } from "./sources/development-tickets.js";
import { messagesOf } from "./sources/messages-read.js";
import { calmEscalatedAtOnce, summariseAtOnce, type CalmAtOnce } from "./calm-at-once.js";

export interface LayerFigures {
  mustEscalate: number;
  missed: number;
  mustNot: number;
  overEscalated: number;
}

/** Scored cases only; "either" counts on neither side. */
export function tally(results: readonly CaseResult[]): LayerFigures {
  const labelled = results.filter(isLabelled);
  const must = labelled.filter((r) => r.labels.must_escalate === true);
  const calm = labelled.filter((r) => r.labels.must_escalate === false);
  return {
    mustEscalate: must.length,
    missed: must.filter((r) => !escalates(r.predicted?.decision)).length,
    mustNot: calm.length,
    overEscalated: calm.filter((r) => escalates(r.predicted?.decision)).length,
  };
}

/** Cases labelled `mustEscalate` that the second run escalates and the first does not. */
function newlyEscalated(without: readonly CaseResult[], withLayer: readonly CaseResult[], mustEscalate: boolean): CaseResult[] {
  const before = new Map(without.map((r) => [r.id, escalates(r.predicted?.decision)]));
  return withLayer.filter((r) => r.labels?.must_escalate === mustEscalate && escalates(r.predicted?.decision) && before.get(r.id) === false);
}

/** Calm cases the second run escalates and the first does not: what the layer raised. */
export const calmRaised = (without: readonly CaseResult[], withLayer: readonly CaseResult[]): CaseResult[] => newlyEscalated(without, withLayer, false);

/** Must-escalate cases the second run escalates and the first does not: what the layer found. */
export const mustFound = (without: readonly CaseResult[], withLayer: readonly CaseResult[]): CaseResult[] => newlyEscalated(without, withLayer, true);

/**
 * What a layer adds, by how the rules read the latest message (a question, a
 * problem, thanks…): [kind, must-escalate cases found, calm cases escalated],
 * most cases first. A threshold per kind, as the ticket reader has, pays only
 * where the two columns differ.
 */
export function addedByKind(found: readonly CaseResult[], raised: readonly CaseResult[]): Array<[string, number, number]> {
  const kinds = new Map<string, [number, number]>();
  const count = (results: readonly CaseResult[], column: 0 | 1) => {
    for (const result of results) {
      const kind = result.predicted?.issueType ?? "unread";
      const row = kinds.get(kind) ?? [0, 0];
      row[column] += 1;
      kinds.set(kind, row);
    }
  };
  count(found, 0);
  count(raised, 1);
  return [...kinds].map(([kind, [must, calm]]): [string, number, number] => [kind, must, calm]).sort((a, b) => b[1] + b[2] - (a[1] + a[2]));
}

/**
 * What kind of rule escalated a case, read off the decision's first reason
 * (the one that decided it): "hard trigger: outage", "relationship signal:
 * churn_risk", "needs a person to act: a refund", "unreadable language"…
 * The customer's quoted words, the engine tag, a language's name and a
 * score are dropped so that cases of one kind count together.
 */
export function reasonKind(reasons: readonly string[] | undefined): string {
  const first = reasons?.[0];
  if (!first) return "no reason given";
  if (/\bwhich the rules engine cannot read\b/.test(first)) return "a language the rules cannot read";
  return (
    first
      .replace(/\s*\((?:rules|"[^"]*")\)/g, "")
      .replace(/,\s*customer calm$/, "")
      .replace(/\s*\([^()]*\)$/, "")
      // A detail or a score says which one, not what kind: "reproducible detail: HTTP 403", "technical complexity 64".
      .replace(/^(reproducible detail|broke with a change|business impact):.*$/, "$1")
      .replace(/\s+\d+$/, "")
      .trim()
  );
}

/**
 * The concept that can escalate (churn is evidence only) furthest over its
 * threshold in any of those messages, read in `language` — the language the
 * engine detected, which is the one its concept reader used; "none over its
 * threshold" when no such finding passes.
 */
export function raisingConcept(item: EvalItem, turn: number, language: string): string {
  const thresholds = conceptModel().metadata.thresholds;
  let best = { concept: "none over its threshold", margin: -Infinity };
  for (const message of messagesOf(item, turn)) {
    for (const finding of readConceptSignals(message, language).findings) {
      const margin = finding.score - (thresholds[finding.concept] ?? 1);
      if (canEscalate(finding.concept) && margin > best.margin) best = { concept: finding.concept, margin };
    }
  }
  return best.concept;
}

/** Logs every PROGRESS_EVERY items: each replay takes minutes. */
const PROGRESS_EVERY = 500;
const progress =
  (label: string) =>
  (done: number, total: number): void => {
    if (done > 0 && done % PROGRESS_EVERY === 0) process.stderr.write(`attribute: ${label} ${done}/${total}\n`);
  };

async function replay(items: readonly EvalItem[], layer: EngineLayer): Promise<CaseResult[]> {
  const restore = useEngineLayer(layer);
  let done = 0;
  const report = progress(layer);
  try {
    return await runDataset(items, { model: "rules", onItem: () => report(++done, items.length) });
  } finally {
    restore();
  }
}

const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)} %`;
const row = (name: string, f: LayerFigures) =>
  `| ${name} | ${f.missed} of ${f.mustEscalate} | ${f.overEscalated} of ${f.mustNot} (${percent(f.overEscalated, f.mustNot)}) |`;

interface OutOfFold {
  mustEscalate: number;
  caught: number;
  mustNot: number;
  overEscalated: number;
}

function readerOutOfFold(): LayerFigures {
  const metadata = JSON.parse(readFileSync(join(MODEL_DIR, TICKET_READER_METADATA), "utf8")) as {
    scores: { outOfFold: { pooled: { withReader: OutOfFold } } };
  };
  const f = metadata.scores.outOfFold.pooled.withReader;
  return { mustEscalate: f.mustEscalate, missed: f.mustEscalate - f.caught, mustNot: f.mustNot, overEscalated: f.overEscalated };
}

async function main(): Promise<void> {
  const log = (text: string) => process.stderr.write(`${text}\n`);
  const items = developmentTickets();
  log(`attribute: ${items.length} development items, three replays…`);
  const rulesAlone = await replay(items, "rules");
  log("attribute: rules alone done");
  const learned = await replay(items, "concepts");
  log("attribute: with the concept layer done");
  const everything = await replay(items, "all");
  log("attribute: everything done; the calm first messages escalated at once…");
  const atOnce = await calmEscalatedAtOnce(items, progress("first messages"));

  const byRule = new Map<string, number>();
  for (const result of rulesAlone) {
    if (result.labels?.must_escalate !== false || !escalates(result.predicted?.decision)) continue;
    const kind = reasonKind(result.predicted?.reasons);
    byRule.set(kind, (byRule.get(kind) ?? 0) + 1);
  }
  const raisedByLayer = calmRaised(rulesAlone, learned);
  const byKind = addedByKind(mustFound(rulesAlone, learned), raisedByLayer);
  const byItem = new Map(items.map((item) => [item.id, item]));
  const raised = new Map<string, number>();
  for (const result of raisedByLayer) {
    const item = byItem.get(result.itemId);
    if (!item) continue;
    const concept = raisingConcept(item, result.turn, result.predicted?.language ?? item.labels.language);
    raised.set(concept, (raised.get(concept) ?? 0) + 1);
  }
  process.stdout.write(
    [
      `Development tickets: ${items.length} items (dev/ and the read candidates), committed models.`,
      "",
      "| engine | missed | calm escalated |",
      "| --- | --- | --- |",
      row("rules alone (concept layer and reader silent)", tally(rulesAlone)),
      row("rules, concept model and heads (reader silent)", tally(learned)),
      row("everything, reader in sample", tally(everything)),
      row("everything, reader out of fold (models/ticket-reader.json)", readerOutOfFold()),
      "",
      "Calm cases the concept layer escalates and the rules alone do not, by the concept furthest over its threshold:",
      ...[...raised].sort((a, b) => b[1] - a[1]).map(([concept, count]) => `- ${concept}: ${count}`),
      "",
      "What the concept layer adds, by how the rules read the latest message:",
      "",
      "| latest message | must-escalate cases found | calm cases escalated |",
      "| --- | --- | --- |",
      ...byKind.map(([kind, must, calm]) => `| ${kind} | ${must} | ${calm} |`),
      "",
      "Calm cases the rules alone escalate, by the kind of reason that decided them:",
      ...[...byRule].sort((a, b) => b[1] - a[1]).map(([kind, count]) => `- ${kind}: ${count}`),
      "",
      ...atOnceSection(atOnce.calm, atOnce.atOnce),
    ].join("\n") + "\n",
  );
}

/** The calm first messages escalated at once, by who raised the hard trigger, and the learned findings' sentences. */
function atOnceSection(calm: number, atOnce: readonly CalmAtOnce[]): string[] {
  const summary = summariseAtOnce(atOnce);
  const learned = atOnce.flatMap((t) => t.triggers.filter((f) => f.score !== undefined).map((f) => ({ id: t.id, ...f })));
  return [
    `Calm first messages escalated at once (everything in place): ${atOnce.length} of ${calm} (${percent(atOnce.length, calm)}).`,
    `- with a learned hard trigger: ${Object.entries(summary.learned)
      .map(([rule, count]) => `${rule} ${count}`)
      .join(", ")}; the only trigger in ${summary.learnedOnly}`,
    `- pattern families alone: ${summary.patternsOnly}, from ${summary.patterns.length} rules: ${summary.patterns
      .slice(0, 8)
      .map(([rule, count]) => `${rule} ${count}`)
      .join(", ")}`,
    "",
    "The learned hard triggers on those calm messages:",
    ...learned.map((f) => `- ${f.id} ${f.rule} ${f.score}: "${f.match.replace(/\s+/g, " ").slice(0, 160)}"`),
  ];
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  main().catch((error: unknown) => {
    process.stderr.write(`attribute: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  });
}
