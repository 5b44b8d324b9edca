/**
 * Words inside the quoted name of one of the customer's own objects: a table
 * called 'Fraud - Chargebacks - Open', a status 'Datenleck bestätigt', la
 * tabla 'Fraudes y contracargos', a view "Outages". A name says what the
 * customer keeps records of, not what is happening to them. Read on folded
 * text; single quotes count too, since names are quoted with them.
 */
const OBJECT_WORD = String.raw`(?:tables?|fields?|columns?|status(?:es)?|views?|bases?|sheets?|tabs?|tags?|labels?|folders?|forms?|flows?|workflows?|automations?|stages?|categor(?:y|ies)|options?|values?|called|named|titled|tabelle|spalte|feld|status|ansicht|ordner|tabla|campo|columna|estado|vista|carpeta|etiqueta|llamad[oa]|tableau|champ|colonne|statut|vue|dossier|etiquette|appelee?)`;
const OPENS_A_NAME = new RegExp(
  String.raw`\b${OBJECT_WORD}\s+(?:(?:is|was|to|on|of|de|du|la|el|le|zu|auf|is set to|changes to|wechselt auf|cambia a|passe a)\s+)?['"‘“«„]\s*[^'"’”»]*$`,
);

/** True when the match at `start` of the folded sentence stands inside the quoted name of a table, field, status… */
export function insideObjectName(sentence: string, start: number): boolean {
  return OPENS_A_NAME.test(sentence.slice(0, start));
}
