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
 * "Could someone have a look?" or "can someone from your technical team help
 * clarify?" after a description of something broken asks for help with a
 * problem; it is not a how-to question. Only a polite closing
 * like this is discounted, so "Can I export to CSV?" stays a question.
 */
const LOOK_AT_THIS =
  /^(?:(?:hi|hello)[^,]{0,20},\s*)?(?:could|can|would) (?:someone|somebody|you|your team|anyone|one of your (?:[\w-]+ )?(?:engineers|developers|devs|specialists|experts|techs|people)|an? (?:[\w-]+ )?(?:person|engineer|developer|dev|specialist|expert|tech))(?: who [^?]{1,60}| from your [\w ]{1,30}?)? (?:please )?(?:look|have a look|take a look|check|investigate|fix|help (?:(?:us |me )?(?:clarify|understand what|figure (?:this|it) out|sort (?:this|it) out)|with (?:this|that|it)))\b|^(?:könnt|können|koennen) (?:ihr|sie|jemand)\b[^?]{0,40}\b(?:ansehen|anschauen|prüfen|pruefen|nachsehen)\b|^(?:pueden|podrían|puede|podría) (?:revisar|mirar|echar un vistazo)\b|^(?:pouvez|pourriez)-vous (?:regarder|vérifier|jeter un (?:œil|oeil))\b/iu;
/**
 * Questions that ask for help with the problem just described, not how to
 * use the product: "What do we do?", "Pagination bug on your side?", "Is
 * this a known issue?", "Any workaround?". After a description they are
 * part of a problem report, like "could someone have a look".
 */
