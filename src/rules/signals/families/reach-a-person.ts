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

const REACH_EN = String.raw`(?:speak|talk|chat|reach|contact|call|phone|ring|get\s+(?:hold\s+of|through\s+to|in\s+touch\s+with)|connect(?:ed)?|transfer(?:red)?|put\s+(?:me\s+|us\s+)?through|escalate|(?:be|been|get\s+(?:it|this)|have\s+(?:it|this))\s+escalated|hand\s+(?:me|us|this|it)\s+(?:over\s+)?|pass\s+(?:me|us|this|it)\s+(?:on\s+|over\s+)?)`;
const PERSON_EN = String.raw`(?:(?:a|an|one\s+of\s+(?:your|the)|your|the|some|any)\s+(?:real\s+|actual\s+|live\s+|human\s+|proper\s+)?(?:human(?:\s+being)?|person|agent|rep|representative|operator|staff(?:\s+member)?|employee|team\s+member|team\s+lead(?:er)?|member\s+of\s+(?:your\s+)?staff|manager|supervisor|specialist)s?|someone|somebody|some1|sum1|anyone|anybody|(?:real|actual|live)\s+(?:humans?|persons?|people|agents?))`;

const REACH_DE = String.raw`(?:sprechen|reden|telefonieren|chatten|erreichen|kontaktieren|verbinden|verbunden\s+werden|durchstellen|weiterleiten)`;
const PERSON_DE = String.raw`(?:jemand(?:em|en)?|(?:einen?|einem|einer|ihren?|ihrem|ihrer)\s+(?:echten\s+|richtigen\s+|menschlichen\s+|realen\s+)?(?:menschen|person|mitarbeiter(?:in)?|berater(?:in)?|ansprechpartner(?:in)?|kollegen|kollegin|vorgesetzten|verantwortlichen|agenten))`;

const REACH_ES = String.raw`(?:hablar|contactar|comunicarme|comunicarnos|chatear|conversar|pasar(?:me|nos)?|transferir(?:me|nos)?|poner(?:me|nos)\s+en\s+contacto|que\s+me\s+(?:llame|atienda))`;
const PERSON_ES = String.raw`(?:alguien|(?:una|un|algun|alguna|su|sus)\s+(?:persona|humano|agente|asesor(?:a)?|empleado|empleada|representante|operador(?:a)?|supervisor(?:a)?|responsable)(?:\s+(?:real|de verdad|humano))?)`;

const REACH_FR = String.raw`(?:parler|discuter|joindre|contacter|echanger|etre\s+(?:mis|mise)\s+en\s+relation|me\s+mettre\s+en\s+relation|transferer|rappeler|appeler)`;
const PERSON_FR = String.raw`(?:quelqu'un|(?:un|une|votre|vos|le|la|l')\s*(?:vrai(?:e)?\s+)?(?:humain|personne|etre\s+humain|agent|conseill(?:er|ere)|interlocut(?:eur|rice)|operat(?:eur|rice)|employe(?:e)?|responsable)(?:\s+(?:reel(?:le)?|physique|humain))?)`;

/**
 * A callback asked for: "give me a call", "call me back", "can someone call
 * us", "rufen Sie mich zurück", "llámenme", "rappelez-moi". A webhook's
 * "callback URL" is no request, so the noun counts only as something asked
 * for ("request a callback"). "You can call me at …" or "please call me on
 * 0171 … or write to …" gives contact details and asks for nothing.
 */
const CALLBACK_EN = String.raw`(?:give\s+(?:me|us)\s+a\s+(?:quick\s+)?(?:call|ring|phone\s+call)|call\s+(?:me|us)\s+back|(?:request|arrange|book|schedule|want|need|like)\s+a\s+call-?\s?back|(?:(?:can|could|would|will)\s+(?:you|someone|somebody|one\s+of\s+you)\s+(?:please\s+)?|(?:please|pls|plz)\s+)(?:call|phone|ring)\s+(?:me|us)(?!\s+(?:at|on)\b)|(?:have|get)\s+(?:someone|somebody|a\s+person|an\s+agent|your\s+\w+)\s+(?:to\s+)?call\s+(?:me|us))`;
const CALLBACK_DE = String.raw`(?:ruf(?:en\s+sie|t|e)\s+(?:mich|uns)${words(2)}\s+(?:zuruck|an)|(?:um\s+(?:einen\s+)?|bitte\s+(?:um\s+)?(?:einen\s+)?)ruckruf|ruckruf\s+(?:bitte|erbeten|gewunscht))`;
const CALLBACK_ES = String.raw`(?:llam(?:eme|enme|adme|arme|arnos|ennos)|que\s+me\s+llamen|(?:me|nos)\s+(?:pueden|podrian|puede|podria)\s+llamar|devolver(?:me|nos)?\s+la\s+llamada)`;
const CALLBACK_FR = String.raw`(?:rappelez-(?:moi|nous)|appelez-(?:moi|nous)|(?:me|nous)\s+(?:rappeler|appeler)|(?:demande|souhaite)\s+(?:d'etre\s+|un\s+)?rappel)`;

