/**
 * The graph registered in langgraph.json (LangGraph Studio, `npm run studio`).
 * Compiled without a checkpointer or store: the LangGraph server brings its
 * own. Loads with no files or keys: the knowledge base is read on the first
 * reply and the outbox written on the first delivery (ESCALATION_OUTBOX;
 * langgraph.json points it at .escalation/studio-outbox).
 *
 * Routing is fixed when the agent is built (nodes and delivery channels both
 * hold it), so, as for the CLI, it comes from ESCALATION_CONFIG rather than
 * from the per-run context; model and thresholds are per-run context.
 */
import { createEscalationAgent } from "./graph.js";

const routing = process.env.ESCALATION_CONFIG;

export const graph = createEscalationAgent({ checkpointer: false, store: false, ...(routing ? { routing } : {}) });
