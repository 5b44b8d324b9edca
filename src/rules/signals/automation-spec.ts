/**
 * An automation being specified. Customers build flows about their own
 * business, and those flows route chargebacks, page someone when THEIR site
 * is down, or "escalate to a supervisor after 2 hours". A sentence that
 * describes what a flow, trigger or rule should do specifies product use, not
 * an event at Lumaflow. Reads folded text (fold.ts).
 */

/** What customers build: "a flow that…", "the automation should…", "a trigger for…". */
const BUILT_THING = String.raw`(?:flows?|workflows?|automations?|triggers?|rules?|steps?|actions?|zaps?|scenarios?|recipes?|nodes?|reports?|dashboards?|charts?|widgets?|ablaufe?|ablauf|regeln?|flujos?|automatizacion(?:es)?|reglas?|disparadores?|flux|automatisations?|regles?|declencheurs?)`;

/** What customers route to their own people: "each new lead", "every incoming ticket", "all inbound enquiries". */
const ROUTED_ITEM = String.raw`(?:leads?|tickets?|requests?|messages?|submissions?|enquir(?:y|ies)|inquir(?:y|ies)|conversations?|chats?|cases?|orders?|applications?|candidates?|responses?|bookings?|approvals?|contacts?|deals?|tasks?|alerts?)`;
const ROUTE = String.raw`(?:route[sd]?|routing|assign(?:s|ed|ing)?|forward(?:s|ed|ing)?|send(?:s|ing)?|escalat(?:e|es|ed|ing)|dispatch(?:es|ed|ing)?|hand(?:s|ed|ing)?\s+(?:\w+\s+)?(?:off|over)|pass(?:es|ed|ing)?\s+(?:\w+\s+)?(?:on|over))`;
/** Someone who does the work: "a real person", "a human reviewer", "someone". */
const WORKER = String.raw`(?:(?:a|an|one|the|some)\s+)?(?:real\s+|actual\s+|live\s+|human\s+)?(?:person|human|someone|somebody|member|rep|agent|reviewer|approver|colleague|manager|supervisor)`;

/**
 * A person as a step in the customer's own process, where a request for a
 * person's words appear without the request: "route each new lead to a real
 * person on the sales team", "make the agent hand off to a human reviewer
 * when its confidence is low", "route to a person in our sales team for
 * approval", "jeden neuen Lead an jemanden aus unserem Vertrieb", "asignar
 * cada lead a alguien de nuestro equipo", "attribuer chaque demande à
 * quelqu'un de notre équipe". "Can you pass this to a manager?" or "hand me
 * over to a human" still asks us for one, and so does "forward this to
 * someone on the billing team" (ours): what is routed is their business's
 * items, or it goes to their own ("our") team, or their bot or flow hands
 * over.
 */
const PERSON_IN_THEIR_PROCESS = [
  String.raw`\b${ROUTE}\s+(?:each|every|all|any|incoming|inbound)\s+(?!my\b|our\b)(?:\w+\s+){0,2}?${ROUTED_ITEM}\b`,
  String.raw`\b${ROUTE}\b(?:\s+[\w'-]+){0,4}?\s+to\s+${WORKER}\s+(?:on|in|from|of|at)\s+(?:our|my)\s+(?:[\w-]+\s+){0,2}?(?:team|staff|department|office|desk|crew)\b`,
  // The customer's bot or flow hands over: "make the agent hand off to a human", "Flow Agent handing off to a human reviewer".
  String.raw`\b(?:agent|bot|chatbot|assistant|ai|flow|workflow|automation|step)\s+(?:to\s+|should\s+|can\s+|will\s+)?(?:hand(?:s|ed|ing)?\s+(?:\w+\s+)?(?:off|over)|pass(?:es|ed|ing)?\s+(?:\w+\s+)?(?:on|over))\s+to\s+${WORKER}\b`,
  // A human in the loop is a role in a flow: "a human reviewer", "human approval step", "human in the loop".
  String.raw`\bhuman[\s-]+(?:reviewers?|approvers?|in[\s-]+the[\s-]+loop|(?:review|approval|handoff|hand-off)\s+step)\b`,
  String.raw`\b(?:jede[nrms]?|alle|neue)\s+(?:neuen?\s+)?(?:leads?|tickets?|anfragen?|anfrage|nachrichten?|bestellungen?|bewerbungen?)\b.*\b(?:an|zu)\s+(?:jemand\w*|eine[nmr]?\s+\w+)\s+(?:in|aus)\s+unse\w+`,
  String.raw`\b(?:asignar|enviar|derivar|redirigir|pasar|asigna|envia|deriva)\w*\s+(?:cada|todos?\s+los|todas?\s+las|los\s+nuevos|las\s+nuevas)\s+(?:\w+\s+){0,2}?(?:leads?|tickets?|solicitudes|solicitud|mensajes?|pedidos?|consultas?|candidat[oa]s?)\b`,
  String.raw`\b(?:attribuer|envoyer|transferer|router|affecter|attribue|envoie|transfere|affecte)\w*\s+(?:chaque|tou(?:s|tes)\s+les|les\s+nouve(?:aux|lles))\s+(?:\w+\s+){0,2}?(?:leads?|tickets?|demandes?|messages?|commandes?|candidat(?:ure)?s?|prospects?)\b`,
];

