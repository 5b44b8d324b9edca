import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MemorySaver } from "@langchain/langgraph";
import { createEscalationAgent } from "../src/graph/graph.js";
import { triageTicket } from "../src/graph/triage.js";
import { OutboxChannels } from "../src/tools/channels/outbox.js";
import { seedTicket } from "../test/helpers/agent.js";
const outbox = mkdtempSync(join(tmpdir(), "s-"));
const agent = createEscalationAgent({ checkpointer: new MemorySaver(), store: false, channels: ({ routing, ledger }) => new OutboxChannels(outbox, { routing, ledger }) });
await triageTicket(agent, seedTicket("TICK-STD-001"), { threadId: "warm" });
for (const id of ["TICK-STD-001", "TICK-ENT-001", "TICK-TECH-001", "TICK-REPEAT-001"]) {
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    const r = await triageTicket(agent, seedTicket(id), { threadId: `${id}-${i}` });
    const ms = performance.now() - t;
    console.log(id, ms.toFixed(0), JSON.stringify(Object.fromEntries(Object.entries(r.metrics.nodes).map(([k, v]) => [k, Math.round(v.ms)]))));
  }
}
