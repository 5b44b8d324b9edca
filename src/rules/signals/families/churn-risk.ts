/**
 * churn_risk: the customer means to cancel, not renew, or move to someone
 * else. Ordinary cancellations of other things ("cancel the meeting",
 * "cancel order #123") are kept out by naming what is cancelled, or by
 * allowing a bare "we will cancel" only when nothing follows it.
 */
import { familiesOf, re, words } from "../family.js";

const churn = familiesOf("churn_risk");

/** Who else decides which tool the customer uses: the group they belong to. */
const GROUP_EN = String.raw`(?:our|the)\s+(?:parent(?:\s+company)?|group|holding|head office|hq|mother company|new owners?|corporate)`;
const GROUP_TOOL_EN = String.raw`(?:tools?|platforms?|systems?|software|crm|erp|solution|suite|one)`;

/** A subscription to mail is not the product: "cancel my subscription to the newsletter" is housekeeping. */
const MAILINGS_EN = String.raw`(?:newsletters?|e-?mails?|mailing(?: list)?s?|notifications?|digests?|marketing|updates|alerts)`;
const CONTRACT_EN = String.raw`(?:subscriptions?|accounts?|contracts?|plans?|memberships?|service|licen[cs]es?|agreements?|seats)`;

export const CHURN_RISK_FAMILIES = [
  // Asking that the subscription not go on: "please stop auto renew", "make sure billing stops after December",
  // „nicht automatisch verlängern", "cancelar la renovación automática", « ne pas renouveler ».
  churn(
    "en",
    "stop_renewal",
    re`\b(?:stop|cancel|turn off|switch off|disable)\s+(?:the\s+|our\s+|my\s+)?auto(?:matic)?[- ]?renew(?:al|ing)?\b|\b(?:do not|don'?t)\s+(?:auto[- ]?)?renew\s+(?:us|our|my|the|it)\b|\bmake sure (?:the\s+)?(?:billing|payments?|charges?) (?:stops?|ends?)\b`,
  ),
  churn(
    "de",
    "verlaengerung_stoppen",
    re`\bautomatische\s+verlae?ngerung\s+(?:stoppen|beenden|kue?ndigen|deaktivieren|abstellen)\b|\bnicht\s+(?:mehr\s+)?automatisch\s+verlae?ngern\b`,
  ),
  churn("es", "parar_renovacion", re`\b(?:cancelar|desactivar|parar|quitar|anular)\s+la\s+renovacion\s+automatica\b|\bno\s+(?:la\s+|lo\s+)?renueven\b`),
  churn("fr", "arreter_renouvellement", re`\b(?:arreter|annuler|desactiver|stopper|couper)\s+le\s+renouvellement\s+automatique\b`),
  // Closing a duplicate or test account is housekeeping, not leaving.
  churn(
    "en",
    "cancel_subscription",
    re`\b(?:cancel|canceling|cancelling|terminate|terminating|end|ending|close|closing)\s+(?:our|my|the)(?!\s+(?:old|duplicate|second|test|extra|other|unused|personal|trial|${MAILINGS_EN})\b)${words(1)}\s+${CONTRACT_EN}\b(?!\s+(?:to|for|of)(?:\s+[^\s.!?;:,]+){0,2}?\s+${MAILINGS_EN}\b)`,
  ),
  churn(
    "en",
    "intend_to_cancel",
    re`\b(?:will|'ll|going to|gonna|about to|plan(?:ning)? to|intend to|ready to|have to|forced to|decided to|considering|consider|thinking (?:about|of))${words(1)}\s+(?:cancel(?:l?ing)?|terminat(?:e|ing)|leav(?:e|ing) (?:you|your (?:platform|service|product|company)))(?=\s*(?:$|[.!,;]|if\b|unless\b|immediately\b|today\b|now\b|and\b|our\b|my\b|the (?:subscription|account|contract|plan|service)\b|everything\b))`,
  ),
  churn(
    "en",
    "switch_to_competitor",
    re`\b(?:switch(?:ing)?|mov(?:e|ing)|migrat(?:e|ing)|go(?:ing)?|chang(?:e|ing)|tak(?:e|ing) our business)\s+(?:over\s+)?to\s+(?:a|an|another|other|one of your)${words(1)}\s+(?:competitors?|providers?|vendors?|alternatives?|solutions?|platforms?|tools?)\b|\b(?:your|a)\s+competitors?\b${words(3)}\s+(?:instead|offers?|is cheaper|works better)\b`,
  ),
  churn(
    "en",
    "looking_at_alternatives",
    re`\b(?:looking|look|shopping|searching)\s+(?:at|for|around for|into)\s+(?:other\s+|some\s+)?(?:alternatives|competitors|other (?:providers|vendors|options|solutions|tools))\b|\b(?:evaluating|considering|trialing|testing)${words(1)}\s+(?:alternatives|competitors)\b|\btake\s+our\s+business\s+elsewhere\b`,
  ),
  churn(
    "en",
    "not_renew",
    re`\b(?:not|won't|wont|will not|don't|do not|never)\s+(?:be\s+)?(?:going to\s+|planning to\s+)?renew(?:ing)?\b|\byou(?:'ll| will)\s+lose\s+(?:us|a customer|our business)\b|\b(?:i'?m|im|i am|we'?re|were|we are)\s+(?:so\s+|totally\s+|completely\s+)?(?:done|finished|through)\s+with\s+(?:you|your (?:company|service|product|platform|app)|lumaflow)\b`,
  ),

  // The relationship itself is in question: "we will reconsider the partnership", "evaluating whether to stay".
  churn(
    "en",
    "reconsidering_relationship",
    re`\b(?:reconsider\w*|rethink\w*|re-?evaluat\w*|question\w*)\s+(?:the|our|this|your)\s+(?:partnership|relationship|contract|subscription|vendor(?:\s+choice)?|choice\s+of\s+(?:vendor|provider|tool)|decision\s+to\s+(?:use|buy|choose)|business\s+with\s+you)\b|\b(?:reconsider\w*|rethink\w*|evaluat\w*|deciding|considering|wondering|questioning|debating|discussing)\s+whether\s+(?:to|we\s+should|we\s+can|we\s+will|we'll|we\s+want\s+to|it\s+makes\s+sense\s+to)\s+(?:stay|renew|continue|keep|trust)\b`,
  ),
  // Renewal held hostage: "we'll only renew if…", "we need a solution before our renewal".
  churn(
    "en",
    "renewal_at_stake",
    re`\bonly\s+(?:going\s+to\s+)?renew\w*\s+(?:if|when|once)\b|\bneed\s+(?:a\s+|an\s+)?(?:solution|fix|answer|resolution|commitment|this\s+(?:fixed|resolved|solved))\s+(?:before|by|ahead\s+of)\s+(?:our|the)\s+(?:upcoming\s+|next\s+)?(?:contract\s+)?renewal\b|\brenewal\s+(?:depends|is\s+contingent|hinges|is\s+conditional)\s+on\b`,
  ),
  // An ultimatum: "fix it properly or we're gone".
  churn(
    "en",
    "ultimatum",
    re`\bor\s+(?:we(?:'re|\s+are)|i(?:'m|\s+am))\s+(?:gone|leaving|out|done)\b|\bor\s+(?:we|i)(?:'ll|\s+will)?\s+(?:leave|cancel|walk(?:\s+away)?|go\s+elsewhere|take\s+our\s+business\s+elsewhere)\b`,
  ),
  // A named tool: "thinking of going back to Zapier", "about to switch to Make". The
  // intent is required, and what follows "to" must not be our own plan, version or billing.
  churn(
    "en",
    "switch_to_named_tool",
    re`\b(?:thinking (?:of|about)|considering|about to|going to|gonna|will|ready to|plan(?:ning)? to|decided to|might)\s+(?:just\s+)?(?:go(?:ing)?\s+back|switch(?:ing)?(?:\s+back)?|mov(?:e|ing)\s+(?:back|over)|migrat(?:e|ing)(?:\s+back)?|return(?:ing)?)\s+to\s+(?!(?:the|our|your|a|an|this|that|it|them|you|v\d\w*|version|new|newer|latest|annual|yearly|monthly|pro|premium|enterprise|team|business|paid|free|plan|work|normal|basics)\b)[a-z][\w.-]*`,
  ),
  // The move itself, with what is moved: "moving our 12 seats to Make", "migrating everything to n8n".
  // Stopping, said simply (often in a second language): "we think to stop at end of year", "planning to stop using Lumaflow".
  churn(
    "en",
    "stop_using",
    re`\b(?:think(?:ing)?|plan(?:ning)?|want(?:ing)?|going|decided|have decided|intend(?:ing)?)\s+(?:about\s+|of\s+)?(?:to\s+)?stop(?:ping)?\s+(?:using\s+(?:lumaflow|it|the (?:tool|product|service|platform))|(?:the\s+|our\s+|my\s+)?(?:subscription|plan|service|account|contract)|(?:at|by|after)\s+(?:the\s+)?end\s+of)\b`,
  ),
  // Leaving for the tool a parent company or group already uses: "at renewal we'll move to the platform our group uses".
  churn(
    "en",
    "to_the_group_tool",
    re`\b(?:switch(?:ing)?|mov(?:e|ing)|migrat(?:e|ing)|go(?:ing)?|chang(?:e|ing)|consolidat(?:e|ing))\s+(?:everything\s+|over\s+)?(?:to|onto)\s+(?:the\s+(?:\w+\s+)?(?:${GROUP_TOOL_EN})\s+(?:that\s+)?${GROUP_EN}\s+(?:already\s+)?(?:uses?|has|runs|standardi[sz]ed on|picked|chose|bought)|${GROUP_EN}(?:'s|s')\s+(?:own\s+)?(?:\w+\s+)?(?:${GROUP_TOOL_EN}))\b`,
  ),
  churn(
    "en",
    "moving_everything_to",
    re`\b(?:mov(?:e|ing)|migrat(?:e|ing)|switch(?:ing)?|tak(?:e|ing))\s+(?:everything|all\s+of\s+(?:it|us)|(?:all\s+)?(?:our|my)\s+(?:\d+\s+)?(?:seats|licen[cs]es|users|team|company|business|subscription|account|workspaces?|workflows|flows|automations))\s+(?:over\s+)?to\s+(?!(?:the|our|your|a|an|another|this|that|it|them|you|v\d\w*|version|new|newer|latest|production|prod|staging|dev|test|sandbox|plan|annual|yearly|monthly|pro|premium|enterprise|team|business|free|paid)\b)[a-z][\w.-]*`,
  ),
  // Cutting vendors: every vendor is a candidate to be cut.
  churn(
    "en",
    "vendor_consolidation",
    re`\b(?:consolidat\w+|rationali[sz]\w+|cutting\s+(?:down\s+)?(?:on\s+)?|trimming|reducing)\s+(?:our\s+|the\s+number\s+of\s+)?(?:vendors|suppliers|tools|tool\s?stack|saas\s+(?:spend|stack|tools|vendors)|software\s+(?:spend|stack|vendors))\b|\bvendor\s+consolidation\b`,
  ),

  // "Bei vorzeitiger Kündigung…", "nach der Kündigung": the terms on cancelling, not a plan to.
  churn(
    "de",
    "kuendigen",
    re`\b(?<!\b(?:bei|nach|im falle?\s+(?:einer|der))\s+(?:der\s+|einer\s+)?(?:\w+\s+)?)kue?ndig(?:en|e|ung)\b|\b(?:vertrag|abo|abonnement|konto|account|mitgliedschaft|lizenz)\w*${words(2)}\s+(?:beenden|aufloe?sen|stornieren)\b`,
  ),
  churn(
    "de",
    "zur_konkurrenz",
    re`\b(?:zur\s+konkurrenz|zu\s+einem\s+(?:konkurrenten|wettbewerber|anderen\s+anbieter)|zu\s+einem\s+mitbewerber)\b|\banbieter\s+wechseln\b|\bwechseln\b${words(4)}\s+(?:anbieter|konkurrenz|wettbewerber)\b`,
  ),
  churn(
    "de",
    "alternativen",
    re`\b(?:nach\s+)?alternativen\b${words(2)}\s+(?:umsehen|suchen|schauen|anschauen|ansehen|pruefen|pru?e?fen|evaluieren)\b|\bschauen\s+uns\s+(?:nach\s+)?alternativen\b`,
  ),
  churn(
    "de",
    "zusammenarbeit_ueberdenken",
    re`\b(?:partnerschaft|zusammenarbeit|geschae?ftsbeziehung|vertrag|anbieterwahl)\w*${words(3)}\s+(?:ue?berdenken|infrage\s+stellen|in\s+frage\s+stellen)\b|\b(?:ue?berdenken|stellen)\b${words(2)}\s+(?:die|unsere|diese)\s+(?:partnerschaft|zusammenarbeit|geschae?ftsbeziehung|anbieterwahl)\b(?:\s+mit\s+\w+)?(?:\s+(?:infrage|in\s+frage))?|\b(?:ue?berlegen|pruefen|pru?fen|entscheiden)\b${words(3)},?\s+ob\s+wir${words(5)}\s+(?:bleiben|verlae?ngern|weitermachen)\b|\bnur\s+(?:dann\s+)?verlae?ngern\b${words(3)},?\s+wenn\b|\bverlae?ngern\s+nur\s*,?\s+(?:dann\s*,?\s+)?wenn\b`,
  ),
  // „zur Verlängerung auf das Tool unseres Mutterkonzerns wechseln".
  churn(
    "de",
    "zum_tool_des_konzerns",
    re`\b(?:auf|zu)\s+(?:das|die|den|dem|der|ein(?:e|en|em)?)\s+(?:\w+\s+)?(?:tool|plattform|system|software|loe?sung|crm|erp)\w*\s+(?:unseres|unserer|des|der)\s+(?:mutter\w*|konzern\w*|gruppe|holding|zentrale|neuen eigentue?mer\w*)${words(3)}\s+(?:wechseln|umsteigen|migrieren|umziehen|gehen)\b`,
  ),
  churn("de", "nicht_verlaengern", re`\b(?:nicht|keinesfalls|nie)\s+(?:mehr\s+)?verlae?nger(?:n|t)\b`),

  churn(
    "es",
    "cancelar",
    re`\b(?:cancelar|cancelaremos|cancelare|dar de baja|darme de baja|darnos de baja)\s+(?:mi|nuestra|nuestro|la|el)\s+(?:suscripcion|cuenta|contrato|plan|membresia|servicio|licencia)\b|\b(?:vamos a|voy a|quiero|queremos)\s+(?:cancelar|darnos de baja|darme de baja)\b`,
  ),
  churn(
    "es",
    "competencia",
    re`\bcambiar\s+de\s+(?:proveedor|plataforma|herramienta|empresa|servicio)\b|\breconsiderar\s+(?:la|nuestra)\s+(?:relacion|asociacion|colaboracion)\b|\b(?:cambiar(?:nos|me)?|pasar(?:nos|me)?|irnos|irme|mudarnos)\s+(?:a|con)\s+(?:la\s+competencia|otro\s+proveedor|un\s+competidor|otra\s+(?:plataforma|empresa|solucion))\b|\b(?:buscando|buscar|mirando|evaluando|valorando|viendo)\s+(?:otras\s+)?(?:alternativas|opciones|proveedores|herramientas)\b`,
  ),
  // Already trying a competitor: "ya tenemos una demo con la competencia", "estamos probando otra herramienta".
  churn(
    "es",
    "probando_competencia",
    re`\b(?:demo|reunion|prueba|piloto)\s+con\s+(?:la\s+competencia|un\s+competidor|otro\s+proveedor)\b|\b(?:probando|evaluando|mirando)\s+(?:ya\s+)?(?:a\s+)?(?:la\s+competencia|otras?\s+(?:herramientas?|plataformas?|alternativas?|proveedores?)|alternativas)\b`,
  ),
  // « pasaremos a la herramienta que usa nuestro grupo », « nos pasamos al sistema de la casa matriz ».
  churn(
    "es",
    "a_la_herramienta_del_grupo",
    re`\b(?:pasaremos|pasamos|nos pasaremos|nos pasamos|vamos a pasar(?:nos)?|cambiaremos|migraremos|nos cambiamos|nos mudamos|nos iremos)\s+(?:todo\s+)?(?:a|al)\s+(?:la\s+|el\s+)?(?:herramienta|plataforma|sistema|solucion|software|tool|crm|erp|programa)\s+(?:de|que\s+(?:usa|utiliza|tiene))\s+(?:nuestr[oa]|el|la)\s+(?:grupo|matriz|casa matriz|empresa matriz|sede central|central|holding|nuevos? dueños?)\b`,
  ),
  churn("es", "no_renovar", re`\bno\s+(?:vamos\s+a\s+|voy\s+a\s+)?renovar(?:emos|e)?\b`),

  churn(
    "fr",
    "resilier",
    re`\b(?:resilier|resilierons|resilierai|resiliation)\b|\bannuler\s+(?:mon|notre|l'|le|la)\s*(?:abonnement|compte|contrat|forfait|licence|service)\b|\b(?:nous allons|je vais|on va|je veux|nous voulons)\s+(?:annuler|resilier|partir)\b`,
  ),
  churn(
    "fr",
    "concurrence",
    re`\breconsiderer\s+(?:notre|le|ce)\s+(?:partenariat|contrat|relation|collaboration)\b|\b(?:passer|passerons|passerai|aller|irons|irai|partir|partirons|partirai|migrer|migrerons|migrerai)\s+(?:a|chez|vers)\s+(?:un|la|une|le)\s+(?:concurrent|concurrence|autre\s+(?:fournisseur|prestataire|solution|plateforme|outil))\b|\b(?:chercher|cherchons|regardons|regarder|evaluons)\s+(?:des|d'autres|les)\s+(?:alternatives|solutions concurrentes)\b|\bchercher\s+ailleurs\b`,
  ),
  // "Renouveler" and "reconduire" both say renew.
  // « nous passerons à l'outil de notre maison mère au renouvellement ».
  churn(
    "fr",
    "vers_l_outil_du_groupe",
    re`\b(?:passer|passerons|passons|allons passer|migrer|migrerons|migrons|basculer|basculerons|basculons)\s+(?:tout\s+)?(?:a|sur|vers)\s+(?:l'|la\s+|le\s+)?(?:outil|plateforme|solution|logiciel|systeme|crm|erp)\s+(?:de|du|utilise par|qu'utilise)\s+(?:notre|la|le)\s+(?:maison mere|groupe|societe mere|siege|holding|nouveaux? proprietaires?)\b`,
  ),
  churn(
    "fr",
    "ne_pas_renouveler",
    re`\b(?:ne|n')\s*${words(2)}\s*(?:pas|plus)${words(1)}\s+(?:renouvel|recondui)\w*|\bne\s+(?:renouvel|recondui)\w*\s+pas\b|\bpas\s+(?:renouvel|recondui)\w*`,
  ),
];
