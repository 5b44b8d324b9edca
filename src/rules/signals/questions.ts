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

/** Greeting and "Quick question:" lead-ins, so "Hi team, is there…?" is read from "is there". */
const LEAD_IN =
  /^[\s"'([{*>#¿¡-]*(?:(?:hi|hello|hey|dear|hallo|moin|servus|hola|buenas|bonjour|bonsoir|salut)\b[^,.!?\n]{0,30}[,.!]\s*)?(?:(?:quick\s+|kurze\s+|petite\s+)?(?:question|frage|pregunta)\s*:\s*)?[¿¡\s]*/;

/** Openers of questions about policy, features or how-to, in the four languages. */
const TOPIC_OPENER = new RegExp(
  "^(?:" +
    [
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
      "how do",
      "how does",
      "how can",
      "how to",
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
      "wie kann",
      "wie koe?nnen",
      "wie funktioniert",
      "wie ist",
      "wie lae?uft",
      "wie aktiviere",
      "wie richte",
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
      "como puedo",
      "como podemos",
      "como se",
      "como funciona",
      "como activo",
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
      "comment",
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

/** How-to openers need no question mark: "how do I enable two-factor authentication". */
const HOW_TO_OPENER =
  /^(?:how do|how can|how to|how does|wie kann|wie koe?nnen|wie aktiviere|wie richte|como puedo|como podemos|como se|como activo|comment)\b/;

const ENDS_AS_QUESTION = /\?[\s"')\]]*$/;

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
 * A time that lies in the past: "yesterday", "last Tuesday", "two weeks
 * ago". "Last week's update" is a cause, not a time the event happened,
 * so the possessive is left out. Minutes and hours "ago" are left out too:
 * "went down 20 minutes ago" is usually still going on.
 */
const PAST_TIME = new RegExp(
  "\\b(?:" +
    [
      "yesterday",
      "last (?:night|week|month|year|weekend|time|monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
      "the other day",
      "earlier this (?:week|month|year)",
      "(?:a few|a couple of|two|three|several|\\d+) (?:days|weeks|months|years) ago",
      "gestern",
      "vorgestern",
      "letzte[nrs]? (?:woche|monat|jahr|nacht|montag|dienstag|mittwoch|donnerstag|freitag|wochenende)",
      "ayer",
      "anoche",
      "la semana pasada",
      "el mes pasado",
      "el (?:lunes|martes|miercoles|jueves|viernes) pasado",
      "hier",
      "la semaine derniere",
      "le mois dernier",
      "(?:lundi|mardi|mercredi|jeudi|vendredi) dernier",
    ].join("|") +
    ")\\b(?!'s)",
);

/**
 * Words that keep a past start going into the present: "down SINCE
 * yesterday", "went down yesterday and is STILL down", "can't log in".
 */
const STILL_GOING = new RegExp(
  "\\b(?:" +
    [
      "since",
      "still",
      "again",
      "right now",
      "currently",
      "at the moment",
      "ongoing",
      "keeps?",
      "for the (?:last|past)",
      "(?:is|are|'s|'re) (?:still )?(?:down|offline|unavailable|unreachable|broken|not working)",
      "can't",
      "cant",
      "cannot",
      "unable",
      "seit",
      "immer noch",
      "noch immer",
      "wieder",
      "gerade",
      "derzeit",
      "weiterhin",
      "desde",
      "todavia",
      "sigue",
      "siguen",
      "ahora mismo",
      "otra vez",
      "depuis",
      "toujours",
      "encore",
      "actuellement",
      "en ce moment",
    ].join("|") +
    ")\\b",
);

/**
 * Words that say it is over, which outrank STILL_GOING: "fine SINCE",
 * "läuft WIEDER". A negation in front ("is not fixed") is no resolution.
 */
const RESOLVED = new RegExp(
  "\\b(?:" +
    [
      "(?:is|are|'s|'re|been|was|were)\\s+(?:(?!not\\b|still\\b|never\\b)[a-z]+\\s+)?(?:fine|resolved|fixed|stable|back (?:up|online|to normal))",
      "everything works",
      "works again",
      "working again",
      "back online",
      "back up and running",
      "(?:lae?uft|funktioniert) (?:(?:jetzt|alles|es|nun) )?wieder",
      "wieder (?:erreichbar|online|da)",
      "(?:ist|wurde|wurden|war) (?:inzwischen |mittlerweile |schon )?behoben",
      "funciona de nuevo",
      "vuelve a funcionar",
      "ya funciona",
      "(?:fue|esta|se ha) resuelto",
      "fonctionne (?:a nouveau|de nouveau)",
      "(?:est|a ete) (?:retabli|resolu)e?",
    ].join("|") +
    ")\\b",
);

/**
 * True when the folded sentence tells of an episode that is over: "our app
 * went down yesterday", "you had an outage last Tuesday?". Such a sentence
 * is history (a post-mortem, a question about it), not an outage to page
 * anyone for; "down since yesterday" stays an outage.
 */
export function isPastEpisode(sentence: string): boolean {
  return PAST_TIME.test(sentence) && (RESOLVED.test(sentence) || !STILL_GOING.test(sentence));
}

/**
 * An indirect question: "the questionnaire asks whether our vendors have had
 * a breach", "I wonder if the export lost rows", "fragt, ob". What follows
 * "whether" is asked about, not reported. "If" counts only after a verb of
 * asking ("let me know if" does not ask about the problem); German "ob"
 * after a comma always introduces one.
 */
const INDIRECT_QUESTION = /\bwhether\b|\b(?:ask|asks|asked|asking|wonder|wondering|wondered)\s+(?:us\s+|you\s+|me\s+)?if\b|,\s*ob\b/;

/**
 * Where an indirect question starts in the folded sentence, or -1. Only what
 * follows it is asked about: "The site is down and I wonder whether you
 * know" still reports the outage.
 */
export function indirectQuestionStart(sentence: string): number {
  return INDIRECT_QUESTION.exec(sentence)?.index ?? -1;
}
