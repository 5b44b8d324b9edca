/**
 * outage, said as its consequence: the customer's business cannot work
 * ("we can't work", "nobody in the office can work", "wir können nicht
 * arbeiten", "no podemos trabajar", "on ne peut plus travailler"). A
 * business that has stopped is immediate in every language the rules read.
 *
 * The clause must end there, or go on with a time or a cause ("…at all",
 * "…since 9", "…because"): "we can't work with CSV files over 10 MB" is a
 * limit, not a stop.
 */
import { familiesOf, re } from "../family.js";

const outage = familiesOf("outage");

const CLAUSE_END = String.raw`(?=\s*(?:$|[.,;:!?)]|at all|today|right now|anymore|any more|since|this morning|because|until|due to|gerade|heute|seit|mehr\b|wegen|weil|hoy|desde|porque|por\b|aujourd'hui|depuis|parce|a cause|du tout))`;

/** Who cannot work, in German (either side of the verb: "wir können", "können wir"). */
const WHO_DE = String.raw`wir|das (?:ganze )?team|die (?:ganze )?firma|das (?:ganze )?bue?ro`;

export const WORK_STOPPED_FAMILIES = [
  outage(
    "en",
    "cannot_work",
    re`\b(?:we|nobody|no one|none of us|the whole (?:team|company|office|staff)|our (?:whole |entire )?(?:team|company|office|staff|business))\s+(?:can'?t|cannot|can not|are unable to|is unable to|can)\s+(?:do any\s+)?(?:work|operate|trade|function)${CLAUSE_END}`,
  ),
  outage(
    "de",
    "nicht_arbeiten",
    re`\b(?:(?:${WHO_DE})\s+(?:kann|koe?nnen)|(?:kann|koe?nnen)\s+(?:${WHO_DE}))\s+(?:(?:gerade|heute|seit \S+|also)\s+)*nicht\s+(?:mehr\s+)?arbeiten${CLAUSE_END}|\b(?:niemand|keiner)\s+kann\s+(?:(?:gerade|heute|mehr)\s+)*arbeiten${CLAUSE_END}`,
  ),
  outage("es", "no_podemos_trabajar", re`\b(?:no podemos|nadie puede|no puede nadie|el equipo no puede|la empresa no puede)\s+trabajar${CLAUSE_END}`),
  outage(
    "fr",
    "ne_peut_pas_travailler",
    re`\b(?:on ne peut (?:plus|pas)|nous ne pouvons (?:plus|pas)|personne ne peut|l'equipe ne peut (?:plus|pas))\s+(?:du tout\s+)?travailler${CLAUSE_END}`,
  ),
];
