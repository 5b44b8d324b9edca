/**
 * Fuses the model's reading of mood and risk into the rules' analysis. A
 * model may raise frustration and risk (sarcasm and polite fury escape a
 * lexicon), never lower them.
 */
import type { AnalysisJudgement } from "../../../domain/judgement.js";
import { SENTIMENTS, type Sentiment } from "../../../domain/taxonomy.js";
import type { Risk } from "../../../domain/triage.js";
import type { Findings } from "../../state.js";
import { frustrationBand } from "../../../rules/emotion/sentiment-label.js";

export interface Feeling {
  frustration: number;
  sentiment: Sentiment;
  cues: string[];
}

export function fuseFeeling(findings: Pick<Findings, "frustration" | "sentiment" | "cues">, reading: AnalysisJudgement | null | undefined): Feeling {
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
