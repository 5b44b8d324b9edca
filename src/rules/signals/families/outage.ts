/**
 * outage: our service is down or failing for everyone, now. The families
 * need a system as subject ("our production system has been down") or an
 * all-requests scope ("503 for all requests") because "down" and
 * "unavailable" alone are everyday words ("prices went down", "this feature
 * is unavailable on the free plan").
 */
import { familiesOf, re, words } from "../family.js";
import { COUNT_MANY, PEOPLE_DE, PEOPLE_EN, PEOPLE_ES, PEOPLE_FR, SYSTEM_DE, SYSTEM_EN, SYSTEM_ES, SYSTEM_FR } from "./vocabulary.js";

const outage = familiesOf("outage");

/**
 * What a whole population failing to work looks like: they cannot work, get
 * in, or use the product at all. Narrower verbs ("can't export PDFs") are a
 * feature bug with many users, not an outage.
 */
const LOCKED_OUT_EN = String.raw`(?:can'?t|cannot|can not|are unable to|are not able to|couldn'?t|could not)\s+(?:work|log ?in|sign ?in|get in|connect|access\s+(?:the\s+|our\s+|your\s+)?${SYSTEM_EN}|access anything|use\s+(?:the\s+|our\s+|your\s+)?${SYSTEM_EN}|use anything|load\s+(?:any|anything))\b`;

/** "for everyone", "for all our field staff", "for the whole company": the failure's reach. */
const FOR_EVERYONE_EN = String.raw`for\s+(?:everyone|everybody|all\s+(?:of\s+)?(?:us\b|(?:our|my|the)\s+(?:[a-z-]+\s+){0,2}?${PEOPLE_EN}|${PEOPLE_EN})|the\s+(?:whole|entire)\s+(?:company|team|org\w*|office))\b`;

/**
 * Error screens customers quote while an outage is on: "Service
 * unavailable", "502 Bad Gateway", a blank page. On their own they are a
 * symptom one user may see; they count with an ongoing start time ("since
 * 09:10") or a whole-population reach. A plain 500 is left out: it is
 * usually one feature failing ("error 500 when I export since yesterday").
 */
const ERROR_SCREEN = String.raw`(?:service unavailable|bad gateway|gateway time-?out|(?:error|http)\s+50[234]|50[234]\s+errors?|(?:gives?|giving|getting|get|returns?|returning|throws?|throwing|shows?|showing)\s+(?:a\s+|an\s+|me\s+)?50[234]\b|blank (?:page|screen)|white (?:page|screen)|fehler\s+50[234]|leere[nrs]?\s+(?:seite|bildschirm)|weisse[nrs]?\s+(?:seite|bildschirm)|pagina en blanco|pantalla en blanco|page blanche|ecran blanc)`;
/** The product's surfaces, each of which a customer reaches separately. */
const SURFACE_EN = String.raw`(?:dashboard|web ?app|app|mobile app|site|website|api|ui|editor|login page|portal)`;
const SINCE_CLOCK_EN = String.raw`since\s+(?:about\s+|around\s+)?(?:\d{1,2}(?:[:.h]\d{2})?\s*(?:am|pm|utc|gmt|cet|est|pst)?\b|this morning|last night|midnight|noon|yesterday|today|the (?:last |latest )?(?:release|update|deploy\w*))`;

