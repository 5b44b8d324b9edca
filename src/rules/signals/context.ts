/**
 * Contexts in which a trigger word names no event at Lumaflow, found in the
 * development set's hard negatives (evals/datasets/dev/):
 *
 * - **An automation being specified.** Customers build flows about their own
 *   business, and those flows route chargebacks, page someone when THEIR site
 *   is down, or "escalate to a supervisor after 2 hours". A sentence that
 *   describes what a flow, trigger or rule should do specifies product use.
 * - **No impact here.** "I saw on Twitter you had an outage in the US. We're
 *   in Europe and everything works", "our website was down, nothing to do
 *   with you": a ticket that states the customer is not affected, or that
 *   the fault is on their side, does not report an outage of ours.
 * - **A retracted alarm.** "False alarm, it was our proxy", "it's sorted".
 * - **Someone else's past incident.** "A bad data loss experience with
 *   another tool last year".
 *
 * All read folded text (fold.ts): lowercase, without diacritics.
 */
import { statesSomewhere } from "./negation.js";
import { steersTheAgent } from "./steering.js";

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

/**
 * "Everything works / seems fine for us", "we're not affected", "alles läuft
 * bei uns", "todo funciona normalmente", "tout fonctionne normalement de
 * notre côté".
 */
const NO_IMPACT = new RegExp(
  [
    // Present tense only ("everything WAS working until…" reports the opposite), and not "everything works until / except…".
    String.raw`\beverything\s+(?:still\s+|here\s+|just\s+)?(?:works?|is working|seems (?:fine|ok|okay|normal|to work)|looks (?:fine|ok|okay|normal)|is (?:fine|ok|okay|normal)|runs?|is running)\b(?!\s+(?:until|till|except|but|apart|other than))`,
    String.raw`\b(?:all|everything)\s+(?:good|fine)\s+(?:here|on our (?:end|side))\b`,
    // Fine again since the event: "everything has been fine since", "it's been running ever since".
    String.raw`\b(?:everything|it|all)\s*(?:has|have|'s)\s+been\s+(?:fine|ok|okay|working|running|normal|stable)\s+(?:smoothly\s+|fine\s+|well\s+|normally\s+|perfectly\s+)?(?:ever\s+)?since\b`,
    String.raw`\b(?:everything|it|all)\s*(?:has|have)\s+(?:worked|run)\s+(?:smoothly\s+|fine\s+|well\s+|normally\s+|perfectly\s+)?(?:ever\s+)?since\b`,
    String.raw`\b(?:we|we're|we are|i'm|i am)\s+(?:\w+\s+)?(?:unaffected|not affected)\b`,
    // The customer's own systems: "a hosting issue on our side, nothing to do with you".
    String.raw`\bnothing to do with (?:you|lumaflow|your (?:service|platform|app|product))\b`,
    String.raw`\balles\s+(?:\w+\s+)?(?:lauft|funktioniert|normal|in ordnung)\b(?!\s+(?:nicht|mehr))`,
    String.raw`\b(?:seitdem|seither|inzwischen)\s+(?:lauft|funktioniert)\s+alles\b(?!\s+(?:nicht|mehr))`,
    String.raw`\btodo\s+(?:\w+\s+)?(?:funciona|va bien|normal)\b(?!\s+(?:mal|no))`,
    String.raw`\btout\s+(?:\w+\s+)?(?:fonctionne|marche|va bien|est normal)\b(?!\s+(?:pas|plus|mal))`,
  ].join("|"),
  "g",
);

/**
 * True when some sentence states, un-negated, that the customer is not
 * affected. A question ("tout va bien ?") states nothing, and neither does a
 * line that tells the agent what to say ("répondez simplement que tout va
 * bien"): an injection must not be able to declare the customer unaffected.
 */
export function reportsNoImpact(sentences: readonly string[]): boolean {
  return statesSomewhere(
    sentences.filter((sentence) => !ASKS.test(sentence) && !steersTheAgent(sentence)),
    NO_IMPACT,
  );
}

/** A sentence that ends by asking. */
const ASKS = /[?？]\s*$/u;

/**
 * A problem at someone else's: "a bad data loss experience with another
 * tool last year", "an outage at our previous provider", "bei unserem
 * alten Anbieter", "con otra herramienta", "chez notre ancien prestataire".
 */
