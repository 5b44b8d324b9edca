/**
 * The escalation graph:
 *
 *   read → classify → analyze ─┬→ decide ─┬─ (escalate) ──────→ respond + hand_off ─┬→ learn ─→ await_human ⟲
 *                              │          ├─ (no escalation) → respond ─────────────┤         (handed off)
 *                              │          ├─ (with people, still needs a person) → forward ─→ await_human ⟲
 *                              │          └─ (unclaimed, taken back) → respond + withdraw ┘ → learn → end
 *                              ├─ (unclaimed, the customer takes the alarm back) → decide
 *                              ├─ (with people, a hard trigger the standing escalation lacks) → decide (raised to immediate)
 *                              └─ (a human owns the thread) → forward ─────────────────────→ await_human ⟲
 *
 * The model pipeline, by name: `read` makes the run's readings — the rules
 * engine's and, with a model, the model's first round trip, side by side;
 * `classify` and `analyze` fuse the two; `decide` alone writes the decision
 * (a hard trigger's immediate escalation too). The nodes that may call a
 * model (read, decide, respond) get the run's round-trip budget from one
 * wrapper, withModelBudget (model-budget.ts), as every node gets its timing
 * from `timed`.
 *
 * At the start (entry.ts): nothing new from the customer ends the run at once
 * (or goes back to await_human); news on a resolved thread passes `reopen`.
 *
 * await_human pauses on interrupt() until a person claims, replies, resolves
 * or releases; it loops until the ticket is resolved or back with the bot.
 * respond and hand_off run in the same step when both apply; learn runs once
 * after whichever ran. The handoff node is named `hand_off` because LangGraph
 * forbids a node named like a state key, and `handoff` is the output field.
 */
import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { START, StateGraph, type BaseCheckpointSaver, type BaseStore } from "@langchain/langgraph";
import { DEFAULT_ROUTING, loadRoutingConfig, type RoutingConfig } from "../config/routing.js";
import { ModelChoice, type NodeModels } from "../llm/model-choice.js";
import type { Taxonomy } from "../rules/category/index.js";
import type { CaseEmbedder } from "../learning/embeddings.js";
import { createHandoffChannels, ledgerFor, type ChannelsFactory } from "../delivery/create.js";
import type { DeliveryLedger } from "../delivery/ledger.js";
import type { HandoffChannels } from "../delivery/types.js";
import { MeteredChannels } from "../delivery/metered-channels.js";
import { RedactingChannels } from "../delivery/redacting-channels.js";
import { KnowledgeBase } from "../kb/knowledge-base.js";
import { openCheckpointer, openStore, resolveDbLocation } from "../persistence/open.js";
import { loadSettings, type Settings } from "../settings/index.js";
import { EscalationContext } from "./context.js";
import type { AgentDependencies } from "./dependencies.js";
import { timed } from "./instrument.js";
import { AT_ENTRY_PATHS, routeAtEntry } from "./entry.js";
import { checkInputAtEntry } from "./input.js";
import { mirrorMessages } from "./messages-mirror.js";
import { withModelBudget } from "./model-budget.js";
import { lazyNode } from "./lazy-node.js";
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
import { EscalationInput, EscalationState } from "./state.js";

export interface EscalationAgentOptions {
  /**
   * Where threads are kept. Default: the SQLite file at `ESCALATION_DB`
   * (`.escalation/agent.db`). `false` compiles without one (the LangGraph
   * server brings its own).
   */
  checkpointer?: BaseCheckpointSaver | false;
  /**
   * Outcome memory (verdicts, follow-ups, learning settings). Default: the
   * SQLite store in the `ESCALATION_DB` file, beside the threads; `false`
   * for none (nothing is learned).
   */
  store?: BaseStore | false;
  /** Embeddings for the similar-case search (src/learning/embeddings.ts). Default: lexical search only. */
  embeddings?: CaseEmbedder;
  /** Routing config, or the path of a JSON routing file. Default: the seed's teams. */
  routing?: RoutingConfig | string;
  /** Knowledge base folder. Default: the bundled `kb/`. */
  knowledgeBaseDir?: string;
  /**
   * How notifications are delivered: channels, or a factory given the
   * routing and the delivery ledger. Default: from the environment (SMTP_URL,
   * SLACK_BOT_TOKEN, ZENDESK_*; the file outbox for what is not set), with
   * the ledger in the checkpointer's SQLite database.
   */
  channels?: HandoffChannels | ChannelsFactory;
  /**
   * Where deliveries are recorded for exactly-once (see openDeliveryLedger).
   * Default: the checkpointer's SQLite database; in memory for other checkpointers.
   */
  ledger?: DeliveryLedger;
  /** Category taxonomy for the rules classifier. */
  taxonomy?: Taxonomy;
  /**
   * A LangChain chat model for every judgement; wins over the run's context
   * `model` spec. Default: none — the rules engine decides alone.
   */
  model?: BaseChatModel;
  /** A chat model per node (classify, analyze, decide, respond); a node left out uses `model`. */
  models?: NodeModels;
  /** Clock, for deterministic tests. */
  now?: () => Date;
  /**
   * The configuration (src/settings): model defaults, redaction, delivery
   * channels, secrets to scrub. Default: `loadSettings()`, the environment
   * parsed once for this agent — with nothing set, every default.
   */
  settings?: Settings;
}

