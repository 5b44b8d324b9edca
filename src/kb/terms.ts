/**
 * How text becomes search terms, shared by the knowledge-base index and by
 * callers that need to count a query's meaningful words.
 */
import MiniSearch from "minisearch";
import { deu, eng, fra, spa } from "stopword";

/**
 * Words that occur in almost every support ticket but say nothing about its
 * topic: greetings, thanks, "support", "problem", plus the fragments the
 * tokenizer leaves from English contractions ("don't" → "don", "t"). The
 * `stopword` lists miss these (its English list has ~100 words), and without
 * them "Hi team, …" matched the team-members article and "whenever" in an
 * article matched every "when" by prefix.
 */
const SUPPORT_CHATTER = [
  // en
  "hi",
  "hello",
  "hey",
  "dear",
  "thanks",
  "thank",
  "please",
  "regards",
  "cheers",
  "kind",
  "best",
  "sincerely",
  "team",
  "support",
  "help",
  "issue",
  "problem",
  "question",
  "hope",
  "when",
  "whenever",
  "just",
  "really",
  "also",
  "any",
  "will",
  "get",
  "know",
  "need",
  "want",
  "wants",
  "could",
  "still",
  "yet",
  "already",
  "ago",
  "today",
  "yesterday",
  "tomorrow",
  "week",
  "weeks",
  "day",
  "days",
  "something",
  "anything",
  "everything",
  "nothing",
  "thing",
  "things",
  "someone",
  "whether",
  "see",
  "look",
  "looking",
  "forward",
  "one",
  "us",
  "don",
  "doesn",
  "didn",
  "isn",
  "aren",
  "wasn",
  "won",
  "ll",
  "ve",
  "re",
  "im",
  "ive",
  // de
  "hallo",
  "guten",
  "tag",
  "danke",
  "vielen",
  "bitte",
  "gruss",
  "grusse",
  "liebe",
  "lieber",
  "freundlichen",
  "mfg",
  "hilfe",
  "frage",
  "leider",
  "schon",
  "seit",
  "heute",
  "gestern",
  "mal",
  // es
  "hola",
  "buenas",
  "buenos",
  "dias",
  "gracias",
  "saludos",
  "favor",
  "ayuda",
  "problema",
  "pregunta",
  "equipo",
  "soporte",
  "hoy",
  "ayer",
  "cordiales",
  "atentamente",
  "estimado",
  "estimados",
  // fr
  "bonjour",
  "bonsoir",
  "merci",
  "cordialement",
  "salutations",
  "svp",
  "plait",
  "aide",
  "probleme",
  "equipe",
  "aujourd",
  "hui",
  "hier",
  "madame",
  "monsieur",
];

/** Lower-cases and strips diacritics so "zurücksetzen" matches "zurucksetzen" and "Réinitialiser" matches "reinitialiser". */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
}

/** The KB is multilingual and a ticket may mix languages, so one union of stop words serves every document and query. */
const STOP_WORDS = new Set([...eng, ...deu, ...spa, ...fra, ...SUPPORT_CHATTER].map(foldText));

/** MiniSearch `processTerm`: fold, then drop stop words and single characters (returning null removes a term). */
export function processTerm(term: string): string | null {
  const folded = foldText(term);
  return folded.length < 2 || STOP_WORDS.has(folded) ? null : folded;
}

const tokenize = MiniSearch.getDefault("tokenize") as (text: string) => string[];

/** The distinct meaningful words of a text, as the index sees them. */
export function contentTerms(text: string): string[] {
  const terms = new Set<string>();
  for (const token of tokenize(text)) {
    const term = processTerm(token);
    if (term) terms.add(term);
  }
  return [...terms];
}
