/**
 * What the learned concept reader adds to the rules engine's reading of one
 * message: a confident request for a person or fraud report is a hard
 * trigger, like the pattern families'; every other concept is a need only a
 * person can carry out, so it can raise "the bot keeps it" to an escalation
 * but never re-route what the rules decided. Everything it adds carries its
 * evidence — the sentence, the probability and the features that weighed
 * most — so the person who picks the ticket up sees why.
 *
 * It only adds: the caller unions its reading with the pattern families',
 * so it can never cancel what they found.
 */
import { settlingPoints } from "../signals/retraction.js";
import { steersTheAgent } from "../signals/steering.js";
import type { EscalationSignal, UrgencyIndicator } from "../../domain/taxonomy.js";
import type { Evidence } from "../../domain/triage.js";
import type { HumanActionKind } from "../human-action-kinds.js";
import { HUMAN_ACTION_SIGNAL, learnedHumanActionRule } from "../human-action.js";
import { confirmsOwnActivity } from "../signals/confirmation.js";
import { describesAutomation } from "../signals/automation-spec.js";
import { asksATeamForExpertise, isOthersEpisode, reportsNoImpact } from "../signals/context.js";
import { declaresRehearsal, describesExercise } from "../signals/rehearsal.js";
import { foldText } from "../signals/fold.js";
import { isEmailFurniture } from "../signals/email-furniture.js";
import { isMachineText } from "../signals/machine-text.js";
import { aboutTheirOwnCasework, namesTheirOwnPerson, reportsOthersWords } from "../signals/speaker.js";
import { isPastEpisode } from "../signals/past-episode.js";
import { handsOverInOrder } from "../signals/orderly-handover.js";
import { saysEpisodeClosed } from "../signals/closed-episode.js";
import { tellsCorrectedBelief } from "../signals/corrected-belief.js";
import { asksOrLists, isQuestionnaire } from "../signals/questionnaire.js";
import { asksAboutSupportHours, checksPresence } from "../signals/presence.js";
import { unwrapLines } from "../signals/wrapped-lines.js";
import { isQuotedLine, isShapedAsRequest } from "../signals/request-form.js";
import { NOTHING_WITHDRAWN, type Withdrawal } from "../signals/withdrawal.js";
import { asksTheWayToReport, isHypotheticalSentence, isTopicQuestion } from "../signals/questions.js";
import type { Concept } from "./concepts.js";
import { readConcepts, splitIntoSentences, type Admissible, type ConceptFinding } from "./read.js";

interface Effect {
  /**
   * A hard trigger, raised when the reader is confident (HARD_TRIGGER_SCORE):
   * a request for a person or a fraud report escalates at once, as the
   * pattern families' do, and no model may cancel it.
   */
  readonly hard?: { readonly signal: EscalationSignal; readonly indicator?: UrgencyIndicator };
  /**
   * A need only a person can carry out. Decide reads needs last, after every
   * rule that routes a ticket, so a need turns "the bot keeps it" into a
   * scheduled escalation to the team that can act, and changes nothing the
   * rules already escalated.
   */
  readonly need: HumanActionKind | null;
  /**
   * The concept says something IS happening, so a sentence that opens with a
   * condition ("if someone used my card, …") does not show it. Requests,
   * complaints and intentions stand in any mood.
   */
  readonly presentProblem?: boolean;
}

/**
 * From this probability a request for a person or a fraud report is a hard
 * trigger. Below it (and above the concept's own threshold) it is a need:
 * a person still reads the ticket, without the immediate page. Set where
 * defect and billing reports stopped reading as fraud ("Charged twice on
 * card …" scored 0.88 after the last retrain; evals/RESULTS.md).
 */
export const HARD_TRIGGER_SCORE = 0.9;

/** How each concept enters the engine; the decision policy does the rest. */
const EFFECTS: Readonly<Record<Concept, Effect>> = {
  human_request: { hard: { signal: "human_requested" }, need: "person_requested" },
  fraud: { hard: { signal: "security_incident", indicator: "security_related" }, need: "fraud_review", presentProblem: true },
  business_stopped: { need: "business_stopped", presentProblem: true },
  data_loss: { need: "data_recovery", presentProblem: true },
  // Evidence only: the model reads churn into ordinary account sentences
  // ("Our account is ACC-100056."), so a leaving customer is left to the
  // churn-risk families; the reading still shows in the evidence.
  churn: { need: null },
  handling_complaint: { need: "handling_complaint" },
  legal_rights: { need: "data_rights" },
  accessibility: { need: "accessibility_blocker" },
  staff_action: { need: "staff_request" },
};

/** Whether a finding of `concept` can escalate a ticket (churn is evidence only). */
export const canEscalate = (concept: Concept): boolean => EFFECTS[concept].hard !== undefined || EFFECTS[concept].need !== null;

export interface ConceptReading {
  signals: EscalationSignal[];
  indicators: UrgencyIndicator[];
  /** Evidence for the signals and `needs_human_action` entries decide reads back. */
  evidence: Evidence[];
  findings: ConceptFinding[];
}

