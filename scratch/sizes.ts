import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MemorySaver } from "@langchain/langgraph";
import { createEscalationAgent } from "../src/graph/graph.js";
import { triageTicket } from "../src/graph/triage.js";
import { createOpenAIModel } from "../src/llm/openai.js";
import { OutboxChannels } from "../src/tools/channels/outbox.js";
import { seedTicket } from "../test/helpers/agent.js";
import { startFakeOpenAI, estimateTokens } from "../test/helpers/openai-server.js";

const ids = process.argv.slice(2).length ? process.argv.slice(2) : ["TICK-STD-001", "TICK-ENT-001", "TICK-TECH-001", "TICK-REPEAT-001"];
const server = await startFakeOpenAI(() => ({ status: 400, error: "x" }));
const model = await createOpenAIModel("openai:m", { OPENAI_BASE_URL: server.baseURL, OPENAI_API_KEY: "k" });
const outbox = mkdtempSync(join(tmpdir(), "s-"));
const agent = createEscalationAgent({ checkpointer: new MemorySaver(), store: false, channels: ({ routing, ledger }) => new OutboxChannels(outbox, { routing, ledger }), model });
for (const id of ids) {
  const before = server.requests.length;
  await triageTicket(agent, seedTicket(id), { threadId: id, context: { modelPolicy: { retries: 0 } } } as never);
  for (const r of server.requests.slice(before)) {
    const msgs = r.body.messages ?? [];
    const fmt = JSON.stringify(r.body.response_format ?? r.body.tools ?? "");
    console.log(id, r.schemaName, "msgs", msgs.map((m) => estimateTokens(JSON.stringify(m))), "schema", estimateTokens(fmt));
  }
}
if (process.env.DUMP) { console.log(JSON.stringify(server.requests[0]!.body, null, 1)); }
await server.close();
