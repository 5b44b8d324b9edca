/**
 * The money already came back: "you already refunded it", "the refund landed
 * this morning", "the second charge was reversed", "ya me lo devolvieron",
 * "j'ai bien été remboursé", or the corrected invoice arrived ("die korrigierten
 * Rechnungen sind angekommen"). Read on folded text (fold.ts: lowercase, no
 * accents). Two readers use it: a refund or billing correction the same
 * message calls settled asks nothing of finance (human-action.ts), and a
 * later message saying so settles the thread's money alarm (retraction.ts).
 * Negations ("hasn't been refunded", "never refunded it") do not match; nor
 * does a question ("has the refund arrived?").
 */
const MONEY_BACK_WORDS = [
  String.raw`(?<!(?:n't|not|never|no)\s(?:\p{L}+\s)?)(?:already (?:been )?refunded|(?:was|were|has been|have been|got) refunded|refunded (?:it|that|one|both|the (?:duplicate|extra|second|payments?|charges?)))`,
  String.raw`refund (?:has |just |finally )?(?:landed|arrived|showed up|came through|went through|came in)|refund (?:was |has been )?received|(?:got|received) (?:the|my|our) refund|(?:money|amount) is (?:already )?back|(?:is|was|are|already) (?:already )?back on (?:my|her|his|their|our) (?:card|account|statement)`,
  String.raw`(?<!(?:n't|not|never)\s)(?:second |duplicate |extra |double )?(?:charge|payment|debit) (?:was|has been|got) (?:reversed|refunded|cancelled|canceled)`,
  String.raw`(?:bereits|schon) (?:erstattet|zuruckerstattet|gutgeschrieben)|(?:geld|betrag|erstattung|ruckerstattung) ist (?:schon |bereits |jetzt |heute )?(?:wieder )?(?:da|zuruck|eingegangen|angekommen)`,
  String.raw`ya (?:me |nos )?(?:lo |la |los )?(?:han )?(?:devolvieron|devuelto|devolvio|reembolsado|reembolsaron|reembolso)|(?:el )?reembolso (?:ya )?(?:llego|ha llegado|aparecio|ha aparecido)|(?:llego|aparecio) el reembolso`,
  String.raw`(?:j'ai|nous avons|on a) (?:bien |deja )*ete remboursee?s?|remboursement (?:est )?(?:bien |deja )*(?:arrive|recu|passe)`,
  // The corrected invoice or credit note is here: a billing correction put right.
  String.raw`(?:corrected|new|reissued|re-issued|updated|amended) invoices? (?:has |have |just |finally )?(?:arrived|came through|came in|(?:was|were|has been|have been) received)|(?:got|received) (?:the|our|my) (?:corrected|new|reissued|re-issued|updated|amended) invoices?|credit note (?:has |just )?(?:arrived|came through)|(?:got|received) the credit note|thanks? (?:you )?for (?:sending|issuing) (?:the |us the |me the )?(?:credit note|corrected invoices?)`,
  String.raw`(?:korrigierten?|neuen?|berichtigten?) rechnung(?:en)? (?:ist|sind) (?:schon |bereits |jetzt |heute )?(?:da|angekommen|eingegangen)|gutschrift ist (?:schon |bereits |jetzt |heute )?(?:da|angekommen|eingegangen)`,
  String.raw`(?:ya )?(?:(?:me|nos) )?(?:ha llegado|llego|han llegado|llegaron|recibi|recibimos) (?:la |las )?(?:factura|facturas) (?:corregida|rectificada|nueva)s?|factura(?:s)? (?:corregida|rectificada)s? (?:ya )?(?:ha llegado|llego|han llegado|llegaron)|recibid[oa]s? (?:las |la )?(?:facturas )?(?:rectificativas?|corregidas?)|(?:rectificativas?|facturas corregidas) recibidas`,
  String.raw`(?:j'ai|nous avons|on a) (?:bien )?recu (?:la|les) (?:nouvelles? |)factures? (?:corrigees?|rectifiees?)?|factures? (?:corrigees?|rectifiees?) (?:est|sont) (?:bien )?arrivees?|avoir (?:est )?(?:bien )?(?:arrive|recu)`,
];

/** Told, not asked: the sentence does not go on to a question mark. */
export const MONEY_BACK = new RegExp(String.raw`(?:${MONEY_BACK_WORDS.join("|")})(?![^.!?\n]*\?)`, "u");
