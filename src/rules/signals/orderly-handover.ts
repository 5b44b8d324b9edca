/**
 * An account changing hands in the ordinary way: the owner hands it on
 * themselves ("I'm the workspace owner and want to hand ownership to my
 * cofounder", « je suis le titulaire du compte »), the owner is there and
 * agrees or will do it ("our outgoing CIO will transfer ownership next week,
 * both are available", "he's right here next to me", « va me transférer la
 * propriété avant son départ »), already did it ("our CEO transferred
 * ownership to him this morning"), or the colleague who left made the writer
 * admin first ("before she went she made me an admin", « il m'a nommée
 * administratrice avant de partir », "soy la nueva administradora").
 *
 * The product lets an owner or admin do all of that, so it is a how-to, not
 * staff work and not a break-in: the ownership-transfer need is settled
 * (human-action.ts), and the learned fraud reader's confidence on such
 * sentences is no fraud report (concepts/engine.ts). Unless the same
 * ticket says the hand-over is blocked, contested or unknown to anyone
 * ("removed me", "nobody asked for", "can't log in", "still signs in",
 * "who is 'admin2'?"): then it is not in order and a person must look.
 *
 * Works on folded text (fold.ts): lowercase, no accents.
 */
import { foldText } from "./fold.js";

const HANDED_ON = new RegExp(
  [
    // The writer is the owner.
    String.raw`\b(?:i'?m|i am)\s+(?:the\s+|our\s+)?(?:current\s+)?(?:workspace\s+|account\s+)?owner\b`,
    String.raw`\bich bin (?:der|die) (?:aktuelle[rn]? )?(?:inhaber|eigentumer|owner)(?:in)?\b`,
    String.raw`\bsoy (?:el|la) (?:actual )?(?:propietari[oa]|titular|duen[oa])\b`,
    String.raw`\bje suis (?:le|la|l'actuel(?:le)?) (?:actuel(?:le)? )?(?:titulaire|proprietaire)\b`,
    // The owner agrees, is there, or will do it.
    String.raw`\b(?:owner|ceo|founder|director|cio|cto|md|boss|manager|he|she)\b[^.!?\n]{0,80}?\b(?:will|is going to|is happy to|has agreed to|agreed to|agrees to|wants to|can)\s+(?:transfer|hand|pass|make me)\b`,
    String.raw`\bwants me to (?:be|become) (?:the )?(?:new )?owner\b`,
    String.raw`\bboth (?:are|of us are|of them are) (?:available|here|on board|in agreement|agreed)\b|\b(?:he|she|they|owner)(?:'s|'re| is| are) (?:right here|here with me|next to me)\b`,
    String.raw`\b(?:transferred|handed (?:over )?|passed)\s+(?:the\s+)?ownership\s+to\s+(?:him|her|them|me|us|my|our|the new)\b`,
    String.raw`\beinverstanden\b|\b(?:wird|will|mochte) (?:mir|ihm|ihr|uns) (?:die )?(?:inhaberschaft|eigentumerschaft|owner-?rolle)\b`,
    String.raw`\b(?:estamos|esta|estan) de acuerdo\b|\b(?:me|le|nos) va a (?:ceder|transferir|pasar)\b`,
    String.raw`\b(?:est|sont|sommes) d'accord\b|\bva me transferer\b|\b(?:tous )?(?:les )?deux (?:sont )?disponibles\b`,
    // The admin takes a leaver's access away themselves: "How do I remove her from Lumaflow right away?", « comment lui
    // retirer l'accès ? », "if I remove him, are his records deleted?".
    String.raw`\b(?:how (?:do|can|should|would) (?:i|we)|how to)\s+(?:\S+\s+){0,2}?(?:remove|revoke|offboard|deactivate|disable|take away|cut off|block)\b|\bif (?:i|we) (?:remove|delete|deactivate) (?:him|her|them)\b`,
    String.raw`\bwie\s+(?:\S+\s+){0,5}?(?:entfernen|entziehe\w*|sperren|deaktivieren)\b|\bwenn (?:ich|wir) (?:ihn|sie) (?:entferne|entfernen|losche|loschen)\b`,
    String.raw`\bcomo\s+(?:\S+\s+){0,4}?(?:elimino|quito|retiro|eliminar|quitar|retirar|desactivar|revocar|dar de baja)\b|\bsi (?:lo|la|los|las) (?:elimino|quito|borro)\b`,
    String.raw`\bcomment\s+(?:\S+\s+){0,4}?(?:retirer|supprimer|desactiver|revoquer|bloquer|enlever)\b|\bsi je (?:le|la|les) (?:supprime|retire)\b`,
    // The colleague who left made the writer admin or owner first; the writer is the new admin.
    String.raw`\b(?:made|named|appointed|set) me (?:an? |the )?(?:new )?(?:admin|administrator|owner)\b|\bbefore (?:she|he|they|i) (?:went|left|go(?:es)?|leaves?)\b|\bi'?m the new (?:admin|administrator|owner)\b`,
    String.raw`\bhat mich (?:zum|zur) (?:admin|administrator|inhaber|eigentumer)\w*|\bvor (?:meinem|seinem|ihrem) (?:weggang|ausscheiden|abschied)\b|\bich bin (?:der|die) neue (?:admin|administrator|inhaber)\w*`,
    String.raw`\bme (?:hizo|nombro|puso como|dejo como) (?:administrador|administradora|propietari[oa]|admin)\b|\bantes de (?:irse|irme|marcharse|su salida|mi salida)\b|\bsoy (?:el|la) nuev[oa] (?:administrador|administradora|propietari[oa]|admin)\b`,
    String.raw`\bm'a (?:nommee?|designee?|fait|mise?) (?:comme )?(?:administrat\w+|admin|proprietaire|titulaire)\b|\bavant (?:de partir|son depart|mon depart)\b|\bje suis (?:le|la) nouvel(?:le)? (?:administrat\w+|admin)\b`,
  ].join("|"),
);

