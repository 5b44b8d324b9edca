/**
 * Agent servers for tests: a real Fastify server on 127.0.0.1 and a free
 * port, threads in a temp SQLite file (so the journal, the checkpoints and a
 * restart behave as in production), handoffs to a temp outbox, logs
 * captured as parsed lines.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { InMemoryStore } from "@langchain/langgraph";
import { createEscalationAgent } from "../../src/agent/graph.js";
import { ThreadClient } from "../../src/runtime/thread-client.js";
import type { ServerConfig } from "../../src/server/config.js";
import { startAgentServer, type AgentServer, type AgentServerOptions } from "../../src/server/server.js";
import { OutboxChannels } from "../../src/delivery/outbox.js";
import { openCheckpointer } from "../../src/persistence/open.js";

export const INTAKE_SECRET = "intake-secret-for-tests-0123456789";
export const SLACK_SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
export const CONSOLE_TOKEN = "console-token-for-tests-0123456789";
export const LINK_SECRET = "link-secret-for-tests-0123456789";
export const SECRETS = [INTAKE_SECRET, SLACK_SIGNING_SECRET, CONSOLE_TOKEN, LINK_SECRET];

export interface TestServer extends AgentServer {
  client: ThreadClient;
  dir: string;
  db: string;
  /** Every log line so far, as written. */
  logs: string[];
}

export interface TestServerOptions extends Partial<Omit<AgentServerOptions, "config" | "client">> {
  /** Reuse a folder (and its database) from an earlier server: a restart. */
  dir?: string;
  config?: Partial<ServerConfig>;
}

/** A thread client on a SQLite file, with handoffs to an outbox beside it. */
export function sqliteClient(dir: string): { client: ThreadClient; db: string } {
  const db = join(dir, "agent.db");
  const agent = createEscalationAgent({
    checkpointer: openCheckpointer(db),
    store: new InMemoryStore(),
    channels: ({ routing, ledger }) => new OutboxChannels(join(dir, "outbox"), { routing, ledger }),
  });
  return { client: new ThreadClient(agent, db), db };
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), "esc-server-"));
  const { client, db } = sqliteClient(dir);
  const logs: string[] = [];
  const config: ServerConfig = {
    host: "127.0.0.1",
    port: 0,
    intakeSecret: INTAKE_SECRET,
    slackSigningSecret: SLACK_SIGNING_SECRET,
    consoleToken: CONSOLE_TOKEN,
    linkSecret: LINK_SECRET,
    journalPath: db,
    shutdownTimeoutMs: 10_000,
    logLevel: "info",
    trustProxy: false,
    ...options.config,
  };
  const { dir: _reused, config: _overrides, ...serverOptions } = options;
  const server = await startAgentServer({ client, config, logStream: { write: (line) => void logs.push(line) }, ...serverOptions });
  return Object.assign(server, { client, dir, db, logs });
}

export function bearer(secret: string = INTAKE_SECRET): Record<string, string> {
  return { authorization: `Bearer ${secret}`, "content-type": "application/json" };
}
