/**
 * A step asked about as a condition: "what happens to our data if we
 * cancel?", "Falls wir nächstes Jahr kündigen, werden die Tabellen
 * gelöscht?", "¿qué pasa con los datos si cancelamos?", "Si nous résilions,
 * combien de temps gardez-vous nos fichiers ?". The customer asks what the
 * terms would be, which the bot can answer; a decision to leave is said
 * outside the condition ("If this is not fixed by Friday, we will cancel.",
 * "…, kündigen wir") and still counts.
 *
 * Read on folded text (fold.ts): the sentence asks (it ends with "?"), and
 * the match stands in the clause a conditional conjunction opened, with no
 * clause break between them.
 */
const CONDITION = /\b(?:if|when|whenever|once|in case|falls|wenn|sobald|si|cuando|en caso de que|quand|lorsque|au cas ou)\b/g;
const CLAUSE_BREAK = /[,;:–—]/;

/** True when the match at `start` of the folded sentence sits in the condition of a question. */
export function askedAsCondition(sentence: string, start: number): boolean {
  if (!/\?\s*$/.test(sentence)) return false;
  const before = sentence.slice(0, start);
  const conditions = [...before.matchAll(CONDITION)];
  const last = conditions.at(-1);
  return last !== undefined && !CLAUSE_BREAK.test(before.slice(last.index));
}
