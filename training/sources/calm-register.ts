/**
 * Calm sentences in our customers' register: every sentence of the calm
 * messages of the read candidate files (read-candidates.ts), as "none" rows
 * for the concept model. Its other "none" rows are one-line public chat and
 * the bundled set's routine tickets; its concept examples are written as a
 * business writes ("our", "we", a card, an account), so the model learned
 * that register as the concept (evals/RESULTS.md, "nineteenth pass").
 *
 * Two choices keep the concepts' own words from being taught as calm:
 * - a sentence holding a pattern family's words is left out (a calm ticket may
 *   ask what happens "during an outage"; the rules' context reading decides those);
 * - the rows weigh less than the concept examples (CALM_REGISTER_WEIGHT in train.ts).
 *
 * Only the read candidates: the concept thresholds are chosen on dev/, which
 * must stay out of sample for this model (train.ts, tuneOnTickets).
 */
import type { EvalItem } from "../../evals/dataset-schema.js";
import { splitIntoSentences } from "../../src/rules/concepts/read.js";
import { ALL_FAMILIES } from "../../src/rules/signals/families/index.js";
import { foldText } from "../../src/rules/signals/fold.js";
import type { Example, SourceData } from "../../datasets/example.js";
import { developmentFiles, type DevelopmentFile } from "./development-tickets.js";
import { isReadCandidate } from "./read-candidates.js";
import { messagesOf } from "./messages-read.js";
import { recordedInput } from "./recorded-input.js";

export const CALM_REGISTER_SOURCE = "calm-register";

/** The calm messages of a thread: its first message if calm, then its follow-ups up to the first that is not labelled calm. */
export function calmMessages(item: EvalItem): string[] {
  if (item.labels.must_escalate !== false) return [];
  const calmTurns = item.turns.findIndex((turn) => turn.labels?.must_escalate !== false);
  return messagesOf(item, calmTurns === -1 ? item.turns.length : calmTurns);
}

/**
 * Whether any pattern family's words occur in `sentence`, whatever their context: asked about, negated or past, they
 * are still the words of an alarm, and the rules' context reading (not the bag of words) is what tells those apart.
 */
export function holdsAlarmWords(sentence: string): boolean {
  const folded = foldText(sentence).text;
  return ALL_FAMILIES.some((family) => folded.search(family.pattern) >= 0);
}

/** Every unflagged sentence of every calm message of `files`, once each (per language) that holds no alarm words, as "none" train rows. */
export function loadCalmRegisterSentences(files: readonly DevelopmentFile[]): SourceData & { flagged: number } {
  const examples: Example[] = [];
  const seen = new Set<string>();
  let flagged = 0;
  for (const { items } of files) {
    for (const item of items) {
      const language = item.labels.language;
      for (const message of calmMessages(item)) {
        for (const sentence of splitIntoSentences(message)) {
          const key = `${language}\u0000${sentence}`;
          if (seen.has(key)) continue;
          seen.add(key);
          if (holdsAlarmWords(sentence)) {
            flagged += 1;
            continue;
          }
          examples.push({ text: sentence, label: "none", mustEscalate: false, source: CALM_REGISTER_SOURCE, intent: "routine", split: "train", language });
        }
      }
    }
  }
  return { examples, inputs: files.map(({ file }) => recordedInput(file)), flagged };
}

/** The files the register is read from: the read candidates, validated, never dev/ (see above). */
export function calmRegisterFiles(): DevelopmentFile[] {
  return developmentFiles(true).filter(({ file }) => isReadCandidate(file));
}
