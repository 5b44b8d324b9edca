/**
 * `npm run bench -- llm-cpu [--latency ms] [--runs n]`
 *
 * Where the model path spends CPU around its one request, per seed ticket:
 * from the run's start until the request reaches the fake OpenAI-compatible
 * server, during the model's latency L, and from the answer to the run's
 * end. The first and the last add to the ticket's wall time; the middle is
 * hidden behind L. Process CPU time (user + system, process.cpuUsage) rather
 * than wall time, so a shared machine's load moves the figures less than it
 * moves `npm run bench -- llm`'s. The fake server runs in this process, so its
 * own work (reading the request, writing the answer) is counted too, a
 * little on both sides. Medians of --runs per ticket; nothing is written.
 */
import { triageTicket } from "../src/runtime/triage.js";
import type { TriageResult } from "../src/runtime/output.js";
import { createOpenAIModel } from "../src/llm/openai.js";
import { seedTicket } from "../test/helpers/agent.js";
import { agreeingAssessment } from "../test/helpers/judgements.js";
import { startFakeOpenAI, type FakeReply } from "../test/helpers/openai-server.js";
import { flagValue } from "./flags.js";
import { outboxAgent } from "./outbox-agent.js";

const TICKETS = ["TICK-STD-001", "TICK-ENT-001", "TICK-TECH-001", "TICK-REPEAT-001"];

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

export async function run(args: string[]): Promise<void> {
  const latency = Number(flagValue(args, "--latency", "100"));
  const runs = Number(flagValue(args, "--runs", "15"));
  if (!(latency > 0) || !(runs > 0)) throw new Error("--latency and --runs take positive numbers");

  // The fake model agrees with the rules, so every ticket takes its offline path.
  const offline = outboxAgent();
  const rules = new Map<string, TriageResult>();
  for (const id of TICKETS) rules.set(id, await triageTicket(offline, seedTicket(id), { threadId: `rules-${id}` }));

  let arrived = 0;
  let answered = 0;
  const server = await startFakeOpenAI((request): FakeReply => {
    arrived = cpuMs();
    // Read when the server's own timer for the answer fires.
    setTimeout(() => (answered = cpuMs()), latency);
    const id = TICKETS.find((t) => request.prompt.includes(seedTicket(t).subject!.slice(0, 40)));
    return id ? { answer: agreeingAssessment(rules.get(id)!), delayMs: latency } : { status: 400, error: "bench: not a seed ticket" };
  });
  try {
    const model = await createOpenAIModel("openai:bench-model", { openaiBaseUrl: server.baseURL, openaiApiKey: "bench" });
    const agent = outboxAgent({ model });
    // Warm-up: module loading, JIT and the connection are not what this measures.
    for (let i = 0; i < 5; i++) for (const id of TICKETS) await triageTicket(agent, seedTicket(id), { threadId: `warm-${id}-${i}` });

    const rows: string[] = [];
    for (const id of TICKETS) {
      const before: number[] = [];
      const during: number[] = [];
      const after: number[] = [];
      for (let i = 0; i < runs; i++) {
        const started = cpuMs();
        await triageTicket(agent, seedTicket(id), { threadId: `${id}-${i}` });
        const ended = cpuMs();
        before.push(arrived - started);
        during.push(answered - arrived);
        after.push(ended - answered);
      }
      const [b, d, a] = [median(before), median(during), median(after)];
      rows.push(`| ${id} | ${b.toFixed(1)} | ${d.toFixed(1)} | ${a.toFixed(1)} | ${(b + a).toFixed(1)} |`);
    }
    process.stdout.write(
      [
        `npm run bench -- llm-cpu --latency ${latency} --runs ${runs}`,
        "",
        `CPU ms per ticket (median of ${runs}; fake model latency ${latency} ms):`,
        "",
        "| ticket | before the request | during the wait | after the answer | on the critical path (before + after) |",
        "| --- | ---: | ---: | ---: | ---: |",
        ...rows,
        "",
      ].join("\n"),
    );
  } finally {
    await server.close();
  }
}
