/**
 * What one scored decision point looks like: a ticket (turn 0) or a labelled
 * follow-up message (turn ≥ 1) of an eval item, with what the agent decided
 * and what it cost. The runner produces these; the scorers only read them,
 * so every scorer can be tested with hand-made cases.
 */
import type { Category, CustomerTier, DecisionType, IssueType, Priority, Team } from "../src/domain/taxonomy.js";
import type { Labels, Tag } from "./dataset-schema.js";

export interface Prediction {
  category: Category;
  priority: Priority;
  decision: DecisionType;
  team: Team;
  language: string;
  /** What the rules read the latest message as (a question, a problem…); not scored, read by training. */
  issueType?: IssueType;
  /** Why the decision was taken (the decision node's reasons); not scored, read by `npm run attribute`. */
  reasons?: string[];
}

export interface ReplyObservation {
  message: string;
  type: string;
  language: string;
}

export interface Usage {
  llmCalls: number;
  promptTokens: number;
  completionTokens: number;
  fallbacks: number;
}

export interface CaseResult {
  /** The item id for turn 0, `<item id>#<turn>` for follow-ups. */
  id: string;
  itemId: string;
  turn: number;
  /** null for an unlabelled follow-up: it is run (the thread needs it) but not scored. */
  labels: Labels | null;
  tier: CustomerTier | "unknown";
  tags: Tag[];
  subject: string;
  /** null when the run failed or produced no decision. */
  predicted: Prediction | null;
  /**
   * The thread was already with a human when this message came: the agent
   * passed it on and stayed silent by design, so its standing decision is
   * scored but there is no reply to check.
   */
  forwarded: boolean;
  reply: ReplyObservation | null;
  /** Model usage of this invocation alone (the thread's metrics are cumulative). */
  usage: Usage;
  /** Wall-clock time of this invocation. */
  latencyMs: number;
  error?: string;
}

export type LabelledCase = CaseResult & { labels: Labels };

export function isLabelled(c: CaseResult): c is LabelledCase {
  return c.labels !== null;
}

export function caseId(itemId: string, turn: number): string {
  return turn === 0 ? itemId : `${itemId}#${turn}`;
}

export const escalates = (decision: DecisionType | null | undefined): boolean => decision !== undefined && decision !== null && decision !== "no_escalation";
