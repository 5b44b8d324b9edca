/**
 * Priority as a support lead would set it: a ladder from the most expensive
 * situations down, so every priority comes with the rule that set it.
 */
import type { CustomerTier, EscalationSignal, IssueType, Priority, UrgencyIndicator } from "../domain/taxonomy.js";

export interface PriorityInput {
  signals: readonly EscalationSignal[];
  indicators: readonly UrgencyIndicator[];
  frustration: number;
  tier: CustomerTier;
  issueType: IssueType;
  category: string;
  /** The latest customer message, for the customer's own word on urgency; optional for callers without text. */
  text?: string;
}

export interface PriorityAssessment {
  priority: Priority;
  reason: string;
}

/** Incidents: something is broken or exposed right now. */
const INCIDENTS: readonly EscalationSignal[] = ["outage", "security_incident", "data_loss"];
/** Threats to money or the relationship that a human must answer today. */
const URGENT_SIGNALS: readonly EscalationSignal[] = [...INCIDENTS, "legal_threat", "chargeback"];
const HIGH_SIGNALS: readonly EscalationSignal[] = ["repeat_contact", "churn_risk", "public_complaint", "executive_involvement"];
const IMPACT: readonly UrgencyIndicator[] = ["business_impacting", "revenue_affecting", "many_users_affected"];
const HIGH_VALUE_TIERS: readonly CustomerTier[] = ["enterprise", "vip"];
/**
 * Whose reported problems are high priority by default: key accounts, and
 * accounts customer success has already flagged as likely to leave (for
 * them a defect left to the bot is the reason they go).
 */
const PROBLEM_IS_HIGH_TIERS: readonly CustomerTier[] = [...HIGH_VALUE_TIERS, "at_risk"];

/**
 * The customer's own word that it can wait ("Minor:", "no rush", "not
 * urgent"), in the four languages. It only lowers what nothing else raised:
 * signals and impact indicators come first in the ladder, because calm
 * customers understate real incidents ("small thing, maybe: …").
 */
