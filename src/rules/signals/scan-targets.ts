/**
 * What each signal target is, for the context rules of the scan (scan.ts):
 * which targets say something is happening, which can be over or taken
 * back, which are someone's words, which a flow or an alert's name can name.
 */
import type { SignalTarget } from "./family.js";

/**
 * Targets that say something IS happening. A question about the topic
 * ("is there a status page for outages?") or a hypothetical ("if my key
 * leaks…") must not raise them. Threats and requests (legal, churn, human,
 * public complaint…) are the opposite: "can I talk to a human?" IS the
 * request, so those stay on; so does deadline ("can you fix it by Friday?").
 */
export const ABOUT_A_PRESENT_PROBLEM: ReadonlySet<SignalTarget> = new Set<SignalTarget>([
  "outage",
  "security_incident",
  "data_loss",
  "chargeback",
  "security_related",
  "outage_related",
  "many_users_affected",
  "business_impacting",
  "revenue_affecting",
]);

/**
 * Targets about a state that can be over. "Our app went down yesterday" is
 * history (see isPastEpisode); lost data or a breach stays a problem after
 * the fact, so those are not listed.
 */
/**
 * What a retraction after it withdraws, in the same message or a later one
 * (withdrawal.ts). A chargeback threat is a lever to get money back: once the
 * customer says the money is back or the matter settled, nothing is left to file.
 * A break-in the customer feared and then found to be their own people ("panic
 * over, all 15 are ours", "Entwarnung: das war unser Backup-Job") did not happen.
 */
export const TAKEN_BACK_LATER: ReadonlySet<SignalTarget> = new Set<SignalTarget>([
  "data_loss",
  "human_requested",
  "chargeback",
  "security_incident",
  "security_related",
]);

/**
 * What a questionnaire asks about, or a sentence says has nothing to do with
 * us, does not report: a present problem, or a lawsuit.
 */
export const TOLD_AS_BACKGROUND: ReadonlySet<SignalTarget> = new Set<SignalTarget>([...ABOUT_A_PRESENT_PROBLEM, "legal_threat"]);

/** Targets whose phrases also name an alert the customer sets up ("suspicious login alerts"): alert-name.ts. */
export const NAMES_AN_ALERT: ReadonlySet<SignalTarget> = new Set<SignalTarget>(["security_incident", "security_related"]);

/** What the customer's own buyers do to them, in their shop or payment provider (speaker.ts: aboutTheirOwnSales). */
export const PART_OF_THEIR_SALES: ReadonlySet<SignalTarget> = new Set<SignalTarget>(["chargeback"]);

/** Requests and threats that count only as the customer's own words (speaker.ts). */
export const SPOKEN_BY_THE_CUSTOMER: ReadonlySet<SignalTarget> = new Set<SignalTarget>([
  "human_requested",
  "legal_threat",
  "chargeback",
  "churn_risk",
  "public_complaint",
]);

export const CAN_BE_OVER: ReadonlySet<SignalTarget> = new Set<SignalTarget>(["outage", "outage_related"]);

/** What a past episode the customer calls closed does not report now (closed-episode.ts). */
export const OVER_ONCE_CLOSED: ReadonlySet<SignalTarget> = new Set<SignalTarget>(["security_incident", "security_related", "data_loss", "chargeback"]);

/**
 * How far an alarm reaches ("the whole team", "we're losing orders"). When
 * the alarm is taken back ("false alarm, it was our firewall"), its reach
 * goes with it: nobody is affected by a problem that was not one.
 */
export const REACH_OF_AN_ALARM: ReadonlySet<SignalTarget> = new Set<SignalTarget>(["many_users_affected", "business_impacting", "revenue_affecting"]);

/**
 * Targets that are also an act the customer can threaten: "If this isn't
 * reversed I'll file a chargeback" is a threat even though the sentence
 * opens with "if", while "if I file a chargeback, what happens?" is not.
 */
export const CAN_BE_THREATENED: ReadonlySet<SignalTarget> = new Set<SignalTarget>(["chargeback"]);

/**
 * Targets a flow the customer is building can name without any event:
 * "a flow that opens a task when Stripe reports a chargeback", "escalate to
 * a supervisor after 2 hours" (context.ts).
 */
export const NAMED_BY_AUTOMATION: ReadonlySet<SignalTarget> = new Set<SignalTarget>([...ABOUT_A_PRESENT_PROBLEM, "human_requested", "executive_involvement"]);

/** What a customer asks about as a condition ("what happens to our data if we cancel?"): condition-asked.ts. */
export const ASKED_AS_A_CONDITION: ReadonlySet<SignalTarget> = new Set<SignalTarget>(["churn_risk"]);

/**
 * Targets whose words name a thing a business also keeps records of ("cease and desist letters", "outage minutes"):
 * record-kind.ts. Not the alarm's reach ("we invoice our clients from these numbers" is a dependency, not a record).
 */
export const NAMES_A_KIND_OF_RECORD: ReadonlySet<SignalTarget> = new Set<SignalTarget>(
  [...TOLD_AS_BACKGROUND].filter((target) => !REACH_OF_AN_ALARM.has(target)),
);