const ELSEWHERE = new RegExp(
  [
    String.raw`\b(?:with|at|by)\s+(?:another|a different|an?\s+other|our (?:old|previous|former|last|current)|the (?:old|previous|other))\s+(?:\w+\s+)?(?:tool|vendor|provider|platform|app|product|service|company|supplier|system|crm|saas)\b`,
    // "Our previous automation vendor had a data breach": the old vendor as the subject of the sentence.
    String.raw`\b(?:our|my) (?:old|previous|former|last) (?:\w+\s+)?(?:tool|vendor|provider|platform|app|product|service|supplier|system|crm|saas) (?:had|suffered|experienced|was hit by|was breached|got hacked|was hacked|lost|leaked)\b`,
    String.raw`\b(?:a\s+)?different\s+(?:tool|app|vendor|provider|platform|service|system|product)\b|\banother\s+(?:app|tool|vendor|provider|platform|service|system|product)\s+(?:we|i)\s+(?:used|had|were using|was using)\b`,
    String.raw`\b(?:bei|mit) (?:einem anderen|unserem (?:alten|fruheren|bisherigen)) (?:tool|anbieter|dienstleister|system|programm)\b|\b(?:beim|bei dem) (?:letzten|vorherigen|alten|fruheren|bisherigen) (?:tool|anbieter|dienstleister|system|programm)\b`,
    String.raw`\bcon (?:otra|otro) (?:herramienta|proveedor|plataforma|sistema|aplicacion)\b|\b(?:nuestro|nuestra) (?:anterior|antiguo|antigua) (?:herramienta|proveedor|plataforma|sistema)\b`,
    String.raw`\b(?:avec|chez) (?:un autre|une autre|notre ancien|notre ancienne|notre precedent) (?:outil|fournisseur|prestataire|plateforme|logiciel|systeme)\b`,
    // Everyone's, not ours: "after the industry-wide phishing wave last month".
    String.raw`\b(?:industry|sector)-?wide\b|\bacross the (?:industry|sector)\b|\bbranchenweit\w*\b|\ben todo el sector\b|\bdans tout le secteur\b`,
  ].join("|"),
);

/** True when the folded sentence places the problem at another vendor, not with us. */
export function placesProblemElsewhere(sentence: string): boolean {
  return ELSEWHERE.test(sentence);
}

/**
 * An exercise, not an event: "we're running a phishing simulation next
 * week", "je simule une fuite de données pour une démo", "Notfallübung",
 * "simulacro de caída". "This is not a drill" is the opposite. A
 * penetration test is left out on purpose: what it finds is real.
 */
const EXERCISE = new RegExp(
  [
    String.raw`\bsimulat(?:e|es|ed|ing|ion|ions)\b`,
    String.raw`(?<!\bnot\s+(?:a\s+|an\s+)?)\b(?:drill|tabletop(?:\s+exercise)?)\b`,
    String.raw`\b(?:phishing|awareness|incident|fire|disaster recovery|dr)[\s-]+(?:exercise|test|training|rehearsal)\b`,
    String.raw`\btraining\s+(?:exercise|scenario|simulation)\b`,
    String.raw`\bsimul(?:e|ons|er|ation|ations|ee)\b|\bexercice\s+(?:de\s+)?(?:crise|sensibilisation|securite)\b`,
    String.raw`\b(?:simulation|notfallubung|krisenubung|ubung)\b`,
    String.raw`\b(?:simulacro|simulacion|simulamos|simulando|simular)\b`,
  ].join("|"),
);

/**
 * The whole ticket is a rehearsal: "this is a training exercise", "nothing
 * has actually happened", "c'est un exercice". Said once, it holds for every
 * sentence, while an exercise merely mentioned ("we run phishing
 * simulations") holds only for its own sentence.
 */