/**
 * The hand-over is blocked, failed when tried, contested, or done by someone nobody knows: then nothing about it is
 * in order ("I tried the 'Transfer ownership' button but it says the billing owner must verify identity").
 */
const NOT_IN_ORDER = new RegExp(
  [
    String.raw`\btried\b[^.!?\n]{0,80}\bbut\b|\bno longer (?:exists?|works?|valid)\b|\b(?:doesn'?t|does not|didn'?t|did not|won'?t|will not) (?:work|let)\b|\berror\b|\bverify (?:my |their |his |her )?identity\b`,
    String.raw`\b(?:funktioniert nicht|hat nicht funktioniert|geht nicht|fehlermeldung|no funciona|no me deja|ne (?:fonctionne|marche) pas|erreur|impossible)\b`,
    String.raw`\b(?:can'?t|cannot|can not|unable to)\s+(?:log|sign|get)\s*(?:in|into|back)\b|\b(?:can'?t|cannot|unable to)\s+(?:access|reach)\b|\blocked out\b|\b(?:no|lost) access\b`,
    String.raw`\bremoved me\b|\bwithout (?:my|our|his|her|their|any)\b|\b(?:nobody|no one|none of us)\b|\b(?:didn'?t|did not|never) (?:ask|agree|add|approve|do (?:it|that|this|either|any))\b|\bdid neither\b`,
    String.raw`\b(?:can'?t be reached|unreachable|passed away|died|deceased|dispute|refuses?|still (?:logs?|logging|signs?|signing|has|have|uses?|using|active)|unknown|don'?t (?:know|recogni[sz]e)|(?:who|what) is\s+'|suspicious|hack\w*|compromis\w*|stolen|phish\w*|breach\w*|pirat\w*|gehackt)\b`,
    String.raw`\b(?:kein(?:en)? zugang|ausgesperrt|nicht mehr erreichbar|verstorben|weigert|niemand|unbekannt\w*|ohne (?:mein|unser|sein|ihr)\w*|(?:immer )?noch (?:angemeldet|zugriff|eingeloggt))\b`,
    String.raw`\b(?:no (?:puedo|podemos|tenemos acceso)|sin (?:permiso|acceso|consentimiento)|nadie|fallecid[oa]|se niega|desconocid[oa]|(?:todavia|sigue|aun) (?:entra|tiene|accede|conectad))\b`,
    String.raw`\b(?:ne (?:peux|pouvons) pas|sans (?:mon|notre|son|leur) accord|personne (?:ne|n')|n'est plus joignable|decede|refuse|inconnu\w*|(?:toujours|encore) (?:acces|connecte)|(?:se connecte|a acces) (?:toujours|encore))\b`,
  ].join("|"),
);

