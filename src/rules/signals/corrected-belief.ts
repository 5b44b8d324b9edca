/**
 * A sentence that tells an alarm the customer believed for a moment and then
 * found false: "Thought for a second one of our accounts was compromised,
 * then realised it's our colleague at a conference", "Pensé que nos habían
 * hackeado, pero era mi compañera con su móvil nuevo", "Creí que había
 * perdido la ficha, pero ya la encontré", "Ich dachte, wir wären gehackt
 * worden, aber es war unser Backup-Job", "J'ai cru qu'on nous avait
 * piratés, mais c'était notre stagiaire". The alarm is history the customer
 * tells before asking something else; a belief held now ("I think we've
 * been hacked") is a report and does not match. Read on folded text.
 */
const BELIEVED = String.raw`(?:(?:i|we)\s+)?(?:thought|feared|assumed|was sure|were sure|was worried|were worried|was afraid|were afraid|panicked)`;
/** The innocent cause, or finding out: not "but it's down again", which tells the alarm is real. */
const FOUND_FALSE = String.raw`(?:but|then|until|and then)\b[^.!?]{0,40}?\b(?:(?:it was|it's|its|they were|they're|that was)\s+(?:just\s+|only\s+|actually\s+)?(?:me|us|ours|(?:our|my|a|an)\s+(?:own\s+|new\s+|old\s+)?(?:colleague|coworker|co-worker|team|teammate|staff|contractor|boss|manager|intern|bookkeeper|accountant|partner|phone|laptop|device|vpn|script|job|sync|test|backup))|turned out|turns out|realised|realized|found (?:out|it|them)|checked)`;

const CORRECTED_BELIEF = new RegExp(
  [
    String.raw`^(?:[^.!?]*?\b)?${BELIEVED}\b[^.!?]*?\b${FOUND_FALSE}\b`,
    String.raw`^(?:[^.!?]*?\b)?(?:pense|pensamos|crei|creimos|temi|temimos|me asuste|nos asustamos)\b[^.!?]*?\b(?:pero|y luego|hasta que)\b[^.!?]{0,40}?\b(?:era|eran|fue|resulto|ya (?:la|lo|las|los) (?:encontre|encontramos)|vi que|comprobe)\b`,
    String.raw`^(?:[^.!?]*?\b)?(?:dachte|dachten|befurchtete|befurchteten|glaubte|glaubten)\b[^.!?]*?\b(?:aber|doch|bis)\b[^.!?]{0,40}?\b(?:es war|das war|war es|waren es|stellte sich|hat sich|habe (?:es|sie) gefunden)\b`,
    String.raw`^(?:[^.!?]*?\b)?(?:j'ai cru|on a cru|nous avons cru|je pensais|nous pensions|on pensait|j'ai eu peur)\b[^.!?]*?\b(?:mais|puis|en fait)\b[^.!?]{0,40}?\b(?:c'etait|il s'agissait|ce n'etait|je l'ai retrouve|nous l'avons retrouve)`,
  ].join("|"),
);

/** True when the folded sentence tells an alarm the customer believed, then found false. */
export function tellsCorrectedBelief(folded: string): boolean {
  return CORRECTED_BELIEF.test(folded);
}
