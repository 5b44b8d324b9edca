/**
 * Recognises a customer taking an alert back: "new login from Lisbon — that
 * was me", "das war ich", "era yo", "c'était moi". A login or activity alert
 * the customer says they caused is no incident, so families marked
 * `selfConfirmable` are dropped for the whole ticket when it holds such a
 * confirmation. "It wasn't me" / "Ich war das nicht" is the opposite and is
 * caught by the ordinary negation rule.
 */
import { statesSomewhere } from "./negation.js";

/**
 * "That was me", "it was just me", "was me" (a subject line), "that was my
 * colleague", "I was travelling", "so that's me", "I'm at a conference";
 * and the same in German ("war ich selbst", "das bin ich"), Spanish ("pero
 * soy yo", "estoy de viaje") and French ("c'était donc moi", « j'étais en
 * déplacement »). "Soy yo otra vez" greets; it confirms nothing.
 */
const SELF_CONFIRMATION =
  /\b(?:(?:so\s+|then\s+)?that(?:'s|\s+is)\s+(?:just\s+|definitely\s+|probably\s+|obviously\s+)?(?:me|us)\b(?!\s+again)|(?:it|that)\s+was\s+(?:definitely|probably|obviously|clearly)\s+(?:me|us)|(?:confirms?|confirmed)\s+(?:it|that)\s+was\s+(?:him|her|them)|(?:confirms?|confirmed)\s+(?:that\s+)?it(?:'s|\s+is)\s+(?:them|him|her|us)\b|(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:travel(?:l)?ing|abroad|at\s+a\s+(?:conference|trade\s?show|fair)|on\s+(?:a\s+)?(?:business\s+)?trip)|war\s+ich\s+(?:selbst|das)|das\s+bin\s+ich|ich\s+war\s+(?:das|es)\s+selbst|ich\s+war\s+(?:auf\s+)?(?:dienstreise|geschaeftsreise|reisen|unterwegs)|(?:pero\s+|y\s+)?soy\s+yo\b(?!\s+(?:otra\s+vez|de\s+nuevo))|(?:estoy|estaba|estamos|estabamos)\s+de\s+viaje|c'(?:etait|est)\s+(?:donc|juste|simplement)\s+moi|(?:j'etais|je\s+suis|nous\s+etions)\s+en\s+(?:deplacement|voyage)|(?:that|it|this|those|these|they)\s+(?:was|were)\s+(?:just\s+|only\s+|actually\s+|indeed\s+|all\s+)?(?:me|us|my(?:self)?|one of us|my (?:colleague|partner|wife|husband|assistant))|was\s+me|(?:i|we)\s+(?:was|were)\s+(?:travel(?:l)?ing|on (?:holiday|vacation|a (?:business )?trip))|(?:das|ich)\s+war(?:en)?\s+(?:ich|wir|das|selbst)|(?:era|fui|fuimos|eramos)\s+yo|fui\s+yo|c'(?:etait|est)\s+(?:bien\s+)?moi|c'etait\s+nous|(?:das|es)\s+war\s+(?:mein|meine|unser|unsere)\s+(?:kollege|kollegin|partner|partnerin|frau|mann|sohn|tochter|chef|chefin)|era\s+(?:mi|nuestro|nuestra)\s+(?:socio|socia|colega|companero|companera|pareja|mujer|marido|hijo|hija|jefe|jefa)|c'etait\s+(?:mon|ma|notre)\s+(?:associe|associee|collegue|conjoint|conjointe|femme|mari|fils|fille|patron|patronne))\b/g;

/** True when some sentence of the folded text says, un-negated, that the activity was the customer's own. */
export function confirmsOwnActivity(sentences: readonly string[]): boolean {
  return statesSomewhere(sentences, SELF_CONFIRMATION);
}
