/**
 * Phrases that raise frustration beyond what single-word valence shows, in
 * the four languages the rules engine supports.
 *
 * Every phrase is checked whatever language the ticket was detected as: a
 * short German ticket that detection calls "en" still gets its German
 * phrases, and English wording inside a French ticket still counts. The lists
 * therefore avoid words that mean something harmless in another of the four
 * languages.
 *
 * Syntax: each entry is a regular-expression fragment matched
 * case-insensitively as a whole word or phrase; a space stands for any run
 * of whitespace. Phrases that only express an intent ("cancel my
 * subscription") are tied to a threat verb ("will cancel"), so a calm
 * how-to question does not read as a threat.
 */
import { PROFANITY } from "./profanity-words.js";

export const WORDING_KINDS = ["anger", "irritation", "repeat_contact", "urgency", "threat", "profanity"] as const;
export type WordingKind = (typeof WORDING_KINDS)[number];

/** Outrage and contempt: the writer says the service failed them, not just that something broke. */
const ANGER: readonly string[] = [
  // en
  "beyond (?:frustrated|angry|annoyed|upset|disappointed)",
  "(?:so|very|extremely|incredibly|really|completely|absolutely|utterly|totally) (?:frustrated|angry|annoyed|upset|disappointed|pissed)",
  "(?:completely |absolutely |totally )?(?:unacceptable|unprofessional|ridiculous|outrageous|absurd|pathetic|incompetent|useless|worthless|disgraceful|shameful|appalling|disgusting)",
  "not acceptable",
  "furious",
  "livid",
  "outraged",
  "appalled",
  "disgusted",
  "angry",
  "infuriat(?:ed|ing)",
  "fed up",
  "sick and tired",
  "had enough",
  "enough is enough",
  "incompetence",
  "a disgrace",
  "a joke",
  "a scam",
  "rip-?off",
  "waste of (?:my |our )?(?:time|money)",
  "worst (?:service|support|experience|company|product)",
  "are you (?:kidding|serious)",
  // de
  "(?:absolut |völlig |komplett |total )?(?:inakzeptabel|unakzeptabel|unverschämt|unprofessionell|lächerlich|katastrophal|skandalös|frechheit)",
  "zumutung",
  "wütend",
  "stinksauer",
  "sauer",
  "empört",
  "(?:extrem|sehr|total|wirklich|äußerst) (?:verärgert|frustriert|enttäuscht)",
  "die nase voll",
  // es
  "(?:totalmente |completamente |absolutamente )?(?:inaceptable|inadmisible|vergonzoso|ridículo|indignante|intolerable|lamentable|una vergüenza|una estafa|una broma)",
  "furios[oa]s?",
  "indignad[oa]s?",
  // Only with "estoy": "harto" alone also means "a lot" in Latin American Spanish.
  "(?:estoy|estamos) hart[oa]s?",
  "(?:muy|extremadamente|realmente|totalmente) (?:frustrad[oa]s?|enfadad[oa]s?|enojad[oa]s?|molest[oa]s?|decepcionad[oa]s?)",
  "poco profesional",
  "falta de profesionalidad",
  // fr
  "(?:totalement |complètement |absolument )?(?:inacceptable|inadmissible|scandaleux|scandaleuse|honteux|honteuse|ridicule|intolérable|lamentable|une honte|une arnaque|une blague)",
  "furieux",
  "furieuses?",
  "excédée?s?",
  "outrée?s?",
  "ras(?: |-)le(?: |-)bol",
  "marre",
  "(?:très|extrêmement|vraiment|totalement) (?:frustrée?s?|énervée?s?|fâchée?s?|déçue?s?|mécontente?s?)",
  "pas professionnel",
  "non professionnel",
  "manque de professionnalisme",
];

/** Milder displeasure: worth noting, not outrage. */
const IRRITATION: readonly string[] = [
  // en
  "frustrat(?:ed|ing|ion)",
  "annoy(?:ed|ing)",
  "upset",
  "disappoint(?:ed|ing|ment)",
  "irritat(?:ed|ing)",
  "unhappy",
  "dissatisfied",
  "not happy",
  "tired of",
  // de
  "frustriert",
  "frustrierend",
  "verärgert",
  "ärgerlich",
  "genervt",
  "nervig",
  "enttäuscht",
  "unzufrieden",
  // es
  "frustrad[oa]s?",
  "frustrante",
  "enfadad[oa]s?",
  "enojad[oa]s?",
  "molest[oa]s?",
  "decepcionad[oa]s?",
  "insatisfech[oa]s?",
  // fr
  "frustrée?s?",
  "frustrant",
  "énervée?s?",
  "agacée?s?",
  "fâchée?s?",
  "déçue?s?",
  "mécontente?s?",
  "pénible",
];