/** "Can a person look at our account?": a human, named as such, asked to act. */
const HUMAN_TO_ACT_EN = String.raw`(?:a|an|one|some)\s+(?:real\s+|actual\s+|live\s+)?(?:person|human(?:\s+being)?)\s+(?:please\s+)?(?:to\s+)?(?:look|check|review|handle|read|answer|respond|reply|help|call|contact|fix|sort)`;

/**
 * Someone senior brought in: "get your manager on this", "loop in your
 * supervisor", "bring your team lead into this thread", "Ihren Vorgesetzten
 * hinzuziehen", "que intervenga su supervisor", "faites intervenir votre
 * responsable". Only a person above the one answering (ours: "your"), so
 * "loop in our finance team" stays the customer's own business.
 */
const SENIOR_EN = String.raw`(?:your|a|the)\s+(?:manager|supervisor|team\s*lead(?:er)?|boss|superior|line manager|head of support)|someone\s+(?:more\s+)?senior`;
const BRING_IN_EN = String.raw`(?:(?:get|bring|loop|pull|put)\s+(?:in\s+)?(?:${SENIOR_EN})\s+(?:on|in|into|onto|involved)\b|(?:loop|bring|pull)\s+in\s+(?:${SENIOR_EN})|involve\s+(?:${SENIOR_EN})|(?:${SENIOR_EN})\s+(?:to\s+)?(?:get\s+)?involved)`;
const BRING_IN_DE = String.raw`(?:ihre[nrms]?|eure[nrms]?|einen?)\s+(?:vorgesetzten|teamleiter(?:in)?|manager(?:in)?|chef(?:in)?)\s+(?:\w+\s+)?(?:hinzuziehen|einschalten|dazuholen|einbeziehen|hinzu)\b`;
const BRING_IN_ES = String.raw`(?:que\s+intervenga|involucr(?:e|en|ar)\s+a|met(?:a|an)\s+en\s+esto\s+a)\s+(?:su|un|el|la)\s+(?:supervisor(?:a)?|gerente|jef(?:e|a)|responsable|encargad[oa])\b`;
const BRING_IN_FR = String.raw`(?:faites|faire)\s+intervenir\s+(?:votre|un|le|la)\s+(?:responsable|superieur|manager|chef)\b|impliqu(?:ez|er)\s+(?:votre|un|le|la)\s+(?:responsable|superieur|manager|chef)\b`;

export const REACH_A_PERSON_FAMILIES = [
  human("en", "callback", re`\b${CALLBACK_EN}\b`),
  human("de", "rueckruf", re`\b${CALLBACK_DE}\b`),
  human("es", "llamada", re`\b${CALLBACK_ES}\b`),
  human("fr", "rappel", re`\b${CALLBACK_FR}\b`),
  human("en", "human_to_act", re`\b${HUMAN_TO_ACT_EN}\b`),
  human("en", "reach_a_person", re`\b${REACH_EN}\b${words(3)}\s+${PERSON_EN}\b`),
  human("de", "jemanden_erreichen", re`\b${PERSON_DE}\b${words(3)}\s+${REACH_DE}\b|\b${REACH_DE}\s+(?:mit\s+)?${PERSON_DE}\b`),
  human("es", "contactar_persona", re`\b${REACH_ES}\b${words(2)}\s+(?:con\s+)?${PERSON_ES}\b`),
  human("fr", "joindre_personne", re`\b${REACH_FR}\b${words(2)}\s+(?:a\s+|avec\s+)?${PERSON_FR}\b`),
  human("en", "bring_in_someone_senior", re`\b${BRING_IN_EN}`),
  human("de", "vorgesetzten_hinzuziehen", re`\b${BRING_IN_DE}`),
  human("es", "que_intervenga_supervisor", re`\b${BRING_IN_ES}`),
  human("fr", "faire_intervenir_responsable", re`\b${BRING_IN_FR}`),
];
