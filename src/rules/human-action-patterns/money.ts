/** Money put back: a refund, and a payment the product does not reflect (billing-correction.ts: a charge or an invoice corrected). */
import { B, E, re, S, type Rule } from "./pattern-text.js";

export const REFUND: readonly Rule[] = [
  // This charge back, asked for: "Can I get that refunded?", "could we have the £190 back?", "kann ich das Geld
  // zurückbekommen?", "¿puedo recuperar el dinero?", « puis-je être remboursée ? ». Not the policy ("are refunds possible?").
  re(
    // "Can I get it back?" alone is as often a deleted flow: "back" only with the money named.
    String.raw`${B}(?:(?:can|could|may) (?:i|we)|(?:i|we)(?:'d| would) like to) (?:please )?(?:get|have) (?:(?:that|it|this|the (?:charge|payment|amount|money|fee|difference)|(?:my|our) money|(?:the )?[£$€]\s?\d[\d.,]*)(?: \p{L}+)? (?:refunded|reimbursed)|(?:the (?:charge|payment|amount|money|fee|difference)|(?:my|our) money|(?:the )?[£$€]\s?\d[\d.,]*) back)${E}`,
  ),
  re(
    String.raw`${B}(?:kann ich|können wir|koennen wir|bekomme ich|bekommen wir|könnte ich|könnten wir) (?:das|es|den betrag|die zahlung|mein geld|unser geld|die \d+)${E}${S}{0,20}?${B}(?:zurück(?:bekommen|erhalten|haben)?|erstattet|zurückerstattet)${E}`,
  ),
  re(
    String.raw`${B}(?:puedo|podemos|podría|podríamos) (?:recuperar|tener de vuelta|recibir de vuelta) (?:el|mi|nuestro|ese|este) (?:dinero|importe|cargo|pago)${E}`,
  ),
  // Asked to process it: "¿Podéis tramitar el reembolso?", « Serait-il possible … de nous rembourser ? ».
  re(
    String.raw`${B}(?:(?:podéis|podeis|pueden|podrían|podrian|puede|podría|podria) (?:tramitar|gestionar|procesar|hacer) (?:el|un|nuestro) reembolso|(?:serait-il possible|est-il possible|merci) (?:de |d['’])${S}{0,60}?${B}(?:nous|me) rembourser)${E}`,
  ),
  re(
    String.raw`${B}(?:puis-je|pouvons-nous|est-ce que je peux|est-ce que nous pouvons|pourrais-je|pourrions-nous) (?:être remboursée?s?|me faire rembourser|nous faire rembourser|récupérer (?:mon|notre|cet|ce|le) (?:argent|montant|paiement))${E}`,
  ),

  // en: asked for, not asked about ("refund policy" stays a question)
  re(
    String.raw`${B}(?:refund (?:me|us|the|my|our|it|this|that)|(?:want|need|request|like|expect|get|issue|process|demand)(?:ing|ed)? (?:a |the |my |our )?(?:full |partial )?refund|money back)${E}`,
  ),
  re(
    String.raw`${B}(?:erstatten sie|geld zurück|(?:um|eine) (?:rückerstattung|erstattung) (?:bitten|beantragen|fordern|verlangen)|(?:rückerstattung|erstattung) (?:beantragen|fordern|verlangen))${E}`,
  ),
  re(String.raw`${B}(?:(?:quiero|necesito|solicito|pido|exijo|quisiera)(?: un| el| la| una)? (?:reembolso|devolución)|devuélvan(?:me|nos))${E}`),
  // What is left of a prepaid plan, asked back: "will I get the rest back?", "the unused months refunded".
  re(
    // Asked for this customer ("will I get the rest back?"), not the policy ("do we get the unused months back, or credit?").
    String.raw`${B}(?:(?:will|can|could|would|should) (?:i|we|you)|(?:want|like|need|expect)(?: to)?)${E}${S}{0,12}?${B}(?:get|have|receive|refund)${E}${S}{0,4}?${B}(?:the )?(?:rest|remainder|balance|(?:remaining|unused|pro-?rat(?:ed|a))(?: \p{L}+)?)(?: (?:back|refunded|reimbursed)|${S}{0,3}\?)|${B}(?:want|like|need|expect) (?:the )?(?:rest|remainder|balance|(?:remaining|unused|pro-?rat(?:ed|a))(?: \p{L}+)?) (?:back|refunded|reimbursed)${E}`,
  ),
  // Asked as a question or in the passive: "Could the difference be refunded?", "Pouvez-vous rembourser la différence ?",
  // "Können Sie uns den Betrag erstatten?", "¿Pueden devolvernos la diferencia?".
  re(
    String.raw`${B}(?:(?:could|can|would|will) (?:the (?:difference|amount|charge|extra|overcharge|payment|upgrade)|it|this|that|we|i|they|these|those)(?: please)? be refunded|(?:could|can|would) (?:you|u)(?: please| kindly)? (?:refund|reimburse)|(?:pouvez-vous|pourriez-vous|merci de|veuillez|pouvez vous) (?:nous |me )?rembourser|(?:können|könnten|würden) sie${E}${S}{0,40}?${B}(?:erstatten|zurückerstatten|zurückzahlen|gutschreiben)|(?:pueden|podrían|podéis|puede|podría|podrian|podrias) (?:devolver|reembolsar)(?:me|nos)?)${E}`,
  ),
  re(
    String.raw`${B}(?:(?:je (?:veux|voudrais|demande)|nous (?:voulons|voudrions|demandons)) (?:un |le |être )?rembours(?:ement|és?)|remboursez(?:-moi|-nous)?)${E}`,
  ),
];

export const PAYMENT_NOT_APPLIED: readonly Rule[] = [
  // Paid, yet the product does not reflect it: only billing staff can reconcile.
  re(String.raw`${B}(?:paid|upgraded|payment went through)${E}.{0,80}${B}(?:but|yet)${E}.{0,80}${B}still${E}`),
  re(String.raw`${B}(?:bezahlt|upgegradet)${E}.{0,80}${B}aber${E}.{0,80}${B}(?:immer noch|weiterhin|noch immer)${E}`),
  re(String.raw`${B}(?:pagad[oa]|pagué|pagamos)${E}.{0,80}${B}pero${E}.{0,80}${B}(?:todavía|sigue|aún)${E}`),
  re(String.raw`${B}(?:payé|réglé)${E}.{0,80}${B}mais${E}.{0,80}${B}(?:toujours|encore)${E}`),
];
