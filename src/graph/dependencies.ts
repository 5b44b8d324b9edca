/**
 * What the nodes need beyond state and per-run context, created once per
 * agent: routing, the knowledge base and the delivery channels. Passing them
 * in (rather than importing singletons) is what lets tests and workers run
 * many agents side by side.
 */
import type { RoutingConfig } from "../config/routing.js";
import type { Taxonomy } from "../rules/category/index.js";
import type { KnowledgeBase } from "../tools/kb.js";
import type { HandoffChannels } from "../tools/channels/types.js";

export interface AgentDependencies {
  routing: RoutingConfig;
  /** Loaded lazily on the first reply and then reused. */
  knowledgeBase: () => Promise<KnowledgeBase>;
  /** Category taxonomy for the rules classifier; the built-in one when absent. */
  taxonomy?: Taxonomy;
  channels: HandoffChannels;
  /** Injected for deterministic tests. */
  now: () => Date;
}
