/**
 * A rehearsal, not an event: an exercise named in a sentence, or a ticket
 * that says as a whole that nothing is happening. Reads folded text (fold.ts).
 */
import { statesSomewhere } from "./negation.js";

/**
 * An exercise, not an event: "we're running a phishing simulation next
 * week", "je simule une fuite de données pour une démo", "Notfallübung",
 * "simulacro de caída". "This is not a drill" is the opposite. A
 * penetration test is left out on purpose: what it finds is real.
 */
const EXERCISE = new RegExp(
  [
    String.raw`\bsimulat(?:e|es|ed|ing|ion|ions)\b`,
    String.raw`(?<!\bnot\s+(?:a\s+|an\s+)?)\b(?:drill|tabletop(?:\s+exercise)?)\b`,
    String.raw`\b(?:phishing|awareness|incident|fire|disaster recovery|dr)[\s-]+(?:exercise|test|training|rehearsal)\b`,
    String.raw`\btraining\s+(?:exercise|scenario|simulation)\b`,
    String.raw`\bsimul(?:e|ons|er|ation|ations|ee)\b|\bexercice\s+(?:de\s+)?(?:crise|sensibilisation|securite)\b`,
    String.raw`\b(?:simulation|notfallubung|krisenubung|ubung)\b`,
    String.raw`\b(?:simulacro|simulacion|simulamos|simulando|simular)\b`,
  ].join("|"),
);

/**
 * The whole ticket is a rehearsal: "this is a training exercise", "nothing
 * has actually happened", "c'est un exercice". Said once, it holds for every
 * sentence, while an exercise merely mentioned ("we run phishing
 * simulations") holds only for its own sentence.
 */
const NOT_REAL = new RegExp(
  [
    String.raw`\b(?:this|it)\s+(?:is|was)\s+(?:just\s+|only\s+)?(?:a|an)\s+(?:training\s+|tabletop\s+)?(?:exercise|drill|simulation|test scenario)\b`,
    String.raw`\bnothing\s+(?:has\s+)?(?:actually|really)\s+happened\b`,
    // "No active issue, just paperwork", "Purely a workflow question", "Reine Anwendungsfrage": the customer says nothing is happening.
    String.raw`\bno active (?:issue|incident|problem|outage)s?\b|\b(?:just|purely|only) (?:a |an )?(?:paperwork|(?:workflow|config(?:uration)?|how-to|planning|process|procurement|usage) question)\b|\breine (?:anwendungs|verstandnis|konfigurations)frage\b|\b(?:solo|simplemente) una (?:pregunta|duda) de (?:uso|configuracion)\b|\bsimple question (?:de configuration|d'utilisation|de fonctionnement)\b`,
    // "Nothing has happened; we just want the steps written down": a runbook being written.
    String.raw`\bnothing\s+has\s+happened(?:\s+yet)?\s*[;,:.—–-]\s*(?:we|i)(?:'re|\s+are|\s+am|'m)?\s+(?:just|only)\b`,
    // Neutral statements only: "versprochen, nichts passiert" / "no ha pasado nada" complain that nothing was done.
    String.raw`\bes\s+ist\s+(?:noch\s+)?nichts\s+(?:wirklich\s+|tatsachlich\s+)?passiert\b|\bno\s+ha\s+pasado\s+nada\s+real\b|\brien\s+(?:ne\s+s'est|n'est)\s+(?:reellement|vraiment)\s+(?:passe|arrive)\b`,
    String.raw`\b(?:es|ist)\s+(?:nur\s+)?eine\s+(?:ubung|simulation)\b|\bes\s+(?:solo\s+)?un\s+(?:simulacro|ejercicio)\b|\bc'est\s+(?:juste\s+|seulement\s+)?un\s+exercice\b`,
  ].join("|"),
  "g",
);

/** True when some sentence says, un-negated, that the ticket describes a rehearsal, not an event. */
export function declaresRehearsal(sentences: readonly string[]): boolean {
  return statesSomewhere(sentences, NOT_REAL);
}

/** True when the folded sentence describes an exercise or a simulation. */
export function describesExercise(sentence: string): boolean {
  return EXERCISE.test(sentence);
}
