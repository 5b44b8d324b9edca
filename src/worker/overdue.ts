/**
 * Keeping the promise. Every escalation reply promises a pick-up time
 * (service-levels.ts: "within 15 minutes"…). This watch finds escalations
 * nobody has claimed by then: past the promised time it notifies the team
 * again; past twice that time it alerts senior_support. Each step is recorded
 * on the thread (a note and the notification), so it happens once per thread
 * however often the watch runs, and the people on the thread see it.
 */
import { SERVICE_LEVELS } from "../domain/service-levels.js";
import type { ThreadStatus } from "../domain/human.js";
import type { Handoff } from "../domain/handoff.js";
import type { Notification } from "../domain/triage.js";
import type { RoutingConfig } from "../config/routing.js";
import type { ThreadClient } from "../runtime/thread-client.js";
import { toTriageResult, type TriageResult } from "../runtime/output.js";
import { forwardToSlack } from "../delivery/notification.js";
import type { HandoffChannels } from "../delivery/types.js";

export type OverdueStep = "renotified" | "senior_alerted";

/** The notes that record each step; their first words are how the watch knows a step is done. */
const NOTE: Record<OverdueStep, string> = { renotified: "Overdue: team notified again", senior_alerted: "Overdue: senior_support alerted" };

export interface Overdue {
  /** Minutes promised for a pick-up. */
  promisedMinutes: number;
  /** Minutes since the handoff. */
  waitingMinutes: number;
  /** 0 on time, 1 past the promise, 2 past twice the promise. */
  level: 0 | 1 | 2;
}

/** How late an unclaimed escalation is; null when nobody is waiting to be claimed. */
export function overdueOf(result: { status: ThreadStatus; handoff: Pick<Handoff, "urgency" | "handedOffAt"> | null }, now: Date): Overdue | null {
  const handoff = result.handoff;
  if (result.status !== "awaiting_human" || !handoff) return null;
  const promisedMinutes = SERVICE_LEVELS[handoff.urgency].pickUpMinutes;
  const waitingMinutes = Math.max(0, Math.floor((now.getTime() - Date.parse(handoff.handedOffAt)) / 60_000));
  const level = waitingMinutes >= 2 * promisedMinutes ? 2 : waitingMinutes >= promisedMinutes ? 1 : 0;
  return { promisedMinutes, waitingMinutes, level };
}

export interface OverdueOutcome {
  threadId: string;
  step: OverdueStep;
  target: string;
  waitingMinutes: number;
  promisedMinutes: number;
  delivery: Notification["status"];
}

function done(result: TriageResult, step: OverdueStep): boolean {
  return result.conversation.some((t) => t.role === "system" && t.content.startsWith(NOTE[step]));
}

/** Runs the watch once over every thread; returns the steps taken now. */
export async function watchOverdue(client: ThreadClient, channels: HandoffChannels, routing: RoutingConfig, now: Date): Promise<OverdueOutcome[]> {
  const outcomes: OverdueOutcome[] = [];
  for (const summary of await client.list()) {
    if (summary.status !== "awaiting_human") continue;
    await client.withThread(summary.threadId, async (thread) => {
      // Re-read under the lock: a claim may have landed since the list was made.
      const values = await thread.values();
      if (!values) return;
      let result = toTriageResult(values);
      const late = overdueOf(result, now);
      if (!late || late.level === 0 || !result.handoff) return;
      const steps: OverdueStep[] = late.level === 2 ? ["renotified", "senior_alerted"] : ["renotified"];
      for (const step of steps) {
        if (done(result, step) || !result.handoff) continue;
        const team = step === "renotified" ? result.handoff.team : "senior_support";
        const route = routing.teams[team];
        if (!route) continue;
        const id = `${result.ticketId}:overdue:${step}`;
        const body =
          step === "renotified"
            ? `Still unclaimed after ${late.waitingMinutes} minutes; the customer was promised a person ${SERVICE_LEVELS[result.handoff.urgency].label}. Please claim it.`
            : `Unclaimed after ${late.waitingMinutes} minutes, more than twice the ${late.promisedMinutes} minutes promised to the customer. ${result.handoff.team} was notified again and nobody has claimed it.`;
        const notification = await forwardToSlack(channels, {
          id,
          target: route.slackChannel,
          contextPackage: result.handoff.contextPackage,
          body,
        });
        result = await thread.recordWhileWaiting({
          conversation: [
            {
              role: "system",
              content: `${NOTE[step]} (${route.slackChannel}) after ${late.waitingMinutes} of ${late.promisedMinutes} promised minutes`,
              at: now.toISOString(),
            },
          ],
          handoff: { ...result.handoff, notifications: [...result.handoff.notifications, notification] },
        });
        outcomes.push({
          threadId: summary.threadId,
          step,
          target: route.slackChannel,
          waitingMinutes: late.waitingMinutes,
          promisedMinutes: late.promisedMinutes,
          delivery: notification.status,
        });
      }
    });
  }
  return outcomes;
}