/** The customer has asked before and is still waiting: the classic trigger for frustration spirals. */
const REPEAT_CONTACT: readonly string[] = [
  // en
  "(?:second|third|fourth|fifth|sixth|umpteenth|nth|\\d+(?:st|nd|rd|th)) time",
  // "several times" counts only after a contact verb up to eight words earlier ("I have provided
  // statements, screenshots and explanations multiple times"), not in "the webhook fires several
  // times". The verb sits in a lookbehind so the cue quotes just "multiple times"; the lookahead
  // in front makes the engine try that lookbehind only where "… times" actually follows, instead
  // of scanning backwards from every position of the text (quadratic on long whitespace runs).
  "(?=(?:multiple|several|many|numerous|countless|three|four|five) times)(?<=(?:contact(?:ed|ing)?|call(?:ed|ing)?|e-?mail(?:ed|ing)?|written|wrote|ask(?:ed|ing)|report(?:ed|ing)|explain(?:ed|ing)|provided|sent|told you|reached out)(?: \\S+){0,8} )(?:multiple|several|many|numerous|countless|three|four|five) times",
  "already (?:contacted|reported|called|emailed|explained|sent|told|asked|opened)",
  // Not "once again": "thanks once again" is a polite closing.
  "still (?:not|isn't|hasn't been|no|waiting|broken|unresolved|haven't)",
  "yet again",
  "again and again",
  "over and over",
  "(?:no one|nobody) (?:has (?:replied|responded|answered|helped|fixed|got back|gotten back)|seems|ever|cares|replied|responded|answered|helped|got back)",
  // de
  "zum (?:zweiten|dritten|vierten|fünften|x-ten|wiederholten|\\d+\\.) mal",
  "(?:das|den) (?:zweite|dritte|vierte|fünfte|x-te) mal",
  // Not "immer wieder": "immer wieder gerne" is a polite closing and "stürzt immer wieder ab" a symptom.
  "schon wieder",
  "immer noch (?:nicht|kein|keine)",
  "noch immer (?:nicht|kein|keine)",
  "(?:mehrfach|mehrmals|wiederholt|bereits) (?:gemeldet|geschrieben|angerufen|kontaktiert|erklärt|nachgefragt|gebeten)",
  "(?:keine|noch keine) (?:antwort|rückmeldung|reaktion)",
  "niemand (?:antwortet|meldet sich|hilft|kümmert sich)",
  // es
  "(?:segunda|tercera|cuarta|quinta|enésima) vez",
  "(?=(?:varias|muchas|tres|cuatro|repetidas) veces)(?<=(?:escrito|llamado|contactado|explicado|reportado|enviado|escribo|llamo|pedido|solicitado)(?: \\S+){0,6} )(?:varias|muchas|tres|cuatro|repetidas) veces",
  "sigo sin",
  "sigue sin",
  "(?:todavía|aún) (?:no|sin) (?:hay )?(?:respuesta|solución)",
  "sin respuesta",
  "nadie (?:me )?(?:responde|contesta|ayuda|ha respondido|ha contestado|soluciona)",
  // fr
  "(?:deuxième|troisième|quatrième|cinquième|énième) fois",
  "(?=(?:plusieurs|maintes|trois|quatre) fois)(?<=(?:contacté|écrit|appelé|signalé|expliqué|relancé|envoyé|demandé|contacte|écris|appelle)(?: \\S+){0,6} )(?:plusieurs|maintes|trois|quatre) fois",
  "toujours (?:pas|aucune?|rien|sans)",
  "(?:sans|aucune) réponse",
  "encore et encore",
  "personne ne (?:répond|m'a répondu|m'aide|semble|s'occupe)",
];

