/**
 * The graph registered in langgraph.json (LangGraph Studio, `npm run studio`)
 * and exported as `graph` for code: `graph.invoke({ ticket }, { configurable:
 * { thread_id } })`. It keeps threads in memory (MemorySaver), so escalations
 * that pause for a human work out of the box; the LangGraph server replaces
 * that checkpointer and the store with its own when it loads the graph. No
 * store: nothing is learned. Loads with no files or keys: the knowledge base
 * is read on the first reply and the outbox written on the first delivery
 * (ESCALATION_OUTBOX; langgraph.json points it at .escalation/studio-outbox).
 *
 * An entry point: the environment is parsed here, once, when the module
 * loads (src/settings), and the agent is built with the result. Routing is
 * fixed when the agent is built (nodes and delivery channels both hold it),
 * so, as for the CLI, it comes from ESCALATION_CONFIG rather than from the
 * per-run context; model and thresholds are per-run context, whose model
 * policy defaults to the settings' (ESCALATION_MODEL_TIMEOUT_MS, ESCALATION_MODEL_METHOD).
 */
import { MemorySaver } from "@langchain/langgraph";
import { loadSettings } from "../settings/index.js";
import { createEscalationAgent } from "../agent/graph.js";

const settings = loadSettings(process.env);
const routing = settings.storage.routing;

export const graph = createEscalationAgent({ checkpointer: new MemorySaver(), store: false, settings, ...(routing ? { routing } : {}) });
