/**
 * What the first round trip tells the model about the reply it drafts the
 * personal part of: the language the reply's templates will speak, and the
 * knowledge-base article whose steps the reply would quote — found the same
 * way the reply composer finds it, so the model's lead-in and the steps after
 * it are about the same article.
 *
 * It is drawn from the rules' first look (language and category), before the
 * request and before the rest of the rules engine, which runs while the
 * request is in flight. So a hard trigger is not known yet: its ticket may
 * name an article too, and the lead-in is simply not used, as an escalation's
 * reply quotes no steps (src/agent/nodes/respond/compose.ts).
 */
import type { Classification, ConversationTurn, Reply } from "../../../domain/triage.js";
import type { KnowledgeBase } from "../../../kb/knowledge-base.js";
import { findAnswerArticle } from "../respond/answer-article.js";
import { stepsFailedFollowUp } from "../respond/follow-up-article.js";
import { templatesFor } from "../respond/templates/index.js";
import type { ReplyBrief } from "./prompt.js";

export interface ReplyBriefInput {
  subject?: string | undefined;
  /** Every turn of the conversation, this run's included. */
  conversation: readonly ConversationTurn[];
  /** The reply sent on the previous run, if any. */
  lastReply: Reply | null | undefined;
  rules: Pick<Classification, "language" | "category">;
}

export interface PlannedReplyBrief extends ReplyBrief {
  /** The article named to the model, by id; null when none was. */
  articleId: string | null;
}

export function replyBriefFor(kb: KnowledgeBase, input: ReplyBriefInput): PlannedReplyBrief {
  const { language } = templatesFor(input.rules.language);
  const subject = input.subject ?? "";
  const stepsFailed = stepsFailedFollowUp(kb, {
    conversation: input.conversation,
    lastReply: input.lastReply,
    subject,
    language: input.rules.language,
    category: input.rules.category,
  });
  const latest = input.conversation.filter((t) => t.role === "customer").at(-1)?.content ?? "";
  const found = findAnswerArticle(kb, { subject, text: latest, language, category: input.rules.category, exclude: stepsFailed?.tried });
  return { language, articleTitle: found?.hit.article.title ?? null, articleId: found?.hit.article.id ?? null };
}
