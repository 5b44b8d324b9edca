/**
 * What the nodes need beyond state and per-run context, created once per
 * agent: routing, the knowledge base and the delivery channels. Passing them
 * in (rather than importing singletons) is what lets tests and workers run
 * many agents side by side.
 */
import type { RoutingConfig } from "../config/routing.js";
import type { CaseEmbedder } from "../learning/embeddings.js";
import type { ModelChoice } from "../llm/model-choice.js";
import type { Taxonomy } from "../rules/category/index.js";
import type { KnowledgeBase } from "../kb/knowledge-base.js";
import type { HandoffChannels } from "../delivery/types.js";
import type { Settings } from "../settings/index.js";

export interface AgentDependencies {
  routing: RoutingConfig;
  /** Loaded lazily on the first reply and then reused. */
  knowledgeBase: () => Promise<KnowledgeBase>;
  /** Category taxonomy for the rules classifier; the built-in one when absent. */
  taxonomy?: Taxonomy;
  channels: HandoffChannels;
  /** Which chat model each node consults, if any (model objects, else the run's context spec). */
  models: ModelChoice;
  /** Embeds case summaries for the similar-case search; lexical search when absent (src/learning). */
  caseEmbedder?: CaseEmbedder;
  /** Injected for deterministic tests. */
  now: () => Date;
  /** The configuration the agent was built with (model defaults, redaction, secrets to scrub): parsed once, never the environment. */
  settings: Settings;
}