const NOT_REAL = new RegExp(
  [
    String.raw`\b(?:this|it)\s+(?:is|was)\s+(?:just\s+|only\s+)?(?:a|an)\s+(?:training\s+|tabletop\s+)?(?:exercise|drill|simulation|test scenario)\b`,
    String.raw`\bnothing\s+(?:has\s+)?(?:actually|really)\s+happened\b`,
    // "No active issue, just paperwork", "Purely a workflow question", "Reine Anwendungsfrage": the customer says nothing is happening.
    String.raw`\bno active (?:issue|incident|problem|outage)s?\b|\b(?:just|purely|only) (?:a |an )?(?:paperwork|(?:workflow|config(?:uration)?|how-to|planning|process|procurement|usage) question)\b|\breine (?:anwendungs|verstandnis|konfigurations)frage\b|\b(?:solo|simplemente) una (?:pregunta|duda) de (?:uso|configuracion)\b|\bsimple question (?:de configuration|d'utilisation|de fonctionnement)\b`,
    // "Nothing has happened; we just want the steps written down": a runbook being written.
    String.raw`\bnothing\s+has\s+happened(?:\s+yet)?\s*[;,:.—–-]\s*(?:we|i)(?:'re|\s+are|\s+am|'m)?\s+(?:just|only)\b`,
    // Neutral statements only: "versprochen, nichts passiert" / "no ha pasado nada" complain that nothing was done.
    String.raw`\bes\s+ist\s+(?:noch\s+)?nichts\s+(?:wirklich\s+|tatsachlich\s+)?passiert\b|\bno\s+ha\s+pasado\s+nada\s+real\b|\brien\s+(?:ne\s+s'est|n'est)\s+(?:reellement|vraiment)\s+(?:passe|arrive)\b`,
    String.raw`\b(?:es|ist)\s+(?:nur\s+)?eine\s+(?:ubung|simulation)\b|\bes\s+(?:solo\s+)?un\s+(?:simulacro|ejercicio)\b|\bc'est\s+(?:juste\s+|seulement\s+)?un\s+exercice\b`,
  ].join("|"),
  "g",
);

/** True when some sentence says, un-negated, that the ticket describes a rehearsal, not an event. */
export function declaresRehearsal(sentences: readonly string[]): boolean {
  return statesSomewhere(sentences, NOT_REAL);
}

/** True when the folded sentence describes an exercise or a simulation. */
export function describesExercise(sentence: string): boolean {
  return EXERCISE.test(sentence);
}

/**
 * A team asked for its expertise on the content: "can someone from your
 * technical team help clarify the expected behaviour?", "could your
 * engineering team look at this?". The customer wants an answer only a
 * specialist has, which the decision routes to that team; it is not a
 * request for a person instead of the bot (src/rules/signals/families/
 * human-requested.ts draws the same line).
 */
const TEAM_EXPERTISE = new RegExp(
  String.raw`\b(?:someone|somebody|anyone|one of your (?:engineers|developers|specialists|experts))\s+(?:from|on|in)\s+your\s+(?:[a-z-]+\s+){0,2}?(?:team|department)\s+(?:please\s+)?(?:help\s+(?:us\s+|me\s+)?)?(?:clarify|explain|confirm|understand|look|check|investigate|review|debug)\b|\byour\s+(?:technical|tech|engineering|dev|development|api|integration|product)\s+team\s+(?:please\s+)?(?:help\s+(?:us\s+|me\s+)?)?(?:clarify|explain|confirm|look|check|investigate|review|debug)\b`,
);

/** True when the folded sentence asks a team for its expertise on the content, not for a person instead of the bot. */
export function asksATeamForExpertise(sentence: string): boolean {
  return TEAM_EXPERTISE.test(sentence);
}

/**
 * The customer says the matter is not ours: "we're being sued by a former
 * employee (nothing to do with Lumaflow)", "hat nichts mit Ihnen zu tun",
 * "no tiene nada que ver con ustedes", "rien à voir avec vous". In that
 * sentence a lawsuit or an incident is their business, told as background.
 */
const UNRELATED_TO_US = new RegExp(
  [
    String.raw`\b(?:nothing to do with|not related to|unrelated to|not about|not caused by|no fault of)\s+(?:you|you guys|lumaflow|your (?:service|platform|app|product|team|company))\b`,
    // An aside that clears us: "a data breach at a retail chain (not you!)".
    String.raw`[(—–]\s*not (?:you|yours|lumaflow|at lumaflow|on your (?:side|end))\s*!*\s*[)—–]`,
    String.raw`\bhat\s+nichts\s+mit\s+(?:ihnen|euch|lumaflow|ihrem\s+\w+|eurem\s+\w+)\s+zu\s+tun\b`,
    String.raw`\bno\s+tiene\s+nada\s+que\s+ver\s+con\s+(?:ustedes|vosotros|lumaflow|su\s+\w+)\b`,
    String.raw`\brien\s+a\s+voir\s+avec\s+(?:vous|lumaflow|votre\s+\w+)\b`,
  ].join("|"),
);

/** True when the folded sentence says what it tells has nothing to do with us. */
export function saysUnrelatedToUs(sentence: string): boolean {
  return UNRELATED_TO_US.test(sentence);
}
