/**
 * The pieces every pattern file of the person-only requests writes its
 * regular expressions with.
 */

/** One pattern, or several that must ALL match (a need defined by two facts together). */
export type Rule = RegExp | readonly RegExp[];

/*
 * Word edges: JS `\b` only knows ASCII, so accented words ("prélèvement")
 * need explicit Unicode-aware edges. `B` is "not preceded by a letter".
 */
export const B = String.raw`(?<![\p{L}\p{N}])`;
export const E = String.raw`(?![\p{L}\p{N}])`;
export const re = (source: string) => new RegExp(source, "iu");
/** One character inside a sentence: a dot between digits ("1.188 €") does not end it. */
export const S = String.raw`(?:[^.?!\n]|\.\d)`;
/**
 * Between a correction verb and the invoice it names: the customer's OWN
 * invoicing automation ("fix the flow that sends our invoices") is a product
 * question, not our invoice.
 */
export const NOT_AUTOMATION = String.raw`(?:(?!flows?|connectors?|steps?|sync|templates?|automations?|integrations?|tables?|fields?|reports?)${S})`;

/**
 * Two facts in one sentence, in either order: `first`, then within `gap` the `second`, or the other way round within
 * `gapBack` (default: the same gap). Each side is an alternation of words, matched whole.
 */
export function eitherOrder(first: string, second: string, gap: string, gapBack: string = gap): RegExp {
  return re(String.raw`${B}(?:${first})${E}${gap}${B}(?:${second})${E}|${B}(?:${second})${E}${gapBack}${B}(?:${first})${E}`);
}