/**
 * The customer asks us to carry the hand-over out ("please transfer ownership to Beth", "I need ownership
 * transferred before I go", « pouvez-vous transférer la propriété ? », "bitte übertragen Sie"): a request of staff,
 * however orderly, as "please refund us" is where "what is your refund policy?" is not.
 */
const ASKED_OF_US = new RegExp(
  [
    String.raw`\b(?:please|pls|kindly|can you|could you|would you|will you|(?:i|we) need you to|(?:i|we)'?d like you to)\b[^.!?\n]{0,40}?\b(?:transfer|move|hand|assign|make|change|set|switch)\b`,
    String.raw`\b(?:need|needs|want|wants|would like|'d like)\s+(?:the\s+|our\s+|my\s+)?(?:workspace\s+|account\s+)?ownership\s+(?:to be\s+)?(?:transferred|moved|changed|handed over|reassigned)\b`,
    String.raw`\b(?:bitte|konnen sie|konnten sie|wurden sie)\b[^.!?\n]{0,40}?\b(?:ubertragen|umstellen|umschreiben|andern)\b`,
    String.raw`\b(?:por favor|pueden|podrian|puede|podria|necesitamos que)\b[^.!?\n]{0,40}?\b(?:transfier\w*|transferir|traspas\w*|pasar|cambi\w*|ced\w*)\b`,
    String.raw`\b(?:pouvez-vous|pourriez-vous|merci de|veuillez|vous pouvez)\b[^.!?\n]{0,40}?\b(?:transfer\w*|passer|chang\w*|ced\w*|attribu\w*)\b`,
  ].join("|"),
);

/** True when the folded `text` asks us to carry out a hand-over, orderly or not. */
function asksUsToHandOver(folded: string): boolean {
  return ASKED_OF_US.test(folded);
}

/** True when the folded `text` tells an account changing hands in order, and nothing in it says otherwise. */
export function handsOverInOrder(folded: string): boolean {
  return HANDED_ON.test(folded) && !NOT_IN_ORDER.test(folded);
}

/**
 * The customer shows they will do it themselves: they ask how or where (a question), or say the owner will do it
 * or did ("will transfer", "is happy to transfer", « va me transférer », "transferred ownership to him").
 */
const DOES_IT_THEMSELVES = new RegExp(
  [
    String.raw`\?|\b(?:how (?:do|can|should|would) (?:i|we)|how to|where (?:is|do|can)|what (?:do|should) we do)\b|\b(?:wie|wo)\b|\b(?:como|donde)\b|\b(?:comment|ou se trouve)\b`,
    String.raw`\b(?:will|is going to|is happy to|has agreed to|agreed to|wants to|(?:i|we)'?d like to|(?:i|we) want to)\s+(?:transfer|hand|pass)\b|\b(?:transferred|handed (?:over )?|passed)\s+(?:the\s+)?ownership\b`,
    String.raw`\b(?:wird|will|mochte|mochten) (?:\S+ )?(?:ubertragen|ubergeben)\b|\b(?:quiero|queremos|va a) (?:\S+ )?(?:ceder|transferir|pasar)\b|\b(?:je souhaite|nous souhaitons|va me|va lui|veut) (?:\S+ )?(?:transferer|ceder|passer)\b`,
  ].join("|"),
);

/**
 * An ownership transfer the customer can do themselves: the hand-over is in order, they show they will do it
 * (they ask how, or say who will), and they do not ask us to. A hand-over merely told is left for a person: a
 * missed escalation costs more than a needless one. For text as the customer wrote it.
 */
export function ownerCanHandOver(text: string): boolean {
  const folded = foldText(text).text;
  return handsOverInOrder(folded) && DOES_IT_THEMSELVES.test(folded) && !asksUsToHandOver(folded);
}
