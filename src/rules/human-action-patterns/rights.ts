/** A complaint the customer will file about how their case was handled, and the erasure of the writer's own data. */
import { B, E, re, S, type Rule } from "./pattern-text.js";

// A complaint the customer means to file: "I want to make a formal complaint", "ich möchte mich beschweren".
export const HANDLING_COMPLAINT: readonly Rule[] = [
  re(
    String.raw`${B}(?:(?:want|need|would like|'d like|wish|going|have)\s+to\s+(?:complain|(?:file|make|submit|lodge|raise|register|log)\s+(?:a\s+)?(?:formal\s+|official\s+)?complaint)|formal complaint)${E}`,
  ),
  re(
    String.raw`${B}(?:(?:möchte|will|werde|muss)\s+mich\s+(?:\S+\s+){0,4}?beschweren|(?:formelle|offizielle)\s+beschwerde|beschwerde\s+(?:einreichen|einlegen|erheben))${E}`,
  ),
  re(
    String.raw`${B}(?:(?:quiero|quisiera|necesito|voy a)\s+(?:presentar|poner|hacer|interponer)\s+(?:una\s+)?(?:queja|reclamación|reclamacion)|(?:quiero|quisiera)\s+quejarme|queja formal)${E}`,
  ),
  re(
    String.raw`${B}(?:(?:veux|voudrais|souhaite|vais)\s+(?:(?:déposer|deposer|faire|adresser)\s+une\s+(?:réclamation|reclamation|plainte)|me\s+plaindre)|réclamation formelle|plainte formelle)${E}`,
  ),
];

// Erasure of the writer's own personal data, asked of us: "delete everything you hold about me", "quiero
// que eliminen todo lo que tengan sobre mí". Not deleting THEIR customers' data (a controller's how-to).
export const DATA_RIGHTS: readonly Rule[] = [
  re(
    String.raw`${B}(?:(?:delete|erase|remove|wipe|purge)${E}${S}{0,40}?${B}(?:(?:you|u) (?:hold|have|keep|store|process)${E}${S}{0,30}?${B}(?:about|on|of) me|(?:about|on|of) me from (?:your|all your|lumaflow))|(?:my (?:personal )?(?:data|information|info|details)|(?:all|any|every)(?:thing| data| information| info| personal data)${S}{0,30}?${B}about me)${E}${S}{0,60}?${B}(?:deleted|erased|removed|wiped|purged))${E}`,
  ),
  re(
    String.raw`${B}(?:(?:löschen sie|bitte löschen|zu löschen|gelöscht werden)${E}${S}{0,60}?${B}(?:über mich|meine (?:personenbezogenen )?daten)|(?:über mich|meine (?:personenbezogenen )?daten)${E}${S}{0,60}?${B}(?:löschen sie|zu löschen|gelöscht werden|vollständig löschen))${E}`,
  ),
  re(
    String.raw`${B}(?:eliminen|borren|supriman|eliminéis|borréis|suprimáis)${E}${S}{0,60}?${B}(?:sobre mí|de mí|mis datos|mi información|mis datos personales)${E}`,
  ),
  re(
    String.raw`${B}(?:supprimiez|effaciez|supprimez|effacez)${E}${S}{0,60}?${B}(?:me concernant|sur moi|mes données)|(?:supprimer|effacer)${E}${S}{0,60}?${B}(?:que vous (?:détenez|avez|conservez)${E}${S}{0,20}?${B}(?:sur moi|me concernant))${E}`,
  ),
];
