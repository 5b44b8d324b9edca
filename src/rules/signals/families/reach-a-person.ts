/**
 * human_requested as one concept: a verb of reaching someone (reach,
 * contact, talk, chat, speak, get hold of, be put through, be transferred…)
 * followed within a few words by a person (agent, person, human, rep,
 * someone, staff…). The older families in human-requested.ts list fixed
 * phrasings; this one catches the combinations people actually write ("is
 * there a way to reach an actual agent", "put me through to one of your
 * staff", "i need to chat w somebody from ur team"). The learned concept
 * reader (src/rules/concepts/) covers what no verb list does.
 *
 * A person needs a determiner or must be "someone"/"a human": "the contact
 * person field" and "our agents" are not requests.
 */
import { familiesOf, re, words } from "../family.js";

const human = familiesOf("human_requested");

const REACH_EN = String.raw`(?:speak|talk|chat|reach|contact|call|phone|ring|get\s+(?:hold\s+of|through\s+to|in\s+touch\s+with)|connect(?:ed)?|transfer(?:red)?|put\s+(?:me\s+|us\s+)?through|escalate|hand\s+(?:me|us|this|it)\s+(?:over\s+)?|pass\s+(?:me|us|this|it)\s+(?:on\s+|over\s+)?)`;
const PERSON_EN = String.raw`(?:(?:a|an|one\s+of\s+(?:your|the)|your|the|some|any)\s+(?:real\s+|actual\s+|live\s+|human\s+|proper\s+)?(?:human(?:\s+being)?|person|agent|rep|representative|operator|staff(?:\s+member)?|employee|team\s+member|member\s+of\s+(?:your\s+)?staff|manager|supervisor|specialist)s?|someone|somebody|some1|sum1|anyone|anybody|(?:real|actual|live)\s+(?:humans?|persons?|people|agents?))`;

const REACH_DE = String.raw`(?:sprechen|reden|telefonieren|chatten|erreichen|kontaktieren|verbinden|verbunden\s+werden|durchstellen|weiterleiten)`;
const PERSON_DE = String.raw`(?:jemand(?:em|en)?|(?:einen?|einem|einer|ihren?|ihrem|ihrer)\s+(?:echten\s+|richtigen\s+|menschlichen\s+|realen\s+)?(?:menschen|person|mitarbeiter(?:in)?|berater(?:in)?|ansprechpartner(?:in)?|kollegen|kollegin|vorgesetzten|verantwortlichen|agenten))`;

const REACH_ES = String.raw`(?:hablar|contactar|comunicarme|comunicarnos|chatear|conversar|pasar(?:me|nos)?|transferir(?:me|nos)?|poner(?:me|nos)\s+en\s+contacto|que\s+me\s+(?:llame|atienda))`;
const PERSON_ES = String.raw`(?:alguien|(?:una|un|algun|alguna|su|sus)\s+(?:persona|humano|agente|asesor(?:a)?|empleado|empleada|representante|operador(?:a)?|supervisor(?:a)?|responsable)(?:\s+(?:real|de verdad|humano))?)`;

const REACH_FR = String.raw`(?:parler|discuter|joindre|contacter|echanger|etre\s+(?:mis|mise)\s+en\s+relation|me\s+mettre\s+en\s+relation|transferer|rappeler|appeler)`;
const PERSON_FR = String.raw`(?:quelqu'un|(?:un|une|votre|vos|le|la|l')\s*(?:vrai(?:e)?\s+)?(?:humain|personne|etre\s+humain|agent|conseill(?:er|ere)|interlocut(?:eur|rice)|operat(?:eur|rice)|employe(?:e)?|responsable)(?:\s+(?:reel(?:le)?|physique|humain))?)`;

export const REACH_A_PERSON_FAMILIES = [
  human("en", "reach_a_person", re`\b${REACH_EN}\b${words(3)}\s+${PERSON_EN}\b`),
  human("de", "jemanden_erreichen", re`\b${PERSON_DE}\b${words(3)}\s+${REACH_DE}\b|\b${REACH_DE}\s+(?:mit\s+)?${PERSON_DE}\b`),
  human("es", "contactar_persona", re`\b${REACH_ES}\b${words(2)}\s+(?:con\s+)?${PERSON_ES}\b`),
  human("fr", "joindre_personne", re`\b${REACH_FR}\b${words(2)}\s+(?:a\s+|avec\s+)?${PERSON_FR}\b`),
];
