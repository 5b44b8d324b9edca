/**
 * Recognises sentences that tell of an episode that is over ("our app went
 * down yesterday") rather than report a problem happening now. Works on
 * folded text (see fold.ts).
 */

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
      "last (?:night|week|month|year|weekend|time|monday|tuesday|wednesday|thursday|friday|saturday|sunday|quarter|spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|august|september|october|november|december)",
      // "Back in July our bank raised a dispute by mistake", "back in 2023".
      "back in (?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|the autumn|the fall|winter|(?:19|20)\\d\\d)",
      "the other day",
      "earlier this (?:week|month|year)",
      "(?:(?:a few|a couple of|two|three|several|many|\\d+) )?(?:days|weeks|months|years) ago",
      // "In March one of our team had their account compromised": a month named with a past start.
      "in (?:january|february|march|april|may|june|july|august|september|october|november|december)(?= (?:\\w+ ){0,6}(?:had|was|were|got|did|went|lost|found|noticed))",
      "(?:en|im) (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|januar|februar|marz|juni|juli|oktober|dezember)(?=,? (?:\\w+ ){0,6}(?:tuvo|fue|hubo|perdimos|s'etait|a ete|avait|hatte|wurde|war))",
      "gestern",
      "vorgestern",
      "letzte[nrs]? (?:woche|monat|jahr|nacht|montag|dienstag|mittwoch|donnerstag|freitag|wochenende|quartal|sommer|winter|fruhling|herbst|januar|februar|marz|april|mai|juni|juli|august|september|oktober|november|dezember)",
      // "Two weeks ago" in the other languages (hours left out, as in English).
      "vor (?:(?:einem|einer|zwei|drei|vier|einigen|mehreren|\\d+) )?(?:tagen|wochen|monaten|jahren|jahr|monat|woche)",
      "ayer",
      "anoche",
      "la semana pasada",
      "el mes pasado",
      "el ano pasado",
      // Not "hace dos días que no podemos entrar" ("for two days now"): that one is still going on.
      "hace (?:(?:un|una|unos|unas|dos|tres|cuatro|varios|varias|\\d+) )?(?:dias|semanas|meses|anos|ano|mes|semana)(?! que)",
      "(?:el|en) (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|verano|invierno) pasado",
      "el (?:lunes|martes|miercoles|jueves|viernes) pasado",
      "hier",
      "la semaine derniere",
      "le mois dernier",
      "l'annee derniere",
      "l'an dernier",
      "l'an passe",
      "il y a (?:(?:un|une|deux|trois|quatre|quelques|plusieurs|\\d+) )?(?:jours|semaines|mois|ans|an|semaine)(?! que| qu')",
      "(?:en )?(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|ete|hiver) dernier",
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
