/**
 * The run's first model round trip, planned from which model serves which
 * node: one `ticket_assessment` request when classify and analyze share a
 * model, carrying the reply's personal part too when respond shares it
 * (the default: one model for every node); two requests at the same time
 * when classify and analyze differ. The rules' first look (language and
 * category) comes first — it is what the reply brief is drawn from; the rest
 * of the rules runs while the request is in flight (src/agent/nodes/read), and
 * classify and analyze fuse the answer with the rules' readings. The round
 * trip is sent through the run's model budget (src/agent/model-budget.ts).
 */
import type { LangGraphRunnableConfig } from "@langchain/langgraph";
import type { ConversationTurn, Reply } from "../../../domain/triage.js";
import type { EscalationContext } from "../../context.js";
import type { AgentDependencies } from "../../dependencies.js";
import type { ModelBudget } from "../../model-budget.js";
import { isProviderFault } from "../../../llm/fallback.js";
import type { DraftedReply } from "../../../llm/model-run.js";
import type { TicketForPrompt } from "../../../llm/ticket-prompt.js";
import type { FirstLook } from "../classify/rules.js";
import { assessesInOneCall, assessTicket, type Assessment } from "./assess.js";
import { replyBriefFor } from "./reply-brief.js";

export interface RoundTripInput {
  deps: AgentDependencies;
  config: LangGraphRunnableConfig;
  budget: ModelBudget;
  context: EscalationContext;
  ticket: TicketForPrompt;
  subject?: string | undefined;
  /** Every turn of the conversation, this run's included. */
  conversation: readonly ConversationTurn[];
  lastReply: Reply | null | undefined;
  /** The rules' first look at the ticket: all the brief needs, before the request. */
  look: FirstLook;
}

export interface RoundTrip {
  assessment: Assessment;
  /** See ModelRun.replyDraft: absent when not asked for, null when asked for and not answered. */
  replyDraft?: DraftedReply | null;
}

/** Null when neither classify nor analyze has a model in this run. */
export async function firstRoundTrip(input: RoundTripInput): Promise<RoundTrip | null> {
  const { deps, context } = input;
  const [classify, analyze, respond] = await Promise.all([
    deps.models.forNode("classify", context.model),
    deps.models.forNode("analyze", context.model),
    deps.models.forNode("respond", context.model),
  ]);
  if (!classify && !analyze) return null;
  const draftsReply = assessesInOneCall(classify, analyze) && respond !== undefined && respond.model === classify?.model;
  const brief = draftsReply
    ? replyBriefFor(await deps.knowledgeBase(), {
        subject: input.subject,
        conversation: input.conversation,
        lastReply: input.lastReply,
        rules: { language: input.look.language, category: input.look.category.category },
      })
    : undefined;
  const models = [classify, analyze].filter((chosen) => chosen !== undefined);
  const assessment = await input.budget.roundTrip(
    models,
    () =>
      assessTicket({
        classify,
        analyze,
        ticket: input.ticket,
        reply: brief,
        policy: context.modelPolicy,
        secrets: deps.settings.secrets,
        signal: input.config.signal,
        callbacks: input.config.callbacks,
      }),
    (answer) => answer.failures.filter((f) => isProviderFault(f.failure)).map((f) => f.label),
  );
  // The run's first round trip: the budget (opened by read) always has it.
  if (!assessment) return null;
  if (!brief) return { assessment };
  const draft = assessment.draft;
  return {
    assessment,
    replyDraft: draft && respond ? { ...draft, articleId: brief.articleId, language: brief.language, model: respond.label } : null,
  };
}
