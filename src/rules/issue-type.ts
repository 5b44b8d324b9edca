/**
 * What kind of message this is: a question, a problem report, a complaint,
 * a request or a compliment. Cheap surface cues are enough here; the label
 * shapes the reply's tone, the priority of low-stakes tickets, and whether
 * the decision treats the ticket as a report of something broken.
 */
import { isSupportedLanguage, type Category, type EscalationSignal, type IssueType } from "../domain/taxonomy.js";
import { readOtherLanguage } from "./other-languages/read.js";
import { turnsToNewMatter } from "./signals/contrast.js";
import { foldText } from "./signals/fold.js";
import { closesAReport } from "./closing-questions.js";

const QUESTION_START =
  /^(how|what|where|when|why|which|who|can|could|would|is|are|do|does|wie|was|wo|wann|warum|kann|gibt|como|cómo|que|qué|donde|dónde|puedo|comment|quel|quelle|où|est-ce|pouvez)\b/iu;
/** Question marks of the scripts we see: Latin, full-width (CJK) and Arabic. */
const QUESTION_MARK = /[?？؟]$/u;
/** Thanks and praise, as stems: "bedanken", "agradecer", "remercier", "Enhorabuena al equipo". */
const THANKS =
  /\b(thank(s| you)|grateful|kudos|well done|great job|danke|(?:vielen|herzlichen|besten|tausend|lieben) dank|bedank\w*|dankbar|lob|gracias|agradec\w*|enhorabuena|felicidades|felicitaciones|merci|remerci\w*|f(é|e)licitations|bravo)\b/iu;
const REQUEST =
  /\b(please add|could you add|would be (great|nice)|feature (request|idea)|suggestion:|idea:|wish(list)?|bitte (fügt|fuegt)|vorschlag:|podrían añadir|sugerencia:|pourriez-vous ajouter)/iu;
/**
 * Asking for documents or answers in a sentence that is not shaped as a
 * question: "please could you provide the current DPA", "Could you share:"
 * before a list, "Merci de nous communiquer…", "Wir benötigen:", "bitten wir um
 * Ausfüllen des beigefügten Fragebogens", "we kindly ask you to complete". It asks;
 * nothing is broken. Not "please let us know when it's fixed" or "can you
 * confirm what happened": a report closes with those.
 */
const ASKS_FOR =
  /\b(?:please(?: could you| can you| would you)?|could you(?: please)?|can you(?: please)?|would you(?: please)?|kindly) (?:provide|send|share)(?: us| me)? (?:(?:the|your|a|an|our|their|its|current|latest|signed|updated|copies of|a copy of|[\w-]+) ){0,4}(?:documents?|documentation|reports?|certificates?|certification|agreements?|dpa|msa|sla|polic(?:y|ies)|list|copy|summary|details|information|questionnaire|contracts?|terms|schedules?|evidence|pen-?test|soc ?2|iso)\b|\b(?:could|can) you (?:please )?(?:share|provide|tell us|confirm)\s*:|\b(?:we|i) (?:would )?need the following\s*:|\bk(?:ö|oe)nnten sie (?:uns )?[^.?!]{0,60}\b(?:senden|schicken|zusenden|zukommen lassen)\b|\bwir (?:benötigen|benoetigen|brauchen)\b[^.]{0,40}:|\b(?:podrían|podrian|pueden|podría|podria) (?:enviarnos|facilitarnos)\b|\bnecesitar(?:í|i)a(?:mos)?\b[^.]{0,40}:|\bmerci de (?:bien vouloir )?nous (?:communiquer|transmettre)\b|\b(?:we|i) (?:would )?(?:kindly )?(?:ask|request) (?:you |that you )?(?:to )?(?:complete|fill (?:in|out)|provide|send|share|return)\b|\b(?:bitten|bitte) (?:wir |ich )?(?:sie |euch )?(?:um|darum)\b[^.?!]{0,40}\b(?:ausfüllen|ausfuellen|zusendung|übermittlung|uebermittlung|bereitstellung|beantwortung|auskunft|kopie|nachweis|zertifi\w*|unterlagen|dokument\w*)|\b(?:les |os )?(?:pedimos|solicitamos|rogamos) (?:que )?(?:nos )?(?:rellen\w*|complet\w*|envi\w*|facilit\w*|remit\w*)|\b(?:nous )?vous (?:prions|demandons) de (?:bien vouloir )?(?:remplir|compléter|completer|nous (?:envoyer|transmettre|communiquer|faire parvenir))\b|\b(?:pourriez|pouvez)-vous (?:nous )?(?:communiquer|transmettre|envoyer)\b|\b(?:aurait|aurions|aurais) besoin de\s*:/iu;
