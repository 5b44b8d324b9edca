/** The account itself: who owns it, deleting it, getting back in, records only staff can pull, the people who look after it. */
import { B, E, re, S, type Rule } from "./pattern-text.js";

/**
 * The account passing to another customer: a client taking over the workspace an agency built, a buyer taking over
 * a business, the account moved to the client's own login with its subscription ("ownership should move to their IT
 * lead", "They'd like everything moved to their own account", « Nouveau propriétaire souhaité », « le client
 * souhaite récupérer l'espace », "I'm selling my bakery … How do we hand the account over to her?"). Not a role
 * handed on inside one team (orderly-handover.ts settles those): the customer behind the account changes.
 */
const OWNERSHIP_TO_ANOTHER_CUSTOMER: readonly Rule[] = [
  re(
    String.raw`${B}(?:ownership|owner|the (?:workspace|account|subscription))${E}${S}{0,30}?${B}(?:should|to|must|needs? to|will|would)\s+(?:move|go|pass|be (?:moved|transferred|handed over))\s+to\s+(?:their|the client['’]?s?|the buyer['’]?s?|the new owner['’]?s?)${E}|${B}(?:moved|transferred|handed over|migrated)\s+to\s+(?:their|the client['’]?s?|her|his) own (?:account|login|workspace|organi[sz]ation)${E}|${B}(?:take|taking) (?:it|the workspace|the account|everything) over themselves${E}|${B}(?:move|migrate|merge)${E}${S}{0,40}?${B}into (?:their|the (?:parent|new|acquiring)['’]?s?|\p{Lu}\p{L}+['’]s) (?:existing )?(?:enterprise )?(?:organi[sz]ation|org|account|workspace)${E}`,
  ),
  [
    re(String.raw`${B}(?:selling|sold|sell) (?:my|our|the) (?:business|company|shop|store|bakery|salon|agency|practice|studio|caf[eé]|restaurant|gym)${E}`),
    re(
      String.raw`${B}(?:hand|pass|transfer|give|move)${E}${S}{0,25}?${B}(?:account|workspace)${E}${S}{0,15}?${B}(?:over )?to (?:her|him|them|the (?:buyer|new owner|new owners))${E}`,
    ),
  ],
  re(
    String.raw`${B}(?:nouveau|nouvelle) propriétaire souhaitée?${E}|${B}(?:le |la )?client(?:e)? souhaite récupérer (?:l['’]espace|le compte|l['’]abonnement)${E}|${B}(?:neue[rn]?) (?:inhaber|eigentümer)(?:in)? (?:soll|möchte|will) (?:das |den )?(?:konto|workspace|account)${E}|${B}(?:el|la) (?:cliente|comprador[a]?|nuev[oa] dueñ[oa]) (?:quiere|desea) (?:quedarse con|recuperar) (?:la cuenta|el espacio)${E}`,
  ),
];

