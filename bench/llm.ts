/**
 * `npm run bench -- llm [--latency ms[,ms…]] [--runs n] [--write]`
 *
 * The model path's latency and cost per seed ticket, with a fake
 * OpenAI-compatible server that answers every request after a fixed latency
 * L: wall time ÷ L (how many round trips a ticket waits on), model calls and
 * prompt tokens per ticket — for the agent, and for a seed-style baseline
 * (six sequential calls with full-state JSON prompts, bench/baseline.ts)
 * measured in the same run. The fake model agrees with the rules engine, so
 * every ticket takes the path it takes offline, and drafts a one-sentence
 * acknowledgement for the reply.
 */
import type { Ticket } from "../src/domain/ticket.js";
import type { TriageResult } from "../src/runtime/output.js";
import { triageTicket } from "../src/runtime/triage.js";
import { createOpenAIModel } from "../src/llm/openai.js";
import { seedTicket } from "../test/helpers/agent.js";
import { agreeingAssessment } from "../test/helpers/judgements.js";
import { estimateTokens, startFakeOpenAI, type FakeReply, type RecordedRequest } from "../test/helpers/openai-server.js";
import { BASELINE_STEPS, baselineAnswers, runBaseline } from "./baseline.js";
import { flagValue } from "./flags.js";
import { outboxAgent } from "./outbox-agent.js";
import { sectionHead, writeSection } from "./results-file.js";

const PATHS = [
  { path: "no escalation", ticket: "TICK-STD-001" },
  { path: "immediate", ticket: "TICK-ENT-001" },
  { path: "specialist", ticket: "TICK-TECH-001" },
  { path: "management", ticket: "TICK-REPEAT-001" },
] as const;

/** What the fake model drafts for every reply: about as long as a real acknowledgement. */
const ACKNOWLEDGEMENT = "I'm sorry for the trouble, and thank you for the details you sent: they help us move quickly.";

interface Options {
  latenciesMs: number[];
  runs: number;
  write: boolean;
}

