/**
 * The project's own data: the concept examples written for the model
 * (training/concepts/, 80 % train, 20 % validation by hash), and the
 * sentences of the bundled eval tickets that need no person, as routine
 * negatives in our own product's words (all of them train: holding 30 %
 * back for validation left those tickets over-escalated by the shipped
 * model, see evals/RESULTS.md).
 *
 * Only the bundled set is read here; the project's held-out sets are for
 * measurement (test/training/locked-split.test.ts fails if this folder
 * names them).
 */
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { CONCEPT_CLASSES, HEAD_FILES, type ConceptClass, type HeadConcept } from "../../src/rules/concepts/concepts.js";
import { splitIntoSentences } from "../../src/rules/concepts/read.js";
import type { Example, SourceData, SourceInput } from "../../datasets/example.js";
import { readInput, splitByHash } from "../../datasets/split.js";

const ROOT = join(import.meta.dirname, "..", "..");
export const CONCEPT_EXAMPLES_DIR = join(ROOT, "training", "concepts");
/** The source name of a head's own rows. */
export const HEAD_EXAMPLES_SOURCE = "head-examples";
const BUNDLED_DIR = join(ROOT, "evals", "datasets");

const countLines = (content: string) => content.split("\n").filter((line) => line.trim()).length;
const jsonLines = <T>(content: string) =>
  content
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);

function isConceptClass(value: string): value is ConceptClass {
  return (CONCEPT_CLASSES as readonly string[]).includes(value);
}

export function loadConceptExamples(): SourceData {
  const examples: Example[] = [];
  const inputs: SourceInput[] = [];
  // Each writer's set is a folder of its own; all are read.
  const files = readdirSync(CONCEPT_EXAMPLES_DIR, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".jsonl"))
    .sort();
  for (const file of files) {
    const { content, input } = readInput(join(CONCEPT_EXAMPLES_DIR, file), countLines);
    inputs.push({ ...input, path: relative(ROOT, input.path) });
    jsonLines<{ text: string; concept: string; lang: string }>(content).forEach((row, i) => {
      if (!isConceptClass(row.concept)) throw new Error(`${file}:${i + 1}: concept "${row.concept}" is not one of ${CONCEPT_CLASSES.join(", ")}`);
      examples.push({
        text: row.text,
        label: row.concept,
        mustEscalate: row.concept !== "none",
        source: "concept-examples",
        intent: row.concept,
        split: splitByHash(row.text, "concepts", 80, 100),
        language: row.lang,
      });
    });
  }
  return { examples, inputs };
}

interface TicketRow {
  ticket: { subject?: string; description?: string };
  labels: { must_escalate: boolean | "either"; language: string };
}

/** Every sentence of every ticket that needs no person: routine text in our product's words. */
export function loadRoutineTicketSentences(): SourceData {
  const files = readdirSync(BUNDLED_DIR)
    .filter((f) => f.endsWith(".jsonl"))
    .sort()
    .map((f) => join(BUNDLED_DIR, f));
  const examples: Example[] = [];
  const inputs: SourceInput[] = [];
  for (const path of files) {
    const { content, input } = readInput(path, countLines);
    inputs.push({ ...input, path: relative(ROOT, input.path) });
    for (const row of jsonLines<TicketRow>(content)) {
      if (row.labels.must_escalate !== false) continue;
      const text = `${row.ticket.subject ?? ""}\n${row.ticket.description ?? ""}`;
      for (const sentence of splitIntoSentences(text)) {
        examples.push({
          text: sentence,
          label: "none",
          mustEscalate: false,
          source: "project-routine",
          intent: "routine",
          split: "train",
          language: row.labels.language,
        });
      }
    }
  }
  return { examples, inputs };
}

/**
 * A head's own examples (training/<head>/, concepts.ts HEAD_FILES): each writer's set of `<concept>` and `none`
 * lines, and `relabelled.jsonl` where there is one: the concept sets' `none` lines that show the head's
 * concept (read so by the head only; the main model keeps them as written). 80 % train, 20 % validation by hash.
 */
export function loadHeadExamples(concept: HeadConcept): SourceData & { relabelled: ReadonlySet<string> } {
  const dir = join(ROOT, "training", HEAD_FILES[concept]);
  const examples: Example[] = [];
  const inputs: SourceInput[] = [];
  const relabelled = new Set<string>();
  const files = readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".jsonl"))
    .sort();
  for (const file of files) {
    const { content, input } = readInput(join(dir, file), countLines);
    inputs.push({ ...input, path: relative(ROOT, input.path) });
    jsonLines<{ text: string; concept: string; lang: string }>(content).forEach((row, i) => {
      if (row.concept !== concept && row.concept !== "none") throw new Error(`${file}:${i + 1}: concept "${row.concept}" is not ${concept} or none`);
      if (file === "relabelled.jsonl") relabelled.add(row.text);
      examples.push({
        text: row.text,
        label: row.concept,
        mustEscalate: row.concept !== "none",
        source: HEAD_EXAMPLES_SOURCE,
        intent: row.concept,
        split: splitByHash(row.text, HEAD_FILES[concept], 80, 100),
        language: row.lang,
      });
    });
  }
  return { examples, inputs, relabelled };
}
