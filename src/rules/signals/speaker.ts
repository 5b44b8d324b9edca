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
    String.raw`\b(?:when|if|whenever)\s+(?:a|an)\s+(?:customer|client|user|tenant|caller|buyer|shopper|guest|patient|renter)\b`,
    String.raw`\b(?:unsere[nr]?|von|wenn\s+ein(?:e|er)?)\s+(?:kunden|kundinnen|kunde|kundin|kaufer\w*|mieter\w*|nutzer\w*|mitglieder\w*|patient\w*)\b`,
    // German puts the subject after the verb: "bei unserem Shop buchen Kunden Lastschriften zurück" — but "wir als Kunden" are the customer.
    String.raw`(?<!\bals\s(?:\w+\s)?)\b(?:buchen|fordern|verlangen|reklamieren|schreiben|wollen|drohen)\s+(?:\w+\s+)?(?:kunden|kundinnen|kaufer\w*)\b`,
    String.raw`\b(?:nuestros|nuestras|de\s+los|cuando\s+un(?:a)?|si\s+un(?:a)?)\s+(?:clientes?|compradores?|consumidores?|usuari[oa]s?|inquilin[oa]s?|soci[oa]s?|pacientes?|alumn[oa]s?|huespedes?)\b`,
    String.raw`\b(?:nos|de\s+nos|quand\s+un(?:e)?|si\s+un(?:e)?|lorsqu'un(?:e)?)\s+(?:clients?|clientes?|acheteu(?:r|se)s?|utilisat(?:eur|rice)s?|locataires?|adherents?|patients?|eleves?)\b`,
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

/** Their customers named as the source, after what they do: "the occasional chargeback from customers via Stripe". */
const FROM_THIRD_PARTY = /\bfrom\s+(?:our\s+)?(?:customers|clients|users|buyers|shoppers)\b/;

/**
 * True when the words at `start` in the folded `sentence` are someone
 * else's: the customer's own customers are named before them, as who asks
 * or threatens ("our customers keep asking to speak to a manager"), or after
 * them as the source ("chargebacks from customers"); the sentence names a
 * control's label; or the words stand inside quotation marks. Their
 * customers named only as what was harmed ("we are being sued because your
 * sync leaked our customers' data") leave the threat the customer's.
 */
export function speaksForOthers(sentence: string, start: number): boolean {
  const before = sentence.slice(0, start);
  return THIRD_PARTY.test(before) || FROM_THIRD_PARTY.test(sentence) || CONTROL_LABEL.test(sentence) || insideQuotes(before);
}

