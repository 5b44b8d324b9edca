/**
 * What a click on a handoff message's button does: Claim, Release and the
 * owner's verdict (resolve: the escalation was needed, or not) become human
 * actions on the ticket's thread (through the ThreadClient, under the
 * thread's lock), then the message is updated to show who owns the ticket.
 * A verdict's author is the Slack user of the payload, which Slack signed
 * (checked in routes.ts): a verified author for learning (learning/trust.ts).
 * The review digest's buttons record a review instead (review-click.ts).
 * A click that cannot apply (resolved, already someone else's, unknown
 * ticket) is answered with a note only the clicking user sees.
 */
import type { FastifyBaseLogger } from "fastify";
import type { HumanAction } from "../../domain/human.js";
import { ThreadStateError, type ThreadClient } from "../../runtime/thread-client.js";
import { CLAIM_ACTION_ID } from "../../delivery/compose/slack-message.js";
import { messageAfterAction, RELEASE_ACTION_ID, VERDICT_NEEDED_ACTION_ID, VERDICT_NOT_NEEDED_ACTION_ID } from "./message.js";
import { agentName, type BlockActionsPayload } from "../../domain/slack-payload.js";
import type { MessageTarget, SlackResponder } from "./responder.js";
import { applyReviewClick, isReviewAction } from "./review-click.js";

const VERBS: Record<string, HumanAction["action"]> = {
  [CLAIM_ACTION_ID]: "claim",
  [RELEASE_ACTION_ID]: "release",
  [VERDICT_NEEDED_ACTION_ID]: "resolve",
  [VERDICT_NOT_NEEDED_ACTION_ID]: "resolve",
};

/** Whether this server acts on the action (link buttons also send a payload, which needs only the 200). */
export function handlesAction(actionId: string): boolean {
  return actionId in VERBS || isReviewAction(actionId);
}

export interface SlackActionDeps {
  client: ThreadClient;
  responder: SlackResponder;
  log: FastifyBaseLogger;
}

export interface SlackActionRun {
  /** Recorded in the run's checkpoints, so a replay of a click already applied does not apply it again (applyOnce). */
  requestId: string;
  /** No retry follows a failure: tell the user it did not work. */
  lastAttempt: boolean;
}

/**
 * Applies a click. Refusals (ThreadStateError) are answered to the user and
 * end here; anything else is thrown for the intake processor to retry, the
 * user told only once no retry is left.
 */
export async function applySlackAction(payload: BlockActionsPayload, deps: SlackActionDeps, run: SlackActionRun): Promise<void> {
  const clicked = payload.actions[0];
  if (clicked && isReviewAction(clicked.action_id)) {
    await applyReviewClick(payload, messageTarget(payload), { store: deps.client.agent.store, responder: deps.responder });
    return;
  }
  const verb = clicked ? VERBS[clicked.action_id] : undefined;
  if (!clicked || !verb) return;
  const ticketId = clickedTicketId(payload);
  const agent = agentName(payload.user);
  const target = messageTarget(payload);
  const context = { ticketId, action: verb, slackUser: payload.user.id };
  const needed = verb === "resolve" ? clicked.action_id === VERDICT_NEEDED_ACTION_ID : undefined;
  const actor = { id: payload.user.id, agent, ...(needed !== undefined ? { needed } : {}) };
  try {
    if (!ticketId) throw new ThreadStateError("the button carries no ticket id");
    if (verb === "claim") {
      const current = await deps.client.read(ticketId);
      if (!current) throw new ThreadStateError(`ticket ${ticketId} is not known here`);
      // A stale message (or the copy in a forwarded thread) must not silently take a ticket from its owner.
      if (current.status === "human_owned" && current.owner && current.owner !== agent) {
        await deps.responder.notify(target, `${ticketId} is already claimed by ${current.owner}. To take it over, use the ticket's page.`);
        await deps.responder.update(target, messageAfterAction(payload.message, ticketId, current, actor));
        return;
      }
    }
    const action = humanAction(verb, agent, payload.user.id, needed);
    const applied = await deps.client.withThread(ticketId, (thread) => thread.applyOnce(run.requestId, { kind: "human", action }));
    deps.log.info({ ...context, status: applied.result.status, outcome: applied.outcome }, "slack: action applied");
    await deps.responder.update(target, messageAfterAction(payload.message, ticketId, applied.result, actor));
  } catch (error) {
    if (error instanceof ThreadStateError) {
      deps.log.warn({ ...context, reason: error.message }, "slack: action refused");
      await deps.responder.notify(target, `Could not ${verb} ${ticketId || "the ticket"}: ${error.message}.`).catch((e: unknown) => {
        deps.log.error({ ...context, err: e }, "slack: could not tell the user");
      });
      return;
    }
    if (run.lastAttempt) {
      await deps.responder.notify(target, `Something went wrong while trying to ${verb} ${ticketId}; please use the ticket's page.`).catch(() => undefined);
    }
    throw error;
  }
}

function humanAction(verb: HumanAction["action"], agent: string, slackUserId: string, needed: boolean | undefined): HumanAction {
  if (verb !== "resolve") return verb === "claim" ? { action: "claim", agent } : { action: "release", agent };
  return {
    action: "resolve",
    agent,
    resolved: true,
    appropriate: needed === true,
    via: "slack",
    identity: "slack_user",
    slackUserId: slackUserId.slice(0, 50),
  };
}

/** The ticket the clicked button is for (its value), or "" when it carries none. */
export function clickedTicketId(payload: BlockActionsPayload): string {
  return payload.actions[0]?.value?.trim() ?? "";
}

/** Where the clicked message is: its channel and ts (for chat.update), and the response_url. */
function messageTarget(payload: BlockActionsPayload): MessageTarget {
  const channel = payload.container?.channel_id ?? payload.channel?.id;
  const ts = payload.container?.message_ts ?? payload.message?.ts;
  return {
    ...(channel ? { channel } : {}),
    ...(ts ? { ts } : {}),
    ...(payload.response_url ? { responseUrl: payload.response_url } : {}),
  };
}
