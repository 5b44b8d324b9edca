import { createOpenAIModel } from "../src/llm/openai.js";
import { seedTicket } from "../test/helpers/agent.js";
import { startFakeOpenAI } from "../test/helpers/openai-server.js";
import { answerBySchema } from "../test/helpers/judgements.js";
import { assessTicket } from "../src/nodes/read/assess.js";
import { ticketForPrompt } from "../src/llm/ticket-prompt.js";
import { ModelPolicy } from "../src/llm/policy.js";
import { setImmediate as yieldLoop } from "node:timers/promises";
const L = 300;
const server = await startFakeOpenAI(answerBySchema({}, L));
const model = await createOpenAIModel("openai:m", { OPENAI_BASE_URL: server.baseURL, OPENAI_API_KEY: "k" });
const policy = ModelPolicy.parse({});
const busy = (ms: number) => { const e = performance.now() + ms; while (performance.now() < e); };
const t = seedTicket("TICK-STD-001"); const p = ticketForPrompt(t, [t.description!]);
const go = () => assessTicket({ classify: { model, label: "m" }, analyze: { model, label: "m" }, ticket: p, reply: { language: "en", articleTitle: null }, policy });
await go();
for (const yields of [0, 1, 2, 5, 20]) {
  const s = performance.now();
  const pending = go();
  for (let i = 0; i < yields; i++) await yieldLoop();
  busy(150);
  await pending;
  console.log("yields", yields, "total-L", (performance.now() - s - L).toFixed(0), "(busy 150)");
}
await server.close();
