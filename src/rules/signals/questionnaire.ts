/**
 * A questionnaire: a security or vendor review, due diligence, an audit's
 * list of questions ("1. Have you had a data breach in the last 24 months?",
 * "Gab es Sicherheitsvorfälle?", "litigation pending?"). Its questions and
 * list items name incidents, outages and lawsuits to ask about our record,
 * not to report one, so in such a ticket those words count only in a
 * sentence that states something.
 */
const QUESTIONNAIRE = new RegExp(
  [
    String.raw`\b(?:security|vendor|supplier|third[- ]party|risk|compliance|procurement|infosec|information security)\s+(?:questionnaire|assessment|review|evaluation|due diligence)\b`,
    String.raw`\b(?:questionnaire|due diligence|vendor review|supplier review)\b`,
    String.raw`\b(?:fragebogen|lieferantenbewertung|lieferantenaudit|sicherheitsfragebogen)\b`,
    String.raw`\b(?:cuestionario|revision\s+(?:anual\s+)?de\s+proveedores|evaluacion\s+de\s+proveedores)\b`,
    String.raw`\b(?:questionnaire|evaluation\s+(?:des\s+)?fournisseurs|audit\s+d'acquisition)\b`,
  ].join("|"),
);

/** True when the folded ticket introduces itself as a questionnaire or a review of us as a vendor. */
export function isQuestionnaire(folded: string): boolean {
  return QUESTIONNAIRE.test(folded);
}

/** A question, or an item of a list ("- uptime history", "4.2 Do you…", "a) incidents"). */
export function asksOrLists(sentence: string): boolean {
  return sentence.includes("?") || /^\s*(?:[-•*]|\d+(?:\.\d+)*[.)]?\s|[a-z][.)]\s)/.test(sentence);
}
