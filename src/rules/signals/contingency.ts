/**
 * An alarm named as a contingency, not as an event: what the customer
 * guards against ("how our systems protect against data loss", "Schutz vor
 * Datenverlust"), prepares for ("we're planning for outages") or asks about
 * in the event it happens ("what happens in the event of an outage?", "bei
 * einem Ausfall von SAP"; "en caso de", "en cas de" alike). An
 * insurer's questionnaire, a continuity plan and a migration checklist are
 * full of these; none says that anything has happened.
 *
 * Read on folded text (fold.ts): the words right before the match.
 */
const GUARDS = String.raw`(?:protect(?:s|ed|ing|ion)?|prevent(?:s|ed|ing|ion)?|guard(?:s|ed|ing)?|safeguard(?:s|ed|ing)?|insured|insurance|resilien(?:t|ce)|secured?)(?:\s+(?:us|you|it|them|our\s+[\w-]+))?\s+(?:against|from)`;
const PREPARES = String.raw`(?:plan|plans|planning|prepare|prepared|preparing|preparation|ready|readiness|contingency)\s+for`;
const IN_THE_EVENT = String.raw`(?:in\s+(?:the\s+)?(?:event|case)\s+of|bei\s+(?:einem|einer)|im\s+(?:falle?|fall)\s+(?:eines|einer)|en\s+caso\s+de|ante\s+(?:una?|cualquier)|en\s+cas\s+d[e'])`;
const GERMAN_GUARDS = String.raw`(?:schutz|schutzen|schuetzen|absicherung|vorsorge)\s+(?:gegen|vor)`;
const SPANISH_FRENCH_GUARDS = String.raw`(?:proteger(?:nos)?|proteccion|protege[rz]?|protection|prevenir)\s+(?:contra|contre|de)`;

const CONTINGENCY_BEFORE = new RegExp(
  String.raw`\b(?:${GUARDS}|${PREPARES}|${IN_THE_EVENT}|${GERMAN_GUARDS}|${SPANISH_FRENCH_GUARDS})\s+(?:(?:an?|any|the|possible|future|unexpected|accidental|further|un|una|une|einen?|jede[nmr]?|eventuel\w*|posibles?|possibles?)\s+)?(?:[\w-]+\s+)?$`,
);

/** True when the match at `start` of the folded sentence is named as something guarded against or planned for. */
export function namesAContingency(sentence: string, start: number): boolean {
  return CONTINGENCY_BEFORE.test(sentence.slice(0, start));
}
