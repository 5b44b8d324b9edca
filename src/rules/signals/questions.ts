/**
 * Recognises sentences that do not report a present problem: those that ask
 * ABOUT a topic ("is there a status page for
 * outages?", "do you support 2FA?", "how do I export my data…") rather than
 * report it. Such a sentence does not raise the "is it happening?" signals
 * (outage, security incident, data loss, chargeback) unless it also says the
 * problem is happening now ("is there an outage right now?").
 *
 * State questions ("is your API down?", "why is the site down?") are left
 * alone on purpose: a customer who asks them is usually living the outage.
 * Requests dressed as questions ("can you fix the outage?") are left alone
 * too, since they presuppose the problem.
 */
import { namesTheWayToReport } from "./report-route.js";

/** Greeting and "Quick question:" lead-ins, so "Hi team, is there…?" is read from "is there". */
// A list item's number opens it too: "3. Was passiert bei einem Ausfall…?" asks like "Was passiert…?".
const LEAD_IN =
  /^[\s"'([{*>#¿¡-]*(?:\d{1,3}(?:\.\d{1,3})*[.)·]\s+|[a-z][.)]\s+)?[\s"'([{*>#¿¡-]*(?:(?:hi|hello|hey|dear|hallo|moin|servus|hola|buenas|bonjour|bonsoir|salut)\b[^,.!?\n]{0,30}[,.!]\s*)?(?:(?:quick\s+|kurze\s+|petite\s+)?(?:question|frage|pregunta)\s*:\s*)?[¿¡\s]*/;

/**
 * German and Spanish ask "how do I" with the verb itself: "Wie füge ich …
 * hinzu?", "Wo hinterlege ich …?", "¿Cómo añado …?". A German first person
 * singular is unambiguous ("-e ich"). A folded Spanish one is not: "cambio"
 * is also "cambió" (how did it change, a report), so only verbs of setting
 * things up are listed, and the past tense of none of them reports an alarm.
 * Nor is "como" always "how": without a question mark it is "since" ("Como
 * hago copias cada noche, …"), so the Spanish form needs one.
 */
const FIRST_PERSON_HOW_TO_DE = String.raw`(?:wie|wo)\s+[a-z]+e\s+ich`;
const FIRST_PERSON_HOW_TO_ES = String.raw`como\s+(?:(?:lo|la|los|las|le|les|me|nos)\s+)?(?:hago|hacemos|anado|anadimos|agrego|agregamos|pongo|ponemos|configuro|configuramos|exporto|importo|invito|invitamos|descargo|subo|conecto|conectamos|vinculo|desactivo|habilito|deshabilito|comparto|compartimos|asigno|muevo|edito|instalo|personalizo|programo|automatizo|consigo|obtengo|veo|encuentro|uso|usamos|relleno|imprimo|doy)`;

/** Openers of questions about policy, features or how-to, in the four languages. */
/**
 * How-to openers, which need no question mark ("how do I enable two-factor
 * authentication"); every one of them also opens a topic question.
 */
const HOW_TO_OPENERS = [
  "how do",
  "how can",
  "how to",
  "how does",
  "wie kann",
  "wie koe?nnen",
  "wie aktiviere",
  "wie richte",
  FIRST_PERSON_HOW_TO_DE,
  "como puedo",
  "como podemos",
  "como se",
  "como activo",
  "comment",
];

const TOPIC_OPENER = new RegExp(
  "^(?:" +
    [
      ...HOW_TO_OPENERS,
      // English
      "is there",
      "are there",
      "is it possible",
      "is it normal",
      "do you",
      "does your",
      "does the",
      "does it",
      "do i",
      "do we",
      "can i",
      "can we",
      "how would",
      "how should",
      "what is",
      "what's",
      "whats",
      "what are",
      "what happens",
      "what about",
      "what would",
      "where can",
      "where do",
      "where is",
      "which",
      "should i",
      "should we",
      "would it",
      "will i",
      "will we",
      "will my",
      "is my",
      "are my",
      "is our",
      "are our",
      // German
      "gibt es",
      "habt ihr",
      "haben sie",
      "bietet ihr",
      "bieten sie",
      "unterstue?tzt",
      "unterstue?tzen",
      "wie funktioniert",
      "wie ist",
      "wie lae?uft",
      "was ist",
      "was sind",
      "was passiert",
      "was geschieht",
      "kann ich",
      "koe?nnen wir",
      "kann man",
      "wo finde",
      "wo kann",
      "welche",
      "ist es moe?glich",
      "werden meine",
      "wird mein",
      "sind meine",
      "ist mein",
      // Spanish
      "hay",
      "tienen",
      "tiene",
      "ofrecen",
      "admiten",
      "soportan",
      "como funciona",
      FIRST_PERSON_HOW_TO_ES,
      "cual es",
      "cuales son",
      "que es",
      "que pasa",
      "que sucede",
      "que ocurre",
      "se puede",
      "puedo",
      "podemos",
      "donde",
      "es posible",
      "existe",
      // French
      "est-ce que",
      "est ce que",
      "y a-t-il",
      "y a t il",
      "y-a-t-il",
      "avez-vous",
      "avez vous",
      "proposez-vous",
      "prenez-vous",
      "supportez-vous",
      "quel est",
      "quelle est",
      "quels sont",
      "quelles sont",
      "que se passe",
      "qu'est-ce que",
      "qu'est ce que",
      "peut-on",
      "puis-je",
      "ou puis-je",
      "ou trouver",
      "est-il possible",
      "existe-t-il",
    ].join("|") +
    ")\\b",
);

const HOW_TO_OPENER = new RegExp(`^(?:${HOW_TO_OPENERS.join("|")})\\b`);

const ENDS_AS_QUESTION = /\?[\s"')\]]*$/;

/** True when the sentence ends with a question mark (closing quotes and brackets aside). */
export function endsAsQuestion(sentence: string): boolean {
  return ENDS_AS_QUESTION.test(sentence);
}

/** Words that turn a topic question into a report of something happening now. */
const PRESENT_PROBLEM = new RegExp(
  "\\b(?:" +
    [
      "right now",
      "currently",
      "at the moment",
      "still",
      "again",
      "since",
      "for the (?:last|past)",
      "this morning",
      "keeps?",
      "all requests",
      "every request",
      "for everyone",
      "gerade",
      "momentan",
      "derzeit",
      "aktuell",
      "immer noch",
      "noch immer",
      "schon wieder",
      "seit",
      "ahora mismo",
      "ahora",
      "actualmente",
      "en este momento",
      "todavia",
      "sigue",
      "desde",
      "otra vez",
      "actuellement",
      "en ce moment",
      "maintenant",
      "toujours",
      "encore",
      "depuis",
      "de nouveau",
    ].join("|") +
    ")\\b",
);

/** True when the folded sentence asks about a topic and reports nothing happening now. */
export function isTopicQuestion(sentence: string): boolean {
  const body = sentence.replace(LEAD_IN, "");
  if (!TOPIC_OPENER.test(body)) return false;
  if (!ENDS_AS_QUESTION.test(sentence) && !HOW_TO_OPENER.test(body)) return false;
  return !PRESENT_PROBLEM.test(sentence);
}

/** True when the folded sentence asks the way to report something ("how do I report a stolen card?", report-route.ts). */
export function asksTheWayToReport(sentence: string): boolean {
  return namesTheWayToReport(sentence.replace(LEAD_IN, ""));
}

/**
 * "If the site goes down again we lose money", "Si la plateforme tombe…":
 * a sentence that opens with a condition describes what could happen, main
 * clause included. German "wenn" is left out because it also means "when"
 * ("Wenn ich mich einlogge, sind alle Daten weg" reports a real loss).
 */
const HYPOTHETICAL_OPENER = /^(?:if|in case|should|falls|im falle?|si|en caso de|au cas ou|dans le cas ou)\b/;

/** True when the folded sentence opens with a condition. */
export function isHypotheticalSentence(sentence: string): boolean {
  return HYPOTHETICAL_OPENER.test(sentence.replace(LEAD_IN, ""));
}

/**
 * An indirect question: "the questionnaire asks whether our vendors have had
 * a breach", "I wonder if the export lost rows", "fragt, ob". What follows
 * "whether" is asked about, not reported. "If" counts only after a verb of
 * asking ("let me know if" does not ask about the problem); German "ob"
 * after a comma always introduces one. So does asking how something would
 * behave or be handled: what follows is the case asked about.
 */
const INDIRECT_QUESTION = new RegExp(
  [
    String.raw`\bwhether\b|\b(?:ask|asks|asked|asking|wonder|wondering|wondered)\s+(?:us\s+|you\s+|me\s+)?if\b|,\s*ob\b`,
    // How something would behave or be handled: "how you'd handle a regional outage", "test how our flows behave when a
    // system is down", "wie sich … verhält, wenn", "cómo se comporta … cuando", "comment … se comporte … si".
    // Only the conditional, or behaviour asked about under a condition: "not sure how the sync handles it, but it deleted
    // everything" still reports the deletion.
    String.raw`\bhow\s+(?:[\w-]+\s+){0,3}?(?:[\w-]+'d|would)\b|\bhow\s+(?:[\w-]+\s+){0,3}?(?:behaves?|reacts?)\s+(?:when|if|whenever)\b`,
    String.raw`\bwie\s+(?:sich\s+)?(?:[\w-]+\s+){0,4}?(?:verhalt|verhalten|reagiert|reagieren|umgehen)\b`,
    String.raw`\bcomo\s+(?:se\s+)?(?:comporta|comportan|reacciona|reaccionan|gestionarian|gestionaria)\b`,
    String.raw`\bcomment\s+(?:[\w'-]+\s+){0,3}?(?:se comporte|se comportent|reagit|reagissent|gereriez|gererait)\b`,
  ].join("|"),
);

/**
 * Where an indirect question starts in the folded sentence, or -1. Only what
 * follows it is asked about: "The site is down and I wonder whether you
 * know" still reports the outage.
 */
export function indirectQuestionStart(sentence: string): number {
  return INDIRECT_QUESTION.exec(sentence)?.index ?? -1;
}