const AUTOMATION_SPEC = new RegExp(
  [
    // "a flow that pages our on-call", "a trigger for dispute.created", "un flujo que…", "un flux qui…", "ein Ablauf, der…".
    // Indefinite only: "the sync rule that deleted our records" reports what a flow did.
    String.raw`\b(?:a|an|one|un|una|une|ein|eine|einen)\s+(?:\w+\s+)?${BUILT_THING},?\s+(?:that|which|to|for|whenever|when|showing|listing|tracking|que|qui|pour|para|der|die|das|fur)\b`,
    // "build / set up / create a flow", "can Lumaflow automatically…"
    String.raw`\b(?:build|building|set up|setting up|create|creating|configure|configuring|design|designing|automate|automating|construir|crear|configurar|creer|construire|configurer|erstellen|bauen|einrichten)\s+(?:a|an|the|our|my|this|that|un|una|une|le|la|el|einen?|den|die|das)?\s*(?:\w+\s+)?${BUILT_THING}\b`,
    // "we want Lumaflow / it / the flow to…", "I'd like the flow to ping their manager"
    // Not "I need a person to…": the object is the product or what is built.
    String.raw`\b(?:we|i)(?:\s+(?:want|would like|need|are trying|am trying)|'d\s+like)\s+(?:lumaflow|(?:the|a|each|every|our)\s+(?:\w+\s+)?${BUILT_THING})\s+to\b`,
    // A person as a step of the customer's own process (PERSON_IN_THEIR_PROCESS above).
    ...PERSON_IN_THEIR_PROCESS,
    // A subject line naming the flow: "Flow to alert us when OUR site has an outage".
    String.raw`^(?:\w+\s+)?${BUILT_THING}\s+(?:to|that|which)\s+(?:alerts?|notify|notifies|pages?|emails?|tells?|warns?|pings?|messages?|texts?)\b`,
    // …or what it is for: "PagerDuty step for when OUR site goes down", "Slack alert for failed payments".
    String.raw`^(?:[\w-]+\s+){0,2}${BUILT_THING}\s+for\s+(?:when|whenever|if)\b`,
    // What the customer's flow watches for: "When it detects an outage it posts to Slack", "if the monitor sees a 500".
    // "It" only when it then acts as a flow does ("…it posts to Slack"): "when it detects an error the sync stops" is a report.
    String.raw`\b(?:when|whenever|if|once)\s+the\s+(?:[\w-]+\s+)?(?:${BUILT_THING}|monitor|check|health check)\s+(?:detects|spots|sees|notices|finds|picks up|registers|receives)\b`,
    String.raw`\b(?:when|whenever|if|once)\s+it\s+(?:detects|spots|sees|notices|finds|picks up|registers|receives)\b[^.;]*?\bit\s+(?:posts|sends|pages|notifies|alerts|opens|creates|emails|pings|messages|texts|logs)\b`,
    // Not "automatically" or "whenever" alone: "the sync automatically deleted our records" is a report.
    String.raw`\bauto-(?:escalate|assign|route)\b`,
  ].join("|"),
);

/** True when the folded sentence describes what an automation of the customer's should do. */
export function describesAutomation(sentence: string): boolean {
  return AUTOMATION_SPEC.test(sentence);
}
