/**
 * Swearing and insults aimed at the company, in en/de/es/fr.
 *
 * A short curated list instead of an npm word list, after trying two:
 * @2toad/profanity's German, Spanish and French lists are machine
 * translations of its English one and flag ordinary support words
 * ("fehler", "s'il vous plaît", "retard", "entendido"); naughty-words
 * (LDNOOBW) is built for content filtering, so it flags topics ("martillo",
 * "nackt", "drogas") and misses everyday swearing ("joder", "verdammt",
 * "wtf"). Frustration needs the words people swear with, nothing else.
 *
 * Words that are harmless in another of the four languages are left out
 * (French "con" is Spanish "with", German "Mist" is English "mist", French
 * "bite" is English "bite"), because every list is checked on every ticket.
 * Same syntax as the wording catalogue: regular-expression fragments matched
 * case-insensitively as whole words.
 */
export const PROFANITY: readonly string[] = [
  // en
  "f(?:u|\\*)ck(?:ing|ed|er|ers|s)?",
  "f\\*+",
  "wtf",
  "ffs",
  "bullshit",
  "shit(?:ty|s)?",
  "crap(?:py)?",
  "damn(?:ed|it)?",
  "goddamn(?:ed)?",
  "what the hell",
  "bloody hell",
  "piss(?:ed)?(?: off)?",
  "ass(?:hole)?s?",
  "bastards?",
  "idiots?",
  "morons?",
  // de
  "schei(?:ß|ss)e?",
  "schei(?:ß|ss)\\p{L}+",
  "beschissen(?:e[nrms]?)?",
  "verdammt(?:e[nrms]?)?",
  "verfluchte?[nrms]?",
  "arschl(?:och|öcher)",
  "vollidiot(?:en)?",
  "idioten",
  "drecks\\p{L}+",
  "saftladen",
  "kacke",
  // es
  "mierda",
  "joder",
  "jodid[oa]s?",
  "coño",
  "carajo",
  "hostias?",
  "put[oa]s?",
  "putada",
  "cabr[oó]n(?:es)?",
  "gilipollas",
  "idiotas?",
  "imbéciles?",
  "pendejos?",
  "chingad[oa]s?",
  "maldit[oa]s?",
  // fr
  "merde",
  "putain",
  "bordel",
  "connards?",
  "conneries?",
  "foutu(?:e|s|es)?",
  "foutez",
  "chiant(?:e|s|es)?",
  "emmerd\\p{L}*",
  "crétins?",
  // Singular only: the plural "débiles" is ordinary Spanish ("contraseñas débiles", weak passwords).
  "débile",
];