/** The customer demands speed in their own words. */
const URGENCY: readonly string[] = [
  // en
  "immediate(?:ly)?",
  "right now",
  "right away",
  "asap",
  "as soon as possible",
  "without delay",
  "urgent(?:ly)?",
  // de
  "sofort(?:ige[nrms]?)?",
  "umgehend",
  "unverzüglich",
  "so schnell wie möglich",
  "schnellstmöglich",
  "dringend",
  // es
  "inmediat[oa]",
  "inmediatamente",
  "de inmediato",
  "cuanto antes",
  "lo antes posible",
  "urgente(?:mente)?",
  "ya mismo",
  // fr
  "immédiat(?:e|ement)?",
  "tout de suite",
  "sans délai",
  "au plus vite",
  "dès que possible",
  "de toute urgence",
  "urgente?",
  "urgemment",
];

/** Consequences the customer announces: legal steps, leaving, going public, reversing the payment. */
const THREAT: readonly string[] = [
  // en
  "legal (?:action|steps|proceedings)",
  "lawyers?",
  "attorneys?",
  "lawsuit",
  "sue (?:you|your company|them)",
  "take (?:you|this|it) to court",
  "(?:will|(?:i|we)'ll|going to|gonna|considering|thinking (?:of|about)|about to|ready to|forced to|have to|plan(?:ning)? to) (?:cancel(?:l?ing)?|terminat(?:e|ing)) (?:my |our |the )?(?:subscription|account|contract|plan|membership|service)",
  "(?:switch|switching|move|moving|go|going|leave|leaving) (?:to|for) (?:a |another )?(?:competitor|provider|vendor)",
  "take (?:my|our) business elsewhere",
  "or (?:else )?(?:i|we)(?: will|'ll)? (?:cancel|leave|switch|sue)",
  "(?:negative|bad|1-star|one-star|terrible) reviews?",
  "go(?:ing)? public",
  "(?:post|posting|write|writing|share|sharing) (?:this |about (?:this|you|it) )?(?:on|to) (?:twitter|linkedin|facebook|reddit|social media|trustpilot|g2)",
  "(?:file|filing|initiate|initiating|request|requesting|start|starting) (?:a )?charge-?back",
  "dispute (?:the|this) (?:charge|payment|transaction)",
  // de
  "(?:rechtliche|juristische|gerichtliche) schritte",
  "(?:rechts)?anwalt",
  "anwältin",
  "verklagen",
  "klage einreichen",
  "(?:werde|werden)(?: \\S+){0,3}? kündigen",
  "kündige (?:hiermit|sofort|fristlos)",
  "(?:anbieter|dienstleister) wechseln",
  "zur konkurrenz",
  "(?:schlechte|negative) (?:bewertung|bewertungen|rezension|rezensionen)",
  "(?:zahlung|lastschrift|betrag) zurückbuchen",
  // es
  "(?:acciones|medidas) legales",
  "abogad[oa]s?",
  "demandar(?:les|los)?",
  "denunciar(?:les|los)?",
  "(?:voy a|vamos a|tendré que|tendremos que)(?: \\S+){0,2}? (?:cancelar (?:mi|nuestra|la) (?:suscripción|cuenta)|dar(?:me|nos)? de baja|irme|irnos|cambiarme|cambiarnos)",
  "a la competencia",
  "(?:malas|negativas) (?:reseñas|opiniones|valoraciones)",
  "(?:reseña|opinión|valoración) negativa",
  "(?:solicitar|pedir|iniciar|hacer) (?:un )?contracargo",
  // fr
  "(?:action|poursuites|procédure|démarches) (?:en justice|judiciaires?|légales?)",
  "avocats?",
  "porter plainte",
  "(?:vais|allons|devrai|devrons|je compte|nous comptons)(?: \\S+){0,2}? (?:résilier|annuler (?:mon|notre) (?:abonnement|compte|contrat)|quitter (?:votre|vos) (?:service|plateforme|société)|changer de (?:fournisseur|prestataire))",
  "chez (?:un |la )?concurren(?:t|ce)",
  "(?:avis|commentaires?) négatifs?",
  "(?:mauvais|mauvaise)s? (?:avis|notes?|critiques?)",
  "faire opposition (?:au|sur le) (?:paiement|prélèvement)",
];

export const WORDING_CATALOGUE: Readonly<Record<WordingKind, readonly string[]>> = {
  anger: ANGER,
  irritation: IRRITATION,
  repeat_contact: REPEAT_CONTACT,
  urgency: URGENCY,
  threat: THREAT,
  profanity: PROFANITY,
};
