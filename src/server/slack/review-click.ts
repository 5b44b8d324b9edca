/**
 * A click on the review digest's buttons (src/learning/review-digest.ts):
 * a verdict on a ticket a learned threshold kept with the bot — a person
 * was needed, or the bot was right — recorded like a console review, by the
 * Slack user of the payload Slack signed (a verified author for learning,
 * src/learning/trust.ts). The digest then shows who reviewed the ticket in
 * place of its buttons.
 */
import type { BaseStore } from "@langchain/langgraph";
import { readOutcome } from "../../learning/outcomes.js";
import { REVIEW_BLOCK_PREFIX, REVIEW_NEEDED_ACTION_ID, REVIEW_NOT_NEEDED_ACTION_ID, reviewTicketLabel } from "../../learning/review-digest.js";
import { recordVerdict } from "../../learning/verdicts.js";
import type { UpdatedMessage } from "./message.js";
import { agentName, type BlockActionsPayload } from "../../domain/slack-payload.js";
import type { MessageTarget, SlackResponder } from "./responder.js";

const REVIEW_ACTIONS = new Set([REVIEW_NEEDED_ACTION_ID, REVIEW_NOT_NEEDED_ACTION_ID]);

export function isReviewAction(actionId: string): boolean {
  return REVIEW_ACTIONS.has(actionId);
}

export interface ReviewClickDeps {
  store: BaseStore | undefined;
  responder: SlackResponder;
  now?: () => Date;
}

/** Records the verdict and updates the digest; a ticket without a decision record is answered with a note. */
export async function applyReviewClick(payload: BlockActionsPayload, target: MessageTarget, deps: ReviewClickDeps): Promise<void> {
  const clicked = payload.actions[0];
  const ticketId = clicked?.value?.trim() ?? "";
  const record = deps.store && ticketId ? await readOutcome(deps.store, ticketId) : null;
  if (!deps.store || !record) {
    await deps.responder.notify(target, `Could not record a review of ${ticketId || "the ticket"}: no decision is recorded for it here.`);
    return;
  }
  const warranted = clicked?.action_id === REVIEW_NEEDED_ACTION_ID;
  const name = agentName(payload.user);
  await recordVerdict(
    deps.store,
    ticketId,
    {
      appropriate: record.escalated === warranted,
      shouldHaveEscalated: warranted,
      resolved: true,
      author: { name, source: "slack", identity: "slack_user", slackUserId: payload.user.id.slice(0, 50) },
    },
    (deps.now ?? (() => new Date()))().toISOString(),
  );
  const blockId = typeof clicked?.block_id === "string" ? clicked.block_id : "";
  const line = `✅ ${reviewTicketLabel(ticketId)} reviewed by <@${payload.user.id}>: ${warranted ? "a person was needed" : "the bot was right"}`;
  await deps.responder.update(target, digestAfterReview(payload.message, blockId, line));
}

/** The digest with the clicked ticket's buttons replaced by who reviewed it. */
function digestAfterReview(original: BlockActionsPayload["message"], blockId: string, line: string): UpdatedMessage {
  const blocks = original?.blocks ?? [];
  const reviewed = { type: "context", block_id: blockId, elements: [{ type: "mrkdwn", text: line }] };
  return {
    text: original?.text ?? "Review digest",
    blocks: blocks.map((block) => (blockId.startsWith(REVIEW_BLOCK_PREFIX) && block.block_id === blockId ? reviewed : block)),
  };
}
