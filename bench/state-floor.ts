/**
 * `npm run bench -- state-floor [--tickets N] [--outbox files|compose-only|none]`
 *
 * Splits the agent's cost over the bare graph (bare-graph.ts) in two, in one
 * run, ticket by ticket in turn on the in-memory checkpointer:
 *   bare    — the bare graph: its own three-field state, empty nodes;
 *   replay  — the same shape carrying the agent's state: EscalationState
 *             (its zod-checked channels and reducers) and, from each node,
 *             the very update the agent's node returned for this ticket
 *             (recorded with streamMode "updates" just before), routed by
 *             the agent's own routers — everything but our node code;
 *   agent   — the escalation agent, `agent.invoke`.
 * replay − bare is what the state costs the framework; agent − replay is
 * our nodes' own work. `--outbox` attributes the delivery: `files` (the
 * default, what the agent does) builds every mail as .eml with nodemailer
 * and writes each artefact to the file outbox; `compose-only` builds the
 * .eml and writes nothing; `none` does neither (the ledger still runs).
 * Prints only; bench/RESULTS.md quotes it by hand.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { END, InMemoryStore, interrupt, MemorySaver, START, StateGraph } from "@langchain/langgraph";
import { createEscalationAgent } from "../src/agent/graph.js";
import { AFTER_DECISION_PATHS, AFTER_LEARNING_PATHS, routeAfterDecision, routeAfterLearning } from "../src/agent/routing.js";
import { EscalationState, type EscalationUpdate } from "../src/agent/state.js";
import { InMemoryDeliveryLedger } from "../src/delivery/ledger.js";
import nodemailer from "nodemailer";
import type { Artefact } from "../src/delivery/artefact.js";
import { FileOutbox } from "../src/delivery/file-outbox.js";
import { NotificationDelivery } from "../src/delivery/delivery.js";
import { OutboxChannels } from "../src/delivery/outbox.js";
import { barePathOf, createBareGraph } from "./bare-graph.js";
import { generateTickets } from "./tickets.js";

type Updates = Record<string, EscalationUpdate>;

/** The bare graph's shape over the agent's state; each node returns what the agent's returned for the current ticket. */
function createReplayGraph(current: () => Updates) {
  const replay = (name: string) => () => current()[name] ?? {};
  return new StateGraph(EscalationState)
    .addNode("read", replay("read"))
    .addNode("classify", replay("classify"))
    .addNode("analyze", replay("analyze"))
    .addNode("decide", replay("decide"))
    .addNode("respond", replay("respond"))
    .addNode("hand_off", replay("hand_off"))
    .addNode("forward", replay("forward"))
    .addNode("withdraw", replay("withdraw"))
    .addNode("learn", replay("learn"))
    .addNode("await_human", () => {
      interrupt({ waiting: true });
      return {};
    })
    .addEdge(START, "read")
    .addEdge("read", "classify")
    .addEdge("classify", "analyze")
    .addEdge("analyze", "decide")
    .addConditionalEdges("decide", routeAfterDecision, AFTER_DECISION_PATHS)
    .addEdge("respond", "learn")
    .addEdge("hand_off", "learn")
    .addEdge("withdraw", "learn")
    .addEdge("forward", "await_human")
    .addConditionalEdges("learn", routeAfterLearning, AFTER_LEARNING_PATHS)
    .addEdge("await_human", END)
    .compile({ checkpointer: new MemorySaver(), name: "replay" });
}

type OutboxMode = "files" | "compose-only" | "none";

/** An outbox that writes no file: it builds each mail as the file outbox does (compose-only), or nothing at all (none). */
class UnwrittenOutbox extends FileOutbox {
  private readonly mail = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  constructor(private readonly compose: boolean) {
    super();
  }
  override async write(artefact: Artefact, key: string): Promise<string> {
    if (this.compose && artefact.medium === "email") await this.mail.sendMail(artefact.message);
    return `unwritten:${key}`;
  }
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function timed(work: () => Promise<unknown>): Promise<{ wall: number; cpu: number; value: unknown }> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const value = await work();
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { wall, cpu: (cpu.user + cpu.system) / 1000, value };
}

