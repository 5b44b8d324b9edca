/** support-escalation-agent: the public API. */
export { createEscalationAgent, createDependencies, type EscalationAgent, type EscalationAgentOptions } from "./graph/graph.js";
export { graph } from "./graph/studio.js";
export { EscalationState, type EscalationStateType } from "./graph/state.js";
export { EscalationContext } from "./graph/context.js";
export { triageTicket, type TriageOptions } from "./graph/triage.js";
export { toTriageResult, type TriageResult } from "./graph/output.js";
export { parseTicket, TicketSchema, type Ticket } from "./domain/ticket.js";
export * from "./domain/taxonomy.js";
export * from "./domain/triage.js";
export { DEFAULT_ROUTING, loadRoutingConfig, type RoutingConfig } from "./config/routing.js";
export { PolicyThresholds, DEFAULT_THRESHOLDS } from "./rules/thresholds.js";
export { openCheckpointer } from "./tools/persistence.js";
export { OutboxChannels } from "./tools/channels/outbox.js";
export type { HandoffChannels, PlannedNotification, DeliveryResult } from "./tools/channels/types.js";
