/**
 * An alarm word that names a kind of record or document the customer keeps
 * or produces, not an event: "generate cease and desist letters from a
 * form", "new litigation enquiries", "monthly outage minutes for our SLA
 * report", "a letter before action generated from our Word template", "un
 * modèle de mise en demeure". A law firm, a bank's disputes desk or a
 * reliability team writes these words about their own work every day; the
 * thing itself is happening to their clients, if to anyone, and the ticket
 * asks how to keep it in the product.
 *
 * Read on folded text (fold.ts). The alarm word is a modifier when a record
 * noun follows it, or a record "for/of" it precedes it; a word that produces
 * the document ("generated from", "merged into") says the same.
 */

/**
 * What a business keeps or produces. "Forms" only in the plural: "I filled in the chargeback form at my bank"
 * files one.
 */
const RECORD_AFTER = String.raw`(?:letters|templates?|forms|intake\s+forms?|enquir(?:y|ies)|inquir(?:y|ies)|intake|fields?|columns?|tables?|minutes|figures|statistics|stats|metrics|numbers|trackers?|registers?|checklists?|clauses?|matters|files|records|workflows?|flows?|prevention)`;
/** A document made from a template: "…generated from our Word template", "…merged into the PDF". */
const PRODUCED_AFTER = String.raw`(?:generated|produced|drafted|merged|filled(?:\s+in)?|created)\s+(?:from|by|with|into|in)\b`;
const FOLLOWS = new RegExp(String.raw`^['"’”]?(?:\s*-\s*|\s+)(?:${RECORD_AFTER}\b|${PRODUCED_AFTER})`);

/** The record that holds the word comes first: "a template for cease and desist letters", "un modèle de mise en demeure". */
const RECORD_BEFORE = String.raw`(?:templates?|forms?|fields?|columns?|tables?|trackers?|registers?|checklists?|plantillas?|formularios?|campos?|tablas?|modeles?|formulaires?|champs?|vorlagen?|formulare?|felder|tabellen?)`;
const PRECEDES = new RegExp(
  String.raw`\b${RECORD_BEFORE}\s+(?:for|of|para|de|pour|fur|zur?)\s+(?:(?:the|our|new|a|an|all|los|las|les|des|la|el|le|die|der|das|unsere)\s+)?(?:[\w-]+\s+)?$`,
);

/** A match that ends on one of these runs on into its noun ("we invoice our clients from these …"): no modifier. */
const ENDS_ON_A_DETERMINER = /\b(?:the|these|those|this|that|a|an|our|my|your|its|their)$/;

/** True when the match at [start, end) of the folded sentence names a kind of record, not an event. */
export function namesAKindOfRecord(sentence: string, start: number, end: number): boolean {
  if (ENDS_ON_A_DETERMINER.test(sentence.slice(start, end))) return false;
  return FOLLOWS.test(sentence.slice(end)) || PRECEDES.test(sentence.slice(0, start));
}