/** A quotation of some length: "I want to speak to a manager", « je veux parler à un humain ». */
const QUOTATION = /["“«„][^"”»“]{8,}["”»“]/;

/**
 * For a reader without match positions (the learned reader): the sentence
 * speaks of the customer's own customers or of a control's label, or quotes
 * someone at length.
 */
export function reportsOthersWords(sentence: string): boolean {
  return THIRD_PARTY.test(sentence) || FROM_THIRD_PARTY.test(sentence) || CONTROL_LABEL.test(sentence) || QUOTATION.test(sentence);
}

/**
 * Chargebacks of the customer's own sales: "dispute webhooks from Stripe for
 * our shop", "bei unserem Onlineshop… Rücklastschrift in GoCardless",
 * "nuestra tienda… contracargos en MercadoPago". Said beside their shop or
 * their own payment provider, a chargeback is their buyers' against them,
 * the thing they automate; ours is disputed with their bank or card.
 * Only for chargebacks: "our shop is losing sales, get me a manager" is
 * still the customer's request.
 */
const THEIR_OWN_SALES = new RegExp(
  [
    String.raw`\b(?:our|my|unser\w*|mein\w*|nuestr[oa]s?|mi|notre|nos|ma|mon)\s+(?:own\s+)?(?:online\s*)?(?:shop|store|webshop|onlineshop|e-?shop|e-?commerce|tienda|boutique|magasin|laden|checkout|marketplace|sales)\b`,
    String.raw`\b(?:in|from|via|through|en|de|von|uber|über|dans|sur|desde)\s+(?:our\s+|unserem\s+|nuestro\s+|notre\s+)?(?:stripe|paypal|gocardless|mercadopago|mercado pago|shopify|woocommerce|adyen|mollie|klarna|square)\b`,
    // Their buyers file them: "chargebacks from customers", "Rückbuchungen von Kunden", "contracargos de clientes", "litiges de nos clients".
    String.raw`\b(?:from|by)\s+(?:our\s+|my\s+)?(?:customers|buyers|shoppers)\b|\b(?:von|unserer|unseren)\s+(?:kunden|kaufern|kaeufern)\b|\b(?:de|por parte de)\s+(?:nuestros\s+|mis\s+)?(?:clientes|compradores)\b|\b(?:de|par)\s+(?:nos\s+|mes\s+)?(?:clients|acheteurs)\b`,
  ].join("|"),
);

/** The customer files it themselves: "so I am filing a chargeback", "je vais contester", "ich buche zurück". */
const FILES_IT_THEMSELVES =
  /\b(?:i|we)(?:'m|'re|'ll|'ve| am| are| will| have| had| just)?\s+(?:\w+\s+)?(?:file[ds]?|filing|open(?:ed|ing)?|disput\w*|reverse[ds]?|reversing|charg(?:e|ing)\s*back)\b|\b(?:ich|wir)\s+(?:\w+\s+){0,2}?(?:buche[n]?|lasse[n]?|widerspreche[n]?)\b|\b(?:voy|vamos)\s+a\s+(?:abrir|reclamar|disputar)|\b(?:je|nous)\s+(?:vais|allons)\s+(?:contester|ouvrir|faire)\b/;

/** Us, named: "Lumaflow", "your charge", "your invoice", "vuestro cargo", "votre prélèvement". */
const NAMES_US =
  /\blumaflow\b|\byour\s+(?:charge|invoice|subscription|renewal|billing|fee)s?\b|\b(?:ihre|eure|ihr|euer)\w*\s+(?:abbuchung|rechnung|lastschrift|belastung)\w*\b|\b(?:vuestr[oa]s?|su)\s+(?:cargo|cobro|factura|recibo)s?\b|\bvotre\s+(?:prelevement|facture|debit|abonnement)s?\b/;

/**
 * True when the folded sentence files or threatens a chargeback against us
 * ("I'm disputing your charge with my bank", "wir buchen die Lastschrift von
 * Lumaflow zurück"): in a ticket about the customer's own shop, that one is still ours.
 */
export function filesOneAgainstUs(sentence: string): boolean {
  return FILES_IT_THEMSELVES.test(sentence) || NAMES_US.test(sentence);
}

/** True when the folded sentence places a chargeback in the customer's own sales (see THEIR_OWN_SALES), not one they file. */
export function aboutTheirOwnSales(sentence: string): boolean {
  return THEIR_OWN_SALES.test(sentence) && !FILES_IT_THEMSELVES.test(sentence);
}

/**
 * Complaints and claims as the customer's own casework: their customers'
 * complaints, their claims handlers, the escalation rules and levels of
 * their own process ("Escalation rule for open customer claims", "three
 * escalation levels in our customer complaint flow", "Can a claims handler
 * see only the claims assigned to them?"). Not a complaint about how we
 * handle theirs; "your complaints process" stays ours.
 */
const THEIR_OWN_CASEWORK = new RegExp(
  [
    String.raw`\b(?:customer|client|patient|tenant|guest|policyholder|citizen|member|student|parent)s?'?\s+(?:complaints?|claims?|grievances?)\b`,
    String.raw`\b(?:our|my)\s+(?:\w+\s+)?(?:complaints?|claims?)\s+(?:flow|process|workflow|table|base|form|queue|log|register|tracker|team|department|handlers?)\b`,
    String.raw`\b(?:claims?|complaints?)\s+(?:handlers?|adjusters?|managers?|officers?)\b`,
    String.raw`\b(?:escalation|complaint|claims?)\s+(?:rules?|levels?|templates?|matrix|steps?|tiers?)\b`,
    String.raw`\b(?:reclamaciones|quejas)\s+de\s+(?:nuestros\s+)?(?:clientes|pacientes|inquilinos)\b|\breclamations?\s+(?:de\s+)?(?:nos\s+)?clients\b|\b(?:kunden|mandanten)(?:beschwerden|reklamationen)\b|\beskalationsstufen\b|\bniveaux d'escalade\b|\bniveles de escalado\b`,
  ].join("|"),
);

/** True when the folded sentence speaks of complaints or claims as the customer's own casework. */
export function aboutTheirOwnCasework(sentence: string): boolean {
  return THEIR_OWN_CASEWORK.test(sentence);
}

/**
 * The person to be handed to is one of the customer's own: "can the AI agent
 * step hand a conversation off to a human on our team?", "an einen Menschen
 * aus unserem Team übergeben", "pasar a una persona de nuestro equipo". A
 * request for a person asks for one of ours; a sentence that also names ours
 * ("someone from your team to call someone on our team") still asks.
 */
const THEIR_OWN_PERSON = new RegExp(
  [
    String.raw`\b(?:human|person|someone|somebody|colleague|agent|people|staff member|menschen|mensch|person|kolleg\w*|alguien|humano|persona|quelqu'un|humain|personne|collegue)\b[^.!?]{0,15}?\b(?:on|in|from|of|at)\s+(?:our|my)\s+(?:own\s+)?(?:team|staff|side|company|organi[sz]ation|office|department|helpdesk|support (?:team|desk))\b`,
    String.raw`\b(?:aus|in|von)\s+(?:unserem|unserer|meinem|meiner)\s+(?:eigenen\s+)?(?:team|firma|abteilung|unternehmen|support)\b`,
    String.raw`\bde\s+(?:nuestro|nuestra|mi)\s+(?:propio\s+|propia\s+)?(?:equipo|empresa|oficina|departamento|soporte)\b`,
    String.raw`\bde\s+(?:notre|mon|ma)\s+(?:propre\s+)?(?:equipe|entreprise|societe|service|support)\b`,
    // The customer's own adviser as whom the documents are for: "for our accountant", "para el gestor".
    String.raw`\b(?:for|to)\s+(?:our|my|the)\s+(?:accountant|bookkeeper|auditors?|tax advis[eo]r)\b|\b(?:fur|an)\s+(?:unseren|unsere|meinen|meine|den|die)\s+(?:steuerberater\w*|buchhalter\w*|wirtschaftspruefer\w*|wirtschaftsprufer\w*)\b|\bpara\s+(?:el|la|nuestro|nuestra|mi)\s+(?:gestor|gestora|gestoria|contable|asesor|asesora|auditor)\b|\bpour\s+(?:notre|mon|ma|le|la)\s+(?:comptable|expert-comptable|auditeur|fiscaliste)\b`,
  ].join("|"),
);
const ONE_OF_OURS =
  /\b(?:your|lumaflow'?s?|ihre[mnrs]?|eure[mnrs]?|su|vuestr[oa]|votre|vos)\s+(?:own\s+)?(?:team|staff|support|side|equipo|soporte|equipe|service|team|firma)\b/;

/** True when the folded sentence hands something to a person of the customer's own organisation, and names none of ours. */
export function namesTheirOwnPerson(sentence: string): boolean {
  return THEIR_OWN_PERSON.test(sentence) && !ONE_OF_OURS.test(sentence);
}