export const OUTAGE_FAMILIES = [
  // "Outage notifications", "outage credits", "an outage policy" name a topic, not an event. A power cut is the
  // grid's outage, not ours: "a power outage at the surgery this morning".
  outage(
    "en",
    "outage_word",
    re`(?<!\b(?:power|electricity|electrical|mains|utility|grid)[\s-]+)\b(?:outages?|service disruption|service interruption)\b(?!['"’”]?\s+(?:notifications?|alerts?|e-?mails?|subscriptions?|page|history|reports?|policy|policies|credits?|compensation|sla|process|procedures?|template|post-?mortems?|communications?|plan|playbook|drills?|windows?|posts?|updates?|feed|rss|banners?|runbooks?)\b)`,
  ),
  // "Downtime" is also planned maintenance or the customer's own network; it counts with a duration or as ongoing.
  outage(
    "en",
    "downtime",
    re`\b(?:\d+|several|many)\s+(?:minutes?|hours?|days?)\s+of\s+downtime\b|\bdowntime\s+(?:since|for\s+(?:the\s+(?:last|past)\s+)?\d|again|right now|ongoing|is costing)\b`,
  ),
  outage(
    "en",
    "system_down",
    re`\b${SYSTEM_EN}\b${words(2)}\s+(?:is|are|was|were|has been|have been|went|goes|seems to be|seem to be|appears to be|keeps going|keep going)\s+(?:completely\s+|totally\s+|entirely\s+|fully\s+|still\s+|now\s+|again\s+)?(?:down|offline|unreachable|unavailable|inaccessible|dead|unresponsive)\b`,
  ),
  // Subject lines: "Site down!!!", "API down for 2 hours". "Shut the app down" is a request, not an outage.
  outage(
    "en",
    "headline_down",
    re`(?<!\b(?:shut|turn|slow|scale|take|took|bring|brought|break|wind|calm|narrow)\s+(?:the\s+|our\s+|my\s+|your\s+)?)\b${SYSTEM_EN}\s+down(?=\s*(?:$|[!.,;:?]|for\b|since\b|again\b|right now\b|now\b))`,
  ),
  outage(
    "en",
    "down_for_duration",
    re`\bdown\s+for\s+(?:the\s+(?:last|past)\s+|over\s+|more than\s+|almost\s+|nearly\s+|about\s+)?(?:\d+|an?|one|two|three|several|many)\s+(?:minutes?|mins?|hours?|hrs?|days?)\b`,
  ),
  outage(
    "en",
    "all_requests_failing",
    re`\b(?:return(?:s|ing|ed)?|gett?(?:ing)?|got|throw(?:s|ing)?|respond(?:s|ing)?\s+with|seeing)\s+(?:an?\s+|only\s+)?(?:http\s+)?(?:5\d\d|gateway timeouts?|timeouts?|errors?)(?:\s+errors?)?${words(2)}\s+(?:for|on|from|to)\s+(?:all|every|each|everyone|everything|any)\b|\b(?:all|every|each)\s+(?:(?:api|http)\s+)?(?:requests?|calls?)\s+(?:is\s+|are\s+)?(?:fail(?:s|ing|ed)?|timing out|times? out|erroring|returning\s+5\d\d)\b`,
  ),
  outage(
    "en",
    "nobody_can_access",
    // "none of us", and who nobody is ("nobody in the office", "no one on our team"), before the verb.
    re`\b(?:nobody|no one|none of us|none of (?:our|my|the)(?:\s+${COUNT_MANY})?\s+${PEOPLE_EN})(?:\s+(?:here|(?:in|on|at)\s+(?:the|our|my)\s+(?:office|team|company|site|org\w*)))?\s+(?:can|is able to|could|can't|cannot)\s+(?:log ?in|sign ?in|access|reach|load|open|connect|work|get (?:in|into|on)|use\s+(?:lumaflow|the (?:app|site|platform|dashboard|tool|product)|it|anything))\b`,
  ),
  // "1,200 employees can't work": a counted population locked out is an outage whatever the wording of "down".
  outage("en", "many_people_locked_out", re`${COUNT_MANY}\s+(?:[a-z-]+\s+)?${PEOPLE_EN}\b${words(2)}\s+${LOCKED_OUT_EN}`),
  outage("en", "error_screen_ongoing", re`\b${ERROR_SCREEN}\b['"]?${words(4)}\s+(?:${SINCE_CLOCK_EN}|${FOR_EVERYONE_EN})`),
  // The reach may be the product rather than its users: the same error on two of its surfaces at once
  // ("getting 502 on the dashboard AND the api") is the whole service failing, not one feature.
  outage(
    "en",
    "error_screen_everywhere",
    re`\b${ERROR_SCREEN}\b['"]?${words(2)}\s+(?:on|in|from)\s+(?:the\s+|both\s+(?:the\s+)?)?${SURFACE_EN}\s+(?:and|&|as well as)\s+(?:the\s+)?${SURFACE_EN}\b|\b${ERROR_SCREEN}\b['"]?${words(2)}\s+(?:everywhere|on every (?:page|screen|endpoint|request))\b`,
  ),
  // Verbs of the whole app failing; "down" or "unavailable" here would also read "prices went down for all our customers".
  outage(
    "en",
    "failing_for_everyone",
    re`\b(?:crash(?:es|ing|ed)?|blank|not (?:loading|opening|starting)|won'?t (?:load|open|start)|fails? to (?:load|open|start)|(?:log-?ins?|sign-?ins?|sso|authentication)\s+(?:is\s+|are\s+)?(?:failing|fails|broken))\b${words(4)}\s+${FOR_EVERYONE_EN}`,
  ),

  outage(
    "de",
    "ausfall_wort",
    re`\b(?:ausfall|ausfae?lle|totalausfall|komplettausfall|systemausfall|serverausfall|netzausfall|systemstoe?rung|serverstoe?rung|dienststoe?rung|betriebsstoe?rung)\b|\bstoe?rung\s+(?:des|der|im|bei|von)\s+(?:dienst|service|system|server|plattform|api)\w*`,
  ),
  outage(
    "de",
    "system_ausgefallen",
    re`\b${SYSTEM_DE}\b${words(3)}\s+(?:ist|sind|war|waren|scheint|scheinen)${words(3)}\s+(?:ausgefallen|down|offline|nicht erreichbar|nicht mehr erreichbar|nicht verfue?gbar|tot|lahmgelegt)\b|\b(?:komplett|total|vollstae?ndig|alles)\s+ausgefallen\b`,
  ),
  // Verb second after a fronted time: "Seit 8:30 Uhr ist unser gesamter Workspace nicht erreichbar".
  outage(
    "de",
    "ist_system_ausgefallen",
    re`\b(?:ist|sind|war|waren)\s+(?:unser|unsere|die|der|das|mein|meine)\w*${words(2)}\s+${SYSTEM_DE}\b${words(3)}\s+(?:ausgefallen|down|offline|nicht erreichbar|nicht mehr erreichbar|nicht verfue?gbar|tot|lahmgelegt)\b`,
  ),
  outage(
    "de",
    "viele_koennen_nicht_arbeiten",
    re`${COUNT_MANY}\s+${PEOPLE_DE}\b${words(2)}\s+koe?nnen\s+(?:seit\s+\S+\s+)?(?:nicht|nicht mehr)\s+(?:arbeiten|zugreifen|sich\s+(?:einloggen|anmelden))\b|\b${ERROR_SCREEN}\b${words(3)}\s+(?:seit\s+\d{1,2}(?:[:.]\d{2})?|seit\s+heute|fue?r\s+alle)\b`,
  ),
  // "Die App stürzt bei allen Mitarbeitern beim Start ab": the separable verb closes the clause, so the reach is checked sentence-wide.
  outage(
    "de",
    "stuerzt_bei_allen_ab",
    re`\b(?:stue?rzt|stue?rzen)\b${words(6)}\s+ab\b|\b(?:nicht\s+(?:mehr\s+)?erreichbar|leere\s+seite|weisse\s+seite)\b${words(2)}\s+fue?r\s+(?:alle|jeden)\b`,
    re`\b(?:bei|fue?r)\s+(?:alle[nm]?|jede[nm]?|die\s+ganze\s+firma)\b`,
  ),
  outage("de", "faellt_aus", re`\b${SYSTEM_DE}\b${words(2)}\s+(?:fae?llt|fallen|fiel|fielen)${words(2)}\s+aus\b`),
  outage(
    "de",
    "alle_anfragen",
    re`\b5\d\d\b${words(2)}\s+(?:bei|fue?r|auf)\s+(?:alle|allen|jede|jeder|jeden)\b|\balle\s+(?:anfragen|requests|aufrufe)\s+(?:schlagen fehl|scheitern|liefern\s+5\d\d|geben\s+5\d\d)\b|\b(?:niemand|keiner)\s+kann\s+sich\s+(?:mehr\s+)?(?:einloggen|anmelden)\b`,
  ),

  outage(
    "es",
    "caida",
    re`\b${SYSTEM_ES}\b${words(3)}\s+(?:esta|estan|estaba|estaban|sigue|siguen|lleva|llevan|ha estado|han estado)${words(3)}\s+(?:caid[oa]s?|abajo|fuera de servicio|fuera de linea|inaccesibles?|sin servicio|offline|down)\b|\bse\s+(?:ha\s+|han\s+)?(?:cayo|cayeron|caido)\b`,
  ),
  outage(
    "es",
    "muchos_sin_poder_trabajar",
    re`${COUNT_MANY}\s+${PEOPLE_ES}\b${words(2)}\s+no\s+pueden\s+(?:trabajar|acceder|entrar|conectarse|iniciar sesion)\b|\b${ERROR_SCREEN}\b${words(3)}\s+(?:desde\s+las\s+\d|para\s+todos)`,
  ),
  outage(
    "es",
    "caida_servicio",
    re`\b(?:caida|interrupcion|corte)\s+(?:total|general|completa|masiva|del servicio|de servicio|del sistema|de la plataforma|del servidor|de la api)\b`,
  ),
  outage(
    "es",
    "todas_peticiones",
    re`\b5\d\d\b${words(2)}\s+(?:en|para)\s+(?:todas|todos|cada)\b|\bnadie\s+puede\s+(?:acceder|entrar|iniciar sesion|conectarse)\b`,
  ),

  outage(
    "fr",
    "panne",
    re`\b${SYSTEM_FR}\b${words(3)}\s+(?:est|sont|etait|etaient|a ete|ont ete|reste|semble|semblent)${words(2)}\s+(?:en panne|hors service|hors ligne|indisponibles?|inaccessibles?|down|tombee?s?|plantee?s?|inutilisables?)\b`,
  ),
  outage(
    "fr",
    "beaucoup_sans_travailler",
    re`${COUNT_MANY}\s+${PEOPLE_FR}\b${words(2)}\s+ne\s+peuvent\s+(?:plus\s+)?(?:travailler|acceder|se connecter)\b|\b${ERROR_SCREEN}\b${words(3)}\s+(?:depuis\s+\d|pour\s+tout le monde|pour\s+tous)`,
  ),
  outage(
    "fr",
    "panne_generale",
    re`\bpanne\s+(?:generale|totale|complete|majeure|globale|du service|de service|des serveurs|du serveur|du systeme|de la plateforme|de l'api)\b|\b(?:interruption|coupure)\s+(?:totale\s+|generale\s+|complete\s+)?(?:de|du)\s+(?:service|systeme|serveur|la plateforme)\b`,
  ),
  outage(
    "fr",
    "toutes_requetes",
    re`\b5\d\d\b${words(2)}\s+(?:pour|sur)\s+(?:toutes|tous|chaque)\b|\bpersonne\s+ne\s+peut\s+(?:plus\s+)?(?:se connecter|acceder)\b`,
  ),
];
