/**
 * The escalation risk profile (the seed's Step 2 composite, reworked). Each
 * component is 0–100; `overall` is their weighted mean.
 */
import type { CustomerTier, EscalationSignal, UrgencyIndicator } from "../domain/taxonomy.js";
import type { ComplexityScores, Risk } from "../domain/triage.js";

export interface RiskInput {
  frustration: number;
  complexity: ComplexityScores;
  tier: CustomerTier;
  previousTicketCount: number;
  escalationHistoryCount: number;
  signals: readonly EscalationSignal[];
  indicators: readonly UrgencyIndicator[];
}

/**
 * The seed weighs frustration 40%, complexity 30%, churn 20%, publicity 10%
 * and ignores business impact, so a calmly reported enterprise outage scores
 * low. We move 5 points each from frustration and complexity to an explicit
 * business component and fold churn into the customer component.
 */
export const RISK_WEIGHTS = { sentiment: 0.35, complexity: 0.25, customer: 0.2, business: 0.2 } as const;

/** The seed's customer risk: a base of 30 plus what makes losing this customer costly or likely. */
const TIER_RISK: Record<CustomerTier, number> = {
  enterprise: 30,
  vip: 25,
  at_risk: 35, // already flagged by customer success as likely to leave
  paid: 0,
  free: -10, // no revenue at stake; still a person who deserves an answer
};

const BUSINESS_INDICATORS: Partial<Record<UrgencyIndicator, number>> = {
  revenue_affecting: 25, // money lost per minute is the clearest business harm
  business_impacting: 20,
  many_users_affected: 20,
  security_related: 20,
  outage_related: 15, // usually arrives with business_impacting already
  deadline: 10,
};

const BUSINESS_SIGNALS: Partial<Record<EscalationSignal, number>> = {
  legal_threat: 25,
  public_complaint: 20,
  churn_risk: 20,
  executive_involvement: 15,
  chargeback: 15,
  data_loss: 20,
};

const cap = (n: number) => Math.max(0, Math.min(100, Math.round(n)));

export function assessRisk(input: RiskInput): Risk {
  const sentiment = cap(input.frustration);

  // Resolution and technical difficulty drive how likely the first line
  // fails; communication and process matter less.
  const { technical, communication, process, resolution } = input.complexity;
  const complexity = cap(0.4 * technical + 0.1 * communication + 0.2 * process + 0.3 * resolution);

  const customer = cap(
    30 +
      TIER_RISK[input.tier] +
      (input.previousTicketCount > 5 ? 20 : 0) + // the seed's "frequent contact" line
      (input.escalationHistoryCount > 0 ? 25 : 0),
  );

  // 20 base: any unresolved ticket carries some business cost.
  const business = cap(
    20 +
      input.indicators.reduce((sum, i) => sum + (BUSINESS_INDICATORS[i] ?? 0), 0) +
      input.signals.reduce((sum, s) => sum + (BUSINESS_SIGNALS[s] ?? 0), 0) +
      (input.tier === "enterprise" || input.tier === "vip" ? 15 : 0),
  );

  const overall = cap(
    RISK_WEIGHTS.sentiment * sentiment + RISK_WEIGHTS.complexity * complexity + RISK_WEIGHTS.customer * customer + RISK_WEIGHTS.business * business,
  );
  return { overall, sentiment, complexity, customer, business };
}