const SAYS_IT_CAN_WAIT =
  /(?:^|\n)\s*minor\s*[:,-]|(?<![\p{L}])(?:minor (?:issue|bug|thing|glitch|problem)|cosmetic|(?:small|minor|tiny) typo|just letting you know|(?:it['’]s|it is|everything['’]s) (?:fine|working) (?:again|now)|no rush|not urgent|no urgency|nothing urgent|kein(?:e)? eile|nicht dringend|sin prisa|no es urgente|nada urgente|pas urgent|rien d['’]urgent|pas pressé)(?![\p{L}])/iu;

/**
 * Data that is gone with nothing to restore it from ("no other copy", "the
 * trash is empty", "deleted my entire library"). Every hour lowers the
 * chance of a recovery from our side, whoever the customer is, so this
 * data loss is critical on any plan; a loss the customer can redo or that
 * touched one session's edits stays urgent.
 */
const UNRECOVERABLE =
  /(?<![\p{L}])(?:no (?:other )?(?:copy|copies|backup)|(?:trash|bin) is empty|(?:entire|whole|all (?:of )?(?:our|my|the)) [\p{L} ]{0,30}(?:gone|deleted|disappeared|missing)|(?:deleted|wiped|erased) (?:my|our) (?:entire|whole|all)|(?:is|are) gone|corbeille (?:est )?vide|papelera (?:está )?vacía|papierkorb (?:ist )?leer|no tenemos otra copia|keine (?:andere )?kopie|aucune (?:autre )?copie)(?![\p{L}])/iu;

/**
 * What turns a question into one someone must weigh in on the same day:
 * the customer suspects a defect or an incident ("is this intended?", "is
 * something going on?"), asks again, wants a person, or talks about the
 * contract itself (a quote, a renewal, contract terms, a downgrade), or
 * was billed the wrong amount. A question that carries a security concern
 * ("I think I found an XSS") is not a how-to either. Without any of these
 * a question is answered from the docs, and a calm key account's how-to is
 * as quick to answer as anyone's (a venting one is the exception, below).
 */
const QUESTION_WITH_STAKES =
  /(?<![\p{L}])(?:is (?:this|that|it) (?:intended|expected|by design|a (?:known |)bug)|known (?:issue|problem|thing)|anything known|something going on|(?:am i|are we) doing something wrong|mache ich (?:etwas|was) falsch|hago algo mal|je fais quelque chose de mal|asked (?:this |for this |about this |for it )?(?:already|again|twice|before)|(?:and|but) (?:it )?still (?:doesn['’]t|does not|isn['’]t)|any update|(?:real|actual) person|(?:talk|speak) to (?:a (?:real )?(?:person|human)|someone)|(?:send (?:us |me )?a|price|pricing) quote|quote (?:for|with)|renewal|contract|order form|downgrade|procurement window|(?:billed|charged) [^.?!\n]{0,30}(?:instead of|twice))(?![\p{L}])/iu;

export function assessPriority(input: PriorityInput): PriorityAssessment {
  const { signals, indicators, frustration, tier, issueType, category } = input;
  const canWait = input.text !== undefined && SAYS_IT_CAN_WAIT.test(input.text);
  const has = (list: readonly string[], values: readonly string[]) => values.some((v) => list.includes(v));
  const incident = signals.find((s) => INCIDENTS.includes(s));
  const impact = indicators.find((i) => IMPACT.includes(i));

  if (incident && (impact || HIGH_VALUE_TIERS.includes(tier))) {
    return { priority: "critical", reason: `${incident} with business impact (${impact ?? `${tier} customer`})` };
  }
  if (signals.includes("data_loss") && input.text !== undefined && UNRECOVERABLE.test(input.text)) {
    return { priority: "critical", reason: "data lost with no copy to restore it from" };
  }
  const urgent = signals.find((s) => URGENT_SIGNALS.includes(s));
  if (urgent) return { priority: "urgent", reason: `${urgent} needs a human today` };

  const high = signals.find((s) => HIGH_SIGNALS.includes(s));
  // 30: the "calm" line below. A calm customer on an ordinary plan who
  // mentions leaving, a review or a second message is told someone will get
  // back to them, not rushed: the decision policy sends exactly these to a
  // scheduled follow-up (decision.ts, "a relationship signal without heat or
  // stakes"). Key and at-risk accounts, or heat, keep it high.
  const calmRelationship = high !== undefined && frustration < 30 && !PROBLEM_IS_HIGH_TIERS.includes(tier);
  if (high && !calmRelationship) return { priority: "high", reason: `${high} puts the relationship at risk` };
  // 70: the point where the reading says "angry", not "annoyed"; see emotion/.
  if (frustration >= 70) return { priority: "high", reason: `frustration ${frustration}/100` };
  if (impact) return { priority: "high", reason: `${impact} reported` };
  if (has(indicators, ["deadline"]) && issueType === "problem") {
    return { priority: "high", reason: "a problem with a deadline" };
  }
  if (high) return { priority: "medium", reason: `${high} from a calm customer on an ordinary plan` };
  if (PROBLEM_IS_HIGH_TIERS.includes(tier) && (issueType === "problem" || issueType === "complaint") && !canWait) {
    return { priority: "high", reason: `${tier} customer reports a problem` };
  }
  // Nothing above raised it and the customer says it can wait: believe them.
  // 30: the same "calm" line as below; an angry "no rush!!!" is sarcasm.
  if (canWait && frustration < 30) return { priority: "low", reason: "the customer says it can wait" };

  // The free plan carries no contract and no support commitment: a problem
  // that names no impact, no deadline and no signal, from a customer not
  // angry enough for "high", inconveniences one user and waits its turn.
  if (tier === "free" && (issueType === "problem" || issueType === "complaint")) {
    return { priority: "low", reason: "a free-plan problem with no impact" };
  }
  // 30: below this the customer is calm; a calm question or wish can wait a day.
  const calm = frustration < 30;
  if (calm && (category === "feature_request" || issueType === "compliment")) {
    return { priority: "low", reason: "a calm request with no impact" };
  }
  // A question with none of the evidence above and no sign of stakes is
  // answered from the docs. No calm line on ordinary plans: "WHERE is the
  // export button???" is an annoyed how-to, still answered in a minute (from
  // 70 the ladder has already made it high). A key account venting (30, the
  // calm line) keeps medium: the relationship, not the answer, needs a
  // look that day. A deadline keeps it medium too (an answer someone needs
  // by a date).
  const ventingKeyAccount = HIGH_VALUE_TIERS.includes(tier) && frustration >= 30;
  if (
    issueType === "question" &&
    !ventingKeyAccount &&
    !has(indicators, ["deadline", "security_related"]) &&
    !(input.text !== undefined && QUESTION_WITH_STAKES.test(input.text))
  ) {
    return { priority: "low", reason: "a how-to question with nothing at stake" };
  }
  return { priority: "medium", reason: "a routine issue" };
}