export const OWNERSHIP_TRANSFER: readonly Rule[] = [
  ...OWNERSHIP_TO_ANOTHER_CUSTOMER,
  // The owner is gone and someone else is to become owner: "Der alte GF ist Eigentümer, ist ausgeschieden und nicht
  // mehr erreichbar. Der neue GF möchte Eigentümer werden", "the owner left and can't be reached; I need to become owner".
  [
    re(
      String.raw`${B}(?:ausgeschieden|nicht mehr erreichbar|verstorben|left (?:the company|us)|(?:can't|cannot|can not) be reached|no longer (?:with us|reachable|works here)|passed away|ya no (?:trabaja|está)|fallecid[oa]|a quitté|n'est plus joignable|décédée?|(?:is |are )?unreachable|on (?:long-term )?(?:sick|parental|maternity|paternity) leave|krankgeschrieben|de baja(?: médica| por maternidad| por paternidad)?|ilocalizable|injoignable|en arrêt (?:maladie|de travail)|en congé (?:maternité|paternité|maladie))${E}`,
    ),
    re(
      String.raw`${B}(?:(?:möchte|will|soll|muss) (?:\p{L}+ )?(?:neue[rn]? )?(?:eigentümer|inhaber|owner)(?:in)? werden|(?:become|make me|make (?:him|her|them)) (?:the )?(?:new )?owner|(?:quiere|debe|necesita) ser (?:el |la )?(?:nuev[oa] )?(?:propietari[oa]|titular)|(?:veut|doit|souhaite) devenir (?:le |la )?(?:nouveau |nouvelle )?(?:propriétaire|titulaire)|(?:give|grant|transfer|hand) (?:the |these |those |his |her |their )?(?:owner(?:'s)? |ownership )?(?:rights|permissions|role) to|(?:i|we) (?:need|have) to (?:change|update|cancel|downgrade|upgrade) (?:our|the) (?:subscription|plan|billing)|(?:je dois|nous devons) (?:changer|modifier|résilier) (?:notre |l['’]|le )?(?:abonnement|offre|facturation|contrat)|(?:wir müssen|ich muss) (?:unser(?:en)? )?(?:abo|abonnement|tarif|vertrag) (?:ändern|kündigen|umstellen)|(?:necesito|tenemos que|debo) (?:cambiar|cancelar|modificar) (?:nuestra |la |el )?(?:suscripción|plan|contrato|facturación)|(?:provide|send|supply) (?:a |an )?(?:letter|proof|document) from|(?:fournir|envoyer) (?:un |une )?(?:courrier|lettre|justificatif|attestation) de|(?:enviar|aportar) (?:una )?(?:carta|prueba|justificante) de|(?:ein )?(?:schreiben|nachweis) (?:der|unserer) (?:geschäftsführung|leitung) (?:vorlegen|schicken|senden)|(?:donner|transférer|accorder) (?:ces|les|ses) (?:droits|permissions) à|(?:dar|otorgar|pasar|transferir) (?:estos|esos|los|sus) (?:permisos|derechos) a|(?:diese|die|seine|ihre) (?:rechte|berechtigungen) (?:an|auf) \S+(?: \S+)? (?:übertragen|geben|vergeben))${E}`,
    ),
  ],
  // The account or contract moved to another legal entity after a merger or a change of company: only staff can.
  re(
    String.raw`${B}(?:(?:account|contract|subscription|workspace)${E}${S}{0,50}?${B}(?:to|into the name of|under) (?:the|our) new (?:company|entity|legal entity|parent company)|(?:cuenta|contrato)${E}${S}{0,50}?${B}(?:a|pasen a|al nombre de) la nueva (?:sociedad|empresa|entidad|razón social)|cambio de (?:titular(?! de (?:la )?(?:facturación|facturacion|tarjeta|pago))|razón social)|(?:vertrag|konto|account)${E}${S}{0,50}?${B}auf die neue (?:gesellschaft|firma|gmbh|ag|entität) (?:übertragen|umschreiben|umstellen|umziehen)|(?:contrat|compte)${E}${S}{0,50}?${B}(?:au nom de|à|vers) la nouvelle (?:société|entité|structure)|changement de (?:titulaire|raison sociale))${E}`,
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
    String.raw`${B}(?:(?:cuenta|espacio)${E}${S}{0,40}?${B}a mi nombre|${B}(?:la|lo) (?:pasamos|pasan|pasáis|transferimos|traspasamos|ponemos) a (?:mi|nuestro|su) nombre|(?:pas(?:ar|amos|e|en|emos)|transfer(?:ir|imos)|traspas(?:ar|amos)|mover|movemos)(?:la|lo)? (?:la |el |nuestra |nuestro |su )?(?:cuenta|espacio)${E}${S}{0,30}?${B}(?:a mí|a mi nombre|a nosotros)|(?:propietari[oa]|titular|fundador[a]?)${E}${S}{0,100}?${B}(?:falleció|ha fallecido|murió)|(?:falleció|ha fallecido|murió)${E}${S}{0,100}?${B}(?:propietari[oa]|titular))${E}`,
  ),
  re(String.raw`${B}(?:transférer la propriété|changer le propriétaire|transfert de propriété)${E}`),
  re(
    String.raw`${B}(?:(?:compte|espace)${E}${S}{0,40}?${B}(?:à mon nom|à notre nom|transféré à moi)|(?:propriétaire|titulaire|fondat(?:eur|rice))${E}${S}{0,100}?${B}(?:décédée?|est mort|nous a quittés)|(?:décédée?)${E}${S}{0,100}?${B}(?:propriétaire|titulaire))${E}`,
  ),
];

export const ACCOUNT_DELETION: readonly Rule[] = [
  re(
    String.raw`${B}(?:(?<!${B}(?:did|have|has|had|would|will) (?:you|they|someone|somebody|anyone|it) )delete (?:my|our) (?:account|data|workspace)|close (?:my|our) account|right to (?:erasure|be forgotten)|gdpr (?:request|deletion|erasure|access request)(?!(?: request)? (?:forms?|flows?|templates?|process(?:es)?|polic(?:y|ies)|workflows?|after|for (?:our|their|my) ))|data subject (?:access )?request|dsar)${E}`,
  ),
  re(String.raw`${B}(?:(?:mein(?:en)?|unser(?:en)?) (?:konto|account|daten) löschen|löschen sie (?:mein|unser)\w*|dsgvo-?(?:anfrage|auskunft|löschung))${E}`),
  re(String.raw`${B}(?:(?:eliminar|borrar|cerrar) (?:mi|nuestra) cuenta|(?:eliminar|borrar) (?:mis|nuestros) datos|derecho al olvido)${E}`),
  re(String.raw`${B}(?:(?:supprimer|fermer) (?:mon|notre) compte|supprimer (?:mes|nos) données|droit à l['’]oubli|demande rgpd)${E}`),
];

