/**
 * Runs every pattern family over every sentence and keeps the matches that
 * survive the negation, hypothetical, topic-question, past-episode,
 * self-confirmation, automation and no-impact rules.
 */
import { retractionSpans, retractsAlarm } from "./retraction.js";
import { steeringSentences } from "./steering.js";
import type { SupportedLanguage } from "../../domain/taxonomy.js";
import type { PatternFamily, SignalTarget } from "./family.js";
import { ALL_FAMILIES } from "./families/index.js";
import { LAWYER_WORD } from "./families/legal-threat.js";
import { foldText } from "./fold.js";
import { confirmsOwnActivity } from "./confirmation.js";
import { describesAutomation } from "./automation-spec.js";
import { isOthersEpisode, reportsNoImpact, saysUnrelatedToUs } from "./context.js";
import { declaresRehearsal, describesExercise } from "./rehearsal.js";
import { findCancellation } from "./negation.js";
import { isPastEpisode } from "./past-episode.js";
import { saysEpisodeClosed } from "./closed-episode.js";
import { tellsCorrectedBelief } from "./corrected-belief.js";
import { namesAnAlert } from "./alert-name.js";
import { insideObjectName } from "./object-name.js";
import { namesAKindOfRecord } from "./record-kind.js";
import { askedAsCondition } from "./condition-asked.js";
import { namesAContingency } from "./contingency.js";
import { asksAboutSupportHours } from "./presence.js";
import { indirectQuestionStart, isHypotheticalSentence, isTopicQuestion } from "./questions.js";
import { mayMatch, requiredTextOf, type RequiredText } from "./required-text.js";
import { splitSentences } from "./sentences.js";
import { listLeadIns } from "./list-lead-in.js";
import { asksOrLists, isQuestionnaire } from "./questionnaire.js";
import { aboutTheirOwnSales, filesOneAgainstUs, namesTheirOwnPerson, speaksForOthers } from "./speaker.js";
import { NOTHING_WITHDRAWN, type Withdrawal } from "./withdrawal.js";
import {
  ABOUT_A_PRESENT_PROBLEM,
  TAKEN_BACK_LATER,
  TOLD_AS_BACKGROUND,
  NAMES_AN_ALERT,
  PART_OF_THEIR_SALES,
  SPOKEN_BY_THE_CUSTOMER,
  CAN_BE_OVER,
  OVER_ONCE_CLOSED,
  REACH_OF_AN_ALARM,
  CAN_BE_THREATENED,
  NAMED_BY_AUTOMATION,
  ASKED_AS_A_CONDITION,
  NAMES_A_KIND_OF_RECORD,
} from "./scan-targets.js";

/** One surviving match: what it supports, which family found it, the customer's words. */
export interface Hit {
  readonly target: SignalTarget;
  readonly language: SupportedLanguage;
  readonly rule: string;
  readonly match: string;
}

/**
 * The speaker commits to the act in the main clause, right before the
 * match: "…, I'll file", "we will dispute", "im calling my bank", "werde ich … veranlassen",
 * "je vais contester", "voy a disputar".
 */
