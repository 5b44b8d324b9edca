/**
 * Follow-ups that listen. When the customer says the steps we sent did not
 * work, the next answer must not be the same article: a different article
 * that fits, or — when none does — a person (analyze marks the thread as
 * circling, which decide escalates).
 */
import type { ConversationTurn, Reply } from "../../../domain/triage.js";
import type { KbSearchHit, KnowledgeBase } from "../../../kb/knowledge-base.js";
import { contentTerms } from "../../../kb/knowledge-base.js";
import { saysStepsFailed } from "../../../rules/steps-failed.js";
import { isGoodMatch } from "./kb-match.js";

/** Enough candidates to find the next-best article once the tried ones are set aside. */
const CANDIDATES = 6;

/**
 * Articles the thread already sent: the last reply's sources, and any article
 * whose title an earlier bot reply quoted (every solution reply names it).
 */
export function articlesAlreadySent(kb: KnowledgeBase, conversation: readonly ConversationTurn[], lastReply: Reply | null | undefined): Set<string> {
  const sent = new Set(lastReply?.sources ?? []);
  const replies = conversation.filter((t) => t.role === "agent").map((t) => t.content);
  for (const article of kb.articles) {
    if (replies.some((reply) => reply.includes(article.title))) sent.add(article.id);
  }
  return sent;
}

/** The best article that fits `query` and is not among `exclude`. */
export function findOtherArticle(
  kb: KnowledgeBase,
  query: string,
  opts: { language: string; category: string; exclude: ReadonlySet<string> },
): KbSearchHit | undefined {
  const terms = contentTerms(query).length;
  return kb
    .search(query, { language: opts.language, category: opts.category, limit: CANDIDATES })
    .find((hit) => !opts.exclude.has(hit.article.id) && isGoodMatch(hit, terms));
}

export interface StepsFailedFollowUp {
  /** Articles not to send again. */
  tried: Set<string>;
  /** A different article that fits, if any. */
  next: KbSearchHit | undefined;
}

/**
 * Whether the latest customer turn says an earlier knowledge-base answer did
 * not work; null when it does not (or nothing was sent from the KB before).
 */
export function stepsFailedFollowUp(
  kb: KnowledgeBase,
  input: { conversation: readonly ConversationTurn[]; lastReply: Reply | null | undefined; subject: string; language: string; category: string },
): StepsFailedFollowUp | null {
  const customer = input.conversation.filter((t) => t.role === "customer");
  const latest = customer.at(-1)?.content ?? "";
  if (customer.length < 2 || !saysStepsFailed(latest)) return null;
  const tried = articlesAlreadySent(kb, input.conversation, input.lastReply);
  if (tried.size === 0) return null;
  const next = findOtherArticle(kb, `${input.subject}\n${latest}`, { language: input.language, category: input.category, exclude: tried });
  return { tried, next };
}
