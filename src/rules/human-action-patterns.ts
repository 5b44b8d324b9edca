/**
 * The patterns of the person-only requests (human-action.ts), by kind, in
 * English, German, Spanish and French. They look for the REQUEST, not the
 * topic: "please refund us" is a need, "what is your refund policy?" is not.
 */
import type { HumanActionKind } from "./human-action-kinds.js";

/** One pattern, or several that must ALL match (a need defined by two facts together). */
export type Rule = RegExp | readonly RegExp[];

/*
 * Word edges: JS `\b` only knows ASCII, so accented words ("prélèvement")
 * need explicit Unicode-aware edges. `B` is "not preceded by a letter".
 */
const B = String.raw`(?<![\p{L}\p{N}])`;
const E = String.raw`(?![\p{L}\p{N}])`;
const re = (source: string) => new RegExp(source, "iu");
/** One character inside a sentence: a dot between digits ("1.188 €") does not end it. */
const S = String.raw`(?:[^.?!\n]|\.\d)`;
/**
 * Between a correction verb and the invoice it names: the customer's OWN
 * invoicing automation ("fix the flow that sends our invoices") is a product
 * question, not our invoice.
 */
const NOT_AUTOMATION = String.raw`(?:(?!flows?|connectors?|steps?|sync|templates?|automations?|integrations?|tables?|fields?|reports?)${S})`;