function buildGraph(deps: AgentDependencies) {
  // input: Studio's form shows only ticket and message. mirrorMessages keeps `messages` in step with `conversation`:
  // it wraps the six nodes that append turns (read, respond, forward, await_human, reopen, withdraw) and no other.
  // Each node's module loads on its first run (lazy-node.ts), inside the wrappers, so `timed` measures the node's work only.
  return (
    new StateGraph(EscalationState, { input: EscalationInput, context: EscalationContext })
      .addNode(
        "read",
        lazyNode(async () => mirrorMessages(timed("read", withModelBudget((await import("./nodes/read/index.js")).makeReadNode(deps), { opens: true })))),
      )
      .addNode(
        "classify",
        lazyNode(async () => timed("classify", (await import("./nodes/classify/index.js")).makeClassifyNode(deps))),
      )
      .addNode(
        "analyze",
        lazyNode(async () => timed("analyze", (await import("./nodes/analyze/index.js")).makeAnalyzeNode(deps))),
      )
      .addNode(
        "decide",
        lazyNode(async () => timed("decide", withModelBudget((await import("./nodes/decide/index.js")).makeDecideNode(deps)))),
      )
      .addNode(
        "respond",
        lazyNode(async () => mirrorMessages(timed("respond", withModelBudget((await import("./nodes/respond/index.js")).makeRespondNode(deps))))),
      )
      .addNode(
        "hand_off",
        lazyNode(async () => timed("hand_off", (await import("./nodes/handoff/index.js")).makeHandoffNode(deps))),
      )
      .addNode(
        "learn",
        lazyNode(async () => timed("learn", (await import("./nodes/learn/index.js")).makeLearnNode(deps))),
      )
      .addNode(
        "forward",
        lazyNode(async () => mirrorMessages(timed("forward", (await import("./nodes/forward/index.js")).makeForwardNode(deps)))),
      )
      .addNode(
        "await_human",
        lazyNode(async () => mirrorMessages((await import("./nodes/await-human/index.js")).makeAwaitHumanNode(deps))),
      )
      .addNode(
        "reopen",
        lazyNode(async () => mirrorMessages(timed("reopen", (await import("./nodes/reopen/index.js")).makeReopenNode(deps)))),
      )
      .addNode(
        "withdraw",
        lazyNode(async () => mirrorMessages(timed("withdraw", (await import("./nodes/withdraw/index.js")).makeWithdrawNode(deps)))),
      )
      // An unchanged ticket is not triaged again; news on a resolved thread reopens it first (entry.ts).
      .addConditionalEdges(START, routeAtEntry, AT_ENTRY_PATHS)
      .addEdge("reopen", "read")
      .addEdge("read", "classify")
      .addEdge("classify", "analyze")
      .addConditionalEdges("analyze", routeAfterAnalysis, AFTER_ANALYSIS_PATHS)
      .addConditionalEdges("decide", routeAfterDecision, AFTER_DECISION_PATHS)
      .addEdge("respond", "learn")
      .addEdge("hand_off", "learn")
      .addEdge("withdraw", "learn")
      .addConditionalEdges("learn", routeAfterLearning, AFTER_LEARNING_PATHS)
      .addEdge("forward", "await_human")
      .addConditionalEdges("await_human", routeAfterHumanAction, AFTER_HUMAN_ACTION_PATHS)
  );
}

/** `ledger`: where deliveries are recorded; in memory when not given. */
export function createDependencies(options: EscalationAgentOptions = {}, ledger?: DeliveryLedger): AgentDependencies {
  const settings = options.settings ?? loadSettings();
  const routing = typeof options.routing === "string" ? loadRoutingConfig(options.routing) : (options.routing ?? DEFAULT_ROUTING);
  let kb: Promise<KnowledgeBase> | undefined;
  return {
    routing,
    knowledgeBase: () => (kb ??= KnowledgeBase.load(options.knowledgeBaseDir)),
    ...(options.taxonomy ? { taxonomy: options.taxonomy } : {}),
    // Every notification is redacted (ESCALATION_REDACT) on its way out, whichever channels deliver it, and counted for the metrics.
    channels: new MeteredChannels(
      new RedactingChannels(resolveChannels(options.channels, routing, ledger ?? ledgerFor(undefined), settings), settings.privacy.redactKinds),
    ),
    models: new ModelChoice({ model: options.model, models: options.models, openai: settings.model }),
    ...(options.embeddings ? { caseEmbedder: options.embeddings } : {}),
    now: options.now ?? (() => new Date()),
    settings,
  };
}

function resolveChannels(
  channels: HandoffChannels | ChannelsFactory | undefined,
  routing: RoutingConfig,
  ledger: DeliveryLedger,
  settings: Settings,
): HandoffChannels {
  if (channels === undefined) return createHandoffChannels({ routing, ledger, settings: settings.channels });
  return typeof channels === "function" ? channels({ routing, ledger }) : channels;
}

/** The escalation agent, compiled with a checkpointer so threads persist. */
export function createEscalationAgent(options: EscalationAgentOptions = {}) {
  const settings = options.settings ?? loadSettings();
  const location = () => resolveDbLocation(undefined, settings.storage);
  const checkpointer = options.checkpointer === false ? undefined : (options.checkpointer ?? openCheckpointer(location()));
  const store = options.store === false ? undefined : (options.store ?? openStore(location()));
  const compiled = buildGraph(createDependencies({ ...options, settings }, options.ledger ?? ledgerFor(checkpointer))).compile({
    ...(checkpointer ? { checkpointer } : {}),
    ...(store ? { store } : {}),
    name: "escalation_agent",
  });
  // A bare ticket or a seed envelope is unwrapped into { ticket }; anything else unreadable is refused, never run as empty.
  // The agent carries its settings, so what runs it (ThreadClient) resolves contexts and stores tickets as configured.
  return Object.assign(checkInputAtEntry(compiled), { settings });
}

export type EscalationAgent = ReturnType<typeof createEscalationAgent>;
