/**
 * Which knowledge-base article a no-escalation reply answers with, and the
 * steps it quotes from it. One lookup for the reply composer and for the
 * first round trip, which names the article to the model drafting the
 * reply's personal part (src/agent/nodes/read/reply-brief.ts) — so the sentence
 * the model leads into the steps with is about the steps that follow it.
 */
import type { KbSearchHit, KnowledgeBase } from "../../../kb/knowledge-base.js";
import { findOtherArticle } from "./follow-up-article.js";
import { findSolutionArticle } from "./kb-match.js";
import { pickSteps } from "./steps.js";

/** Enough steps to solve the usual case without turning the email into the article. */
const MAX_STEPS = 6;
/** Subjects plus a first screen of text carry the topic; searching megabytes of pasted logs would not help. */
const MAX_QUERY_CHARS = 2_000;

export interface AnswerQuery {
  subject?: string | undefined;
  /** The customer's latest words. */
  text: string;
  language: string;
  category: string;
  /** Articles not to send again: the customer said their steps did not work (follow-up-article.ts). */
  exclude?: ReadonlySet<string> | undefined;
}

export interface AnswerArticle {
  hit: KbSearchHit;
  steps: string[];
}

/** The article and its steps, or undefined when no article fits well enough to answer with. */
export function findAnswerArticle(kb: KnowledgeBase, query: AnswerQuery): AnswerArticle | undefined {
  const text = [query.subject ?? "", query.text].join("\n").slice(0, MAX_QUERY_CHARS);
  const where = { language: query.language, category: query.category };
  const hit = query.exclude?.size ? findOtherArticle(kb, text, { ...where, exclude: query.exclude }) : findSolutionArticle(kb, text, where);
  if (!hit) return undefined;
  const steps = pickSteps(hit.article.body, hit.matchedTerms, MAX_STEPS);
  return steps.length > 0 ? { hit, steps } : undefined;
}
