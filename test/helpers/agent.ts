/**
 * Test agents: in-memory checkpointer and store, outbox in a temp folder,
 * a fixed clock. Each call gets its own outbox so tests never see each
 * other's artefacts.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { InMemoryStore, MemorySaver } from "@langchain/langgraph";
import { createEscalationAgent, type EscalationAgentOptions } from "../../src/agent/graph.js";
import { parseTicket, type Ticket } from "../../src/domain/ticket.js";
import { OutboxChannels } from "../../src/delivery/outbox.js";

export function testAgent(options: EscalationAgentOptions = {}) {
  const outbox = mkdtempSync(join(tmpdir(), "esc-outbox-"));
  const store = new InMemoryStore();
  const checkpointer = new MemorySaver();
  const agent = createEscalationAgent({
    checkpointer,
    store,
    // A factory, so the outbox artefacts are composed with the agent's own routing.
    channels: ({ routing, ledger }) => new OutboxChannels(outbox, { routing, ledger }),
    ...options,
  });
  return { agent, outbox, store, checkpointer };
}

/** A seed ticket from examples/tickets, validated as the CLI would. */
export function seedTicket(id: string): Ticket {
  const raw = JSON.parse(readFileSync(new URL(`../../examples/tickets/${id}.json`, import.meta.url), "utf8"));
  const parsed = parseTicket(raw);
  if (!parsed.ok) throw new Error(`examples/tickets/${id}.json is invalid: ${JSON.stringify(parsed.issues)}`);
  return parsed.ticket;
}
