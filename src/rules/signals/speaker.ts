/**
 * Whose words a request or a threat is. "I want to speak to a manager" is
 * the customer's request; "our customers keep writing 'I want to speak to a
 * manager'", "when a tenant writes « je veux parler à un humain »" or "we get
 * the occasional chargeback from customers via Stripe" are their customers',
 * described to us while they build something; so are "people who want to
 * talk to someone" or "ceux qui veulent parler à quelqu'un". A request, a
 * threat or a chargeback counts only as the customer's own.
 */
const THIRD_PARTY = new RegExp(
  [
    String.raw`\b(?:our|my)\s+(?:own\s+)?(?:customers|clients|users|tenants|members|callers|buyers|shoppers|guests|patients|students|renters|end[- ]users)\b`,
    String.raw`\bfrom\s+(?:our\s+)?(?:customers|clients|users|buyers|shoppers)\b`,
    String.raw`\b(?:when|if|whenever)\s+(?:a|an)\s+(?:customer|client|user|tenant|caller|buyer|shopper|guest|patient|renter)\b`,
    String.raw`\b(?:unsere[nr]?|von|wenn\s+ein(?:e|er)?)\s+(?:kunden|kundinnen|kunde|kundin|mieter\w*|nutzer\w*|mitglieder\w*)\b`,
    String.raw`\b(?:nuestros|nuestras|de\s+los|cuando\s+un(?:a)?|si\s+un(?:a)?)\s+(?:clientes?|usuari[oa]s?|inquilin[oa]s?|soci[oa]s?)\b`,
    String.raw`\b(?:nos|de\s+nos|quand\s+un(?:e)?|si\s+un(?:e)?|lorsqu'un(?:e)?)\s+(?:clients?|clientes?|utilisat(?:eur|rice)s?|locataires?|adherents?)\b`,
    // Whoever wants something, described: "people who want to talk to someone have to fill in the whole form".
    String.raw`\b(?:people|those|anyone|anybody|everyone|users|customers|clients|visitors|members|callers|guests|patients|leads)\s+who\s+(?:\w+\s+)?(?:want|wants|need|needs|would like|ask|asks|prefer|prefers)\b`,
    String.raw`\b(?:leute|alle|kunden|nutzer\w*|besucher\w*),?\s+die\s+(?:\w+\s+){1,4}?(?:wollen|mochten|mussen)\b`,
    String.raw`\b(?:la\s+gente|quienes|los\s+que|las\s+que|las\s+personas\s+que|los\s+clientes\s+que|los\s+usuarios\s+que)\s+(?:\w+\s+)?(?:quiere|quieren|necesita|necesitan|prefiere|prefieren)\b`,
    String.raw`\b(?:ceux|celles|les\s+gens|les\s+personnes|les\s+clients|les\s+utilisateurs|quiconque)\s+qui\s+(?:\w+\s+)?(?:veut|veulent|souhaite|souhaitent|prefere|preferent)\b`,
  ].join("|"),
);

/**
 * The words as the label of a control in the customer's product: a "Talk to
 * a human" button, a "contact sales" link, un botón para hablar con alguien,
 * un bouton pour parler à un conseiller. The button asks, not the customer.
 */
const CONTROL_LABEL = new RegExp(
  [
    String.raw`\b(?:human|humans|person|agent|someone|somebody|representative|rep|expert|sales|support|us|mensch\w*|mitarbeiter\w*|humano|persona|agente|alguien|ventas|humain|personne|conseiller|quelqu'un)["'”»]?\s+(?:button|link|option|widget|feature|label|cta|menu\s+item|tab|knopf|schaltflache)s?\b`,
    String.raw`\b(?:button|link|option|widget|cta|knopf|schaltflache|boton|enlace|opcion|bouton|lien)s?\s+(?:to|para|pour|zum|um)\s+(?:talk|speak|chat|contact|reach|call|hablar|contactar|llamar|parler|contacter|joindre|appeler|sprechen|kontaktieren|erreichen)\b`,
  ].join("|"),
);

/** Inside a quote: an odd number of straight quotes before it, or more curly openers (“ « „) than closers (” »). */
function insideQuotes(before: string): boolean {
  const straight = (before.match(/"/g) ?? []).length;
  if (straight % 2 === 1) return true;
  const curlyOpen = (before.match(/[“«„]/g) ?? []).length;
  const curlyClose = (before.match(/[”»]/g) ?? []).length;
  return curlyOpen > curlyClose;
}

/**
 * True when the words at `start` in the folded `sentence` are someone
 * else's: the sentence speaks of the customer's own customers or of a
 * control's label, or the words stand inside quotation marks.
 */
export function speaksForOthers(sentence: string, start: number): boolean {
  return THIRD_PARTY.test(sentence) || CONTROL_LABEL.test(sentence) || insideQuotes(sentence.slice(0, start));
}

/** A quotation of some length: "I want to speak to a manager", « je veux parler à un humain ». */
const QUOTATION = /["“«„][^"”»“]{8,}["”»“]/;

/**
 * For a reader without match positions (the learned reader): the sentence
 * speaks of the customer's own customers or of a control's label, or quotes
 * someone at length.
 */
export function reportsOthersWords(sentence: string): boolean {
  return THIRD_PARTY.test(sentence) || CONTROL_LABEL.test(sentence) || QUOTATION.test(sentence);
}
