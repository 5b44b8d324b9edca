/**
 * A list is one sentence cut into lines: "Ideally we'd simulate:\n- an HTTP
 * step timing out\n- a full region outage". Each item is read as a sentence
 * of its own, and alone "- a full region outage" reads as a report; it is the
 * object of the sentence that introduced it, which is an exercise, a
 * question or a flow the customer is building. So each list item is given its
 * lead-in (the last sentence before the list, ending in a colon), and the
 * scan reads those frames there as well as in the item. A conditional
 * lead-in is not one of them: "In case it helps:" introduces a report.
 */
import { asksOrLists } from "./questionnaire.js";

/** A list item's opening: "- ", "* ", "• ", "1. ", "2) ", "a) ", "(b) ". */
const LIST_ITEM = /^\s*(?:[-*•·–]|\d{1,3}(?:\.\d{1,3})*[.)·]?|\(?[a-z]\))\s/;
/** A sentence that introduces a list ends in a colon. */
const INTRODUCES_LIST = /:\s*$/;

/** For each folded sentence, the lead-in of the list it is an item of; undefined for a sentence outside a list. */
export function listLeadIns(sentences: readonly string[]): Array<string | undefined> {
  const leadIns: Array<string | undefined> = [];
  let leadIn: string | undefined;
  for (const sentence of sentences) {
    if (LIST_ITEM.test(sentence) && asksOrLists(sentence)) {
      leadIns.push(leadIn);
      continue;
    }
    leadIns.push(undefined);
    leadIn = INTRODUCES_LIST.test(sentence) ? sentence : undefined;
  }
  return leadIns;
}
