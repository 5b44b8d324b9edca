/**
 * The handoff message after someone acted on it: the same blocks, with a
 * line saying who owns the ticket now and buttons that fit the new state
 * (for an owned ticket Release and the owner's verdict — resolve, the
 * escalation needed or not; Claim while nobody has it; only the link once
 * it is resolved or back with the bot). Names from Slack are escaped
 * like any other text; the clicking user is mentioned by id.
 */
import type { TriageResult } from "../../runtime/output.js";
import { CLAIM_ACTION_ID } from "../../delivery/compose/slack-message.js";
import { slackText } from "../../delivery/compose/slack-escape.js";

export const RELEASE_ACTION_ID = "release_ticket";
/** Resolve with a verdict: escalating this ticket was needed / was not. */
export const VERDICT_NEEDED_ACTION_ID = "verdict_needed";
export const VERDICT_NOT_NEEDED_ACTION_ID = "verdict_not_needed";
const VIEW_ACTION_ID = "view_context";
const OWNERSHIP_BLOCK_ID = "ticket_ownership";
const OUR_ACTIONS = new Set([CLAIM_ACTION_ID, RELEASE_ACTION_ID, VERDICT_NEEDED_ACTION_ID, VERDICT_NOT_NEEDED_ACTION_ID, VIEW_ACTION_ID]);

type Block = Record<string, unknown>;

export interface UpdatedMessage {
  text: string;
  blocks: Block[];
}

export function messageAfterAction(
  original: { text?: string; blocks?: Block[] } | undefined,
  ticketId: string,
  result: Pick<TriageResult, "status" | "owner">,
  actor: SlackActor,
): UpdatedMessage {
  const blocks = original?.blocks ?? [];
  const ours = blocks.find(isOurActions);
  const viewButton = elementsOf(ours).find((e) => e.action_id === VIEW_ACTION_ID);
  const kept = blocks.filter((b) => b !== ours && b.block_id !== OWNERSHIP_BLOCK_ID);
  const buttons: Block[] = viewButton ? [viewButton] : [];
  if (result.status === "human_owned") {
    buttons.push(button("Release", RELEASE_ACTION_ID, ticketId));
    // The owner's verdict, which learning reads: the author is the Slack user who clicked (Slack signed the payload).
    buttons.push(button("Resolve: escalation was needed", VERDICT_NEEDED_ACTION_ID, ticketId));
    buttons.push(button("Resolve: not needed", VERDICT_NOT_NEEDED_ACTION_ID, ticketId));
  }
  if (result.status === "awaiting_human") buttons.push({ ...button("Claim ticket", CLAIM_ACTION_ID, ticketId), style: "primary" });
  const line = ownershipLine(result, actor);
  return {
    text: original?.text ? `${original.text} — ${line.plain}` : line.plain,
    blocks: [
      ...kept,
      { type: "context", block_id: OWNERSHIP_BLOCK_ID, elements: [{ type: "mrkdwn", text: line.mrkdwn }] },
      ...(buttons.length ? [{ type: "actions", elements: buttons }] : []),
    ],
  };
}

/** Who clicked; `needed` when the click was a verdict. */
export interface SlackActor {
  id: string;
  agent: string;
  needed?: boolean;
}

function ownershipLine(result: Pick<TriageResult, "status" | "owner">, actor: SlackActor): { mrkdwn: string; plain: string } {
  const owner = result.owner ?? "";
  const who = owner === actor.agent ? `<@${actor.id}>` : slackText(owner, 200);
  switch (result.status) {
    case "human_owned":
      return { mrkdwn: `✅ *Claimed by* ${who}`, plain: `claimed by ${owner}` };
    case "bot":
      return { mrkdwn: `↩️ Released to the bot by <@${actor.id}>`, plain: `released by ${actor.agent}` };
    case "resolved": {
      if (actor.needed === undefined) return { mrkdwn: "☑️ Resolved", plain: "resolved" };
      const verdict = actor.needed ? "escalation was needed" : "escalation was not needed";
      return { mrkdwn: `☑️ Resolved by <@${actor.id}>: ${verdict}`, plain: `resolved by ${actor.agent}: ${verdict}` };
    }
    case "awaiting_human":
      return { mrkdwn: "⏳ Waiting for someone to claim it", plain: "waiting for a claim" };
  }
}

function button(label: string, actionId: string, ticketId: string): Block {
  return { type: "button", text: { type: "plain_text", text: label }, action_id: actionId, value: ticketId.slice(0, 2_000) };
}

function isOurActions(block: Block): boolean {
  return block.type === "actions" && elementsOf(block).some((e) => typeof e.action_id === "string" && OUR_ACTIONS.has(e.action_id));
}

function elementsOf(block: Block | undefined): Block[] {
  const elements = block?.elements;
  return Array.isArray(elements) ? elements.filter((e): e is Block => typeof e === "object" && e !== null) : [];
}
