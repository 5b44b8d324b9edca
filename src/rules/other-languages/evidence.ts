/**
 * A reading's findings as the classification carries them: signals beside
 * the pattern families', needs as `needs_human_action` evidence that decide
 * reads back (human-action.ts), each citing the customer's words and the rule
 * `other-language:<concept>/<language>`.
 */
import type { EscalationSignal } from "../../domain/taxonomy.js";
import type { Evidence } from "../../domain/triage.js";
import { HUMAN_ACTION_SIGNAL } from "../human-action.js";
import { CONCEPT_EFFECT } from "./concepts.js";
import { readOtherLanguage } from "./read.js";
import { OVER_ONCE_SETTLED } from "./settles.js";

export interface OtherLanguageSignals {
  signals: EscalationSignal[];
  evidence: Evidence[];
}

const NOTHING: OtherLanguageSignals = { signals: [], evidence: [] };

/** `settledLater`: a later message of the thread says the matter is settled (settles.ts). */
export function otherLanguageSignals(text: string, language: string, settledLater = false): OtherLanguageSignals {
  const reading = readOtherLanguage(text, language);
  if (!reading) return NOTHING;
  const out: OtherLanguageSignals = { signals: [], evidence: [] };
  for (const finding of reading.found) {
    if (settledLater && OVER_ONCE_SETTLED.has(finding.concept)) continue;
    const effect = CONCEPT_EFFECT[finding.concept];
    const rule = `other-language:${finding.rule}`;
    if ("signal" in effect) {
      out.signals.push(effect.signal);
      out.evidence.push({ signal: effect.signal, match: finding.match, rule });
    } else {
      // "human-action:<kind> (…)": the form humanActionsFromEvidence reads the kind from.
      out.evidence.push({ signal: HUMAN_ACTION_SIGNAL, match: finding.match, rule: `human-action:${effect.need} (${rule})` });
    }
  }
  return out;
}
