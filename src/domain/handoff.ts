/**
 * The handoff to humans as the state stores it. Its own file because it
 * joins the judgements (triage.ts) with the context package, which is built
 * from them; in triage.ts the two would import each other.
 */
import { z } from "zod";
import { ContextPackage } from "./context-package.js";
import { Team, Urgency } from "./taxonomy.js";
import { Notification } from "./triage.js";

/** handoff_pending: no team channel is configured, so nobody was told yet (the fallback alert goes out). */
export const HANDOFF_STATUSES = ["handed_off", "partially_delivered", "manual_intervention_required", "handoff_pending"] as const;

export const Handoff = z.object({
  status: z.enum(HANDOFF_STATUSES),
  team: Team,
  urgency: Urgency,
  handedOffAt: z.string(),
  /** The versioned document every channel carries (built by src/agent/nodes/handoff/context-package.ts). */
  contextPackage: ContextPackage,
  notifications: z.array(Notification),
});
export type Handoff = z.infer<typeof Handoff>;
