/**
 * The public utterance sets in ../shared/data (see its README for licences
 * and label sets), mapped to concepts. Each mapping says which intents show
 * a concept a person must see, which are routine ("none"), and which are
 * unclear and kept out of training (label null, "either" in the eval).
 *
 * Held-back test splits: CLINC150's and HWU64's own test files, and a fixed
 * 20 % of Rasa helpdesk and of the Bitext part, by hash (split.ts). Training
 * never reads a test row; the cross-source eval reads only test rows.
 *
 * Both read these loaders (training/train.ts, evals/sources/run.ts), so they
 * live in datasets/, beside both: the threshold tuning in training/ runs the
 * eval runner, and the eval importing training/ closed a loop.
 */
import { existsSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { parse } from "csv-parse/sync";
import type { ConceptClass } from "../src/rules/concepts/concepts.js";
import type { Example, SourceData, SourceInput, Split } from "./example.js";
import { readInput, splitByHash } from "./split.js";

export const SHARED_DATA_DIR = join(import.meta.dirname, "..", "..", "shared", "data");

/** The four public sets, as both trainings read them; a clear error when ../shared/data is not laid beside the project. */
export function loadPublicSets(): SourceData[] {
  if (!existsSync(SHARED_DATA_DIR)) {
    throw new Error(`training data not found: ${SHARED_DATA_DIR} (the shared/ folder beside the project; see README "Training the concept model")`);
  }
  return [loadClinc(), loadHwu(), loadRasa(), loadBitext()];
}

/** intent → concept, null (kept out of training) or absent (= none). */
type IntentMap = Readonly<Record<string, ConceptClass | null>>;

interface Mapped {
  label: ConceptClass | null;
  mustEscalate: boolean | "either";
}

function mapIntent(map: IntentMap, intent: string): Mapped {
  if (!(intent in map)) return { label: "none", mustEscalate: false };
  const label = map[intent] ?? null;
  return { label, mustEscalate: label === null ? "either" : label !== "none" };
}

function example(source: string, text: string, intent: string, mapped: Mapped, split: Split): Example {
  return { text, intent, source, split, language: "en", ...mapped };
}

function relativeInput(input: SourceInput): SourceInput {
  return { ...input, path: relative(join(SHARED_DATA_DIR, "..", ".."), input.path) };
}

/**
 * CLINC150: fraud and card loss are reports a person must act on; a frozen
 * or blocked account and "are you a real person?" are unclear from one line.
 */
const CLINC_MAP: IntentMap = {
  report_fraud: "fraud",
  report_lost_card: "fraud",
  freeze_account: null,
  account_blocked: null,
  are_you_a_bot: null,
};

export function loadClinc(): SourceData {
  const { content, input } = readInput(join(SHARED_DATA_DIR, "clinc150", "data_full.json"), (c) =>
    Object.values(JSON.parse(c) as Record<string, unknown[]>).reduce((n, rows) => n + rows.length, 0),
  );
  const data = JSON.parse(content) as Record<string, Array<[string, string]>>;
  const splits: Record<string, Split> = { train: "train", oos_train: "train", val: "val", oos_val: "val", test: "test", oos_test: "test" };
  const examples: Example[] = [];
  for (const [key, split] of Object.entries(splits)) {
    for (const [text, intent] of data[key] ?? []) examples.push(example("clinc150", text, intent, mapIntent(CLINC_MAP, intent), split));
  }
  return { examples, inputs: [relativeInput(input)] };
}

/** HWU64 (home assistant): all routine, except complaints it asks the assistant to post, which are unclear. */
export function loadHwu(): SourceData {
  const examples: Example[] = [];
  const inputs: SourceInput[] = [];
  for (const [folder, isTest] of [
    ["trainset", false],
    ["testset", true],
  ] as const) {
    const dir = join(SHARED_DATA_DIR, "hwu64", "KFold_1", folder);
    for (const file of readdirSync(dir).sort()) {
      const { content, input } = readInput(join(dir, file), (c) => c.split("\n").filter(Boolean).length - 1);
      inputs.push(relativeInput(input));
      const rows = parse(content, { delimiter: ";", columns: true, skip_empty_lines: true, relax_quotes: true }) as Array<Record<string, string>>;
      for (const row of rows) {
        const text = row.answer_from_user || row.answer_from_anno || "";
        if (!text.trim()) continue;
        const intent = `${row.scenario}_${row.intent}`;
        const mapped: Mapped =
          intent === "social_post" && /complain|complaint/i.test(text) ? { label: null, mustEscalate: "either" } : { label: "none", mustEscalate: false };
        const split: Split = isTest ? "test" : splitByHash(text, "hwu64", 90, 100);
        examples.push(example("hwu64", text, intent, mapped, split));
      }
    }
  }
  return { examples, inputs };
}

/** Rasa helpdesk: human_handoff is a request for a person; "are you a bot?" is unclear. */
const RASA_MAP: IntentMap = { human_handoff: "human_request", bot_challenge: null };

export function loadRasa(): SourceData {
  const { content, input } = readInput(join(SHARED_DATA_DIR, "rasa-intents.jsonl"), (c) => c.split("\n").filter(Boolean).length);
  const examples = content
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { intent: string; text: string })
    .map((row) => example("rasa-helpdesk", row.text, row.intent, mapIntent(RASA_MAP, row.intent), splitByHash(row.text, "rasa", 60, 80)));
  return { examples, inputs: [relativeInput(input)] };
}

/**
 * Bitext (the 70 % part in shared/data): a human agent and a complaint are
 * for a person; closing the account is churn. Reporting a payment error, a
 * refund or cancelling an order may or may not need a person by our policy
 * (a refund is staff-only), so they are unclear. "Contact customer service"
 * asks how to reach support — routine.
 */
const BITEXT_MAP: IntentMap = {
  contact_human_agent: "human_request",
  complaint: "handling_complaint",
  delete_account: "churn",
  payment_issue: null,
  get_refund: null,
  cancel_order: null,
};

export function loadBitext(): SourceData {
  const { content, input } = readInput(
    join(SHARED_DATA_DIR, "bitext", "customer-support-train-70.csv"),
    (c) => (parse(c, { columns: true }) as unknown[]).length,
  );
  const rows = parse(content, { columns: true }) as Array<Record<string, string>>;
  const examples = rows.map((row) => {
    const text = row.instruction ?? "";
    const intent = row.intent ?? "";
    const mapped = mapIntent(BITEXT_MAP, intent);
    // delete_account is churn for training, but whether it must escalate depends on the product's policy.
    const mustEscalate = intent === "delete_account" ? "either" : mapped.mustEscalate;
    return example("bitext", text, intent, { ...mapped, mustEscalate }, splitByHash(text, "bitext", 60, 80));
  });
  return { examples, inputs: [relativeInput(input)] };
}