export const ACCOUNT_RECOVERY: readonly Rule[] = [
  // The second factor is gone AND nothing to recover with: a person must verify identity.
  [
    re(
      String.raw`${B}(?:2fa|two[- ]factor|backup codes?|recovery codes?|authenticator|zwei-faktor|backup-codes|doble factor|códigos de (?:respaldo|recuperación)|double authentification|codes de (?:secours|récupération))${E}`,
    ),
    re(
      String.raw`${B}(?:lost|stolen|new phone|(?:didn['’]?t|did not|never) save|no longer have|(?:don['’]?t|do not) have|verloren|gestohlen|neues (?:handy|telefon)|nicht gespeichert|perd[ií]\w*|nuevo (?:teléfono|móvil)|no (?:guardé|tengo)|perdu|volé|nouveau téléphone|pas (?:sauvegardé|enregistré))${E}`,
    ),
  ],
];

const AUDIT_RECORDS = re(String.raw`${B}(?:audit (?:log|trail)s?|activity logs?|audit-?protokoll\w*|registros? de auditoría|journa(?:l|ux) d['’]audit)${E}`);

/** More than the product's own audit view holds: the whole history, or months and years of it. */
export const BEYOND_THE_PRODUCT_WINDOW = re(
  String.raw`${B}(?:(?:full|complete|entire|vollständig\w*|complet[oa]?s?|complète) |(?:last|letzten|últimos|derniers) \d+ (?:months|years|monate|jahre|meses|años|mois|ans))`,
);

export const RECORDS_EXPORT: readonly Rule[] = [
  // Audit records for an auditor, beyond what the product shows: staff pull them. Asking where to find or export
  // them is a how-to (human-action.ts), unless the period is beyond the product's window.
  [AUDIT_RECORDS, re(String.raw`${B}(?:auditors?|prüfer\w*|auditor(?:es|a)?|auditeurs?)${E}`)],
  [AUDIT_RECORDS, BEYOND_THE_PRODUCT_WINDOW],
  // Who looked at a record, asked of us: "can you still tell us who opened the table in the last 30 days?", « pouvez-vous
  // nous dire qui a consulté … ».
  re(
    String.raw`${B}(?:(?:can|could|would) you|please|pouvez-vous|pourriez-vous|können sie|könnten sie|pueden|podéis|podrían)${E}${S}{0,40}?${B}(?:who (?:opened|viewed|accessed|looked at|downloaded|exported)|qui a (?:ouvert|consulté|accédé|téléchargé)|wer${E}${S}{0,40}?${B}(?:geöffnet|angesehen|aufgerufen|heruntergeladen)|quién (?:abrió|vio|accedió|descargó|consultó))${E}`,
  ),
];

export const ACCOUNT_MANAGER: readonly Rule[] = [
  re(
    String.raw`${B}(?:(?:quarterly )?business review|qbr|(?:account manager|customer success manager|csm)${E}.{0,60}${B}(?:schedule|set up|arrange|book|call|meeting))${E}`,
  ),
  re(String.raw`${B}(?:(?:kundenbetreuer|account manager)\w*${E}.{0,60}${B}(?:termin|gespräch|treffen)\w*)`),
  re(String.raw`${B}(?:(?:gestor|ejecutivo) de cuenta${E}.{0,60}${B}(?:reunión|llamada))`),
  re(String.raw`${B}(?:(?:chargé|responsable) de compte${E}.{0,60}${B}(?:rendez-vous|réunion|appel))`),
];

export const PLAN_EXCEPTION: readonly Rule[] = [
  // A locked or cancelled account opened again by hand: "Can you reactivate it just for a week?", „können Sie das Konto
  // wieder freischalten?", "¿podéis reactivarla?", « pouvez-vous réactiver le compte ? ».
  re(
    String.raw`${B}(?:(?:can|could|would) you(?: please)? (?:reactivate|re-?enable|unlock|reopen|re-?open) (?:it|my (?:account|plan|workspace|forms)|our (?:account|plan|workspace|forms)|the (?:account|plan|workspace))|(?:können|könnten) sie${E}${S}{0,30}?${B}(?:reaktivieren|wieder freischalten|entsperren)|(?:podéis|podeis|pueden|podrían|podrian|puede|podría) reactivar(?:la|lo|las|los)?|(?:pouvez|pourriez)-vous (?:le |la |les )?réactiver)${E}`,
  ),
  re(
    String.raw`${B}(?:extend (?:our|my|the) trial|trial extension|testphase verlängern|(?:extender|ampliar) (?:la|el) (?:prueba|período de prueba)|prolonger (?:l['’]essai|la période d['’]essai))${E}`,
  ),
];

export const PRESS_INQUIRY: readonly Rule[] = [
  re(
    String.raw`${B}(?:journalist|press (?:inquiry|request|enquiry)|media (?:inquiry|request|enquiry)|for a comment|presseanfrage|journalistin|periodista|consulta de prensa|journaliste|demande de presse)${E}`,
  ),
];
