/**
 * Harm evidence: what in a ticket says a wrong "no" would cost more than a
 * few minutes of someone's time. A learned threshold may change the decision
 * only for tickets without any (see policy.ts); these keep the default
 * policy, whatever the verdicts taught, and their verdicts do not move a
 * threshold either (segment-calibration.ts): a threshold is learned from the
 * same kind of ticket it may act on.
 */
import type { Classification } from "../domain/triage.js";
import { RELATIONSHIP_SIGNALS } from "../rules/decision.js";

/**
 * 1,000 in whatever currency the customer wrote: the line above which a
 * billing mistake is no longer an annoyance but money a business misses.
 * Currencies are not converted (no rates offline); the line is meant as an
 * order of magnitude, and `learning configure --money-line` sets it.
 */
export const DEFAULT_MONEY_LINE = 1000;

export interface HarmInput {
  classification: Pick<Classification, "urgencyIndicators" | "escalationSignals"> & { entities: { amounts: readonly string[] } };
  frustration: number;
  /** The frustration at which a relationship signal becomes a management matter (thresholds.managementFrustration). */
  managementFrustration: number;
  moneyLine: number;
}

/**
 * The value of an amount as people write it ("40,000 EUR", "€1.200,50",
 * "$ 4 000"): the last separator followed by one or two digits is the
 * decimal point, every other separator groups thousands. null when no
 * number is found.
 */
export function amountValue(text: string): number | null {
  const number = /\d[\d.,\u00a0\u202f ]*/.exec(text)?.[0].trim();
  if (!number) return null;
  const decimal = /[.,](\d{1,2})$/.exec(number);
  const whole = (decimal ? number.slice(0, decimal.index) : number).replace(/[^\d]/g, "");
  const value = Number(`${whole}${decimal ? `.${decimal[1]}` : ""}`);
  return Number.isFinite(value) ? value : null;
}

/** Each piece of harm evidence in words, for the decision's reasons; empty when there is none. */
export function harmEvidence(input: HarmInput): string[] {
  const { classification: c } = input;
  const evidence: string[] = [];
  const large = c.entities.amounts.filter((a) => (amountValue(a) ?? 0) > input.moneyLine);
  if (large.length > 0) evidence.push(`money at stake: ${large.slice(0, 3).join(", ")} (over ${input.moneyLine})`);
  if (c.urgencyIndicators.length > 0) evidence.push(`impact or urgency: ${c.urgencyIndicators.join(", ")}`);
  if (input.frustration >= input.managementFrustration) evidence.push(`frustration ${input.frustration} ≥ ${input.managementFrustration}`);
  const relationship = c.escalationSignals.filter((s) => RELATIONSHIP_SIGNALS.includes(s));
  if (relationship.length > 0) evidence.push(`relationship signal: ${relationship.join(", ")}`);
  return evidence;
}
