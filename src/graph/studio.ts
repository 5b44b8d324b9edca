/**
 * The graph registered in langgraph.json. Compiled without a checkpointer or
 * store: the LangGraph server brings its own. Loads with no files or keys.
 */
import { createEscalationAgent } from "./graph.js";

export const graph = createEscalationAgent({ checkpointer: false, store: false });
