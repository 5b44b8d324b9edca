/**
 * The escalation graph:
 *
 *   classify → analyze ─┬─ (hard trigger) ──────────────┬→ respond ─┐
 *                       ├→ decide ─┬─ (escalate) ───────┴→ hand_off ┴→ learn ─→ await_human ⟲
 *                       │          └─ (no escalation) → respond ───────┘   (handed off)
 *                       └─ (a human owns the thread) → forward ──────────────→ await_human ⟲
 *
 * await_human pauses on interrupt() until a person claims, replies, resolves
 * or releases; it loops until the ticket is resolved or back with the bot.
 * respond and hand_off run in the same step when both apply; learn runs once
 * after whichever ran. The handoff node is named `hand_off` because LangGraph
 * forbids a node named like a state key, and `handoff` is the output field.
 */
import {
  InMemoryStore,
  START,
  StateGraph,
  type BaseCheckpointSaver,
  type BaseStore,
} from "@langchain/langgraph";
import { DEFAULT_ROUTING, loadRoutingConfig, type RoutingConfig } from "../config/routing.js";
import { makeAnalyzeNode } from "../nodes/analyze/index.js";
import { makeAwaitHumanNode } from "../nodes/await-human/index.js";
import { makeForwardNode } from "../nodes/forward/index.js";
import { makeClassifyNode } from "../nodes/classify/index.js";
import { makeDecideNode } from "../nodes/decide/index.js";
import { makeHandoffNode } from "../nodes/handoff/index.js";
import { makeLearnNode } from "../nodes/learn/index.js";
import { makeRespondNode } from "../nodes/respond/index.js";
import type { Taxonomy } from "../rules/category/index.js";
import { OutboxChannels } from "../tools/channels/outbox.js";
import type { HandoffChannels } from "../tools/channels/types.js";
import { KnowledgeBase } from "../tools/kb.js";
import { openCheckpointer } from "../tools/persistence.js";
import { EscalationContext } from "./context.js";
import type { AgentDependencies } from "./dependencies.js";
import { timed } from "./instrument.js";
import {
  AFTER_ANALYSIS_PATHS,
  AFTER_DECISION_PATHS,
  AFTER_HUMAN_ACTION_PATHS,
  AFTER_LEARNING_PATHS,
  routeAfterAnalysis,
  routeAfterDecision,
  routeAfterHumanAction,
  routeAfterLearning,
} from "./routing.js";
import { EscalationState } from "./state.js";

export interface EscalationAgentOptions {
  /**
   * Where threads are kept. Default: the SQLite file at `ESCALATION_DB`
   * (`.escalation/agent.db`). `false` compiles without one (the LangGraph
   * server brings its own).
   */
  checkpointer?: BaseCheckpointSaver | false;
  /** Outcome memory. Default: an in-process InMemoryStore; `false` for none. */
  store?: BaseStore | false;
  /** Routing config, or the path of a JSON routing file. Default: the seed's teams. */
  routing?: RoutingConfig | string;
  /** Knowledge base folder. Default: the bundled `kb/`. */
  knowledgeBaseDir?: string;
  /** Delivery channels for handoffs. Default: the file outbox. */
  channels?: HandoffChannels;
  /** Category taxonomy for the rules classifier. */
  taxonomy?: Taxonomy;
  /** Clock, for deterministic tests. */
  now?: () => Date;
}

function buildGraph(deps: AgentDependencies) {
  return new StateGraph(EscalationState, { context: EscalationContext })
    .addNode("classify", timed("classify", makeClassifyNode(deps)))
    .addNode("analyze", timed("analyze", makeAnalyzeNode(deps)))
    .addNode("decide", timed("decide", makeDecideNode(deps)))
    .addNode("respond", timed("respond", makeRespondNode(deps)))
    .addNode("hand_off", timed("hand_off", makeHandoffNode(deps)))
    .addNode("learn", timed("learn", makeLearnNode(deps)))
    .addNode("forward", timed("forward", makeForwardNode(deps)))
    .addNode("await_human", makeAwaitHumanNode(deps))
    .addEdge(START, "classify")
    .addEdge("classify", "analyze")
    .addConditionalEdges("analyze", routeAfterAnalysis, AFTER_ANALYSIS_PATHS)
    .addConditionalEdges("decide", routeAfterDecision, AFTER_DECISION_PATHS)
    .addEdge("respond", "learn")
    .addEdge("hand_off", "learn")
    .addConditionalEdges("learn", routeAfterLearning, AFTER_LEARNING_PATHS)
    .addEdge("forward", "await_human")
    .addConditionalEdges("await_human", routeAfterHumanAction, AFTER_HUMAN_ACTION_PATHS);
}

export function createDependencies(options: EscalationAgentOptions = {}): AgentDependencies {
  const routing =
    typeof options.routing === "string" ? loadRoutingConfig(options.routing) : (options.routing ?? DEFAULT_ROUTING);
  let kb: Promise<KnowledgeBase> | undefined;
  return {
    routing,
    knowledgeBase: () => (kb ??= KnowledgeBase.load(options.knowledgeBaseDir)),
    ...(options.taxonomy ? { taxonomy: options.taxonomy } : {}),
    channels: options.channels ?? new OutboxChannels(),
    now: options.now ?? (() => new Date()),
  };
}

/** The escalation agent, compiled with a checkpointer so threads persist. */
export function createEscalationAgent(options: EscalationAgentOptions = {}) {
  const checkpointer = options.checkpointer === false ? undefined : (options.checkpointer ?? openCheckpointer());
  const store = options.store === false ? undefined : (options.store ?? new InMemoryStore());
  return buildGraph(createDependencies(options)).compile({
    ...(checkpointer ? { checkpointer } : {}),
    ...(store ? { store } : {}),
    name: "escalation_agent",
  });
}

export type EscalationAgent = ReturnType<typeof createEscalationAgent>;
