/**
 * outage: our service is down or failing for everyone, now. The families
 * need a system as subject ("our production system has been down") or an
 * all-requests scope ("503 for all requests") because "down" and
 * "unavailable" alone are everyday words ("prices went down", "this feature
 * is unavailable on the free plan").
 */
import { familiesOf, re, words } from "../family.js";
import { SYSTEM_DE, SYSTEM_EN, SYSTEM_ES, SYSTEM_FR } from "./vocabulary.js";

const outage = familiesOf("outage");

export const OUTAGE_FAMILIES = [
  outage("en", "outage_word", re`\b(?:outages?|service disruption|service interruption)\b`),
  // "Downtime" is also planned maintenance or the customer's own network; it counts with a duration or as ongoing.
  outage("en", "downtime", re`\b(?:\d+|several|many)\s+(?:minutes?|hours?|days?)\s+of\s+downtime\b|\bdowntime\s+(?:since|for\s+(?:the\s+(?:last|past)\s+)?\d|again|right now|ongoing|is costing)\b`),
  outage("en", "system_down", re`\b${SYSTEM_EN}\b${words(2)}\s+(?:is|are|was|were|has been|have been|went|goes|seems to be|seem to be|appears to be|keeps going|keep going)\s+(?:completely\s+|totally\s+|entirely\s+|fully\s+|still\s+|now\s+|again\s+)?(?:down|offline|unreachable|unavailable|inaccessible|dead|unresponsive)\b`),
  // Subject lines: "Site down!!!", "API down for 2 hours". "Shut the app down" is a request, not an outage.
  outage("en", "headline_down", re`(?<!\b(?:shut|turn|slow|scale|take|took|bring|brought|break|wind|calm|narrow)\s+(?:the\s+|our\s+|my\s+|your\s+)?)\b${SYSTEM_EN}\s+down(?=\s*(?:$|[!.,;:?]|for\b|since\b|again\b|right now\b|now\b))`),
  outage("en", "down_for_duration", re`\bdown\s+for\s+(?:the\s+(?:last|past)\s+|over\s+|more than\s+|almost\s+|nearly\s+|about\s+)?(?:\d+|an?|one|two|three|several|many)\s+(?:minutes?|mins?|hours?|hrs?|days?)\b`),
  outage("en", "all_requests_failing", re`\b(?:return(?:s|ing|ed)?|gett?(?:ing)?|got|throw(?:s|ing)?|respond(?:s|ing)?\s+with|seeing)\s+(?:an?\s+|only\s+)?(?:http\s+)?(?:5\d\d|gateway timeouts?|timeouts?|errors?)(?:\s+errors?)?${words(2)}\s+(?:for|on|from|to)\s+(?:all|every|each|everyone|everything|any)\b|\b(?:all|every|each)\s+(?:(?:api|http)\s+)?(?:requests?|calls?)\s+(?:is\s+|are\s+)?(?:fail(?:s|ing|ed)?|timing out|times? out|erroring|returning\s+5\d\d)\b`),
  outage("en", "nobody_can_access", re`\b(?:nobody|no one|none of (?:our|my|the) (?:users|customers|staff))\s+(?:can|is able to|could)\s+(?:log ?in|sign ?in|access|reach|use|load|connect)\b`),

  outage("de", "ausfall_wort", re`\b(?:ausfall|ausfae?lle|totalausfall|komplettausfall|systemausfall|serverausfall|netzausfall|systemstoe?rung|serverstoe?rung|dienststoe?rung|betriebsstoe?rung)\b|\bstoe?rung\s+(?:des|der|im|bei|von)\s+(?:dienst|service|system|server|plattform|api)\w*`),
  outage("de", "system_ausgefallen", re`\b${SYSTEM_DE}\b${words(3)}\s+(?:ist|sind|war|waren|scheint|scheinen)${words(3)}\s+(?:ausgefallen|down|offline|nicht erreichbar|nicht mehr erreichbar|nicht verfue?gbar|tot|lahmgelegt)\b|\b(?:komplett|total|vollstae?ndig|alles)\s+ausgefallen\b`),
  outage("de", "faellt_aus", re`\b${SYSTEM_DE}\b${words(2)}\s+(?:fae?llt|fallen|fiel|fielen)${words(2)}\s+aus\b`),
  outage("de", "alle_anfragen", re`\b5\d\d\b${words(2)}\s+(?:bei|fue?r|auf)\s+(?:alle|allen|jede|jeder|jeden)\b|\balle\s+(?:anfragen|requests|aufrufe)\s+(?:schlagen fehl|scheitern|liefern\s+5\d\d|geben\s+5\d\d)\b|\b(?:niemand|keiner)\s+kann\s+sich\s+(?:mehr\s+)?(?:einloggen|anmelden)\b`),

  outage("es", "caida", re`\b${SYSTEM_ES}\b${words(3)}\s+(?:esta|estan|estaba|estaban|sigue|siguen|lleva|llevan|ha estado|han estado)${words(3)}\s+(?:caid[oa]s?|abajo|fuera de servicio|fuera de linea|inaccesibles?|sin servicio|offline|down)\b|\bse\s+(?:ha\s+|han\s+)?(?:cayo|cayeron|caido)\b`),
  outage("es", "caida_servicio", re`\b(?:caida|interrupcion|corte)\s+(?:total|general|completa|masiva|del servicio|de servicio|del sistema|de la plataforma|del servidor|de la api)\b`),
  outage("es", "todas_peticiones", re`\b5\d\d\b${words(2)}\s+(?:en|para)\s+(?:todas|todos|cada)\b|\bnadie\s+puede\s+(?:acceder|entrar|iniciar sesion|conectarse)\b`),

  outage("fr", "panne", re`\b${SYSTEM_FR}\b${words(3)}\s+(?:est|sont|etait|etaient|a ete|ont ete|reste|semble|semblent)${words(2)}\s+(?:en panne|hors service|hors ligne|indisponibles?|inaccessibles?|down|tombee?s?|plantee?s?|inutilisables?)\b`),
  outage("fr", "panne_generale", re`\bpanne\s+(?:generale|totale|complete|majeure|globale|du service|de service|des serveurs|du serveur|du systeme|de la plateforme|de l'api)\b|\b(?:interruption|coupure)\s+(?:totale\s+|generale\s+|complete\s+)?(?:de|du)\s+(?:service|systeme|serveur|la plateforme)\b`),
  outage("fr", "toutes_requetes", re`\b5\d\d\b${words(2)}\s+(?:pour|sur)\s+(?:toutes|tous|chaque)\b|\bpersonne\s+ne\s+peut\s+(?:plus\s+)?(?:se connecter|acceder)\b`),
];
