/**
 * Agents wired to real protocol peers on 127.0.0.1: an SMTP server, a fake
 * Slack Web API and a fake Zendesk. Retries are fast and Retry-After waits
 * are recorded instead of slept, so failure tests take milliseconds.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { InMemoryStore, MemorySaver, type BaseCheckpointSaver } from "@langchain/langgraph";
import { DEFAULT_ROUTING, type RoutingConfig } from "../../src/config/routing.js";
import { createEscalationAgent } from "../../src/agent/graph.js";
import { createHandoffChannels } from "../../src/delivery/create.js";
import type { DeliveryLedger } from "../../src/delivery/ledger.js";
import type { RetryPolicy } from "../../src/delivery/retry.js";
import type { ChannelSettings } from "../../src/delivery/settings.js";
import type { HandoffChannels } from "../../src/delivery/types.js";
import { startFakeSlack, type FakeSlack } from "./fakes/slack.js";
import { startFakeSmtp, type FakeSmtp } from "./fakes/smtp.js";
import { startFakeZendesk, type FakeZendesk } from "./fakes/zendesk.js";

export const PUBLIC_URL = "https://support.example.test";

/** The seed's routing, with a numeric Zendesk group for engineering (as a real config would have). */
export const TEST_ROUTING: RoutingConfig = {
  ...DEFAULT_ROUTING,
  teams: { ...DEFAULT_ROUTING.teams, engineering: { ...DEFAULT_ROUTING.teams.engineering, ticketingGroup: "360001" } },
};

export interface Peers {
  smtp: FakeSmtp;
  slack: FakeSlack;
  zendesk: FakeZendesk;
  close(): Promise<void>;
}

export async function startPeers(): Promise<Peers> {
  const [smtp, slack, zendesk] = await Promise.all([startFakeSmtp(), startFakeSlack(), startFakeZendesk()]);
  return { smtp, slack, zendesk, close: async () => void (await Promise.all([smtp.close(), slack.close(), zendesk.close()])) };
}

export function peerSettings(peers: Peers, outboxDir: string = tempDir()): ChannelSettings {
  return {
    smtpUrl: peers.smtp.url,
    slack: { token: peers.slack.token, apiUrl: peers.slack.apiUrl },
    zendesk: { url: peers.zendesk.url, email: peers.zendesk.email, apiToken: peers.zendesk.apiToken },
    publicUrl: PUBLIC_URL,
    outboxDir,
  };
}

export function tempDir(prefix = "esc-delivery-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export interface DeliveryAgentOptions {
  checkpointer?: BaseCheckpointSaver;
  settings?: ChannelSettings;
  /** Wraps the real channels, e.g. to simulate a crash after a send. */
  wrap?: (channels: HandoffChannels) => HandoffChannels;
}

export function deliveryAgent(peers: Peers, options: DeliveryAgentOptions = {}) {
  const waits: number[] = [];
  const retry: Partial<RetryPolicy> = {
    retries: 2,
    minTimeoutMs: 1,
    maxTimeoutMs: 5,
    sleep: async (ms) => void waits.push(ms),
    // A still clock: the few ms of backoff run on the real timer, so `waits` holds each whole Retry-After.
    now: () => 0,
  };
  const settings = options.settings ?? peerSettings(peers);
  let ledger: DeliveryLedger | undefined;
  const agent = createEscalationAgent({
    checkpointer: options.checkpointer ?? new MemorySaver(),
    store: new InMemoryStore(),
    routing: TEST_ROUTING,
    channels: (context) => {
      ledger = context.ledger;
      const channels = createHandoffChannels({ ...context, settings, retry });
      return options.wrap ? options.wrap(channels) : channels;
    },
  });
  return { agent, waits, settings, ledger: () => ledger };
}