/** "where is it.", "how do i do this." — a short question typed with a full stop, as people do in chat. */
const CHAT_QUESTION = /^(?:where|how|what|why|which) (?:is|are|do|does|did|can|should)\b[^.!?]{0,30}\.$/iu;
const COMPLAINT_SIGNALS: readonly EscalationSignal[] = ["public_complaint", "churn_risk", "repeat_contact", "legal_threat"];

export interface IssueTypeInput {
  text: string;
  category: Category;
  signals: readonly EscalationSignal[];
  frustration: number;
  /** Lexicon polarity: above 0 leans positive. */
  lexiconScore: number;
  /** ISO 639-1 code; outside en/de/es/fr only punctuation can be read (see below). Defaults to "en". */
  language?: string;
  /**
   * The subject line when `text` is a ticket's first message. Outside
   * en/de/es/fr a reading table judges whether the message is calm, and a
   * subject such as "Errore 500" makes a calm-sounding body a report.
   */
  subject?: string;
}

/**
 * Sentences: Latin punctuation needs the space after it ("v3.4.1" is one word); CJK punctuation does not.
 * A colon at a line's end closes the sentence that introduces a list ("Could you share:").
 */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|(?<=[。！？])|(?<=:)[ \t]*\n\s*/u)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

export function assessIssueType(input: IssueTypeInput): IssueType {
  const { text, category, signals, frustration, lexiconScore } = input;
  // 60: the customer is clearly upset, whatever else the message contains.
  if (frustration >= 60 || signals.some((s) => COMPLAINT_SIGNALS.includes(s))) return "complaint";
  const sentences = splitSentences(text);

  const language = input.language ?? "en";
  if (!isSupportedLanguage(language)) {
    const whole = input.subject ? `${input.subject}\n${text}` : text;
    return readOtherLanguage(whole, language)?.calm ?? unreadableIssueType(text, sentences);
  }

  if (category === "feature_request" || REQUEST.test(text)) return "request";
  // 10: calm enough that thanks are the point of the message, not politeness.
  const thanked = withoutSignOff(text);
  if (THANKS.test(thanked) && lexiconScore > 0 && frustration < 10 && !text.includes("?") && !turnsAwayFromThanks(thanked)) return "compliment";
  // A question word opens a question only when the sentence does not end as
  // a statement: "When Okta deprovisions a user, the seat stays." reports.
  const questions = sentences.filter(
    (s) => QUESTION_MARK.test(s) || (QUESTION_START.test(s) && !/[.!。！]$/u.test(s)) || CHAT_QUESTION.test(s) || ASKS_FOR.test(s),
  );
  const described = sentences.length > questions.length;
  const asking = described ? questions.filter((s) => !closesAReport(s)) : questions;
  if (asking.length > 0) return "question";
  // Only "could someone look at this?" after a description: a problem report.
  return "problem";
}

/**
 * Thanks as a sign-off: the closing "Thanks, Andrew Pike, Commercial Manager", "Thanks Lorna - The Nail Bar",
 * "Vielen Dank und freundliche Grüße Katrin Lemke", "Gracias, Rocío Navarro", or thanks in advance anywhere.
 * Politeness that ends a report or a request says nothing about what the message is; a message that only
 * thanks ("The new editor is fantastic. Thank you!") names nobody after it and keeps its thanks.
 */
const CLOSING_THANKS =
  /(?:^|[\n.!?]\s*)(?:(?:many|big|huge|muchas|vielen|herzlichen|besten|mille)\s+)?(?:thanks|thank you|cheers|danke|dank|gracias|merci)(?:\s+(?:so much|a lot|again|beaucoup))?(?:\s+(?:und|y|et|and)\s+(?:freundliche|beste|viele|liebe|saludos|bonne|best|kind)\p{L}*(?:\s+\p{L}+)?)?(?:[!.]?\s*\n\s*|,\s*)/giu;
/**
 * A name or signature after the closing thanks' comma or line break: capitalised words, maybe a company and a
 * place, and nothing else. "Thanks Maria!" inline thanks a person and stays.
 */
const SIGNATURE = /^(?:-\s*)?\p{Lu}[\p{L}'’.-]*(?:[ ,&/-]+[\p{L}\p{N}'’.&()-]+){0,10}\s*$/u;
const THANKS_IN_ADVANCE = /\b(?:thanks|thank you) in advance\b|\bmerci d'avance\b|\bdanke im voraus\b|\bgracias de antemano\b|\bmerci par avance\b/giu;

