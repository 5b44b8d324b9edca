/**
 * `npm run bench -- breaker [--tickets n] [--timeout ms] [--write]`
 *
 * What a provider that never answers costs a batch: the seed tickets, `n`
 * of them one after another (as `triage tickets.jsonl` runs them), against
 * a local OpenAI-compatible server that accepts every request and never
 * answers, with a per-request timeout of `ms` — once with the circuit
 * breaker at its defaults, once with it disabled (a threshold no batch
 * reaches: what the agent did before the breaker), and once with no model.
 * Reports the batch's wall time, the requests the server received (each one
 * a timeout waited for) and the extra time over no model in timeouts.
 */
import type { EscalationAgent } from "../src/agent/graph.js";
import { triageTicket } from "../src/runtime/triage.js";
import { createOpenAIModel } from "../src/llm/openai.js";
import type { ModelPolicy } from "../src/llm/policy.js";
import { seedTicket } from "../test/helpers/agent.js";
import { startFakeOpenAI } from "../test/helpers/openai-server.js";
import { flagValue } from "./flags.js";
import { outboxAgent } from "./outbox-agent.js";
import { sectionHead, writeSection } from "./results-file.js";

const SEEDS = ["TICK-STD-001", "TICK-ENT-001", "TICK-TECH-001", "TICK-REPEAT-001"];

function positive(name: string, text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name}: expected a positive whole number, got '${text}'`);
  return n;
}

export async function run(args: string[]): Promise<void> {
  const flag = (name: string, fallback: string) => flagValue(args, name, fallback);
  const count = positive("--tickets", flag("--tickets", "12"));
  const timeoutMs = positive("--timeout", flag("--timeout", "1000"));
  const tickets = Array.from({ length: count }, (_, i) => ({ ...seedTicket(SEEDS[i % SEEDS.length] ?? "TICK-STD-001"), id: `B-${i + 1}` }));

  const batch = async (label: string, withAgent: EscalationAgent, policy: Partial<ModelPolicy>) => {
    const started = performance.now();
    for (const ticket of tickets) await triageTicket(withAgent, { ...ticket, id: `${label}-${ticket.id}` }, { context: { modelPolicy: policy } });
    return performance.now() - started;
  };

  const rulesAgent = outboxAgent();
  await triageTicket(rulesAgent, tickets[0]!, { threadId: "warm" });
  const rulesMs = await batch("rules", rulesAgent, {});

  const rows: string[] = [];
  for (const [label, policy] of [
    ["breaker off (threshold never reached)", { timeoutMs, breakerFailures: 1_000_000 }],
    ["breaker at its defaults (3 in a row, 60 s cool-down)", { timeoutMs }],
  ] as const) {
    // A fresh server per variant: a new endpoint, so a new breaker.
    const server = await startFakeOpenAI(() => ({ hang: true }));
    try {
      const model = await createOpenAIModel("openai:bench-model", { openaiBaseUrl: server.baseURL, openaiApiKey: "bench" });
      const ms = await batch(label.split(" ")[1] ?? "v", outboxAgent({ model }), policy);
      const extra = (ms - rulesMs) / timeoutMs;
      rows.push(`| ${label} | ${(ms / 1000).toFixed(2)} | ${server.requests.length} | ${extra.toFixed(2)} |`);
    } finally {
      await server.close();
    }
  }
  const command = `npm run bench -- breaker --tickets ${count} --timeout ${timeoutMs}`;
  const table = [
    `${count} seed tickets one after another; the provider accepts every request and never answers; timeout ${timeoutMs} ms per request. No model: ${(rulesMs / 1000).toFixed(2)} s for the batch.`,
    "",
    "| variant | batch wall time (s) | requests received (= timeouts waited for) | extra over no model, in timeouts |",
    "| --- | ---: | ---: | ---: |",
    ...rows,
  ].join("\n");
  process.stdout.write(`${command}\n\n${table}\n`);
  if (args.includes("--write")) {
    writeSection(
      "breaker",
      [
        ...sectionHead("breaker — a dead provider and a batch", command),
        table,
        "",
        "Without the breaker every ticket waited for its own timeout (the run's own `unavailable` list spared",
        "only that ticket's reply); with it the process stops asking after three in a row, and the rest of",
        "the batch is decided by the rules at once (`errors`: `not asked: circuit open …`).",
      ].join("\n"),
    );
  }
}
