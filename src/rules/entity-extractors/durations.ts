/**
 * Durations: "20 minutes", "3 months", "2 Tagen" (from "seit 2 Tagen"),
 * "3 días" (from "desde hace 3 días"), "une semaine", "a few hours".
 * The value is the number and unit as written; the preposition around it
 * ("for", "seit", "desde hace", "depuis") is left out so every language
 * reads the same way.
 */
import { scan, whole, type Found } from "./found.js";

const W = String.raw`\p{L}\p{N}_`;

/** Number words and articles that count ("a week", "ein paar Tage", "dos días", "quelques heures"); multi-word ones first. */
const COUNT_WORDS = [
  "a couple of",
  "a few",
  "several",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "twelve",
  "an",
  "a",
  "ein paar",
  "mehrere",
  "einem",
  "einen",
  "einer",
  "eine",
  "ein",
  "zwei",
  "drei",
  "vier",
  "fünf",
  "sechs",
  "sieben",
  "acht",
  "neun",
  "zehn",
  "zwölf",
  "unos",
  "unas",
  "varios",
  "varias",
  "una",
  "uno",
  "un",
  "dos",
  "tres",
  "cuatro",
  "cinco",
  "seis",
  "siete",
  "ocho",
  "nueve",
  "diez",
  "doce",
  "quelques",
  "plusieurs",
  "une",
  "deux",
  "trois",
  "quatre",
  "cinq",
  "sept",
  "huit",
  "neuf",
  "dix",
  "douze",
];
/** Articles say "one" only loosely: "a second" is usually "a second time / invoice", so they do not count seconds. */
const ARTICLES: ReadonlySet<string> = new Set(["a", "an", "ein", "eine", "einen", "einem", "einer", "un", "una", "uno", "une"]);

const UNITS = [
  "business days?",
  "seconds?",
  "secs?",
  "minutes?",
  "mins?",
  "hours?",
  "hrs?",
  "h",
  "days?",
  "weeks?",
  "months?",
  "years?",
  "Werktagen?",
  "Sekunden?",
  "Minuten?",
  "Stunden?",
  "Std",
  "Tagen?",
  "Tag",
  "Wochen?",
  "Monaten?",
  "Monate?",
  "Jahren?",
  "Jahre?",
  "segundos?",
  "minutos?",
  "horas?",
  "d[ií]as?",
  "semanas?",
  "mes(?:es)?",
  "a[ñn]os?",
  "secondes?",
  "heures?",
  "jours?",
  "semaines?",
  "mois",
  "ann[ée]es?",
  "ans?",
];
const SECONDS_UNIT = /^(?:seconds?|secs?|sekunden?|segundos?|secondes?)$/i;

/**
 * Digits may touch their unit ("2h", "30min"); number words need a space or
 * hyphen, or "a"+"min" would read the name "Amin" as a duration.
 */
const COUNT = String.raw`(?:\d{1,4}(?:[.,]\d{1,2})?[\s-]{0,2}|(?:${COUNT_WORDS.join("|")})[\s-]{1,2})`;
const DURATION = new RegExp(String.raw`(?<![${W}])(${COUNT})(${UNITS.join("|")})(?![${W}])`, "giu");

export function findDurations(text: string): Found[] {
  return scan(text, DURATION, (match) => {
    const [, countWithSpace = "", unit = ""] = match;
    const count = countWithSpace.replace(/[\s-]+$/u, "").toLowerCase();
    if (ARTICLES.has(count) && SECONDS_UNIT.test(unit)) return null;
    // Single-letter "h" only after digits: "2h" or "2 h", never "a h".
    if (unit.toLowerCase() === "h" && !/^\d/.test(count)) return null;
    return { ...whole(match), value: match[0].replace(/\s+/g, " ") };
  });
}
