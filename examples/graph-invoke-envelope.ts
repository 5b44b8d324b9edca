/**
 * The same `graph`, given a ticket as it comes from a helpdesk: the seed's
 * `{ support: { ticket } }` envelope (or a bare ticket) is unwrapped at the
 * graph's entry; input that is not a ticket is refused with an error naming
 * `ticket`, never triaged as an empty ticket.
 * Run: npx tsx examples/graph-invoke-envelope.ts
 */
import { readFileSync } from "node:fs";
import { graph } from "../src/index.js";

const envelope: unknown = JSON.parse(readFileSync(new URL("tickets/TICK-STD-001.json", import.meta.url), "utf8"));
const result = await graph.invoke(envelope as Parameters<typeof graph.invoke>[0], { configurable: { thread_id: "TICK-STD-001" } });
console.log(`${result.ticketId}: ${result.decision?.type}; reply: ${result.response?.message.split("\n")[0]}`);

try {
  await graph.invoke({ subjekt: "typo" } as Parameters<typeof graph.invoke>[0], { configurable: { thread_id: "nothing" } });
} catch (error) {
  console.log(`refused: ${(error as Error).message}`);
}