function parseOptions(args: string[]): Options {
  const flag = (name: string, fallback: string) => flagValue(args, name, fallback);
  const positive = (name: string, text: string) => {
    const n = Number(text);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`${name}: expected positive numbers, got '${text}'`);
    return n;
  };
  return {
    latenciesMs: flag("--latency", "250,1000")
      .split(",")
      .map((t) => positive("--latency", t)),
    runs: positive("--runs", flag("--runs", "3")),
    write: args.includes("--write"),
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

export async function run(args: string[]): Promise<void> {
  const options = parseOptions(args);
  const tickets = new Map(PATHS.map(({ ticket }) => [ticket, seedTicket(ticket)]));

  // The rules-only results: the reference path, the fake model's answers and the offline time.
  const offline = outboxAgent();
  const rulesResults = new Map<string, TriageResult>();
  const rulesMs = new Map<string, number>();
  for (const [id, ticket] of tickets) {
    await triageTicket(offline, ticket, { threadId: `warm-${id}` });
    const times: number[] = [];
    for (let i = 0; i < options.runs; i++) {
      const { ms, value } = await timed(() => triageTicket(offline, ticket, { threadId: `rules-${id}-${i}` }));
      rulesResults.set(id, value);
      times.push(ms);
    }
    rulesMs.set(id, median(times));
  }

  let latency = 0;
  const ticketOf = (request: RecordedRequest): TriageResult => {
    for (const [id, ticket] of tickets) if (ticket.subject && request.prompt.includes(ticket.subject.slice(0, 40))) return rulesResults.get(id)!;
    throw new Error(`bench: no seed ticket in request ${request.index} (${request.schemaName})`);
  };
  const server = await startFakeOpenAI((request): FakeReply => {
    const result = ticketOf(request);
    if (request.schemaName === "ticket_assessment") return { answer: agreeingAssessment(result, ACKNOWLEDGEMENT), delayMs: latency };
    if (request.schemaName === "customer_reply") return { answer: { message: result.response?.message ?? "" }, delayMs: latency };
    const step = BASELINE_STEPS.find((s) => s.name === request.schemaName);
    if (step) return { answer: { result: baselineAnswers(result)[step.key] }, delayMs: latency };
    return { status: 400, error: `bench: unexpected schema ${request.schemaName}` };
  });

  try {
    const model = await createOpenAIModel("openai:bench-model", { openaiBaseUrl: server.baseURL, openaiApiKey: "bench" });
    const withModel = outboxAgent({ model });

    // Warm-up: module loading and JIT are not what this measures.
    const warmTicket: Ticket = tickets.get("TICK-STD-001")!;
    await triageTicket(withModel, warmTicket, { threadId: "warm-model" });
    await runBaseline(model, warmTicket);

    const tables: string[] = [];
    /** The agent's requests of its last run per ticket, and the baseline's prompt tokens for it. */
    const lastRequests = new Map<string, { requests: RecordedRequest[]; baselineTokens: number }>();
    for (const L of options.latenciesMs) {
      latency = L;
      const rows: string[] = [];
      for (const { path, ticket: id } of PATHS) {
        const ticket = tickets.get(id)!;
        const agentMs: number[] = [];
        const baselineMs: number[] = [];
        let agentResult: TriageResult | undefined;
        let baseline = { calls: 0, promptTokens: 0 };
        for (let i = 0; i < options.runs; i++) {
          const sent = server.requests.length;
          const a = await timed(() => triageTicket(withModel, ticket, { threadId: `${id}-${L}-${i}` }));
          agentMs.push(a.ms);
          agentResult = a.value;
          const requests = server.requests.slice(sent);
          const b = await timed(() => runBaseline(model, ticket));
          baselineMs.push(b.ms);
          baseline = b.value;
          lastRequests.set(id, { requests, baselineTokens: baseline.promptTokens });
        }
        const expected = rulesResults.get(id)!.decision?.type;
        if (!agentResult || agentResult.decision?.type !== expected) {
          throw new Error(`bench: ${id} took ${agentResult?.decision?.type}, not the rules' ${expected}`);
        }
        const m = agentResult.metrics;
        rows.push(
          `| ${path} | ${id} | ${rulesMs.get(id)!.toFixed(0)} | ${(median(agentMs) / L).toFixed(2)} | ${m.llmCalls} | ${m.promptTokens} | ${(median(baselineMs) / L).toFixed(2)} | ${baseline.calls} | ${baseline.promptTokens} |`,
        );
      }
      tables.push(
        [
          `Fake model latency L = ${L} ms per request; median of ${options.runs} runs per ticket.`,
          "",
          "| path | ticket | rules only (ms) | agent: wall ÷ L | agent: calls | agent: prompt tokens | baseline: wall ÷ L | baseline: calls | baseline: prompt tokens |",
          "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
          ...rows,
        ].join("\n"),
      );
    }

    tables.push(tokenBreakdown(lastRequests));
    const command = `npm run bench -- llm --latency ${options.latenciesMs.join(",")} --runs ${options.runs}`;
    process.stdout.write(`${command}\n\n${tables.join("\n\n")}\n`);
    if (options.write) writeResults(command, tables);
  } finally {
    await server.close();
  }
}

/** Where each ticket's prompt tokens go, counted as the fake server counts them (one per four characters of the JSON sent). */
function tokenBreakdown(last: ReadonlyMap<string, { requests: RecordedRequest[]; baselineTokens: number }>): string {
  const rows = PATHS.map(({ ticket: id }) => {
    const { requests, baselineTokens } = last.get(id) ?? { requests: [], baselineTokens: 0 };
    const part = (pick: (r: RecordedRequest) => unknown) => requests.reduce((n, r) => n + estimateTokens(JSON.stringify(pick(r) ?? "")), 0);
    const system = part((r) => r.body.messages?.filter((m) => m.role === "system"));
    const rest = part((r) => r.body.messages?.filter((m) => m.role !== "system"));
    const schema = part((r) => r.body.response_format ?? r.body.tools);
    const total = requests.reduce((n, r) => n + (r.usage?.prompt_tokens ?? 0), 0);
    const ratio = baselineTokens > 0 ? (total / baselineTokens).toFixed(2) : "–";
    return `| ${id} | ${requests.map((r) => r.schemaName).join(", ")} | ${system} | ${rest} | ${schema} | ${total} | ${baselineTokens} | ${ratio} |`;
  });
  return [
    "Where the agent's prompt tokens go (its last run per ticket; the parts are counted apart, so they may differ from the total by a token or two):",
    "",
    "| ticket | requests | system messages | ticket and the rest | JSON schema | total | baseline | agent ÷ baseline |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...rows,
  ].join("\n");
}

function writeResults(command: string, tables: string[]): void {
  writeSection(
    "llm",
    [
      ...sectionHead("llm — model round trips and cost per ticket", command),
      "Prompt tokens are as the fake server counts them: about one per four characters of the messages",
      'and the JSON schema sent with them. "rules only" is the same ticket through the offline agent.',
      "",
      tables.join("\n\n"),
      "",
      "wall ÷ L counts how many model latencies a ticket waits for: the agent makes one request that",
      "assesses the ticket and drafts the reply's personal part (1), the baseline six requests one after",
      "another (6). What is above those is the graph itself (the rules engine, the knowledge base, the",
      "handoff) and local HTTP, so it weighs less as L grows.",
    ].join("\n"),
  );
}
