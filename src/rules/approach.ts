/**
 * The handling approach (the seed's determineApproach): how carefully a human
 * or the bot should handle the conversation.
 */
import type { Approach } from "../domain/taxonomy.js";
import type { ComplexityScores, Risk } from "../domain/triage.js";

export function chooseApproach(risk: Risk, frustration: number, complexity: ComplexityScores): Approach {
  // 80 / 60: the seed's bands; above 80 only a senior person should write back.
  if (risk.overall > 80 || frustration > 80) return "high_touch_escalation";
  if (risk.overall > 60 || frustration > 60) return "careful_handling";
  // 70: beyond what the first line can explain without a specialist.
  if (complexity.technical > 70) return "technical_specialist";
  return "standard_support";
}