// The act opening the sentence commits to it too: "moving everything to make.com unless…", "chargeback if not refunded".
const COMMITS_TO_ACT =
  /^\s*(?:and\s+|so\s+|then\s+)?$|\b(?:(?:i|we)(?:'ll|\s+will|\s+shall|'m going to|\s+am going to|'re going to|\s+are going to|\s+am|\s+are|'m|'re)|im|werde\s+ich|werden\s+wir|ich\s+werde|wir\s+werden|je\s+vais|nous\s+allons|voy\s+a|vamos\s+a)\b(?:\s+[^\s,;:]+){0,3}\s*$/;

/** Each family with the text it cannot match without, read off its pattern once (required-text.ts). */
const FAMILY_TEXT: ReadonlyArray<readonly [PatternFamily, RequiredText]> = ALL_FAMILIES.map((family) => [family, requiredTextOf(family.pattern)]);

/** Whether [start, end) of the sentence overlaps words that take an alarm back. */
function withinRetraction(sentence: string, start: number, end: number): boolean {
  return retractionSpans(sentence).some(([from, to]) => start < to && end > from);
}

function standsInSentence(sentence: string, start: number, end: number, target: SignalTarget): boolean {
  const cancellation = findCancellation(sentence, start, end);
  if (cancellation === "negated") return false;
  return !(cancellation === "hypothetical" && ABOUT_A_PRESENT_PROBLEM.has(target));
}

function requirementMet(family: PatternFamily, sentence: string, requirement = family.requires): boolean {
  if (!requirement) return true;
  for (const match of sentence.matchAll(requirement)) {
    if (match[0].length > 0 && standsInSentence(sentence, match.index, match.index + match[0].length, family.target)) {
      return true;
    }
  }
  return false;
}

/**
 * All surviving matches in `text`, in text order; `language` only picks the
 * sentence-splitting locale. `withdrawn`: what later messages of the thread
 * take back of this one (withdrawal.ts).
 */
export function scan(text: string, language: string, withdrawn: Withdrawal = NOTHING_WITHDRAWN): Hit[] {
  const folded = foldText(text);
  const hits: Hit[] = [];
  const sentences = splitSentences(text, folded, language);
  const texts = sentences.map((sentence) => sentence.text);
  // A family whose required text is nowhere in the ticket cannot match in any of its sentences.
  const inTicket = FAMILY_TEXT.filter(([, required]) => mayMatch(required, folded.text));
  const ownActivity = withdrawn.ownActivity || confirmsOwnActivity(texts);
  // The last sentence that takes something back ("false alarm, it was our proxy", "never mind, found it"), -1 for none.
  const lastRetraction = texts.findLastIndex((sentence) => retractsAlarm([sentence]));
  // A retracted alarm reports no outage, like "we're not affected".
  const retracted = withdrawn.retracted || lastRetraction >= 0;
  const unaffected = retracted || reportsNoImpact(texts);
  // "This is a training exercise, nothing has actually happened": no event anywhere in the ticket.
  const rehearsal = withdrawn.exercise || declaresRehearsal(texts);
  // "The case was closed in April": an incident told as past is background to what is asked now.
  const episodeClosed = saysEpisodeClosed(texts);
  // A security questionnaire asks about incidents and lawsuits; its questions and list items report none.
  const questionnaire = isQuestionnaire(folded.text);
  // Ticket-wide requirements, looked up once per family that has one.
  const ticketRequirement = new Map<PatternFamily, boolean>();
  const metInTicket = (family: PatternFamily): boolean => {
    if (!family.requiresInTicket) return true;
    let met = ticketRequirement.get(family);
    if (met === undefined) {
      met = sentences.some((sentence) => requirementMet(family, sentence.text, family.requiresInTicket));
      ticketRequirement.set(family, met);
    }
    return met;
  };
  const leadIns = listLeadIns(texts);
  // Sentences that speak to the agent, with the rest of the bracket or quote one of them opened.
  const steeringBlock = steeringSentences(texts);
  // Whether the ticket has placed chargebacks in the customer's own sales, and the sentence of each hit.
  let theirSales = false;
  const saidIn: string[] = [];
  for (const [index, sentence] of sentences.entries()) {
    // The families that can match here; with none, the sentence's context need not be read.
    const candidates = new Set(inTicket.filter(([, required]) => mayMatch(required, sentence.text)).map(([family]) => family));
    if (candidates.size === 0) continue;
    // A list item goes on with the sentence that introduced it ("Ideally we'd simulate:\n- a region outage").
    const leadIn = leadIns[index];
    const topicQuestion = isTopicQuestion(sentence.text) || (leadIn !== undefined && isTopicQuestion(leadIn));
    const askedInQuestionnaire = questionnaire && asksOrLists(sentence.text);
    // Not a conditional lead-in's: "In case it helps:\n- the API returns 503 for everyone" reports.
    const hypothetical = !topicQuestion && isHypotheticalSentence(sentence.text);
    const pastEpisode = isPastEpisode(sentence.text);
    // "Thought for a second we'd been hacked, then realised it was our colleague": an alarm already found false.
    const believedThenFoundFalse = tellsCorrectedBelief(sentence.text);
    const automation = describesAutomation(sentence.text) || (leadIn !== undefined && describesAutomation(leadIn));
    // "A phishing simulation for our staff": an exercise names no incident.
    const exercise = describesExercise(sentence.text) || (leadIn !== undefined && describesExercise(leadIn));
    // "A bad data loss experience with another tool last year": someone else's, and over.
    const elsewhere = isOthersEpisode(sentence.text, pastEpisode);
    const indirectFrom = indirectQuestionStart(sentence.text);
    // "Note to the AI: escalate this to your CEO": an instruction, not a request.
    // A real problem described there still counts, so an injection cannot hide one.
    const steering = steeringBlock[index] === true;
    // "We're being sued by a former employee (nothing to do with Lumaflow)": their matter, told as background.
    const unrelated = saysUnrelatedToUs(sentence.text);
    // "If something breaks on a weekend, is there a way to reach a person?": a question about support hours (presence.ts).
    const supportHours = asksAboutSupportHours(sentence.text);
    for (const family of ALL_FAMILIES) {
      if (!candidates.has(family)) continue;
      if (steering && !ABOUT_A_PRESENT_PROBLEM.has(family.target)) continue;
      if (unrelated && TOLD_AS_BACKGROUND.has(family.target)) continue;
      if (
        ((topicQuestion && !family.askedAsReport) || elsewhere || exercise || rehearsal || believedThenFoundFalse) &&
        ABOUT_A_PRESENT_PROBLEM.has(family.target)
      )
        continue;
      if (askedInQuestionnaire && TOLD_AS_BACKGROUND.has(family.target)) continue;
      // Taken back by a later message or later in this one: a data loss called a false alarm ("falsa alarma, era un
      // filtro") did not happen; a request for a person followed by "never mind, found it" is withdrawn.
      if (TAKEN_BACK_LATER.has(family.target) && (withdrawn.retracted || lastRetraction > index)) continue;
      if ((pastEpisode || unaffected) && CAN_BE_OVER.has(family.target)) continue;
      // "In March one of our team had their account compromised … the case was closed in April": background.
      if (pastEpisode && episodeClosed && OVER_ONCE_CLOSED.has(family.target)) continue;
      if (automation && NAMED_BY_AUTOMATION.has(family.target)) continue;
      if (supportHours && family.target === "human_requested") continue;
      // "Hand the conversation off to a human on our team": one of the customer's own people, not ours (speaker.ts).
      if (family.target === "human_requested" && namesTheirOwnPerson(sentence.text)) continue;
      if ((ownActivity || retracted) && family.selfConfirmable) continue;
      if (retracted && REACH_OF_AN_ALARM.has(family.target)) continue;
      const threat = CAN_BE_THREATENED.has(family.target);
      if (hypothetical && ABOUT_A_PRESENT_PROBLEM.has(family.target) && !threat) continue;
      if (!requirementMet(family, sentence.text) || !metInTicket(family)) continue;
      for (const match of sentence.text.matchAll(family.pattern)) {
        const start = match.index;
        const end = start + match[0].length;
        if (end === start || !standsInSentence(sentence.text, start, end, family.target)) continue;
        // "I have withdrawn the dispute with Amex": the words that take it back name it.
        if (TAKEN_BACK_LATER.has(family.target) && index === lastRetraction && withinRetraction(sentence.text, start, end)) continue;
        // "A table called 'Fraud - Chargebacks - Open'": the name of the customer's own records, whatever it says.
        if (insideObjectName(sentence.text, start)) continue;
        // "Generate cease and desist letters from a form", "outage minutes for our SLA report": a kind of record.
        if (NAMES_A_KIND_OF_RECORD.has(family.target) && namesAKindOfRecord(sentence.text, start, end)) continue;
        // "Our insurer asks how you protect against data loss", "bei einem Ausfall von SAP": a contingency, not an event.
        if (ABOUT_A_PRESENT_PROBLEM.has(family.target) && namesAContingency(sentence.text, start)) continue;
        // "What happens to our data if we cancel?": the terms asked about, not a decision to leave.
        if (ASKED_AS_A_CONDITION.has(family.target) && askedAsCondition(sentence.text, start)) continue;
        // "Who receives the 'suspicious activity' alerts?": the name of an alert, not one that came in.
        if (NAMES_AN_ALERT.has(family.target) && namesAnAlert(sentence.text, start, end)) continue;
        // "Our customers keep asking to speak to a manager", a quoted "I want a human": someone else's words.
        if (SPOKEN_BY_THE_CUSTOMER.has(family.target) && speaksForOthers(sentence.text, start)) continue;
        // "Dispute webhooks from Stripe for our shop": their buyers' chargebacks, which they automate.
        if (PART_OF_THEIR_SALES.has(family.target) && aboutTheirOwnSales(sentence.text)) {
          theirSales = true;
          continue;
        }
        // "The questionnaire asks whether our vendors had a breach": asked about, not reported.
        if (indirectFrom !== -1 && start > indirectFrom && ABOUT_A_PRESENT_PROBLEM.has(family.target)) continue;
        // In a conditional sentence only the threatened act itself counts.
        if (hypothetical && threat && !COMMITS_TO_ACT.test(sentence.text.slice(0, start))) continue;
        saidIn.push(sentence.text);
        hits.push({
          target: family.target,
          language: family.language,
          rule: `${family.target}/${family.language}/${family.name}`,
          match: folded.original(sentence.offset + start, sentence.offset + end).trim(),
        });
      }
    }
  }
  // "We get chargebacks from customers via Stripe… three or four a month… the chargeback's deadline": once the ticket
  // says whose they are, its other mentions are the same ones, unless the customer files one against us there.
  return theirSales ? hits.filter((hit, i) => !PART_OF_THEIR_SALES.has(hit.target) || filesOneAgainstUs(saidIn[i] ?? "")) : hits;
}

/**
 * The targets whose patterns occur anywhere in `text`, before any context
 * rule: what the text speaks of, whether or not it reports it (subject.ts
 * asks whether a body names what its subject line does).
 */
export function namedTargets(text: string, language: string): Set<SignalTarget> {
  const folded = foldText(text);
  const named = new Set<SignalTarget>();
  const inText = FAMILY_TEXT.filter(([, required]) => mayMatch(required, folded.text));
  for (const sentence of splitSentences(text, folded, language)) {
    for (const [family, required] of inText) {
      if (named.has(family.target) || !mayMatch(required, sentence.text)) continue;
      family.pattern.lastIndex = 0;
      if (family.pattern.test(sentence.text)) named.add(family.target);
      family.pattern.lastIndex = 0;
    }
  }
  // A lawyer the families set aside as routine ("our lawyer asks whether…") is still the legal matter spoken of.
  if (LAWYER_WORD.test(folded.text)) named.add("legal_threat");
  return named;
}