export const PATTERNS: Record<HumanActionKind, readonly Rule[]> = {
  refund: [
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
  ],
  billing_correction: [
    re(
      String.raw`${B}(?:charged (?:us |me )?(?:twice|double|two times)|double[- ]charged|overcharged|(?:corrected|re-?issued) invoices?|invoice correction|credit note)${E}`,
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
      String.raw`${B}(?:re-?issu(?:e|ed|ing)${E}(?! invoices${E}(?!${S}{0,3}(?:for|from|of|dated|no|number|#|inv|\d)))|(?:(?:could|can|would|will) (?:you|u)(?: please| pls| kindly)?|please|pls|plz) (?:update|change|correct|fix|amend|redo|regenerate)${E}(?! (?:me|us)${E})${NOT_AUTOMATION}{0,40}?${B}invoices?|(?:need|want|like|get)${E}${NOT_AUTOMATION}{0,40}?${B}invoic\w*${NOT_AUTOMATION}{0,30}?${B}(?:changed|updated|corrected|fixed|amended)|(?:change|update|correct|fix|amend)${E}${NOT_AUTOMATION}{0,40}?${B}on (?:our|the|my|these|those|both|all)(?: (?:last|previous|past|existing|earlier|issued|old|\d+|two|three|four))+ invoices?)${E}`,
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
      String.raw`${B}(?:ré-?émett(?:re|ez)|réémission|refaire la facture|(?:pouvez-vous|pourriez-vous|merci de|veuillez)${E}${S}{0,20}?${B}(?:corriger|rectifier|modifier|changer|mettre à jour)${E}${NOT_AUTOMATION}{0,40}?${B}factur|(?:m'|nous |vous (?:m'|nous )?)(?:avez |a |ont )?(?:facturé|prélevé|débité)${E}${S}{0,50}?${B}au lieu d)`,
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
  ],
  payment_not_applied: [
    // Paid, yet the product does not reflect it: only billing staff can reconcile.
    re(String.raw`${B}(?:paid|upgraded|payment went through)${E}.{0,80}${B}(?:but|yet)${E}.{0,80}${B}still${E}`),
    re(String.raw`${B}(?:bezahlt|upgegradet)${E}.{0,80}${B}aber${E}.{0,80}${B}(?:immer noch|weiterhin|noch immer)${E}`),
    re(String.raw`${B}(?:pagad[oa]|pagué|pagamos)${E}.{0,80}${B}pero${E}.{0,80}${B}(?:todavía|sigue|aún)${E}`),
    re(String.raw`${B}(?:payé|réglé)${E}.{0,80}${B}mais${E}.{0,80}${B}(?:toujours|encore)${E}`),
  ],
  contract_terms: [
    // A clause of the contract changed: "the auto-renewal clause has to be replaced", "change the termination clause".
    re(
      String.raw`${B}(?:clause${E}${S}{0,60}?${B}(?:has to|must|needs? to|should|to) be (?:changed|replaced|amended|removed|deleted|modified|struck)|(?:change|amend|replace|remove|modify|strike) the (?:[\w-]+ ){0,2}clause)${E}`,
    ),
    // German compounds end in the word: "Kündigungsklausel", "Verlängerungsklausel".
    re(String.raw`(?:klausel${E}${S}{0,60}?${B}(?:ändern|streichen|anpassen|ersetzen|geändert|gestrichen|angepasst|ersetzt))${E}`),
    re(String.raw`${B}(?:cláusula${E}${S}{0,60}?${B}(?:modificar|cambiar|eliminar|sustituir|modifique|cambie|elimine|sustituya|modificada|eliminada))${E}`),
    re(String.raw`${B}(?:clause${E}${S}{0,60}?${B}(?:modifier|supprimer|remplacer|modifiée|supprimée|remplacée))${E}`),
    re(
      String.raw`${B}(?:(?:custom|special|extended|different) (?:payment |contract )?terms|net ?(?:30|45|60|90)|contract (?:amendment|change)|amend (?:our|the) contract)${E}`,
    ),
    re(String.raw`${B}(?:(?:sonder|individuelle)(?:konditionen| konditionen| zahlungsbedingungen)|zahlungsziel|vertragsänderung)${E}`),
    re(String.raw`${B}(?:condiciones (?:de pago )?(?:personalizadas|especiales)|modificación del contrato)${E}`),
    re(String.raw`${B}(?:conditions (?:de paiement )?(?:personnalisées|particulières)|avenant au contrat)${E}`),
    // The customer's own changes to our paper, to be agreed by a person: "the DPA must include our two amendments",
    // "who should we send our redline to?", "a contract with a 99.9 % SLA and penalties: who can we negotiate it with?".
    re(
      String.raw`${B}(?:(?:dpa|contract|msa|agreement|addendum|terms)${E}${S}{0,60}?${B}(?:our|with (?:our|the|two|three|\d+|a few|some))(?: \w+)? (?:amendments|redlines?|changes to the (?:wording|clauses?))|(?:our|send (?:you |over )?(?:our|the)) redline|countersign${S}{0,40}?${B}(?:our|the amended|the changed)|(?:negotiate|agree)${E}${S}{0,30}?${B}(?:the |our |a )?(?:contract|terms|sla|penalt(?:y|ies))|(?:sla|uptime)${E}${S}{0,60}?${B}(?:penalt(?:y|ies)|service credits?) (?:for|if|when)${E})`,
    ),
    [
      re(String.raw`${B}(?:vertrag|avv|dpa|sla|rahmenvertrag|vertragsbedingungen)\p{L}*`),
      re(String.raw`${B}(?:(?:unsere[nm]?|mit) (?:\p{L}+ )?(?:änderungen|anpassungen|ergänzungen)|verhandeln|vertragsstrafe|pönale|gegenzeichn)`),
    ],
    [
      re(String.raw`${B}(?:contrato|acuerdo|sla|condiciones contractuales|dpa)${E}`),
      re(String.raw`${B}(?:negociar(?:lo|la|los|las)?|penalizaci(?:ón|ones)|(?:nuestras?|con) (?:\p{L}+ )?(?:modificaciones|enmiendas)|contrafirm)`),
    ],
    [
      re(String.raw`${B}(?:contrat|dpa|sla|accord|conditions contractuelles)${E}`),
      re(String.raw`${B}(?:négocier|pénalités|(?:nos|avec nos) (?:\p{L}+ )?(?:modifications|amendements)|contresign)`),
    ],
  ],
  invoicing_setup: [
    re(
      String.raw`${B}(?:consolidated (?:invoic\w*|billing)|one invoice for (?:all|our|every)|sammelrechnung|factura consolidada|facturation consolidée|facture consolidée)${E}`,
    ),
  ],
  ownership_transfer: [
    // The owner is gone and someone else is to become owner: "Der alte GF ist Eigentümer, ist ausgeschieden und nicht
    // mehr erreichbar. Der neue GF möchte Eigentümer werden", "the owner left and can't be reached; I need to become owner".
    [
      re(
        String.raw`${B}(?:ausgeschieden|nicht mehr erreichbar|verstorben|left (?:the company|us)|(?:can't|cannot|can not) be reached|no longer (?:with us|reachable|works here)|passed away|ya no (?:trabaja|está)|fallecid[oa]|a quitté|n'est plus joignable|décédée?)${E}`,
      ),
      re(
        String.raw`${B}(?:(?:möchte|will|soll|muss) (?:\p{L}+ )?(?:neue[rn]? )?(?:eigentümer|inhaber|owner)(?:in)? werden|(?:become|make me|make (?:him|her|them)) (?:the )?(?:new )?owner|(?:quiere|debe|necesita) ser (?:el |la )?(?:nuev[oa] )?(?:propietari[oa]|titular)|(?:veut|doit|souhaite) devenir (?:le |la )?(?:nouveau |nouvelle )?(?:propriétaire|titulaire))${E}`,
      ),
    ],
    // The account or contract moved to another legal entity after a merger or a change of company: only staff can.
    re(
      String.raw`${B}(?:(?:account|contract|subscription|workspace)${E}${S}{0,50}?${B}(?:to|into the name of|under) (?:the|our) new (?:company|entity|legal entity|parent company)|(?:cuenta|contrato)${E}${S}{0,50}?${B}(?:a|pasen a|al nombre de) la nueva (?:sociedad|empresa|entidad|razón social)|cambio de (?:titular|razón social)|(?:vertrag|konto|account)${E}${S}{0,50}?${B}auf die neue (?:gesellschaft|firma|gmbh|ag|entität) (?:übertragen|umschreiben|umstellen|umziehen)|(?:contrat|compte)${E}${S}{0,50}?${B}(?:au nom de|à|vers) la nouvelle (?:société|entité|structure)|changement de (?:titulaire|raison sociale))${E}`,
    ),
    // Ownership of the account or workspace, not of a colleague's flows ("transfer ownership of their flows" is an admin's how-to).
    re(
      String.raw`${B}(?:transfer(?:red|ring)? (?:the |our |my )?(?:workspace |account )?ownership(?! of (?:their|his|her|the|a|an|my|our|these|those|all) (?:\S+ )?(?:flows?|reports?|tables?|workflows?|forms?|connectors?|connections?|files?)${E})|ownership (?:transferred|transfer)|make me (?:the )?(?:workspace )?owner)${E}`,
    ),
    // Someone else's account moved to the writer: only staff can do that for an owner who cannot ("our
    // founder passed away; I need the account moved to me"). An owner handing it on is self-service.
    re(
      String.raw`${B}(?:(?:account|workspace|subscription)${E}${S}{0,20}?${B}(?:moved|transferred|handed over|reassigned|put)${E}${S}{0,15}?${B}(?:to me|to us|into my name|into our name|in my name|under my name)|(?:move|transfer|hand over|reassign) (?:the |our |this |that |his |her |their )?(?:account|workspace|subscription)${E}${S}{0,30}?${B}(?:to me|to us|into my name|into our name|in my name|under my name))${E}`,
    ),
    // The owner has died: whoever writes needs the account, and only staff can give it (with proof).
    re(
      String.raw`${B}(?:owner|owns|founder|account holder)${E}${S}{0,100}?${B}(?:passed away|died|deceased|has passed)${E}|${B}(?:passed away|died|deceased)${E}${S}{0,100}?${B}(?:owner|owned|owns|account holder)${E}`,
    ),
    re(String.raw`${B}(?:(?:inhaber|eigentümer)(?:schaft|rechte)?${E}.{0,30}übertrag\w*|übertrag\w*${E}.{0,30}(?:inhaber|eigentümer)\w*)`),
    re(
      String.raw`${B}(?:(?:konto|account|workspace|abo)${E}${S}{0,40}?${B}auf (?:mich|uns) (?:übertragen|umschreiben|umstellen)|(?:inhaber|eigentümer|gründer)\w*${E}${S}{0,100}?${B}(?:verstorben|gestorben)|(?:verstorben|gestorben)${E}${S}{0,100}?${B}(?:inhaber|eigentümer)\w*)${E}`,
    ),
    re(String.raw`${B}(?:transferir la (?:propiedad|titularidad)|cambiar el propietario)${E}`),
    re(
      String.raw`${B}(?:(?:cuenta|espacio)${E}${S}{0,40}?${B}a mi nombre|(?:pasar|transferir|traspasar|mover)(?:la|lo)? (?:la |el |nuestra |nuestro |su )?(?:cuenta|espacio)${E}${S}{0,30}?${B}(?:a mí|a mi nombre|a nosotros)|(?:propietari[oa]|titular|fundador[a]?)${E}${S}{0,100}?${B}(?:falleció|ha fallecido|murió)|(?:falleció|ha fallecido|murió)${E}${S}{0,100}?${B}(?:propietari[oa]|titular))${E}`,
    ),
    re(String.raw`${B}(?:transférer la propriété|changer le propriétaire|transfert de propriété)${E}`),
    re(
      String.raw`${B}(?:(?:compte|espace)${E}${S}{0,40}?${B}(?:à mon nom|à notre nom|transféré à moi)|(?:propriétaire|titulaire|fondat(?:eur|rice))${E}${S}{0,100}?${B}(?:décédée?|est mort|nous a quittés)|(?:décédée?)${E}${S}{0,100}?${B}(?:propriétaire|titulaire))${E}`,
    ),
  ],
  account_deletion: [
    re(
      String.raw`${B}(?:(?<!${B}(?:did|have|has|had|would|will) (?:you|they|someone|somebody|anyone|it) )delete (?:my|our) (?:account|data|workspace)|close (?:my|our) account|right to (?:erasure|be forgotten)|gdpr (?:request|deletion|erasure|access request)(?!(?: request)? (?:forms?|flows?|templates?|process(?:es)?|polic(?:y|ies)|workflows?|after|for (?:our|their|my) ))|data subject (?:access )?request|dsar)${E}`,
    ),
    re(String.raw`${B}(?:(?:mein(?:en)?|unser(?:en)?) (?:konto|account|daten) löschen|löschen sie (?:mein|unser)\w*|dsgvo-?(?:anfrage|auskunft|löschung))${E}`),
    re(String.raw`${B}(?:(?:eliminar|borrar|cerrar) (?:mi|nuestra) cuenta|(?:eliminar|borrar) (?:mis|nuestros) datos|derecho al olvido)${E}`),
    re(String.raw`${B}(?:(?:supprimer|fermer) (?:mon|notre) compte|supprimer (?:mes|nos) données|droit à l['’]oubli|demande rgpd)${E}`),
  ],
  account_recovery: [
    // The second factor is gone AND nothing to recover with: a person must verify identity.
    [
      re(
        String.raw`${B}(?:2fa|two[- ]factor|backup codes?|recovery codes?|authenticator|zwei-faktor|backup-codes|doble factor|códigos de (?:respaldo|recuperación)|double authentification|codes de (?:secours|récupération))${E}`,
      ),
      re(
        String.raw`${B}(?:lost|stolen|new phone|(?:didn['’]?t|did not|never) save|no longer have|(?:don['’]?t|do not) have|verloren|gestohlen|neues (?:handy|telefon)|nicht gespeichert|perd[ií]\w*|nuevo (?:teléfono|móvil)|no (?:guardé|tengo)|perdu|volé|nouveau téléphone|pas (?:sauvegardé|enregistré))${E}`,
      ),
    ],
  ],
  records_export: [
    // Audit records for an auditor, beyond what the product shows: staff pull them.
    [
      re(String.raw`${B}(?:audit (?:log|trail)s?|activity logs?|audit-?protokoll\w*|registros? de auditoría|journa(?:l|ux) d['’]audit)${E}`),
      re(
        String.raw`${B}(?:auditors?|prüfer\w*|auditor(?:es|a)?|auditeurs?|(?:full|complete|entire|vollständig\w*|complet[oa]?s?|complète) |(?:last|letzten|últimos|derniers) \d+ (?:months|years|monate|jahre|meses|años|mois|ans))`,
      ),
    ],
  ],
  account_manager: [
    re(
      String.raw`${B}(?:(?:quarterly )?business review|qbr|(?:account manager|customer success manager|csm)${E}.{0,60}${B}(?:schedule|set up|arrange|book|call|meeting))${E}`,
    ),
    re(String.raw`${B}(?:(?:kundenbetreuer|account manager)\w*${E}.{0,60}${B}(?:termin|gespräch|treffen)\w*)`),
    re(String.raw`${B}(?:(?:gestor|ejecutivo) de cuenta${E}.{0,60}${B}(?:reunión|llamada))`),
    re(String.raw`${B}(?:(?:chargé|responsable) de compte${E}.{0,60}${B}(?:rendez-vous|réunion|appel))`),
  ],
  plan_exception: [
    re(
      String.raw`${B}(?:extend (?:our|my|the) trial|trial extension|testphase verlängern|(?:extender|ampliar) (?:la|el) (?:prueba|período de prueba)|prolonger (?:l['’]essai|la période d['’]essai))${E}`,
    ),
  ],
  press_inquiry: [
    re(
      String.raw`${B}(?:journalist|press (?:inquiry|request|enquiry)|media (?:inquiry|request|enquiry)|for a comment|presseanfrage|journalistin|periodista|consulta de prensa|journaliste|demande de presse)${E}`,
    ),
  ],
  // A complaint the customer means to file: "I want to make a formal complaint", "ich möchte mich beschweren".
  handling_complaint: [
    re(
      String.raw`${B}(?:(?:want|need|would like|'d like|wish|going|have)\s+to\s+(?:complain|(?:file|make|submit|lodge|raise|register|log)\s+(?:a\s+)?(?:formal\s+|official\s+)?complaint)|formal complaint)${E}`,
    ),
    re(
      String.raw`${B}(?:(?:möchte|will|werde|muss)\s+mich\s+(?:\S+\s+){0,4}?beschweren|(?:formelle|offizielle)\s+beschwerde|beschwerde\s+(?:einreichen|einlegen|erheben))${E}`,
    ),
    re(
      String.raw`${B}(?:(?:quiero|quisiera|necesito|voy a)\s+(?:presentar|poner|hacer|interponer)\s+(?:una\s+)?(?:queja|reclamación|reclamacion)|(?:quiero|quisiera)\s+quejarme|queja formal)${E}`,
    ),
    re(
      String.raw`${B}(?:(?:veux|voudrais|souhaite|vais)\s+(?:(?:déposer|deposer|faire|adresser)\s+une\s+(?:réclamation|reclamation|plainte)|me\s+plaindre)|réclamation formelle|plainte formelle)${E}`,
    ),
  ],
  // Erasure of the writer's own personal data, asked of us: "delete everything you hold about me", "quiero
  // que eliminen todo lo que tengan sobre mí". Not deleting THEIR customers' data (a controller's how-to).
  data_rights: [
    re(
      String.raw`${B}(?:(?:delete|erase|remove|wipe|purge)${E}${S}{0,40}?${B}(?:(?:you|u) (?:hold|have|keep|store|process)${E}${S}{0,30}?${B}(?:about|on|of) me|(?:about|on|of) me from (?:your|all your|lumaflow))|(?:my (?:personal )?(?:data|information|info|details)|(?:all|any|every)(?:thing| data| information| info| personal data)${S}{0,30}?${B}about me)${E}${S}{0,60}?${B}(?:deleted|erased|removed|wiped|purged))${E}`,
    ),
    re(
      String.raw`${B}(?:(?:löschen sie|bitte löschen|zu löschen|gelöscht werden)${E}${S}{0,60}?${B}(?:über mich|meine (?:personenbezogenen )?daten)|(?:über mich|meine (?:personenbezogenen )?daten)${E}${S}{0,60}?${B}(?:löschen sie|zu löschen|gelöscht werden|vollständig löschen))${E}`,
    ),
    re(
      String.raw`${B}(?:eliminen|borren|supriman|eliminéis|borréis|suprimáis)${E}${S}{0,60}?${B}(?:sobre mí|de mí|mis datos|mi información|mis datos personales)${E}`,
    ),
    re(
      String.raw`${B}(?:supprimiez|effaciez|supprimez|effacez)${E}${S}{0,60}?${B}(?:me concernant|sur moi|mes données)|(?:supprimer|effacer)${E}${S}{0,60}?${B}(?:que vous (?:détenez|avez|conservez)${E}${S}{0,20}?${B}(?:sur moi|me concernant))${E}`,
    ),
  ],
  accessibility_blocker: [],
  person_requested: [],
  fraud_review: [],
  business_stopped: [],
  data_recovery: [],
  retention: [],
};