export async function run(args: string[]): Promise<void> {
  const at = args.indexOf("--tickets");
  const count = at >= 0 ? Number(args[at + 1]) : 150;
  const modeAt = args.indexOf("--outbox");
  const mode = (modeAt >= 0 ? args[modeAt + 1] : "files") as OutboxMode;
  if (!["files", "compose-only", "none"].includes(mode)) throw new Error(`--outbox files|compose-only|none, not ${mode}`);
  const warmup = 20;
  const outbox = mkdtempSync(join(tmpdir(), "state-floor-"));
  const ledger = new InMemoryDeliveryLedger();
  const agent = createEscalationAgent({
    checkpointer: new MemorySaver(),
    store: new InMemoryStore(),
    ledger,
    channels: ({ routing }) =>
      mode === "files"
        ? new OutboxChannels(outbox, { routing, ledger })
        : new NotificationDelivery({ compose: { routing }, ledger, outbox: new UnwrittenOutbox(mode === "compose-only") }),
  });
  const bare = createBareGraph(new MemorySaver());
  let updates: Updates = {};
  const replay = createReplayGraph(() => updates);
  const rows = {
    bare: [] as number[],
    replay: [] as number[],
    agent: [] as number[],
    bareCpu: [] as number[],
    replayCpu: [] as number[],
    agentCpu: [] as number[],
  };
  // Final state sizes, to show the replay carries what the agent carries.
  const sizes = { replay: [] as number[], agent: [] as number[] };
  // The agent's own timing of each node (metrics.nodes), wall milliseconds.
  const nodes = new Map<string, number[]>();
  try {
    for (const [i, g] of generateTickets(count + warmup, "FLOOR").entries()) {
      // Record what each node of the agent returns for this ticket (a thread of its own, not timed).
      updates = {};
      const recordId = `record-${i}`;
      for await (const chunk of await agent.stream(
        { ticket: { ...g.ticket, id: recordId } },
        { configurable: { thread_id: recordId }, streamMode: "updates" },
      )) {
        for (const [node, update] of Object.entries(chunk as Record<string, unknown>)) {
          if (!node.startsWith("__") && update && typeof update === "object") updates[node] = update as EscalationUpdate;
        }
      }
      const b = await timed(() => bare.invoke({ path: barePathOf(g.expected), status: "bot" }, { configurable: { thread_id: `bare-${i}` } }));
      const r = await timed(() => replay.invoke({ ticket: { ...g.ticket, id: `replay-${i}` } }, { configurable: { thread_id: `replay-${i}` } }));
      const a = await timed(() => agent.invoke({ ticket: { ...g.ticket, id: `agent-${i}` } }, { configurable: { thread_id: `agent-${i}` } }));
      if (i < warmup) continue;
      rows.bare.push(b.wall);
      rows.replay.push(r.wall);
      rows.agent.push(a.wall);
      rows.bareCpu.push(b.cpu);
      rows.replayCpu.push(r.cpu);
      rows.agentCpu.push(a.cpu);
      sizes.replay.push(JSON.stringify(r.value).length);
      sizes.agent.push(JSON.stringify(a.value).length);
      const timings = (a.value as { metrics?: { nodes?: Record<string, { ms: number }> } }).metrics?.nodes ?? {};
      for (const [node, { ms }] of Object.entries(timings)) nodes.set(node, [...(nodes.get(node) ?? []), ms]);
    }
  } finally {
    rmSync(outbox, { recursive: true, force: true });
  }
  const mean = (samples: number[]) => samples.reduce((sum, x) => sum + x, 0) / samples.length;
  const bareWall = median(rows.bare);
  const bareCpu = mean(rows.bareCpu);
  process.stdout.write(
    `outbox: ${mode}; ${count} tickets after ${warmup} warm-up, Memory checkpointer; 1-minute load average ${(await import("node:os")).loadavg()[0]?.toFixed(1)}\n`,
  );
  process.stdout.write(`final state JSON, mean: replay ${mean(sizes.replay).toFixed(0)} bytes, agent ${mean(sizes.agent).toFixed(0)} bytes\n`);
  process.stdout.write("graph      wall median   x bare   CPU mean   x bare\n");
  for (const [label, wall, cpu] of [
    ["bare", rows.bare, rows.bareCpu],
    ["replay", rows.replay, rows.replayCpu],
    ["agent", rows.agent, rows.agentCpu],
  ] as const) {
    const w = median(wall);
    const c = mean(cpu);
    process.stdout.write(
      `${label.padEnd(8)} ${w.toFixed(1).padStart(8)} ms ${(w / bareWall).toFixed(2).padStart(7)}x ${c.toFixed(1).padStart(8)} ms ${(c / bareCpu).toFixed(2).padStart(7)}x\n`,
    );
  }
  process.stdout.write("agent's nodes (metrics.nodes, wall; respond and hand_off run side by side): mean / median ms\n");
  for (const [node, samples] of [...nodes].sort((x, y) => mean(y[1]) - mean(x[1]))) {
    process.stdout.write(
      `  ${node.padEnd(10)} ${mean(samples).toFixed(2).padStart(6)} / ${median(samples).toFixed(2).padStart(6)}  (${samples.length} runs)\n`,
    );
  }
}
