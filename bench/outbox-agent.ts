/**
 * The agent the model benchmarks run: threads in memory, no store, every
 * notification written to a fresh temporary outbox, so a benchmark sends
 * nothing and leaves nothing behind in the repository.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MemorySaver } from "@langchain/langgraph";
import { createEscalationAgent, type EscalationAgent, type EscalationAgentOptions } from "../src/agent/graph.js";
import { OutboxChannels } from "../src/delivery/outbox.js";

export function outboxAgent(options: EscalationAgentOptions = {}): EscalationAgent {
  const outbox = mkdtempSync(join(tmpdir(), "esc-bench-"));
  return createEscalationAgent({
    checkpointer: new MemorySaver(),
    store: false,
    channels: ({ routing, ledger }) => new OutboxChannels(outbox, { routing, ledger }),
    ...options,
  });
}
