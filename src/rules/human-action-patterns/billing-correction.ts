/**
 * A charge or an invoice put right: charged twice or for what was not agreed, an issued invoice corrected or
 * reissued, a credit note asked for, money taken after a cancellation or during a trial, amends for an outage.
 */
import { CHARGED_IN_TRIAL, INVOICE_FAULT_THEN_ASK, INVOICE_PUT_RIGHT } from "./invoice-requests.js";
import { B, E, NOT_AUTOMATION, re, S, type Rule } from "./pattern-text.js";

export const BILLING_CORRECTION: readonly Rule[] = [
  ...INVOICE_FAULT_THEN_ASK,
  ...INVOICE_PUT_RIGHT,
  ...CHARGED_IN_TRIAL,
  re(
    // A credit note needed or awaited, not one thanked for ("thanks for sending the credit note so quickly").
    String.raw`${B}(?:charged (?:us |me )?(?:twice|double|two times)|double[- ]charged|overcharged|(?:corrected|re-?issued) invoices?|invoice correction|(?:need|want|require|expect|awaiting|waiting for|still no|where is) (?:a |the |our |my )?credit note)${E}`,
  ),
  // Charged for something else than what was agreed, by us ("you billed us 25 seats instead of 10",
  // "I was charged annual instead of monthly"); not "we'd like to be billed annually instead of monthly".
  re(
    String.raw`${B}(?:(?:charged|billed) (?:us|me)|(?:i|we) (?:was|were|got|have been|'ve been) (?:charged|billed)|you (?:charged|billed))${E}${S}{0,50}?${B}instead of${E}`,
  ),
  // An issued invoice put right, asked of us: "could you reissue May's invoice", "please correct the
  // invoice", "need the address on our invoices changed", "change the company name on our last 3
  // invoices". Not how to set the details for future invoices, which the customer does in settings.
  re(
    // "Reissue" (an invoice, or asked of us), not a bank reissuing someone's cards or keys.
    String.raw`${B}(?:(?<!banks? )re-?issu(?:e|ed|ing)${E}(?! invoices${E}(?!${S}{0,3}(?:for|from|of|dated|no|number|#|inv|\d)))(?!${S}{0,20}?${B}(?:cards?|passports?|licen[cs]es?|tokens?|keys?|badges?)${E})|(?:(?:could|can|would|will) (?:you|u)(?: please| pls| kindly)?|please|pls|plz) (?:update|change|correct|fix|amend|redo|regenerate)${E}(?! (?:me|us)${E})${NOT_AUTOMATION}{0,40}?${B}invoices?|(?:need|want|like|get)${E}${NOT_AUTOMATION}{0,40}?${B}invoic\w*${NOT_AUTOMATION}{0,30}?${B}(?:changed|updated|corrected|fixed|amended)|(?:change|update|correct|fix|amend)${E}${NOT_AUTOMATION}{0,40}?${B}on (?:our|the|my|these|those|both|all)(?: (?:last|previous|past|existing|earlier|issued|old|\d+|two|three|four))+ invoices?)${E}`,
  ),
  re(String.raw`${B}(?:(?:zweimal|doppelt) (?:belastet|abgebucht|berechnet)|korrigierte rechnung(?:en)?|rechnungskorrektur)${E}`),
  // A credit asked for, not one received or asked about ("die Gutschrift, die wir erhalten haben").
  re(
    String.raw`${B}(?:(?:um (?:eine )?|eine |die )gutschrift (?:bitten|beantragen|fordern|verlangen|erstellen|ausstellen)|(?:bitte|erwarten|benötigen|brauchen)${E}${S}{0,30}?${B}(?:eine |die )?gutschrift)${E}`,
  ),
  re(
    String.raw`${B}(?:rechnung\w*${E}${NOT_AUTOMATION}{0,40}?${B}(?:neu ausstellen|neu ausgestellt|korrigieren|berichtigen)|(?:stellen|ändern|korrigieren|berichtigen) sie${E}${NOT_AUTOMATION}{0,40}?${B}(?:rechnung\w*|neu aus)|berichtigte rechnung(?:en)?|rechnungsberichtigung|stornorechnung)${E}`,
  ),
  re(
    String.raw`${B}(?:(?:cobrad[oa]s?|cobraron|cobró) (?:dos veces|dos cargos|doble)|cobro duplicado|factura(?:s)? corregida(?:s)?|factura(?:s)? rectificativa(?:s)?|nota de crédito)${E}`,
  ),
  // "me cobraron el anual en vez del mensual": charged by us for what was not chosen.
  re(String.raw`${B}(?:me|nos) (?:han )?(?:cobrad[oa]|cobraron|cobró|facturad[oa]|facturaron)${E}${S}{0,60}?${B}(?:en vez de|en lugar de)${E}`),
  // "LA FACTURA TIENE MAL EL CIF … LA QUIERO CORREGIDA", "necesito la factura corregida".
  re(
    String.raw`${B}(?:(?:la|las) (?:quiero|queremos|necesito|necesitamos) (?:corregidas?|rectificadas?)|(?:quiero|queremos|necesito|necesitamos) (?:la|las|una|nuevas?) facturas? (?:corregidas?|rectificadas?))${E}`,
  ),
  // "¿Pueden emitirla de nuevo con el CIF?", "que corrijan las facturas de marzo".
  re(
    String.raw`${B}(?:emitir(?:la|lo|las|los)? de nuevo|volver a emitir(?:la|lo|las|los)?|vuelvan a emitir|re-?emit(?:ir|an|irla|irlas)|(?:corrijan|rectifiquen|modifiquen|cambien|(?:pueden|podrían|podéis|puede|podría) (?:corregir|rectificar|modificar|cambiar|actualizar))${E}${NOT_AUTOMATION}{0,40}?${B}factura)`,
  ),
  re(String.raw`${B}(?:(?:factur|prélev|débit)é(?:e|s|es)? deux fois|facture(?:s)? (?:corrigée|rectifiée|rectificative)(?:s)?|note de crédit)${E}`),
  // « Nous avons été facturés 12 sièges au lieu de 10 »: charged for what was not agreed, in the passive.
  re(String.raw`${B}(?:avons|avez|ont|a|ai) été (?:facturé|prélevé|débité)(?:e|s|es)?${E}${S}{0,50}?${B}au lieu de${E}`),
  // A credit note asked for: "Pourriez-vous établir un avoir pour la facture FA-…", "issue a credit note".
  re(String.raw`${B}(?:(?:établir|émettre|faire|envoyer|nous faire) un avoir|(?:issue|raise|send) (?:us |me )?a credit note)${E}`),
  // "Pouvez-vous la réémettre ?", "merci de corriger la raison sociale sur nos factures", "facturé l'annuel au lieu du mensuel".
  re(
    String.raw`${B}(?:ré-?émett(?:re|ez)|réémission|refaire (?:la|les) factures?|(?:pouvez-vous|pourriez-vous|merci de|veuillez)${E}${S}{0,20}?${B}(?:corriger|rectifier|modifier|changer|mettre à jour)${E}${NOT_AUTOMATION}{0,40}?${B}factur|(?:m'|nous |vous (?:m'|nous )?)(?:avez |a |ont )?(?:facturé|prélevé|débité)${E}${S}{0,50}?${B}au lieu d)`,
  ),
  // Money taken after the customer had cancelled: two facts together, the charge (by us, done) and the
  // cancellation before it. "Why did you take 79.00 from my account? I cancelled in January."
  // Not "if I cancel, will I still be charged?" (nothing taken), "I cancelled the run" (not the plan) nor
  // "we cancelled the old plan and upgraded" (a plan change).
  [
    re(
      String.raw`${B}(?:you(?: still| then| just)? (?:took|charged|billed|debited|renewed)|did you (?:take|charge|bill|debit|renew)|took (?:[£$€]|\d)|(?<!(?:n't|not|never)${S}{0,12})(?:was|were|got|been)(?: still| then| just| also)? (?:charged|billed|debited)|(?:charged|billed|debited) (?:me|us|my|our)|(?:payment|money)${S}{0,30}?(?:was|were|got) (?:taken|debited)|taken from (?:my|our))${E}`,
    ),
    re(
      String.raw`${B}(?:(?:i|we)(?:'d| had| have|'ve)?(?: already)? cancell?ed${E}(?! (?:the|a|an|this|that|my|our) (?:runs?|flows?|reports?|invites?|steps?|jobs?|executions?|schedules?|imports?|syncs?|orders?|meetings?|calls?)${E})|after (?:i|we) cancell?ed|after cancell?(?:ing|ation)|(?:subscription|plan|account|contract) (?:was|had been) cancell?ed)${E}(?!${S}{0,40}?${B}and (?:upgraded|downgraded|switched|moved|changed)${E})`,
    ),
  ],
  [
    re(String.raw`${B}(?:wurden?|haben sie|hat lumaflow|habt ihr)${E}${S}{0,50}?${B}(?:abgebucht|belastet|eingezogen|berechnet|abgezogen)${E}`),
    re(
      String.raw`${B}(?:(?:ich|wir) (?:habe|haben|hatte|hatten)${E}${S}{0,40}?${B}gekündigt|nach (?:der|meiner|unserer) kündigung|obwohl (?:ich|wir)${E}${S}{0,40}?${B}gekündigt|trotz (?:der |meiner |unserer )?kündigung)${E}`,
    ),
  ],
  [
    re(String.raw`${B}(?:me|nos) (?:han |volvieron a )?(?:cobrad[oa]|cobraron|cobró|cargaron|cargado|descontado|debitado)${E}`),
    re(
      String.raw`${B}(?:(?:cancelé|cancelamos)${E}(?! (?:el|la|un|una|mi|nuestro|nuestra) (?:flujo|informe|ejecución|invitación|importación)${E})|(?:me |nos )?di(?:mos)? de baja|(?:había|habíamos|he|hemos) cancelado|después de (?:cancelar|darme de baja|darnos de baja|la cancelación|la baja))${E}`,
    ),
  ],
  [
    re(
      String.raw`${B}(?:(?:vous|on) (?:m'|nous )?(?:avez |a )(?:prélevé|débité|facturé)|(?:ma carte|mon compte|notre compte|notre carte) a été (?:débitée?|prélevée?)|(?:a|ont) été (?:prélevée?s?|débitée?s?))${E}`,
    ),
    re(
      String.raw`${B}(?:(?:j'ai|nous avons|j'avais|nous avions)(?: déjà)? (?:résilié|annulé)${E}(?! (?:le|la|un|une|ce|cette|mon|ma|notre) (?:flux|rapport|exécution|invitation|import)${E})|après (?:la |ma |notre )?(?:résiliation|annulation))${E}`,
    ),
  ],
  // New details put on invoices already issued: "can you put our new company name on them?".
  re(
    String.raw`${B}(?:put|use|show|print) (?:our|the) new (?:company |business |legal |registered )?(?:name|address|vat (?:number|id)|entity) on (?:them|those|these|it|the (?:old |past |last \w+ )?invoices?|our (?:old |past |last \w+ )?invoices?)${E}`,
  ),
  // Still billed for what the customer cancelled or was overcharged: "we're still paying for the 'Events' workspace we
  // cancelled in September", "tres meses cobrados de más", "wir zahlen immer noch für den gekündigten Workspace".
  re(
    String.raw`${B}(?:(?:still|keep) (?:paying|being (?:charged|billed)|getting (?:charged|billed))${E}${S}{0,60}?${B}(?:we|i) (?:had )?(?:cancell?ed|removed|closed|downgraded)|(?:seguimos|sigo) (?:pagando|siendo cobrad[oa]s?)${E}${S}{0,60}?${B}(?:dimos de baja|di de baja|cancelamos|cancelé|eliminamos)|cobrad[oa]s? de más|(?:zahlen|bezahlen|zahle) (?:immer noch|weiterhin|noch immer)${E}${S}{0,60}?${B}gekündigt|(?:payons|paie|paye) (?:toujours|encore)${E}${S}{0,60}?${B}(?:résilié|supprimé|annulé)|factur(?:é|ée|és|ées) en trop)${E}`,
  ),
  // Amends for a concrete outage asked of us: "will we get any credit for that?", "können wir für die 3 Stunden eine
  // Gutschrift bekommen?", "il y aura un geste commercial ?". Not whether service credits exist ("do you offer SLA credits?").
  re(
    String.raw`${B}(?:(?:will|can|could|do|would|should) (?:we|i|you)${E}${S}{0,25}?${B}(?:get|receive|give|offer|be (?:given|offered)|expect)${E}${S}{0,15}?${B}(?:a |any |some )?(?:service )?(?:credit|compensation|discount|refund)${E}${S}{0,12}?${B}for (?:that|this|it|the (?:downtime|outage|incident|disruption|lost (?:time|hours?|orders?|morning|day))|(?:those|these|the) (?:\d+|two|three|few) (?:hours?|hrs?|days?)|the (?:morning|afternoon|day))|(?:credit|compensation) for the (?:downtime|outage|incident|disruption))${E}`,
  ),
  re(
    String.raw`${B}(?:(?:können|könnten|bekommen|kriegen|erhalten|gibt es)${E}${S}{0,40}?${B}(?:eine |die |keine )?(?:gutschrift|entschädigung|kulanz\w*)${E}${S}{0,30}?${B}(?:für (?:die|diese|den)${E}${S}{0,20}?${B}(?:stunden?|ausfall|zeit|tag|vormittag)|dafür)|(?:können|könnten|bekommen|kriegen|erhalten|gibt es)${E}${S}{0,30}?${B}für (?:die|diese|den)${E}${S}{0,20}?${B}(?:stunden?|ausfall|zeit|tag|vormittag)${E}${S}{0,20}?${B}(?:gutschrift|entschädigung)|(?:gutschrift|entschädigung) für den ausfall)${E}`,
  ),
  re(
    String.raw`${B}(?:compensación|abono|bonificación|descuento)${E}${S}{0,20}?${B}por (?:la caída|la interrupción|eso|esto|lo (?:ocurrido|que pasó)|las? (?:\d+|dos|tres|varias) horas?|el tiempo perdido|la mañana|el día)${E}`,
  ),
  re(
    String.raw`${B}(?:geste commercial|(?:il y aura|aura-t-on|aurons-nous|peut-on avoir|pouvez-vous (?:nous )?(?:faire|accorder))${E}${S}{0,20}?${B}(?:un |une )?(?:dédommagement|compensation|avoir|remise)|(?:dédommagement|compensation|avoir) pour (?:la panne|l'interruption|les? (?:\d+|deux|trois) heures?|la matinée))${E}`,
  ),
];