const HELP_WITH_THIS =
  /^(?:so\s+|and\s+|now\s+)?(?:what\s+(?:do|should|can|shall)\s+(?:we|i)\s+do|what(?:'s|\s+is)\s+(?:going on|happening|wrong)|(?:is|could)\s+(?:this|it|that)\s+(?:be\s+)?(?:a\s+)?(?:bug|known issue|known problem|on your (?:side|end))|(?:is|could)\s+(?:there\s+)?(?:something|anything)\s+(?:be\s+)?(?:wrong|broken|off|going on)\s+(?:on|at|with)\s+your\s+(?:side|end|servers?|system)|any\s+(?:idea|ideas|update|news|fix|workaround|eta)\b|(?:an?\s+)?(?:[\w-]+\s+)?(?:bug|problem|issue|regression)\s+on\s+your\s+(?:side|end)|(?:can|could)\s+you\s+(?:fix|sort|resolve)\b|was\s+(?:sollen|k(?:ö|oe)nnen)\s+wir\s+tun|(?:ist\s+das\s+)?ein\s+(?:bekannter\s+)?(?:fehler|bug)\s+(?:bei\s+euch|auf\s+eurer\s+seite)|qu(?:é|e)\s+(?:hacemos|podemos hacer|debemos hacer)|(?:es\s+)?un\s+(?:error|fallo)\s+(?:de\s+ustedes|vuestro|suyo|de\s+vuestra\s+parte|de\s+su\s+parte)|(?:es|será|sera)\s+(?:algo|un\s+problema)\s+(?:de\s+vuestro\s+lado|de\s+su\s+lado|vuestro|suyo)|que\s+(?:faisons|devons|pouvons)[- ]nous\s+faire|(?:est-ce\s+)?un\s+(?:bug|probl(?:è|e)me)\s+(?:de\s+votre\s+c(?:ô|o)t(?:é|e)|chez\s+vous)|(?:liegt|lag)\s+(?:das|es)\s+(?:an\s+(?:euch|ihnen)|bei\s+(?:euch|ihnen))|(?:ist|gibt\s+es)\s+(?:bei\s+(?:euch|ihnen)\s+)?(?:etwas|was)\s+(?:kaputt|gest(?:ö|oe)rt|nicht\s+in\s+ordnung)(?:\s+bei\s+(?:euch|ihnen))?)/iu;
/**
 * Disbelief at what was just described: "How is that possible if he was
 * removed?", "How could this happen?", "Wie kann das sein?", "¿Cómo es
 * posible?", « Comment est-ce possible ? ». It asks nothing about how to
 * use the product; it says the product did what it should not. Only the
 * shapes that point back at the description ("that", "this", "it"):
 * "How can a user reset a password?" stays a how-to.
 */
const HOW_IS_THAT_POSSIBLE =
  /^(?:so\s+|but\s+|and\s+)?how\s+(?:is\s+(?:that|this|it)\s+(?:even\s+)?possible|(?:can|could|did)\s+(?:that|this)\s+(?:even\s+)?(?:happen|be))\b|^(?:aber\s+)?wie\s+(?:kann|konnte)\s+(?:das|so\s+etwas|sowas)\s+(?:(?:denn|überhaupt|ueberhaupt)\s+)?(?:sein|passieren)\b|^(?:aber\s+)?wie\s+ist\s+das\s+(?:(?:denn|überhaupt|ueberhaupt)\s+)?m(?:ö|oe)glich\b|^(?:pero\s+)?(?:c(?:ó|o)mo\s+es\s+posible|c(?:ó|o)mo\s+(?:puede|pudo)\s+(?:ser|pasar)|c(?:ó|o)mo\s+ha\s+podido\s+pasar)\b|^(?:mais\s+)?comment\s+(?:est-ce|c'est|cela\s+est)\s+possible\b|^(?:mais\s+)?comment\s+(?:ça|cela)\s+a\s+pu\s+(?:arriver|se\s+produire)\b/iu;
/**
 * Asking us to hand the problem just described to the people who can fix
 * it: "Can you pass this on to your developers?", "Können Sie das an Ihre
 * Entwickler weitergeben?", "Pouvez-vous faire vérifier par l'équipe qui
 * gère le connecteur ?", "¿Pueden pasarlo a sus desarrolladores?". Like
 * "could someone look at this?", it closes a report; it asks nothing about
 * the product. "Can you forward me the invoice?" names no team and stays a question.
 */
const PASS_IT_ON =
  /^(?:could|can|would) you (?:please )?(?:pass|forward|escalate|hand|send) (?:this|it|that)(?: on| over)? to (?:your|the) (?:dev|developers?|engineer(?:s|ing)?|tech(?:nical)?|product|integration|connector|right)\b|^(?:könnt|können|koennen) (?:ihr|sie)\b[^?]{0,40}\b(?:entwickl\w*|technik|team|fachabteilung)\w*\b[^?]{0,20}\b(?:weitergeben|weiterleiten|geben)\b|^(?:pouvez|pourriez)-vous (?:faire (?:vérifier|verifier|regarder|examiner|corriger)|transmettre)\b|^¿?(?:pueden|podrían|podrian|puede|podría|podria) (?:pasar|trasladar|reenviar|escalar)(?:lo|la|le)? (?:esto |este caso )?a (?:sus|su|los|el|la) (?:desarrollador|equipo|técnic|tecnic|ingenier)/iu;
/**
 * A question that offers "or is this a bug?" as one of its answers: "Is
 * there a stable-sort option we're missing, or is this a bug?", "… oder ist
 * das ein Fehler?", "¿… o es un error?", "… ou est-ce un bug ?". The
 * customer suspects a defect; a how-to alternative does not make it a how-to.
 */
const OR_IS_IT_A_BUG =
  /[\s,](?:or (?:is (?:this|it|that)|(?:this|it) is)|oder (?:ist (?:das|es)|(?:das|es) ist)|o (?:es|se trata de)|ou (?:est-ce|c'est|s'agit-il d'))\s(?:(?:just |simply |einfach |simplement )?(?:an? |ein |un |une )?)(?:bug|defect|known issue|regression|fehler|error|fallo|défaut|defaut|anomalie)\b[^?]{0,40}[?？]$/iu;
/**
 * A question the customer marks as a side matter: "By the way, does the
 * connector handle multiple attachments?", "Par ailleurs, …", "Übrigens …",
 * "Por cierto, …". After a description it does not say what the message is
 * about; the description does (a bare "By the way, can I …?" still asks).
 */
const ASIDE =
  /^(?:(?:also|and) )?(?:by the way|btw|separately|unrelated(?: to this)?|on a side note|on another note|side question|par ailleurs|au passage|d'autre part|autre question|accessoirement|übrigens|uebrigens|nebenbei(?: bemerkt)?|andere frage|por cierto|aparte de (?:eso|esto)|otra pregunta|por otro lado)\b/iu;
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

/** After a description: a question that asks for help with it, doubts it could happen, hands it on, suspects a bug, or is an aside. */
function closesAReport(sentence: string): boolean {
  // Spanish opens a question with "¿" (or an exclamation with "¡"); the patterns start at the first word.
  const words = sentence.replace(/^[¿¡\s]+/u, "");
  return [LOOK_AT_THIS, HELP_WITH_THIS, HOW_IS_THAT_POSSIBLE, PASS_IT_ON, OR_IS_IT_A_BUG, ASIDE].some((pattern) => pattern.test(words));
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
