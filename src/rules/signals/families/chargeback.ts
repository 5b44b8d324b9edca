/**
 * chargeback: the customer will reverse, or has reversed, a payment through
 * the bank or card issuer. Billing errors ("charged twice") and refund
 * questions are billing, not chargebacks: the families need the dispute,
 * the bank reversal or the word for it.
 */
import { familiesOf, re, words } from "../family.js";

const chargeback = familiesOf("chargeback");

export const CHARGEBACK_FAMILIES = [
  chargeback("en", "chargeback_word", re`\bcharge-?backs?\b|\bcharge\s+back\b|\bpayment\s+reversal\b`),
  chargeback("en", "dispute_charge", re`\bdisput(?:e|ing|ed)\s+(?:the|this|these|that|those|a|your|every)?${words(1)}\s*(?:charges?|payments?|transactions?|debits?)\b|\b(?:file|filing|open|opening|raise|raising|initiate|start)\s+a\s+(?:payment\s+)?(?:dispute|claim)\b${words(3)}\s+(?:with|through)\s+(?:my|our|the)\s+(?:bank|card|credit card|paypal|issuer)\b|\b(?:paypal|payment|card)\s+dispute\b`),
  chargeback("en", "bank_reversal", re`\b(?:my|our|the)\s+(?:bank|credit card company|card issuer|card company|card provider)\b${words(4)}\s+(?:to\s+)?(?:reverse|reversing|reversed|claw\w*\s+back|block|blocking|stop|stopping|cancel|cancelling)\s+(?:the|this|your|all|these|any)${words(1)}\s+(?:charges?|payments?|transactions?|debits?)\b|\b(?:reverse|reversing|block|stop)\s+(?:the|this|your|all)${words(1)}\s+(?:charges?|payments?|transactions?|debits?)\s+(?:with|through|via)\s+(?:my|our|the)\s+bank\b`),

  chargeback("de", "rueckbuchung", re`\b(?:rue?ckbuchung|rue?ckbelastung|chargeback|rue?cklastschrift)\w*`),
  chargeback("de", "lastschrift_zurueck", re`\b(?:lastschrift|zahlung|abbuchung|belastung)\w*${words(3)}\s+(?:zurue?ckgeben|zurue?ckgehen lassen|zurue?ckbuchen|zurue?ckbuchen lassen|zurue?ckholen|widerrufen|widersprechen|stornieren lassen|reklamieren)\b|\bwiderspruch\s+(?:bei|gegen)\s+(?:der|die|meiner|unserer)\s+(?:bank|lastschrift|zahlung|abbuchung)\b|\b(?:bank|kreditkartenfirma|kreditkartenunternehmen|kartenherausgeber)\b${words(4)}\s+(?:zurue?ckbuchen|zurue?ckholen|widersprechen|reklamieren|sperren)\b`),

  chargeback("es", "contracargo", re`\bcontracargos?\b|\b(?:disputar|disputare|reclamar|reclamare)\s+(?:el|este|los|estos|ese)\s+(?:cargos?|cobros?|pagos?)\b|\b(?:pedire|pediremos|pedir)\s+a\s+(?:mi|nuestro)\s+banco\s+que\s+(?:devuelva|revierta|anule|cancele)\b|\b(?:disputa|reclamacion|reclamo)\b${words(3)}\s+(?:con|en|ante)\s+(?:el|mi|nuestro)\s+banco\b|\bdevolucion\s+bancaria\b`),

  chargeback("fr", "opposition", re`\brejet\s+de\s+(?:debit|prelevement)\b|\bopposition\s+(?:bancaire|sur\s+(?:la|le|ma|mon|notre)\s+(?:carte|paiement|prelevement|transaction))\b|\bfaire\s+(?:une\s+)?opposition\b|\bretro-?facturation\b|\bchargeback\b`),
  chargeback("fr", "contester_paiement", re`\bcontester\s+(?:le|la|ce|cette|ces|les)\s+(?:paiements?|prelevements?|debits?|transactions?|charges?)\b${words(4)}\s+(?:aupres\s+de|avec|par)\s+(?:ma|notre|la)\s+banque\b|\bcontestation\s+(?:bancaire|de\s+paiement|du\s+paiement|aupres\s+de\s+(?:ma|la)\s+banque)\b|\b(?:ma|notre)\s+banque\b${words(3)}\s+(?:annuler|bloquer|contester|rembourser)\s+(?:le|la|ce|cette|les)\s+(?:paiement|prelevement|debit|transaction)s?\b`),
];
