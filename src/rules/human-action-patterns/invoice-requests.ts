/**
 * Billing corrections composed from word lists rather than listed phrasings (billing-correction.ts spreads them in):
 * an issued invoice put right in any word order, money taken during a free trial, and an invoice's fault told before
 * "can you correct it?".
 */
import { B, E, eitherOrder, NOT_AUTOMATION, re, S, type Rule } from "./pattern-text.js";

/**
 * An issued invoice put right, asked of us, in any word order: a request to us, a verb of issuing again or
 * correcting, and the invoice, in one sentence ("Pourriez-vous rééditer la facture n° F-2024-03317 avec notre raison
 * sociale ?", "könnten Sie mir die Rechnung vom 1. März auf meine Firma ausstellen?", "necesito que me rehagáis la
 * factura de enero con mi NIF", "could you make the invoice out to our company?"). Each language's three word lists
 * are the concept; the phrasings are their combinations. Between request and verb no "how" ("can you tell me how to
 * change the name on invoices?" asks how) and nothing about the customer's own automation (NOT_AUTOMATION).
 */
function invoicePutRight(ask: string, verb: string, invoice: string): RegExp {
  // A German date ("die Rechnung vom 1. März") is no sentence end.
  const gap = (n: number) => String.raw`(?:(?!how|wie|c[oó]mo|comment)(?:\d\.\s|${NOT_AUTOMATION})){0,${n}}?`;
  const askVerb = String.raw`${B}(?:${ask})${E}${gap(25)}${B}(?:${verb})${E}`;
  return re(String.raw`${askVerb}${gap(40)}${B}(?:${invoice})${E}|${B}(?:${ask})${E}${gap(30)}${B}(?:${invoice})${E}${gap(60)}${B}(?:${verb})${E}`);
}

export const INVOICE_PUT_RIGHT = [
  invoicePutRight(
    String.raw`(?:could|can|would|will) (?:you|u)|please|pls|plz|kindly|(?:i|we)(?:'d| would)? (?:need|want|like) (?:you|u) to`,
    String.raw`re-?issue|redo|re-?do|regenerate|re-?generate|correct|amend|rectify|re-?write|re-?create|make (?:it |them |this |that )?out|issue (?:it|them|this|that|a new|new)|put (?:our|the|my)`,
    String.raw`invoices?|receipts?`,
  ),
  invoicePutRight(
    String.raw`(?:können|könnten|koennten|würden|wuerden) sie|(?:kannst|könntest) du|(?:könnt|könntet) ihr|bitte`,
    String.raw`(?:neu )?(?:ausstellen|erstellen)|umschreiben|korrigieren|berichtigen|ändern|anpassen|umstellen`,
    String.raw`rechnung\p{L}*`,
  ),
  invoicePutRight(
    String.raw`(?:pueden|podrían|podrian|podéis|podeis|puede|podría|podria|podrías|podrias)|por favor|(?:necesito|necesitamos|quiero|queremos|quisiera|quisiéramos|pido|pedimos|les pido|os pido) que`,
    String.raw`rehac\p{L}*|rehag\p{L}*|reemit\p{L}*|emit\p{L}*|corrig\p{L}*|corrij\p{L}*|rectific\p{L}*|modific\p{L}*|actualiz\p{L}*|cambi\p{L}*`,
    String.raw`facturas?`,
  ),
  invoicePutRight(
    String.raw`(?:pouvez|pourriez)[- ]vous|merci de|veuillez|(?:je|nous) (?:souhaite|souhaitons|voudrais|voudrions) que vous|serait-il possible de`,
    String.raw`ré-?édit\p{L}*|rééditer|ré-?émett\p{L}*|refaire|corrig\p{L}*|rectifi\p{L}*|modifi\p{L}*|établir|émettre|mettre à jour`,
    String.raw`factures?`,
  ),
];

/**
 * Charged during a free trial, by us and already: "your ad said 14 day free trial but i was charged £24 on day 10",
 * « prélevé pendant l'essai gratuit ». Not "will I be charged after the trial?" (nothing taken yet).
 */
export const CHARGED_IN_TRIAL = ((): RegExp[] => {
  // Charged by us: the customer's own flow charging someone is their automation (NOT_AUTOMATION in between).
  const near = (trial: string, charged: string) => eitherOrder(trial, charged, String.raw`${NOT_AUTOMATION}{0,60}?`);
  return [
    near(
      String.raw`(?:free )?trial|trial period`,
      String.raw`(?:i|we|was|were|got|have been|'ve been|had been) (?:charged|billed|debited)|you (?:charged|billed|debited|took)`,
    ),
    near(
      String.raw`testphase|testzeitraum|probezeit|probemonat|gratis-?phase`,
      String.raw`(?:wurden?|haben sie|habt ihr|hat lumaflow)${S}{0,40}?(?:abgebucht|belastet|berechnet|eingezogen)`,
    ),
    near(
      String.raw`prueba gratuita|periodo de prueba|período de prueba|prueba gratis`,
      String.raw`(?:me|nos) (?:han )?(?:cobrad[oa]|cobraron|cobró|cargaron|cargado)`,
    ),
    near(
      String.raw`essai gratuit|période d['’]essai`,
      String.raw`(?:vous (?:m'|nous )?avez|on (?:m'|nous )?a|j'ai été|nous avons été|a été) (?:prélevée?s?|débitée?s?|facturée?s?)`,
    ),
  ];
})();

/**
 * An invoice's fault told, then "can you correct it?" with no object: « nos factures mentionnent une TVA à 20 % alors
 * que nous ne sommes pas assujettis. Pouvez-vous corriger ? », "The VAT number is missing on the invoice. Can you fix
 * it?". Both facts together; a flow of the customer's own that fails names no fault of an invoice.
 */
export const INVOICE_FAULT_THEN_ASK: Rule[] = [
  [
    re(
      String.raw`${B}(?:invoices?|factures?|facturas?|rechnung\p{L}*)${E}${S}{0,80}?${B}(?:wrong|incorrect|missing|without|shows?|says|mentionn\p{L}*|sans|erron\p{L}*|incorrect\p{L}*|falsch\p{L}*|fehl\p{L}*|ohne|sin|mal|equivocad\p{L}*)${E}|${B}(?:wrong|incorrect|missing)${E}${S}{0,40}?${B}(?:on|in) (?:the|our|my) invoices?${E}`,
    ),
    re(
      String.raw`${B}(?:(?:can|could|would) you(?: please)? (?:correct|fix|amend|reissue|redo|change) (?:it|them|this|that)|(?:pouvez|pourriez)-vous (?:la |les |le )?(?:corriger|rectifier|refaire|modifier|rééditer)|(?:können|könnten) sie (?:sie|das|diese|es) (?:bitte )?(?:korrigieren|ändern|berichtigen|neu ausstellen)|(?:podéis|podeis|pueden|podrían|podrian|puede|podría) (?:corregirl[ao]s?|rectificarl[ao]s?|cambiarl[ao]s?|rehacerl[ao]s?))${S}{0,10}?[?？]`,
    ),
  ],
];
