/**
 * The exported `graph`, driven with LangGraph's own API: triage an escalated
 * ticket, see it wait for a human, then claim and resolve it as that human.
 * Threads live in memory (the graph's default checkpointer).
 * Run: npx tsx examples/graph-invoke.ts
 */
import { Command } from "@langchain/langgraph";
import { graph } from "../src/index.js";

const config = { configurable: { thread_id: "TICK-ENT-001" } };

const triaged = await graph.invoke(
  {
    ticket: {
      id: "TICK-ENT-001",
      subject: "CRITICAL: Production API outage affecting our entire platform",
      description: "Our production system has been down for 20 minutes. We are considering legal action if this isnt resolved immediately.",
      customerTier: "enterprise",
    },
  },
  config,
);
console.log(`${triaged.ticketId}: ${triaged.decision?.type} → ${triaged.decision?.targetTeam}; status ${triaged.status}`);

// The run paused for a person (an interrupt): resume it with their actions.
const claimed = await graph.invoke(new Command({ resume: { action: "claim", agent: "agent-a" } }), config);
console.log(`claimed: status ${claimed.status}, owner ${claimed.owner}`);

const resolved = await graph.invoke(new Command({ resume: { action: "resolve", agent: "agent-a", resolved: true, appropriate: true } }), config);
console.log(`resolved: status ${resolved.status}`);
