import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MemorySaver } from "@langchain/langgraph";
import { createEscalationAgent } from "../src/graph/graph.js";
import { triageTicket } from "../src/graph/triage.js";
import { createOpenAIModel } from "../src/llm/openai.js";
import { OutboxChannels } from "../src/tools/channels/outbox.js";
import { seedTicket } from "../test/helpers/agent.js";
import { startFakeOpenAI } from "../test/helpers/openai-server.js";
import { answerBySchema } from "../test/helpers/judgements.js";

const L = Number(process.env.L ?? 250);
const server = await startFakeOpenAI(answerBySchema({}, L));
const model = await createOpenAIModel("openai:m", { OPENAI_BASE_URL: server.baseURL, OPENAI_API_KEY: "k" });
const outbox = mkdtempSync(join(tmpdir(), "s-"));
const agent = createEscalationAgent({ checkpointer: new MemorySaver(), store: false, channels: ({ routing, ledger }) => new OutboxChannels(outbox, { routing, ledger }), model });
await triageTicket(agent, seedTicket("TICK-STD-001"), { threadId: "warm" });
for (const id of ["TICK-STD-001", "TICK-ENT-001", "TICK-TECH-001", "TICK-REPEAT-001"]) {
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    const r = await triageTicket(agent, seedTicket(id), { threadId: `${id}-${i}` });
    const ms = performance.now() - t;
    console.log(id, ms.toFixed(0), (ms / L).toFixed(2), r.metrics.llmCalls, r.metrics.promptTokens, JSON.stringify(Object.fromEntries(Object.entries(r.metrics.nodes).map(([k, v]) => [k, Math.round(v.ms)]))));
  }
}
await server.close();
