/**
 * legal_threat: the customer says they will take, or are weighing, legal
 * steps. A profession ("I'm a lawyer") or a legal question is not a threat,
 * so lawyer words only count with a possessive ("my lawyer", "mon avocat":
 * someone acting for the customer) or with a verb of bringing them in.
 */
import { familiesOf, re, words } from "../family.js";

const legal = familiesOf("legal_threat");

/**
 * A lawyer spoken of at all, set on us or not: what a body "names" when a
 * subject line reads "Notre avocat" (scan.ts, namedTargets), so the subject
 * is read with the body's words ("notre avocat nous demande si…": routine).
 */
export const LAWYER_WORD = /\b(?:lawyers?|attorneys?|solicitors?|(?:rechts)?anwae?lt(?:in|e|en|s)?|abogad[oa]s?|avocat(?:e|s)?)\b/;

export const LEGAL_THREAT_FAMILIES = [
  // "A litigation hold on the Matters base", "our litigation team": a records rule and a department, not a suit against us.
  legal(
    "en",
    "lawsuit",
    re`\b(?:lawsuits?|law suits?|litigation(?!\s+(?:holds?|team|department|support|management|software|tracker|matters?|paralegals?|practice|group|partners?))|litigate|class action|cease and desist|small claims court|see you in court)\b`,
  ),
  // "sue" is also a first name, so it needs a modal or an object around it.
  legal(
    "en",
    "sue",
    re`\b(?:will|going to|gonna|'ll|shall|would|intend to|plan to|ready to|prepared to|consider|considering|threaten to|have to|and)\s+sue\b|\bsuing\b|\bsue\s+(?:you|your company|the company|them|for)\b|\b(?:being|been|getting|got|were|was|are|is)\s+sued\b`,
  ),
  legal(
    "en",
    "legal_action",
    re`\blegal\s+(?:action|actions|steps|proceedings|measures|recourse|remedies|consequences|claim|route)\b|\btake\s+(?:this|you|it|the matter)\s+to\s+court\b`,
  ),
  // A lawyer who asks us something ("our lawyer asked whether our data stays in the EU") or works on the customer's
  // own papers ("our lawyers have updated the wording of our offer letters", "my solicitor would love this") is
  // routine, not a threat: only a lawyer set on us is one.
  legal(
    "en",
    "own_lawyer",
    re`\b(?:my|our)\s+(?:own\s+)?(?:lawyers?|attorneys?|solicitors?)\b(?!\s+(?:has\s+|have\s+|just\s+)?(?:asked|asks|is asking|are asking|wants? to know|wanted to know|would like (?:to know|a copy)|needs? (?:a copy|copies|the|your|every|all|our|records|logs|documents|an? (?:export|list|copy))|reviewed|is reviewing|requested|(?:updated|revised|reworded|rewritten|rewrote|drafted|prepared|approved) (?:the (?:wording|text) of |(?:the|our) new )?(?:our|the) (?:own )?(?:templates?|offer letters?|(?:employment )?contracts?|terms|polic(?:y|ies)|privacy (?:policy|notice)|forms?|documents?|clauses?|agreements?)(?!\s+(?:with|against|for|to) you)|would (?:love|enjoy) (?:this|that|it)|(?:is|are) doing (?:a|an|our|the|their) (?:routine|annual|yearly|regular|standard) \w+|(?:has|have|needs?) to (?:sign off|approve|review)|signs? off (?:on )?(?:each|every|all|our)\b)\b)`,
  ),
  legal(
    "en",
    "bring_in_counsel",
    re`\b(?:contact|contacting|consult|consulting|involve|involving|hire|hiring|get|getting|call|calling|forward(?:ing)? (?:this|it) to|hand(?:ing)? (?:this|it) (?:over )?to)\s+(?:a|an|my|our)\s+(?:own\s+)?(?:lawyer|attorney|solicitor|legal counsel)\b|\b(?:our|my)\s+legal\s+(?:team|counsel|department)\b${words(1)}\s+(?:will|'ll|is now|are now|has been|have been|is|are)${words(1)}\s+(?:involved|informed|notified|in touch|contact\w*|in the loop|cc'?d|copied|reviewing this|looking into this)\b`,
  ),
  // The formulas of a formal letter: "put you on notice of a claim", "our client reserves all its rights", "claim damages",
  // "seeking compensation for the reputational damage", "reviewing our position with our litigation team".
  legal(
    "en",
    "formal_notice",
    re`\b(?:put(?:ting)?|place|placing)\s+you\s+on\s+(?:formal\s+)?notice\b|\b(?:formal\s+)?notice\s+of\s+(?:a\s+)?(?:claim|breach|dispute|intended proceedings)\b|\bletter\s+before\s+(?:action|claim)\b|\breserves?\s+(?:all\s+(?:of\s+)?)?(?:its|their|our|his|her|my)\s+(?:legal\s+)?rights\b|\b(?:claim|claiming|seek|seeking|pursue|pursuing|recover)\s+(?:full\s+)?damages\b|\b(?:seek|seeking|pursue|pursuing|claim|claiming)\s+(?:financial\s+|full\s+)?compensation\s+for\s+(?:the\s+|our\s+|all\s+)?(?:\w+\s+)?(?:damage|damages|losses|harm|loss)\b|\breviewing\s+our\s+(?:legal\s+)?position\s+with\s+our\s+(?:lawyers?|solicitors?|attorneys?|litigation\s+team|legal\s+(?:team|counsel|department))\b`,
  ),
  // A regulator has come to the customer about data that went through us: "The ICO has contacted us about a complaint".
  legal(
    "en",
    "regulator_inquiry",
    re`\b(?:ico|information commissioner(?:'s office)?|data protection (?:authority|commission(?:er)?)|supervisory authority|regulator|dpc|cnil|aepd|ftc|attorney general)\b${words(2)}\s+(?:has\s+|have\s+)?(?:contacted|written to|opened an? (?:inquiry|investigation|case)|launched an? (?:inquiry|investigation)|started an? (?:inquiry|investigation)|is investigating|are investigating)\b|\bregulatory\s+(?:inquiry|investigation|complaint)\b`,
  ),
  legal(
    "en",
    "regulator",
    re`\b(?:report|reporting|complain|complaining|file a complaint)\b${words(2)}\s+(?:to|with)\s+(?:the\s+)?(?:authorities|regulators?|ftc|ico|bbb|better business bureau|consumer protection|data protection authority|attorney general)\b|\bgdpr\s+complaint\b`,
  ),

  legal(
    "de",
    "klage",
    re`\b(?:verklagen|verklage|verklagt|klage\s+(?:einreichen|erheben)|gerichtlich\w*|vor gericht|rechtsweg|strafanzeige|anzeige erstatten|abmahnung|sammelklage)\b`,
  ),
  legal(
    "de",
    "rechtliche_schritte",
    re`\brechtliche[nm]?\s+(?:schritte|konsequenzen|weg|massnahmen|mittel)\b|\bjuristische[nm]?\s+(?:schritte|konsequenzen)\b`,
  ),
  legal(
    "de",
    "eigener_anwalt",
    re`\b(?:mein|meine|meinen|meinem|unser|unsere|unseren|unserem)\s+(?:rechts)?anwae?lt(?:in|e|en|s)?\b(?!\s+(?:fragt|fragen|hat\s+(?:\w+\s+)?gefragt|mochte(?:n)?\s+wissen|bittet|bitten|braucht|benotigt|pruft|prufen|(?:hat|haben)\s+(?:die|den|das|unsere[nm]?)\s+\w+\s+(?:aktualisiert|uberarbeitet|entworfen|formuliert|gepruft))\b)|\b(?:mein|unser)\s+anwaltsbuero\b`,
  ),
  legal(
    "de",
    "anwalt_einschalten",
    re`\b(?:einen?|meinen|unseren)\s+(?:rechts)?anwae?lt(?:in)?\s+(?:einschalten|einzuschalten|beauftragen|kontaktieren|hinzuziehen|nehmen)\b|\bunsere\s+rechtsabteilung\b${words(2)}\s+(?:ist|wird|wurde)${words(1)}\s+(?:informiert|eingeschaltet|involviert|eingebunden)\b`,
  ),
  legal(
    "de",
    "foermliche_mitteilung",
    re`\b(?:behalten|behalt|behaelt)\s+(?:uns|sich)\s+(?:hiermit\s+)?(?:(?:alle|samtliche|saemtliche)\s+)?(?:weiteren?\s+|rechtlichen\s+)?(?:rechte|anspruche|ansprueche|schritte)\s+vor\b|\bschadens?ersatz\w*\s+(?:geltend|fordern|verlangen|einfordern)\b|\bfordern\s+(?:wir\s+)?sie\s+(?:hiermit\s+)?(?:formlich|foermlich|letztmalig)\s+auf\b`,
  ),
  legal(
    "de",
    "behoerde_prueft",
    re`\b(?:datenschutzbehoe?rde|aufsichtsbehoe?rde|landesdatenschutzbeauftragte\w*|bfdi)\b${words(2)}\s+(?:hat|haben)\s+(?:uns\s+)?(?:\w+\s+){0,3}?(?:kontaktiert|angeschrieben|eingeleitet|angefordert|eroe?ffnet)\b|\b(?:aufsichtsrechtliche|behoe?rdliche)\w*\s+(?:anfrage|pruefung|prüfung|verfahren)\b`,
  ),
  legal(
    "de",
    "behoerde",
    re`\b(?:datenschutzbehoe?rde|verbraucherzentrale|verbraucherschutz|aufsichtsbehoe?rde)\b${words(2)}\s+(?:melden|einschalten|informieren|beschweren|wenden)\b|\b(?:an|bei)\s+(?:die|der)\s+(?:datenschutzbehoe?rde|verbraucherzentrale|aufsichtsbehoe?rde)\b`,
  ),

  legal("es", "acciones_legales", re`\b(?:acciones|accion|medidas|vias?)\s+(?:legales|legal|judiciales|judicial)\b`),
  legal(
    "es",
    "demanda",
    re`\bdemandar(?:los|les|la|lo|te)?\b|\bdemandaremos\b|\b(?:pondre|pondremos|presentar|presentaremos|interponer|interpondremos)\s+una\s+(?:demanda|denuncia)\b|\bllevar(?:los|les|lo)?\s+a\s+(?:los\s+)?tribunales\b|\bnos veremos en los tribunales\b`,
  ),
  legal(
    "es",
    "abogado_propio",
    re`\b(?:mi|mis|nuestro|nuestros|nuestra)\s+abogad[oa]s?\b(?!\s+(?:(?:me|nos)\s+)?(?:pregunta|preguntan|pide|piden|pidio|quiere saber|quieren saber|necesita|necesitan|solicita|solicitan|ha pedido|ha preguntado|esta revisando|(?:ha|han)\s+(?:actualizado|redactado|revisado|preparado))\b)|\b(?:contactar|consultar|llamar)\s+a\s+(?:un|una)\s+abogad[oa]\b|\bnuestro\s+departamento\s+legal\b`,
  ),
  legal(
    "es",
    "requerimiento",
    re`\bnos\s+reservamos\s+(?:todos\s+los\s+derechos|el\s+derecho\s+a\s+(?:emprender|iniciar|ejercer)\s+(?:las\s+)?acciones|cuantas\s+acciones)\b|\b(?:requerimiento|reclamacion)\s+(?:formal|fehaciente|extrajudicial)\b|\bburofax\b|\b(?:reclamar|reclamaremos|exigir|exigiremos)\s+(?:una\s+)?indemnizacion\s+por\s+(?:danos|los\s+danos)\b`,
  ),
  legal(
    "es",
    "autoridad_investiga",
    re`\b(?:la\s+)?(?:aepd|agencia\s+(?:espanola\s+)?de\s+proteccion\s+de\s+datos|autoridad\s+de\s+control)\b${words(2)}\s+(?:nos\s+)?(?:ha|han)\s+(?:contactado|requerido|abierto|iniciado|pedido|solicitado)\b|\bexpediente\s+(?:sancionador|de\s+la\s+aepd)\b`,
  ),
  legal(
    "es",
    "autoridad",
    re`\b(?:denunciar|reportar)(?:los|les|lo)?\b${words(2)}\s+ante\s+(?:la\s+)?(?:autoridad|consumo|aepd|agencia de proteccion de datos|oficina del consumidor)\b`,
  ),

  legal(
    "fr",
    "plainte",
    re`\bporter\s+plainte\b|\bdeposer\s+(?:une\s+)?plainte\b|\baction\s+en\s+justice\b|\bpoursuites\s+judiciaires\b|\b(?:engager|entamer|lancer)\s+des\s+poursuites\b|\bpoursuivre\s+en\s+justice\b|\bmise\s+en\s+demeure\b|\bdevant\s+les\s+tribunaux\b|\brecours\s+juridiques?\b|\baction\s+juridique\b`,
  ),
  legal(
    "fr",
    "avocat_propre",
    re`\b(?:mon|ma|mes|notre|nos)\s+avocat(?:e|s)?\b(?!\s+(?:(?:m'a|nous a|a|ont|m'ont|nous ont)\s+demande|(?:me|nous|vous)\s+demande(?:nt)?|demande(?:nt)?|souhaite(?:nt)?\s+(?:savoir|obtenir|recevoir|connaitre)|voudrai(?:t|ent)|aimerai(?:t|ent)|(?:a|ont)\s+(?:mis a jour|redige|relu|prepare))\b)|\b(?:contacter|consulter|saisir|appeler)\s+un(?:e)?\s+avocat(?:e)?\b`,
  ),
  legal(
    "fr",
    "reserve_de_droits",
    re`\bsous\s+toutes\s+reserves\b|\b(?:nous\s+nous|notre\s+cliente?\s+se)\s+reserv(?:ons|e)\s+(?:tous\s+(?:nos|ses)\s+droits|le\s+droit\s+d'(?:engager|intenter|agir))\b|\b(?:reclamer|reclamerons|demander|demanderons)\s+(?:des\s+)?dommages(?:\s+et|-)\s*interets\b`,
  ),
  legal(
    "fr",
    "autorite_enquete",
    re`\b(?:la\s+)?(?:cnil|autorite\s+de\s+controle|autorite\s+de\s+protection\s+des\s+donnees)\b${words(2)}\s+(?:nous\s+)?(?:a|ont)\s+(?:contacte|contactes|ecrit|ouvert|lance|engage|demande|sollicite)\b|\b(?:controle|enquete|procedure)\s+de\s+la\s+cnil\b`,
  ),
  legal("fr", "autorite", re`\b(?:signaler|saisir|plainte)\b${words(2)}\s+(?:a\s+|aupres\s+de\s+)?(?:la\s+)?(?:cnil|dgccrf|autorite|repression des fraudes)\b`),
];
