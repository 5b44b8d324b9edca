/**
 * The rules engine's classification of a conversation: one pass over the
 * text that yields the public `classification` and the raw `findings` the
 * later nodes reuse.
 */
import type { CustomerTier } from "../../../domain/taxonomy.js";
import type { Classification, ConversationTurn, Evidence, TurnReading } from "../../../domain/triage.js";
import type { TicketState, Findings } from "../../state.js";
import { classifyConversation, type CategoryResult, type Taxonomy } from "../../../rules/category/index.js";
import { assessComplexity, findQuotedIdentifiers } from "../../../rules/complexity.js";
import { readEmotion } from "../../../rules/emotion/index.js";
import { extractEntities } from "../../../rules/entities.js";
import { findHumanActions, HUMAN_ACTION_SIGNAL, humanActionEvidence } from "../../../rules/human-action.js";
import { assessIssueType } from "../../../rules/issue-type.js";
import { detectLanguage } from "../../../rules/language.js";
import { assessPriority } from "../../../rules/priority.js";
import { readConceptSignals } from "../../../rules/concepts/engine.js";
import { findRegression, regressionEvidence } from "../../../rules/regression.js";
import { messageKind, readTicket } from "../../../rules/ticket-reader/read.js";
import { otherLanguageSignals } from "../../../rules/other-languages/evidence.js";
import { settlesInOtherLanguage } from "../../../rules/other-languages/settles.js";
import { detectSignals, detectTicketSignals } from "../../../rules/signals/index.js";
import { withoutSignature } from "../../../rules/signals/signature.js";
import { readWithdrawal, withdrawnLater, type Withdrawal } from "../../../rules/signals/withdrawal.js";
import { textForRules } from "../../../rules/reading-budget.js";

/**
 * A ticket without a tier is treated as paid: the neutral point of the
 * customer-risk scale, neither discounted (free) nor boosted (enterprise).
 */
export const DEFAULT_TIER: CustomerTier = "paid";

export interface RulesClassification {
  classification: Classification;
  /** The rest of the readings; read stores the classification in the findings with them. */
  findings: Omit<Findings, "classification">;
}

/**
 * The two readings the rules make first: the language and the category. They
 * are cheap (a few of the classification's milliseconds), and they are all
 * the run's first model request needs from the rules (the reply brief,
 * src/agent/nodes/read/reply-brief.ts): with a model, read takes them first,
 * sends the request, and runs the rest of the rules while it is in flight.
 */
export interface FirstLook {
  language: string;
  category: CategoryResult;
}

export function firstLook(ticket: TicketState, fullTurns: readonly ConversationTurn[], taxonomy?: Taxonomy): FirstLook {
  const { subject, latest, texts } = readable(ticket, fullTurns);
  return { language: detectLanguage(latest || subject), category: classifyConversation(subject, texts, taxonomy) };
}

