/**
 * When is a KB article good enough to send as the answer? BM25 scores alone
 * can't tell: they grow with the length of the ticket, and while measuring
 * on 36 sample questions (21 on-topic, 15 off-topic, en/de/es/fr) an
 * off-topic "Hi team, we are evaluating tools…" scored 154 and "change the
 * email address of my account" scored 115 against the invoices article,
 * above correct answers such as "Je ne trouve pas ma facture" (89).
 *
 * What did separate all 36 samples is how many of the customer's words hit
 * the article's curated title and tags ("anchor" words): on-topic questions
 * hit at least two, or one when the question has only one or two meaningful
 * words at all; off-topic ones hit at most one. The score floor only guards
 * against anchors found by fuzzy matching alone in a weak result (all
 * on-topic samples scored 89 or more).
 */
import type { KbSearchHit, KnowledgeBase } from "../../../kb/knowledge-base.js";
import { contentTerms } from "../../../kb/knowledge-base.js";

export const MIN_SOLUTION_SCORE = 50;
export const MIN_ANCHOR_TERMS = 2;
/** Questions this short ("Je ne trouve pas ma facture") can only ever hit one anchor word. */
export const SHORT_QUERY_TERMS = 2;

export function isGoodMatch(hit: KbSearchHit, queryTermCount: number): boolean {
  if (hit.score < MIN_SOLUTION_SCORE) return false;
  const anchorsNeeded = queryTermCount <= SHORT_QUERY_TERMS ? 1 : MIN_ANCHOR_TERMS;
  return hit.anchorTerms.length >= anchorsNeeded;
}

/** The best article for `query` in `language` (or English), if it is a good enough match to answer with. */
export function findSolutionArticle(kb: KnowledgeBase, query: string, opts: { language: string; category: string }): KbSearchHit | undefined {
  const [best] = kb.search(query, { ...opts, limit: 1 });
  return best && isGoodMatch(best, contentTerms(query).length) ? best : undefined;
}
