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
    re(
      String.raw`${B}(?:(?:je (?:veux|voudrais|demande)|nous (?:voulons|voudrions|demandons)) (?:un |le |être )?rembours(?:ement|és?)|remboursez(?:-moi|-nous)?)${E}`,
    ),
  ],
  billing_correction: [
    re(
      String.raw`${B}(?:charged (?:us |me )?(?:twice|double|two times)|double[- ]charged|(?:billed|charged) (?:us |me )?\S+ instead of|overcharged|(?:corrected|re-?issued?) invoices?|invoice correction|credit note)${E}`,
    ),
    re(String.raw`${B}(?:(?:zweimal|doppelt) (?:belastet|abgebucht|berechnet)|korrigierte rechnung(?:en)?|rechnungskorrektur|gutschrift)${E}`),
    re(String.raw`${B}(?:cobrad[oa]s? (?:dos veces|dos cargos|doble)|cobro duplicado|factura(?:s)? corregida(?:s)?|nota de crédito)${E}`),
    re(String.raw`${B}(?:(?:factur|prélev|débit)é(?:e|s|es)? deux fois|facture(?:s)? corrigée(?:s)?|note de crédit)${E}`),
  ],
  payment_not_applied: [
    // Paid, yet the product does not reflect it: only billing staff can reconcile.
    re(String.raw`${B}(?:paid|upgraded|payment went through)${E}.{0,80}${B}(?:but|yet)${E}.{0,80}${B}still${E}`),
    re(String.raw`${B}(?:bezahlt|upgegradet)${E}.{0,80}${B}aber${E}.{0,80}${B}(?:immer noch|weiterhin|noch immer)${E}`),
    re(String.raw`${B}(?:pagad[oa]|pagué|pagamos)${E}.{0,80}${B}pero${E}.{0,80}${B}(?:todavía|sigue|aún)${E}`),
    re(String.raw`${B}(?:payé|réglé)${E}.{0,80}${B}mais${E}.{0,80}${B}(?:toujours|encore)${E}`),
  ],
  contract_terms: [
    re(
      String.raw`${B}(?:(?:custom|special|extended|different) (?:payment |contract )?terms|net ?(?:30|45|60|90)|contract (?:amendment|change)|amend (?:our|the) contract)${E}`,
    ),
    re(String.raw`${B}(?:(?:sonder|individuelle)(?:konditionen| konditionen| zahlungsbedingungen)|zahlungsziel|vertragsänderung)${E}`),
    re(String.raw`${B}(?:condiciones (?:de pago )?(?:personalizadas|especiales)|modificación del contrato)${E}`),
    re(String.raw`${B}(?:conditions (?:de paiement )?(?:personnalisées|particulières)|avenant au contrat)${E}`),
  ],
  invoicing_setup: [
    re(
      String.raw`${B}(?:consolidated (?:invoic\w*|billing)|one invoice for (?:all|our|every)|sammelrechnung|factura consolidada|facturation consolidée|facture consolidée)${E}`,
    ),
  ],
  ownership_transfer: [
    re(
      String.raw`${B}(?:transfer(?:red|ring)? (?:the |our |my )?(?:workspace |account )?ownership|ownership (?:transferred|transfer)|make me (?:the )?(?:workspace )?owner)${E}`,
    ),
    re(String.raw`${B}(?:(?:inhaber|eigentümer)(?:schaft|rechte)?${E}.{0,30}übertrag\w*|übertrag\w*${E}.{0,30}(?:inhaber|eigentümer)\w*)`),
    re(String.raw`${B}(?:transferir la (?:propiedad|titularidad)|cambiar el propietario)${E}`),
    re(String.raw`${B}(?:transférer la propriété|changer le propriétaire|transfert de propriété)${E}`),
  ],
  account_deletion: [
    re(
      String.raw`${B}(?:delete (?:my|our) (?:account|data|workspace)|close (?:my|our) account|right to (?:erasure|be forgotten)|gdpr (?:request|deletion|erasure|access request)|data subject (?:access )?request|dsar)${E}`,
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
  data_rights: [],
  accessibility_blocker: [],
  person_requested: [],
  fraud_review: [],
  business_stopped: [],
  data_recovery: [],
  retention: [],
};
