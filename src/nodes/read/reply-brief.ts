/**
 * What the first round trip tells the model about the reply it drafts the
 * personal part of: the language the reply's templates will speak, and the
 * knowledge-base article whose steps the reply would quote — found from the
 * rules' reading the same way the reply composer finds it, before the call,
 * so the model's lead-in and the steps after it are about the same article.
 *
 * A ticket with a hard trigger escalates whatever the model says, so no
 * article is named for it: nothing would lead into steps that are never sent.
 */
import type { Classification, ConversationTurn, Reply } from "../../domain/triage.js";
import { findImmediateEscalation } from "../../rules/immediate.js";
import type { KnowledgeBase } from "../../tools/kb.js";
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
  rules: Pick<Classification, "language" | "category" | "escalationSignals">;
}

export interface PlannedReplyBrief extends ReplyBrief {
  /** The article named to the model, by id; null when none was. */
  articleId: string | null;
}

export function replyBriefFor(kb: KnowledgeBase, input: ReplyBriefInput): PlannedReplyBrief {
  const { language } = templatesFor(input.rules.language);
  if (findImmediateEscalation(input.rules.escalationSignals).required) return { language, articleTitle: null, articleId: null };
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
