import { MemorySaver } from "@langchain/langgraph";
import { createEscalationAgent } from "../src/graph/graph.js";
import { triageTicket } from "../src/graph/triage.js";
import { createOpenAIModel } from "../src/llm/openai.js";
import { seedTicket } from "../test/helpers/agent.js";
import { startFakeOpenAI, estimateTokens } from "../test/helpers/openai-server.js";
import { answerBySchema } from "../test/helpers/judgements.js";
const server = await startFakeOpenAI(answerBySchema());
const model = await createOpenAIModel("openai:m", { OPENAI_BASE_URL: server.baseURL, OPENAI_API_KEY: "k" });
const agent = createEscalationAgent({ checkpointer: new MemorySaver(), store: false, channels: { async notify() { return []; } } as never, model });
for (const id of ["TICK-STD-001", "TICK-ENT-001"]) {
  const before = server.requests.length;
  await triageTicket(agent, seedTicket(id), { threadId: id }).catch(() => {});
  for (const r of server.requests.slice(before)) {
    const msgs = r.body.messages ?? [];
    console.log(id, r.schemaName, "msgs", msgs.map((m) => estimateTokens(JSON.stringify(m))), "format", estimateTokens(JSON.stringify(r.body.response_format)), r.usage);
  }
}
if (process.env.DUMP) { const b = server.requests[0]!.body; console.log(JSON.stringify(b.response_format)); for (const m of b.messages ?? []) console.log(String(m.content)); }
await server.close();
