/**
 * chargeback: the customer will reverse, or has reversed, a payment through
 * the bank or card issuer. Billing errors ("charged twice") and refund
 * questions are billing, not chargebacks: the families need the dispute,
 * the bank reversal or the word for it.
 */
import { familiesOf, re, words } from "../family.js";

const chargeback = familiesOf("chargeback");

/** Who can reverse a card payment. */
const ISSUER_EN = String.raw`bank|credit card company|card company|card issuer|card provider|paypal|amex|american express|visa|mastercard`;

export const CHARGEBACK_FAMILIES = [
  // A merchant who tracks, handles or reduces chargebacks in their own store talks about a topic, as do "chargeback rates" and "chargeback reason codes".
  // The loan word is used as is in German and French, so their merchant verbs are listed too.
  chargeback(
    "en",
    "chargeback_word",
    re`(?<!\b(?:track|tracking|tracks|manage|managing|manages|handle|handling|handles|process|processing|log|logging|record|recording|reduce|reducing|prevent|preventing|fight|fighting|analy[sz]e|analy[sz]ing|report on|reporting on|verwalten|verwaltet|bearbeiten|bearbeitet|erfassen|erfasst|tracken|reduzieren|vermeiden|gerer|gere|gerons|suivre|suivons|traiter|traitons)\s+(?:the\s+|our\s+|their\s+|customer\s+|unsere\s+|die\s+|les\s+|nos\s+)?)(?:\bcharge-?backs?\b|\bcharge\s+back\b|\bpayment\s+reversal\b)(?![\s-]+(?:reason|rates?|ratios?|fees?|management|templates?|fields?|reports?|codes?|tracking|tracker|notifications?|webhooks?|events?|api|process|workflow|forms?|protection|quote|gruende|grunde|vorlage|rate)\b)`,
  ),
  chargeback(
    "en",
    "dispute_charge",
    re`\bdisput(?:e|ing|ed)\s+(?:the|this|these|that|those|a|your|every)?${words(1)}\s*(?:charges?|payments?|transactions?|debits?)\b|\b(?:file[sd]?|filing|open(?:ed|s)?|opening|raise[sd]?|raising|initiat(?:e|es|ed|ing)|start(?:s|ed)?|lodge[sd]?|lodging|submit(?:s|ted)?)\s+a\s+(?:payment\s+|formal\s+)?(?:dispute|claim)\b${words(3)}\s+(?:with|through)\s+(?:my|our|the)${words(2)}\s*(?:bank|card|credit card|paypal|issuer|card issuer|amex|american express|visa|mastercard)\b|\b(?:paypal|payment|card|amex|visa|mastercard|bank)\s+dispute\b`,
  ),
  chargeback(
    "en",
    "bank_reversal",
    re`\b(?:my|our|the)\s+(?:bank|credit card company|card issuer|card company|card provider)\b${words(4)}\s+(?:to\s+)?(?:reverse|reversing|reversed|claw\w*\s+back|block|blocking|stop|stopping|cancel|cancelling)\s+(?:the|this|your|all|these|any)${words(2)}\s+(?:charges?|payments?|transactions?|debits?)\b|\b(?:my|our|the)\s+(?:bank|credit card company|card issuer|card company|card provider)\b${words(5)}\s+(?:pull|pulling|claw|clawing|take|taking|get|getting)\s+(?:it|them|the money|the payments?|the charges?|my money|our money)\s+back\b|\b(?:reverse|reversing|block|stop)\s+(?:the|this|your|all)${words(1)}\s+(?:charges?|payments?|transactions?|debits?)\s+(?:with|through|via)\s+(?:my|our|the)\s+bank\b`,
  ),

  // The loan word "Chargeback" is left to the English family, which knows when it only names a topic.
  // The dispute and the card's issuer named together, either way round: "calling my bank and disputing it",
  // "opened a dispute with Amex", "dispute it with my card company".
  chargeback(
    "en",
    "dispute_with_issuer",
    re`\b(?:${ISSUER_EN})\b${words(4)}\s+(?:and\s+)?disput(?:e|ing)\s+(?:it|them|this|the\s+(?:charges?|payments?))\b|\bdisput(?:e|es|ed|ing)\b${words(2)}\s+(?:with|through|via)\s+(?:my\s+|our\s+|the\s+)?(?:${ISSUER_EN})\b`,
  ),
  chargeback("de", "rueckbuchung", re`\b(?:rue?ckbuchung|rue?ckbelastung|rue?cklastschrift)\w*`),
  chargeback(
    "de",
    "lastschrift_zurueck",
    re`\b(?:lastschrift|zahlung|abbuchung|belastung)\w*${words(3)}\s+(?:widersprochen|zurue?ckgegeben|zurue?ckgebucht|zurue?ckgeholt|zurue?ckgehen lassen|zurue?ckgeben|zurue?ckgehen lassen|zurue?ckbuchen|zurue?ckbuchen lassen|zurue?ckholen|widerrufen|widersprechen|stornieren lassen|reklamieren)\b|\bwiderspruch\s+(?:bei|gegen)\s+(?:der|die|meiner|unserer)\s+(?:bank|lastschrift|zahlung|abbuchung)\b|\b(?:bank|kreditkartenfirma|kreditkartenunternehmen|kartenherausgeber)\b${words(4)}\s+(?:zurue?ckbuchen|zurue?ckholen|widersprechen|reklamieren|sperren)\b`,
  ),

  // The verb first, or a date between: "lasse ich die Lastschriften zurückgehen",
  // "die Lastschrift vom 3. des Monats bei meiner Bank zurückgehen lassen"; the verb comes last in German, after a
  // date, an amount and the bank ("die Abbuchung vom 1. Oktober (1.190 €) bei der Bank hat zurückgehen lassen").
  chargeback(
    "de",
    "lastschrift_zurueck_lassen",
    re`\b(?:lastschrift|zahlung|abbuchung|belastung)\w*(?:\s+[^\s!?;:,]+){0,10}?\s+zurue?ck(?:gehen|buchen|holen|geben)\s+(?:lassen|lasse|liess|lie?ss)\b|\b(?:lasse|lassen|liess)\s+(?:ich|wir)\s+(?:die|alle|unsere|meine|diese)\s+(?:lastschrift|zahlung|abbuchung)\w*\s+zurue?ck(?:gehen|buchen|holen)\b`,
  ),

  // The separable verb split around its object: "wir buchen die Lastschrift zurück", "dann hole ich mir das Geld über
  // die Bank zurück" — not "wie buche ich eine Zahlung zurück", a question about their own customers' payments.
  chargeback(
    "de",
    "bucht_zurueck",
    re`\b(?:(?:ich|wir)\s+(?:\w+\s+){0,3}?(?:buche|buchen|hole|holen|lasse|lassen)|(?<!\b(?:wie|wo|wann|kann|konnen)\s)(?:buche|buchen|hole|holen|lasse|lassen)\s+(?:ich|wir))\s+(?:\w+\s+){0,3}?(?:lastschrift|abbuchung|zahlung|betrag|geld)\w*${words(4)}\s+zurue?ck(?:gehen)?\b`,
  ),

  chargeback(
    "es",
    "contracargo",
    re`\bcontracargos?\b|\b(?:banco|tarjeta)\b${words(4)}\s+(?:ha\s+|han\s+)?(?:iniciado|iniciar|inicio|pedido|solicitado|tramitado|tramitando)\s+(?:la\s+)?(?:retrocesion|devolucion|anulacion)\s+del?\s+(?:\w+\s+){0,2}?(?:cargo|cobro|pago|recibo)\b|\bretrocesion\s+del?\s+(?:\w+\s+){0,2}?(?:cargo|cobro|pago|recibo)\b|\b(?:disputar|disputare|disputaremos|dispute|disputado|disputamos|reclamar|reclamare)\s+(?:el|este|los|estos|ese)\s+(?:cargos?|cobros?|pagos?)\b|\b(?:pedire|pediremos|pedir)\s+a\s+(?:mi|nuestro)\s+banco\s+que\s+(?:devuelva|revierta|anule|cancele)\b|\b(?:disputa|reclamacion|reclamo)\b${words(3)}\s+(?:con|en|ante)\s+(?:el|mi|nuestro)\s+banco\b|\bdevolucion\s+bancaria\b|\breclamar(?:e|emos)?\s+(?:al|a\s+mi|a\s+nuestro|con\s+el|con\s+mi)\s+banco\b`,
  ),

  chargeback(
    "fr",
    "opposition",
    re`\brejet\s+de\s+(?:debit|prelevement)\b|\bopposition\s+(?:bancaire|sur\s+(?:la|le|ma|mon|notre)\s+(?:carte|paiement|prelevement|transaction))\b|\b(?:faire|fait|faite|fais|faisons|ferai|ferons|ferait)\s+(?:une\s+)?opposition\b|\bopposition\s+(?:au|a|sur)\s+(?:(?:la|le|ce|cette)\s+)?(?:prelevement|paiement|debit)s?\b|\bretro-?facturation\b`,
  ),
  chargeback(
    "fr",
    "contester_paiement",
    re`\bcontester\s+(?:le|la|ce|cette|ces|les)\s+(?:paiements?|prelevements?|debits?|transactions?|charges?)\b${words(4)}\s+(?:aupres\s+de|avec|par)\s+(?:ma|notre|la)\s+banque\b|\b(?:contest(?:er|e|ee|es|ees|ons|ez|erai|erons))\s+(?:le|la|ce|cette|ces|les)\s+(?:prelevements?|debits?)\b|\bcontestation\s+(?:bancaire|de\s+paiement|du\s+paiement|aupres\s+de\s+(?:ma|la)\s+banque)\b|\b(?:ma|notre)\s+banque\b${words(3)}\s+(?:annuler|bloquer|contester|rembourser)\s+(?:le|la|ce|cette|les)\s+(?:paiement|prelevement|debit|transaction)s?\b`,
  ),
];
