/**
 * executive_involvement: an executive is being brought in, copied, or is
 * demanding answers — on the customer's side ("our CEO is now involved") or
 * ours ("I will escalate this to your CEO"). A mere mention ("our CEO asked
 * me to thank you", "I am the CEO of a small shop") is not escalation, so
 * every family pairs the title with a frame of involving, copying,
 * escalating or demanding.
 */
import { familiesOf, re, words } from "../family.js";
import { EXEC_DE, EXEC_EN, EXEC_ES, EXEC_FR } from "./vocabulary.js";

const exec = familiesOf("executive_involvement");

/** "…on behalf of our CEO to thank you": the rest of the sentence is a courtesy, not an escalation. */
const NOT_THANKS = String.raw`(?![^.!?]{0,40}\b(?:thank|thanks|congratulat|compliment|danken|dank|bedanken|gratulieren|agradecer|felicitar|remercier|feliciter))`;

export const EXECUTIVE_INVOLVEMENT_FAMILIES = [
  exec(
    "en",
    "copied_in",
    re`\b(?:cc|cc'?d|cc'?ing|ccing|copying|copied|looping in|looped in|loop in|bringing in|brought in|involving|involved|adding|added|including)\s+(?:in\s+)?(?:our|my|your|the)\s+${EXEC_EN}\b`,
  ),
  exec(
    "en",
    "exec_now_involved",
    re`\b(?:our|my)\s+${EXEC_EN}\b${words(2)}\s+(?:is|are|has|have|was|were)\s+(?:now\s+|already\s+|also\s+|personally\s+)?(?:been\s+)?(?:involved|aware|informed|notified|in the loop|cc'?d|copied|on this thread|following this|watching this|escalating|furious|livid|angry|upset|unhappy|not happy|asking why|asking for|demanding|questioning|asking questions|concerned)\b`,
  ),
  exec(
    "en",
    "exec_demands",
    re`\b(?:our|my|the)\s+${EXEC_EN}\b${words(2)}\s+(?:demands?|demanded|demanding|insists on|expects|wants|wanted|requests?|requested|asked for|is asking for|has asked for|(?:has\s+|had\s+)?asked\s+(?:me|us)\s+for)\s+(?:an?\s+|immediate\s+|a full\s+|some\s+)?(?:(?:written|formal|detailed|full)\s+)?(?:explanation|answers?|call|meeting|refund|compensation|update|response|escalation|post-?mortem|root cause|report|this fixed|it fixed|to know|to speak|to talk)\b|\b(?:our|my|the)\s+${EXEC_EN}\b${words(2)}\s+(?:has\s+|had\s+)?asked\s+(?:me|us)\s+to\s+(?:set up|arrange|schedule|book|request|get|organi[sz]e)\s+(?:an?\s+)?(?:call|meeting|explanation|post-?mortem|review)\s+with\s+(?:you|your|lumaflow)\b`,
  ),
  // Writing for an executive brings them in; thanking on their behalf is courtesy, not escalation.
  exec("en", "on_behalf_of_exec", re`\b(?:on\s+behalf\s+of|at\s+the\s+request\s+of|at\s+the\s+direction\s+of)\s+(?:our|my)\s+${EXEC_EN}\b${NOT_THANKS}`),
  // The customer demands an answer from one of OUR executives: "I expect a call from your head of billing today".
  exec(
    "en",
    "demands_from_exec",
    re`\b(?:expect|demand|want|need|require|insist on)\s+(?:an?\s+|some\s+)?(?:personal\s+|direct\s+)?(?:call|response|answer|meeting|reply|explanation|apology)\s+from\s+(?:your|the)\s+${EXEC_EN}\b`,
  ),
  exec("en", "escalate_to_exec", re`\bescalat(?:e|ing|ed)\b${words(3)}\s+(?:to|with)\s+(?:your|our|the|my)\s+${EXEC_EN}\b`),
  exec(
    "en",
    "contact_your_exec",
    re`\b(?:contact|contacting|email|emailing|write to|writing to|call|calling|reach out to|reaching out to|go straight to|going straight to|go directly to|going directly to|complain to|tweet at)\s+(?:your|the)\s+${EXEC_EN}\b|\b(?:raise|raising|take|taking)\s+(?:it|this|that|the matter|the issue)\s+(?:up\s+)?with\s+(?:your|the)\s+${EXEC_EN}\b`,
  ),

  exec(
    "de",
    "chef_involviert",
    re`\b(?:unser|unsere|unserer|mein|meine)\s+${EXEC_DE}\b${words(2)}\s+(?:ist|sind|wurde|wurden|wird)\s+(?:jetzt\s+|nun\s+|bereits\s+|schon\s+|auch\s+|inzwischen\s+)?(?:involviert|eingebunden|informiert|eingeschaltet|in kenntnis gesetzt|in cc|im verteiler|beteiligt|verae?rgert|wue?tend|alarmiert)\b`,
  ),
  exec(
    "de",
    "chef_in_cc",
    re`\b(?:unser|unsere|unseren|meinen|meine|den|die)\s+${EXEC_DE}\b${words(2)}\s+(?:in\s+(?:cc|kopie)|ins\s+cc|eingebunden|eingeschaltet|einschalten|einbinden|hinzugezogen|hinzuziehen)\b|\b(?:in\s+cc|in\s+kopie|cc)\s*:?\s+(?:unser|unsere|unseren|meinen|meine)\s+${EXEC_DE}\b`,
  ),
  exec(
    "de",
    "chef_fordert",
    re`\b(?:unser|unsere|mein|meine)\s+${EXEC_DE}\b${words(2)}\s+(?:fordert|verlangt|erwartet|will)\s+(?:eine\s+|einen\s+|sofort\s+)?(?:erklae?rung|antwort|antworten|rueckruf|ru?ckruf|termin|entschae?digung|stellungnahme|loe?sung)\b`,
  ),
  exec(
    "de",
    "im_auftrag_des_chefs",
    re`\b(?:im\s+auftrag|auf\s+wunsch|auf\s+anweisung)\s+(?:unseres|unserer|meines|meiner)\s+${EXEC_DE}\w*\b${NOT_THANKS}|\b(?:erwarte|erwarten|verlange|verlangen|fordere|fordern)\b${words(3)}\s+(?:anruf|rue?ckruf|antwort|stellungnahme|erklae?rung)\s+(?:von|vom)\s+(?:ihrem|ihrer|eurem|eurer|dem|der)\s+${EXEC_DE}\b`,
  ),
  exec(
    "de",
    "an_ihren_chef",
    re`\b(?:an|zu|bis zu)\s+(?:ihren|ihre|ihrem|ihrer|euren|eure|eurem|eurer|den|die|dem|der|zum|zur)\s+${EXEC_DE}\b${words(2)}\s+(?:eskalieren|wenden|schreiben|weiterleiten|weitergeben|gehen)\b|\beskalier\w*${words(3)}\s+(?:an|bis zu[rm]?|zu[rm]?)\s+(?:ihren|ihre|ihrem|euren|eure|eurem|den|die|dem)?\s*${EXEC_DE}\b`,
  ),

  exec(
    "es",
    "ejecutivo_involucrado",
    re`\b(?:nuestro|nuestra|mi)\s+${EXEC_ES}\b${words(2)}\s+(?:ya\s+|ahora\s+)?(?:esta|estan)\s+(?:ya\s+|ahora\s+)?(?:muy\s+|bastante\s+|realmente\s+|extremadamente\s+)?(?:involucrad[oa]|al tanto|informad[oa]|en copia|enterad[oa]|furios[oa]|molest[oa])\b`,
  ),
  exec(
    "es",
    "ejecutivo_exige",
    re`\b(?:nuestro|nuestra|mi)\s+${EXEC_ES}\b${words(2)}\s+(?:exige|pide|quiere|espera)\s+(?:una\s+|un\s+)?(?:explicacion|respuesta|llamada|reunion|compensacion|reembolso|solucion)\b`,
  ),
  exec("es", "en_nombre_de", re`\b(?:en\s+nombre\s+de|de\s+parte\s+de|a\s+peticion\s+de)\s+(?:nuestro|nuestra|mi)\s+${EXEC_ES}\b${NOT_THANKS}`),
  exec(
    "es",
    "escalar_a_ejecutivo",
    re`\b(?:escalar|escalare|escalaremos|llevar|llevare|llevaremos|elevar|elevare|elevaremos)\b${words(2)}\s+(?:a|al|hasta)\s+(?:su\s+|vuestro\s+|vuestra\s+|el\s+|la\s+)?${EXEC_ES}\b`,
  ),
  exec("es", "en_copia", re`\b(?:en copia|con copia|copio|pongo en copia)\s+(?:a\s+)?(?:nuestro|nuestra|mi|su|el|la)\s+${EXEC_ES}\b`),

  exec(
    "fr",
    "dirigeant_implique",
    re`\b(?:notre|mon|ma)\s+${EXEC_FR}\b${words(2)}\s+(?:est|a ete|sont)\s+(?:desormais\s+|maintenant\s+|deja\s+|aussi\s+)?(?:tres\s+|vraiment\s+)?(?:implique|impliquee|informe|informee|au courant|en copie|saisi|saisie|furieux|furieuse|mecontent|mecontente)\b`,
  ),
  exec(
    "fr",
    "dirigeant_exige",
    re`\b(?:notre|mon|ma)\s+${EXEC_FR}\b${words(2)}\s+(?:exige|demande|veut|attend)\s+(?:une\s+|un\s+|des\s+)?(?:explication|explications|reponse|reponses|appel|reunion|compensation|remboursement)\b`,
  ),
  exec(
    "fr",
    "remonter_au_dirigeant",
    re`\b(?:escalader|escaladerai|remonter|remonterai|remonterons|transmettre|transmettrai|signaler|signalerai)\b${words(3)}\s+(?:a|au|aupres de|jusqu'a)\s+(?:votre\s+|vos\s+|la\s+|le\s+|l')?${EXEC_FR}\b`,
  ),
  exec("fr", "au_nom_de", re`\b(?:au\s+nom\s+de|de\s+la\s+part\s+de|a\s+la\s+demande\s+de)\s+(?:notre|mon|ma)\s+${EXEC_FR}\b${NOT_THANKS}`),
  exec("fr", "en_copie", re`\b(?:notre|mon|ma)\s+${EXEC_FR}\s+en\s+copie\b|\ben\s+copie\s*:?\s+(?:notre|mon|ma)\s+${EXEC_FR}\b`),
];
