/**
 * Triage a ticket from code, then continue its thread with a follow-up.
 * Run: npx tsx examples/programmatic.ts
 */
import { MemorySaver } from "@langchain/langgraph";
import { createEscalationAgent, parseTicket, triageTicket } from "../src/index.js";

const agent = createEscalationAgent({ checkpointer: new MemorySaver(), store: false });

const parsed = parseTicket({
  subject: "Charged twice",
  description: "Hi, I think I was charged twice for my subscription this month. Can you check?",
  customerTier: "paid",
});
if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));

const result = await triageTicket(agent, parsed.ticket);
console.log(`${result.ticketId}: ${result.decision?.type} → ${result.decision?.targetTeam}`);
console.log(result.response?.message);

// Same thread, a follow-up from the customer: triage runs over the whole conversation.
const followUp = await agent.invoke(
  { message: { content: "This is the third time I ask. I will dispute the charge with my bank." } },
  { configurable: { thread_id: result.ticketId } },
);
console.log(`after follow-up: ${followUp.decision?.type} → ${followUp.decision?.targetTeam}`);