function evidenceOf(finding: ConceptFinding, signal: string, rule: string): Evidence {
  return { signal, match: finding.sentence, rule, score: finding.score, features: finding.features };
}

/**
 * The bot named alone ("assistant" as a subject line, "the chatbot", "KI-Assistent", "Agent IA", "AI agents"): a topic. A request for a
 * person names a person or turns the bot away ("no bot", "not the assistant"); the model, trained on short
 * requests, reads the bare word as one.
 */
const THE_BOT_ALONE =
  /^[\s\p{P}]*(?:(?:the|your|this|our|an?|un|une|le|la|l'|el|der|die|das|du|ein(?:en)?|chat|ai|ki|ia|virtual|virtuel(?:le)?)[\s-]*)*(?:assistant|assistent|asistente|bot|chatbot|robot|ai|ki|ia|(?:ai|ki|ia)[\s-]*agent(?:e|en|s)?|agent(?:e|en|s)?[\s-]*(?:ia|ai|ki|virtuel(?:le)?|virtual))[\s\p{P}]*$/u;

/**
 * The pattern families' context rules, applied to the model's sentences
 * (src/rules/signals/scan.ts, context.ts): a present problem is not shown by
 * a conditional, a question about the topic, a flow being specified, or in
 * a ticket that says the customer is not affected or takes the alarm back
 * (and fraud not where the activity was the customer's own); a request for a person is
 * not one when it describes what a flow should do ("escalate to a
 * supervisor after 2 hours"), only asks whether anyone is there ("hello??
 * anyone") or names the bot alone.
 */
/** "Human resources", "recursos humanos", "ressources humaines": a department, not a human asked for. */
const HUMAN_RESOURCES = /\b(?:human resources|recursos humanos|ressources humaines)\b/;

/** Handing a conversation on: "hand off to", "übergeben", "pasar a", "transférer à". */
const HANDS_OFF =
  /\b(?:hand(?:s|ing)?\s+(?:\w+\s+)?(?:off|over)|pass(?:es|ing)?\s+(?:\w+\s+)?on|transfer(?:s|ring)?|route[sd]?|ubergeben|ubergibt|weiterleiten|weitergeben|pasar|derivar|transferir|transmettre|transferer)\b/;

/** Requests and threats, which count only as the customer's own words (signals/speaker.ts). */
const SPOKEN_BY_THE_CUSTOMER: ReadonlySet<Concept> = new Set<Concept>(["human_request", "churn", "legal_rights", "staff_action"]);

function contextRules(text: string, withdrawn: Withdrawal): Admissible {
  // The text as the reader splits it (a wrapped line's break is a space), so its sentences can be found in it.
  const plain = unwrapLines(text);
  let ticket:
    | {
        unaffected: boolean;
        ownActivity: boolean;
        rehearsal: boolean;
        questionnaire: boolean;
        episodeClosed: boolean;
        handsOffToTheirOwn: boolean;
        handedOverInOrder: boolean;
        lastRetractionAt: number;
        newMatterAt: number;
      }
    | undefined;
  const readTicket = () => {
    const written = splitIntoSentences(text);
    const sentences = written.map((s) => foldText(s).text);
    // Where in the text the last sentence that takes something back starts (-1: none), and where a new matter
    // opens after it with a contrast ("But this morning's orders are missing"; -1: none).
    const starts: number[] = [];
    let from = 0;
    for (const sentence of written) {
      const at = plain.indexOf(sentence, from);
      if (at >= 0) from = at;
      starts.push(from);
    }
    const { lastRetraction, newMatter } = settlingPoints(sentences);
    const lastRetractionAt = starts[lastRetraction] ?? -1;
    const newMatterAt = starts[newMatter] ?? -1;
    return {
      lastRetractionAt,
      newMatterAt,
      unaffected: reportsNoImpact(sentences),
      ownActivity: withdrawn.ownActivity || confirmsOwnActivity(sentences),
      rehearsal: withdrawn.exercise || declaresRehearsal(sentences),
      questionnaire: isQuestionnaire(foldText(text).text),
      episodeClosed: saysEpisodeClosed(sentences),
      handsOffToTheirOwn: sentences.some(namesTheirOwnPerson),
      handedOverInOrder: handsOverInOrder(sentences.join("\n")),
    };
  };
  // A request a later "nvm, found it" withdraws, in a later message or later in this one (signals/withdrawal.ts).
  const takenBack = (sentence: string) => {
    ticket ??= readTicket();
    return withdrawn.retracted || ticket.lastRetractionAt > plain.indexOf(sentence);
  };
  return (concept, sentence) => {
    const folded = foldText(sentence).text;
    // A greeting, a sign-off or a signature states nothing, whatever its job title says; pasted machine output says nothing the customer means.
    if (isEmailFurniture(sentence, folded) || isMachineText(sentence)) return false;
    if (EFFECTS[concept].presentProblem) {
      // Asking the way to report what the model reads ("how do I report a stolen card?") reports it; the pattern families
      // keep the topic rule, since their words alone ("how do I report a phishing email?") name no event of the customer's.
      const topic = isTopicQuestion(folded) && !asksTheWayToReport(folded);
      if (isHypotheticalSentence(folded) || topic || describesAutomation(folded) || describesExercise(folded)) return false;
      // "Creí que había perdido la ficha, pero ya la encontré": an alarm the customer already found false.
      if (tellsCorrectedBelief(folded)) return false;
      // "A bad data loss with another tool last year": someone else's, and over (as the pattern families read it).
      if (isOthersEpisode(folded, isPastEpisode(folded))) return false;
      ticket ??= readTicket();
      // An alarm the customer took back (in a later message or in this one), activity they say was their own, or a
      // ticket about a rehearsal, is no event. A problem told after the retraction, once the message turns to a new
      // matter, is a new one ("It's back now. But this morning's orders aren't in the table").
      const newMatter = ticket.newMatterAt >= 0 && plain.indexOf(sentence) >= ticket.newMatterAt;
      if (withdrawn.retracted || (ticket.lastRetractionAt >= 0 && !newMatter) || ticket.rehearsal) return false;
      // "In March one of our team had their account compromised … the case was closed in April": background.
      if (ticket.episodeClosed && isPastEpisode(folded)) return false;
      // "4.2 Do you have a process for investigating compromised accounts?": a questionnaire asks, it reports nothing.
      if (ticket.questionnaire && asksOrLists(folded)) return false;
      if (concept === "business_stopped" && ticket.unaffected) return false;
      // Activity the customer says was their own, or an account changing hands in order ("she made me admin before she
      // left"): the reader's confidence on admin and owner sentences is no fraud report (signals/orderly-handover.ts).
      if (concept === "fraud" && (ticket.ownActivity || ticket.handedOverInOrder)) return false;
      return true;
    }
    // "Note to the AI: get me a human": an instruction to the agent, not the customer's need.
    if (steersTheAgent(folded)) return false;
    // In a ticket about a rehearsal only a request for a person stands ("can someone join our drill?").
    if (concept !== "human_request") {
      ticket ??= readTicket();
      if (ticket.rehearsal) return false;
    }
    // "Our customers keep asking for a manager", a quoted « je veux parler à un humain »: someone else's
    // request or threat. Only those: a complaint quotes what we said, a barrier what the screen reader said.
    if (SPOKEN_BY_THE_CUSTOMER.has(concept) && reportsOthersWords(folded)) return false;
    // "Escalation rule for open customer claims": the customer's own casework, not a complaint about ours.
    if (concept === "handling_complaint" && aboutTheirOwnCasework(folded)) return false;
    if (concept === "staff_action") {
      // "If you reissue it, is the old one void?" asks about the act. Questions are left to the model: "Can we get the
      // invoice reissued?" asks for the act and "How do I download the invoice?" does not, with the same opener shapes.
      if (isHypotheticalSentence(folded) || describesAutomation(folded)) return false;
      // The reader knows the topics of staff work; a request has the shape of one ("Registered charity no. 1098765"
      // does not), and a line quoted from an earlier mail is not the customer asking.
      if (isQuotedLine(sentence) || !isShapedAsRequest(folded)) return false;
      return !takenBack(sentence);
    }
    if (concept !== "human_request") return true;
    // "hello?? anyone", "Ist da jemand?", "is there a way to reach a person at weekends?": whether someone is
    // there, now or at a time, which the bot answers; "assistant" alone names the bot. No request for a person.
    if (checksPresence(folded) || asksAboutSupportHours(folded) || THE_BOT_ALONE.test(folded) || HUMAN_RESOURCES.test(folded)) return false;
    // "Can the AI agent step hand off to a human on our team?": one of their own people, not ours; and so is the
    // hand-off the subject line names ("AI agent step – hand off to a human?").
    if (namesTheirOwnPerson(folded)) return false;
    ticket ??= readTicket();
    if (ticket.handsOffToTheirOwn && HANDS_OFF.test(folded)) return false;
    // A flow that escalates is no request, nor is a team asked to clarify something (a specialist's answer).
    return !takenBack(sentence) && !describesAutomation(folded) && !asksATeamForExpertise(folded);
  };
}

/** `withdrawn`: what the thread's later messages take back of this one (signals/withdrawal.ts). */
export function readConceptSignals(text: string, language: string, withdrawn: Withdrawal = NOTHING_WITHDRAWN): ConceptReading {
  const reading: ConceptReading = { signals: [], indicators: [], evidence: [], findings: [] };
  for (const finding of readConcepts(text, language, undefined, contextRules(text, withdrawn))) {
    const effect = EFFECTS[finding.concept];
    reading.findings.push(finding);
    if (effect.hard && finding.score >= HARD_TRIGGER_SCORE) {
      reading.signals.push(effect.hard.signal);
      if (effect.hard.indicator) reading.indicators.push(effect.hard.indicator);
      reading.evidence.push(evidenceOf(finding, effect.hard.signal, `learned:${finding.concept}`));
    } else if (effect.need) {
      reading.evidence.push(evidenceOf(finding, HUMAN_ACTION_SIGNAL, learnedHumanActionRule(effect.need)));
    } else {
      reading.evidence.push(evidenceOf(finding, `learned:${finding.concept}`, `learned:${finding.concept}`));
    }
  }
  return reading;
}