/** `look`: the first look already taken (same ticket, same turns), so it is not taken twice. */
export function classifyWithRules(ticket: TicketState, fullTurns: ConversationTurn[], taxonomy?: Taxonomy, look?: FirstLook): RulesClassification {
  const customerTurns = fullTurns.map((turn) => ({ ...turn, content: textForRules(turn.content).text }));
  const { subject, latest, texts } = readable(ticket, fullTurns, customerTurns);
  const allText = texts.join("\n\n");
  const { language, category } = look ?? { language: detectLanguage(latest || subject), category: classifyConversation(subject, texts, taxonomy) };

  // Signals turn by turn: a threat made in the first message still stands
  // after a calmer second one, and evidence stays attributable to its turn.
  // What can be over (an outage, a fraud alert, a request for a person) is
  // withdrawn when a later message takes it back ("false alarm, all good").
  // The same for a language with a reading table: "Werkt weer, bedankt!" settles what an earlier message raised, and
  // is a retraction to the thread's routing (a handed-off thread goes back to decide).
  const settledInOther = customerTurns.map((turn, i) => i > 0 && settlesInOtherLanguage(turn.content, language));
  const withdrawals = customerTurns.map((turn, i) => {
    if (i === 0) return null;
    const read = readWithdrawal(turn.content, language);
    return settledInOther[i] ? { ...read, retracted: true } : read;
  });
  const signals = new Set<Classification["escalationSignals"][number]>();
  const indicators = new Set<Classification["urgencyIndicators"][number]>();
  const evidence: Evidence[] = [];
  let latestAsksAPerson = false;
  let latestRaisesSignal = false;
  customerTurns.forEach((turn, i) => {
    const withdrawn = withdrawnLater(withdrawals, i);
    // What the customer says, without the signature block under it: a job title or a company name states nothing.
    const said = withoutSignature(turn.content);
    const report = i === 0 ? detectTicketSignals(subject, said, language, withdrawn) : detectSignals(said, language, withdrawn);
    report.signals.forEach((s) => signals.add(s));
    report.urgencyIndicators.forEach((u) => indicators.add(u));
    // A request only a person can carry out ("refund us", "transfer ownership")
    // stands once made, like a signal; decide reads it back from the evidence.
    const needs = findHumanActions(i === 0 ? `${subject}\n${said}` : said, allText).map(humanActionEvidence);
    // The learned concept reader: concepts however they are phrased, added
    // beside the pattern families' findings, never in place of them.
    const learned = readConceptSignals(i === 0 ? `${subject}\n${said}` : said, language, withdrawn);
    // A latest message that asks a person to act, or tells a new problem after taking the old one back
    // ("It's back now. But this morning's orders are missing"), has not settled the thread.
    if (i === customerTurns.length - 1) latestAsksAPerson = needs.length > 0 || learned.evidence.some((e) => e.signal === HUMAN_ACTION_SIGNAL);
    learned.signals.forEach((s) => signals.add(s));
    learned.indicators.forEach((u) => indicators.add(u));
    // In a language the families do not cover, its reading table (src/rules/other-languages/): nothing elsewhere.
    const other = otherLanguageSignals(i === 0 ? `${subject}\n${said}` : said, language, settledInOther.slice(i + 1).some(Boolean));
    // A calm "thank you" that goes on to say the board approved moving to another platform raises a signal of its own.
    if (i === customerTurns.length - 1) latestRaisesSignal = report.signals.length + learned.signals.length + other.signals.length > 0;
    other.signals.forEach((s) => signals.add(s));
    // A failure dated from a change ("since your update"): evidence for a specialist, weighed in decide.
    const regression = findRegression(i === 0 ? `${subject}\n${said}` : said);
    const changed = regression ? [regressionEvidence(regression)] : [];
    for (const e of [...report.evidence, ...needs, ...learned.evidence, ...other.evidence, ...changed]) {
      if (!evidence.some((x) => x.signal === e.signal && x.match === e.match)) evidence.push(e);
    }
  });

  const trajectory: TurnReading[] = customerTurns.map((turn, i) => {
    const reading = readEmotion(i === 0 ? `${subject}\n${turn.content}` : turn.content, language);
    return { turn: i, frustration: reading.frustration, sentiment: reading.sentiment };
  });
  const latestReading = readEmotion(customerTurns.length <= 1 ? `${subject}\n${latest}` : latest, language);

  const extracted = extractEntities(`${subject}\n${allText}`, ticket.customerEmail ? { senderEmail: ticket.customerEmail } : {});
  // A quoted machine identifier ('invalid_grant') is an error code the
  // extractor's shapes (HTTP statuses, SHOUTED_SNAKE, E1234) do not cover.
  const quoted = findQuotedIdentifiers(`${subject}\n${allText}`).filter((code) => !extracted.errorCodes.some((known) => code.includes(known)));
  const entities = { ...extracted, errorCodes: [...extracted.errorCodes, ...quoted] };
  const tier = ticket.customerTier ?? DEFAULT_TIER;
  const signalList = [...signals];
  const indicatorList = [...indicators];
  const issueType = assessIssueType({
    text: latest,
    category: category.category,
    signals: signalList,
    frustration: latestReading.frustration,
    lexiconScore: latestReading.lexiconScore,
    language,
    ...(customerTurns.length <= 1 ? { subject } : {}),
  });
  // The ticket reader reads the whole conversation at once: what the
  // sentence-level readers miss is often spread over it, with a threshold for
  // the kind of message the latest one is (asking or reporting). Well below
  // it, it doubts a need only the concept reader found (decision.ts). It says
  // nothing over a latest message that takes the alarm back ("false alarm, it
  // was my browser"): the earlier alarm is still in the text it reads.
  const latestWithdrawal = withdrawals.at(-1);
  const takenBack = latestWithdrawal ? latestWithdrawal.retracted || latestWithdrawal.ownActivity : false;
  const reading = takenBack
    ? null
    : readTicket(
        subject,
        customerTurns.map((turn) => turn.content),
        language,
        messageKind(issueType),
      );
  if (reading) evidence.push(reading);

  const priority = assessPriority({
    signals: signalList,
    indicators: indicatorList,
    frustration: latestReading.frustration,
    tier,
    issueType,
    category: category.category,
    text: latest,
  });
  const complexity = assessComplexity({
    text: `${subject}\n${allText}`,
    category: category.category,
    signals: signalList,
    entities,
    frustration: latestReading.frustration,
    language,
    customerTurns: customerTurns.length,
  });

  return {
    classification: {
      category: category.category,
      priority: priority.priority,
      complexity: complexity.level,
      customerType: tier,
      issueType,
      urgencyIndicators: indicatorList,
      escalationSignals: signalList,
      entities,
      language,
      confidence: Math.round(category.confidence * 100) / 100,
      evidence,
    },
    findings: {
      frustration: latestReading.frustration,
      sentiment: latestReading.sentiment,
      lexiconScore: latestReading.lexiconScore,
      cues: latestReading.cues,
      trajectory,
      complexityScores: complexity.scores,
      technicalTerms: complexity.technicalTerms,
      priorityReason: priority.reason,
      ...latestMessageOf(withdrawals, latestAsksAPerson, latestRaisesSignal),
    },
  };
}

/**
 * The text the rules read. A pasted megabyte is read as its beginning and end
 * (reading-budget.ts): the scan must not take minutes. The category is read
 * message by message, the latest weighing most: a how-to question that turns
 * into a defect report in a later message is a defect report now.
 */
function readable(ticket: TicketState, fullTurns: readonly ConversationTurn[], clipped?: readonly ConversationTurn[]) {
  const texts = (clipped ?? fullTurns.map((turn) => ({ ...turn, content: textForRules(turn.content).text }))).map((t) => t.content);
  return { subject: ticket.subject ?? "", latest: texts.at(-1) ?? "", texts };
}

/** The latest follow-up's withdrawal, as findings carry it (none for a first message). */
function latestMessageOf(withdrawals: readonly (Withdrawal | null)[], asksAPerson: boolean, raisesSignal: boolean): Pick<Findings, "latestMessage"> {
  const latest = withdrawals.at(-1);
  return latest ? { latestMessage: { ...latest, asksAPerson, raisesSignal } } : {};
}
