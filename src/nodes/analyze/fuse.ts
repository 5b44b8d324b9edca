/**
 * Fuses the model's reading of mood and risk into the rules' analysis, and
 * labels the immediate decision by who saw its triggers. A model may raise
 * frustration and risk (sarcasm and polite fury escape a lexicon), never
 * lower them; hard triggers are never downgraded, whatever it says.
 */
import type { AnalysisJudgement } from "../../domain/judgement.js";
import { SENTIMENTS, type Sentiment } from "../../domain/taxonomy.js";
import type { Decision, Risk } from "../../domain/triage.js";
import type { Findings } from "../../graph/state.js";
import type { ModelRun } from "../../llm/model-run.js";
import { frustrationBand } from "../../rules/emotion/sentiment-label.js";

export interface Feeling {
  frustration: number;
  sentiment: Sentiment;
  cues: string[];
}

export function fuseFeeling(findings: Findings, reading: AnalysisJudgement | null | undefined): Feeling {
  const rules: Feeling = { frustration: findings.frustration, sentiment: findings.sentiment, cues: findings.cues };
  if (!reading) return rules;
  const modelFrustration = Math.round(reading.frustration);
  const raised = modelFrustration > rules.frustration;
  // Without a sentiment of the model's own, its frustration labels it as the rules' own frustration does theirs.
  const modelSentiment = reading.sentiment ?? frustrationBand(modelFrustration);
  return {
    frustration: raised ? modelFrustration : rules.frustration,
    sentiment: modelSentiment ? moreNegative(rules.sentiment, modelSentiment) : rules.sentiment,
    cues: raised ? [...rules.cues, `model reading: frustration ${modelFrustration} (llm)`] : rules.cues,
  };
}

export function raiseRisk(risk: Risk, reading: AnalysisJudgement | null | undefined): Risk {
  if (!reading) return risk;
  return { ...risk, overall: Math.max(risk.overall, Math.round(reading.risk)) };
}

function moreNegative(a: Sentiment, b: Sentiment): Sentiment {
  return SENTIMENTS.indexOf(a) <= SENTIMENTS.indexOf(b) ? a : b;
}

/**
 * A hard trigger the model alone saw (quoted and found in the ticket) is
 * still a model's reading: 0.8 rather than the rules' 0.95.
 */
const MODEL_TRIGGER_CONFIDENCE = 0.8;

/**
 * The immediate decision with its source: `rules` when the model saw no
 * reason to escalate (and was overruled), `hybrid` when both sides saw it,
 * `llm` when only the model's quoted signals triggered it, `fallback` when
 * the model failed.
 */
export function labelImmediateDecision(decision: Decision, triggers: readonly string[], run: ModelRun | null | undefined): Decision {
  if (!run) return decision;
  if (run.fellBack) {
    return { ...decision, source: "fallback", reasons: [...decision.reasons, "the model failed: the rules decided (fallback)"] };
  }
  const fromModel = new Set<string>(run.addedSignals);
  const reasons = triggers.map((t) => `hard trigger: ${t} (${fromModel.has(t) ? "llm" : "rules"})`);
  const byRules = triggers.filter((t) => !fromModel.has(t));
  if (byRules.length === 0) {
    return { ...decision, reasons: [...reasons, ...run.contributions], source: "llm", confidence: MODEL_TRIGGER_CONFIDENCE };
  }
  const recommendation = run.reading?.recommendation;
  // A model that judged nothing in this run neither agrees nor is overruled.
  if (!run.classified && !recommendation) return decision;
  const modelAgrees =
    (run.classified && triggers.some((t) => run.modelSignals.some((s) => s === t))) ||
    (recommendation !== undefined && recommendation.type !== "no_escalation");
  if (modelAgrees) return { ...decision, reasons: [...reasons, ...run.contributions], source: "hybrid" };
  const verdict = recommendation ? `judged ${recommendation.type}: “${recommendation.reason}”` : "saw no hard trigger";
  return {
    ...decision,
    reasons: [...reasons, `the model ${verdict} (llm); overruled: hard triggers are never downgraded (rules)`],
    source: "rules",
  };
}
