/**
 * What the crash and load test checks once the queue is empty, from the
 * database and the outbox alone:
 * - every ticket completed exactly once: a final decision, its customer
 *   turns exactly as submitted (a request applied twice would add a turn,
 *   one lost would miss one), no run left half-way;
 * - every escalated ticket notified its team exactly once: exactly one post
 *   received by the Slack server per Slack notification key (counted at the
 *   receiver, so a second send would show), one outbox artefact per other
 *   notification key, the ledger saying each was delivered, and nothing
 *   received that the threads do not account for.
 */
import { readdirSync } from "node:fs";
import type { ThreadClient } from "../../src/runtime/thread-client.js";
import { outboxFileName } from "../../src/delivery/file-outbox.js";
import type { PostedMessage } from "../../test/helpers/fakes/slack.js";
import type { GeneratedTicket } from "../tickets.js";
import type { Calibration } from "./calibrate.js";

export interface LedgerRow {
  id: string;
  status: string;
  attempts: number;
}

export interface Verification {
  failures: string[];
  completed: number;
  decisions: Record<string, number>;
  escalated: number;
  teamNotifications: number;
  /** Posts the Slack server received. */
  slackPosts: number;
  /** Team notifications whose ledger record shows more than one attempt: an interrupted attempt that had not gone out, sent again. */
  retriedDeliveries: number;
  /** Node runs beyond one per request: work redone after the crash (at-least-once execution, exactly-once effects). */
  nodeReruns: number;
}

const TEAM_CHANNELS = new Set(["email", "slack", "ticketing"]);
/** What goes to Slack: the handoff post, the customer's later messages forwarded into its thread, and fallback alerts. */
const SLACK_CHANNELS = new Set(["slack", "forward_slack", "fallback_slack"]);

export async function verify(
  reader: ThreadClient,
  generated: GeneratedTicket[],
  calibration: Calibration,
  withFollowUp: Set<string>,
  outbox: string,
  ledger: LedgerRow[],
  slackPosts: PostedMessage[],
): Promise<Verification> {
  const failures: string[] = [];
  const decisions: Record<string, number> = {};
  const expectedFiles = new Set<string>();
  const expectedPosts = new Set<string>();
  let completed = 0;
  let escalated = 0;
  let teamNotifications = 0;
  let nodeReruns = 0;
  const ledgerById = new Map(ledger.map((row) => [row.id, row]));
  let retriedDeliveries = 0;

  const check = async (g: GeneratedTicket): Promise<void> => {
    const id = g.ticket.id;
    const state = await reader.agent.getState({ configurable: { thread_id: id } });
    const result = await reader.read(id);
    if (!result?.decision) {
      failures.push(`${id}: no final decision`);
      return;
    }
    if (state.tasks.some((task) => task.interrupts.length === 0)) failures.push(`${id}: left mid-run (next: ${state.next.join(", ")})`);
    const expectedTurns = [g.ticket.description, ...(withFollowUp.has(id) ? [g.followUp] : [])];
    const turns = result.conversation.filter((t) => t.role === "customer").map((t) => t.content);
    if (JSON.stringify(turns) !== JSON.stringify(expectedTurns))
      failures.push(`${id}: customer turns ${JSON.stringify(turns)}, expected ${JSON.stringify(expectedTurns)}`);
    const calibrated = calibration.get(g.ticket.subject ?? "");
    if (!withFollowUp.has(id) && result.decision.type !== calibrated)
      failures.push(`${id}: decided ${result.decision.type}, calibrated ${calibrated ?? "nothing"}`);
    completed++;
    decisions[result.decision.type] = (decisions[result.decision.type] ?? 0) + 1;
    nodeReruns += Math.max(0, (result.metrics.nodes.classify?.runs ?? 0) - expectedTurns.length);

    const notifications = result.handoff?.notifications ?? [];
    if (notifications.length > 0) escalated++;
    for (const n of result.customerNotifications) expectedFiles.add(outboxFileName(n.id));
    for (const n of notifications) {
      if (SLACK_CHANNELS.has(n.channel)) expectedPosts.add(n.id);
      else expectedFiles.add(outboxFileName(n.id));
      if (!TEAM_CHANNELS.has(n.channel)) continue;
      teamNotifications++;
      const row = ledgerById.get(n.id);
      if (!row) failures.push(`${id}: ${n.id} is not in the delivery ledger`);
      else if (row.status !== "outbox" && row.status !== "sent") failures.push(`${id}: ${n.id} is '${row.status}' in the ledger`);
      else if (row.attempts > 1) retriedDeliveries++;
    }
  };
  // A few reads at a time: enough to be quick, few enough to leave the pool alone.
  for (let i = 0; i < generated.length; i += 16) await Promise.all(generated.slice(i, i + 16).map(check));

  // One artefact per key: the outbox names files after the key, so two sends under one key leave one file,
  // and a second notification would need a second key — which the threads would have to account for.
  const files = readdirSync(outbox);
  const byKey = new Map<string, number>();
  for (const file of files) {
    const key = file.replace(/\.(eml|json)$/, "");
    byKey.set(key, (byKey.get(key) ?? 0) + 1);
  }
  for (const [key, count] of byKey) {
    if (count > 1) failures.push(`outbox: ${count} artefacts for ${key}`);
    if (!expectedFiles.has(key)) failures.push(`outbox: ${key} belongs to no notification of any thread`);
  }
  for (const key of expectedFiles) if (!byKey.has(key)) failures.push(`outbox: no artefact for ${key}`);

  const postsByKey = new Map<string, number>();
  for (const post of slackPosts) {
    const key = String(post.metadata?.event_payload.idempotency_key ?? "(no key)");
    postsByKey.set(key, (postsByKey.get(key) ?? 0) + 1);
  }
  for (const [key, count] of postsByKey) {
    if (count > 1) failures.push(`slack: ${count} posts for ${key}`);
    if (!expectedPosts.has(key)) failures.push(`slack: post ${key} belongs to no notification of any thread`);
  }
  for (const key of expectedPosts) if (!postsByKey.has(key)) failures.push(`slack: no post for ${key}`);

  return { failures, completed, decisions, escalated, teamNotifications, slackPosts: slackPosts.length, retriedDeliveries, nodeReruns };
}
