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

/** One labelled line of a written set. */
interface WrittenLine {
  text: string;
  concept: string;
  lang: string;
}

/**
 * Every `.jsonl` file below `dir` (each writer's set is a folder of its own), in name order, as examples of
 * `source` split 80/20 by hash with `salt`. `check` names what is wrong with a line's label, or returns null.
 */
function readWrittenSets(dir: string, source: string, salt: string, check: (line: WrittenLine, file: string) => string | null) {
  const examples: Example[] = [];
  const inputs: SourceInput[] = [];
  const lines: Array<{ file: string; line: WrittenLine }> = [];
  const files = readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".jsonl"))
    .sort();
  for (const file of files) {
    const { content, input } = readInput(join(dir, file), countLines);
    inputs.push({ ...input, path: relative(ROOT, input.path) });
    jsonLines<WrittenLine>(content).forEach((row, i) => {
      const problem = check(row, file);
      if (problem) throw new Error(`${file}:${i + 1}: ${problem}`);
      lines.push({ file, line: row });
      examples.push({
        text: row.text,
        // `check` accepted it: a concept class of the set's model.
        label: row.concept as ConceptClass,
        mustEscalate: row.concept !== "none",
        source,
        intent: row.concept,
        split: splitByHash(row.text, salt, 80, 100),
        language: row.lang,
      });
    });
  }
  return { examples, inputs, lines };
}

export function loadConceptExamples(): SourceData {
  const { examples, inputs } = readWrittenSets(CONCEPT_EXAMPLES_DIR, "concept-examples", "concepts", (row) =>
    isConceptClass(row.concept) ? null : `concept "${row.concept}" is not one of ${CONCEPT_CLASSES.join(", ")}`,
  );
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
  const { examples, inputs, lines } = readWrittenSets(join(ROOT, "training", HEAD_FILES[concept]), HEAD_EXAMPLES_SOURCE, HEAD_FILES[concept], (row) =>
    row.concept === concept || row.concept === "none" ? null : `concept "${row.concept}" is not ${concept} or none`,
  );
  const relabelled = new Set(lines.filter(({ file }) => file === "relabelled.jsonl").map(({ line }) => line.text));
  return { examples, inputs, relabelled };
}