/** The message without thanks in advance and without a closing thanks followed only by a signature. */
function withoutSignOff(text: string): string {
  const rest = text.replace(THANKS_IN_ADVANCE, "");
  const closings = [...rest.matchAll(CLOSING_THANKS)];
  const last = closings.at(-1);
  if (!last || last.index === 0) return rest;
  const after = rest.slice(last.index + last[0].length);
  return SIGNATURE.test(after) ? rest.slice(0, last.index) : rest;
}

/** ", but …" after thanks in the same sentence: "Thanks, but the export still stops at row 500." */
const THANKS_BUT = /,\s+(?=(?:but|however|aber|jedoch|pero|sin embargo|mais|cependant)\b)/iu;

/**
 * Thanks followed by a turn to another matter: "Thanks, set it up. BUT:
 * this Sunday the crews got the wrong start time", "hat geklappt, danke.
 * aber jetzt sind die Nummern vertauscht", "Thanks, but it still fails".
 * The thanks close the old matter; the message is about what comes after
 * them, so it is no compliment. Only a sentence that opens with the turn
 * counts, or a ", but" in the thanks' own sentence: a "but" inside a later
 * sentence belongs to that sentence's own matter ("one tiny typo: 'recieved_at',
 * but the field is 'received_at'").
 */
function turnsAwayFromThanks(text: string): boolean {
  const sentences = splitSentences(text);
  const thanksAt = sentences.findIndex((sentence) => THANKS.test(sentence));
  if (thanksAt < 0) return false;
  const [, ...afterThanks] = (sentences[thanksAt] ?? "").split(THANKS_BUT);
  return afterThanks.length > 0 || sentences.slice(thanksAt + 1).some((sentence) => turnsToNewMatter(foldText(sentence).text));
}

/**
 * Thanks in the languages the engine has no patterns for, as the word
 * people open with ("Tack, det löste sig!", "ありがとうございます、できました。").
 * Hand-written: a closed list of one word per language, which no library
 * offers on its own.
 */
const THANKS_ANY_LANGUAGE =
  /^(?:\p{P}|\s)*(?:tack|takk|tak|grazie|obrigad[oa]|valeu|dank(?:e|je|u)?|bedankt|dzi(?:ę|e)kuj(?:ę|e)|dzi(?:ę|e)ki|te(?:ş|s)ekk(?:ü|u)r|sa(?:ğ|g)ol|спасибо|дякую|kiitos|k(?:ö|o)sz(?:ö|o)n|d(?:ě|e)kuji|mul(?:ț|t)umesc|ευχαριστ|ありがとう|どうも|谢谢|謝謝|感谢|感謝|多谢|감사|고맙|cảm ơn|terima kasih|شكرا|תודה|धन्यवाद)/iu;
/** An exclamation mark ending a sentence, Latin or full-width. */
const EXCLAIMS = /[!！]+$/u;
/** A greeting or interjection on its own ("Hej!", "oi!", "Hallo."): one short word, it neither asks nor reports. */
const ONE_WORD = /^\p{L}{1,12}[!.,！。、]*$/u;
/** Short enough to be a question with its context, not a report with a question at the end. */
const SHORT_MESSAGE_CHARS = 140;

/**
 * A language the engine has no words for, or a message its reading table
 * (src/rules/other-languages/) did not find calm: punctuation, and a closed list of
 * thanks, are all it can read. A short message that asks something — one
 * or two sentences beside a greeting, a question mark in one of them — is
 * how people ask how-to questions in any script ("hoe koppel ik Exact
 * Online? zie geen connector"); short thanks end a conversation. Anything
 * longer, or with no question in it, is treated as a report, so the
 * decision does not mistake an incident it cannot read for a question.
 */
function unreadableIssueType(text: string, sentences: readonly string[]): IssueType {
  const said = sentences.filter((s) => !ONE_WORD.test(s));
  const short = text.trim().length <= SHORT_MESSAGE_CHARS && said.length <= 2;
  if (!short || /\p{Nd}{3,}/u.test(text)) return "problem";
  // A number of three digits or more (an error code, a count of people
  // affected) reads as a report in any script; so does an exclamation that
  // asks nothing ("Il servizio è fermo da stamattina!") — unless it is thanks.
  if (THANKS_ANY_LANGUAGE.test(text.trim()) && !sentences.some((s) => QUESTION_MARK.test(s))) return "compliment";
  const exclaims = said.some((s) => EXCLAIMS.test(s) && !QUESTION_MARK.test(s.replace(EXCLAIMS, "")));
  return !exclaims && said.some((s) => QUESTION_MARK.test(s)) ? "question" : "problem";
}
