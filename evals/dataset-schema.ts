/**
 * One labelled eval item per JSON Lines row. The labels are what a careful
 * support lead would decide, not what any engine outputs; where reasonable
 * leads differ, a label is an accepted set (the first entry is the preferred
 * answer and the one a confusion matrix shows as "expected").
 */
import { z } from "zod";
import { Category, DecisionType, Priority, Team } from "../src/domain/taxonomy.js";
import { TicketSchema } from "../src/domain/ticket.js";

/** A value, or a set of values any of which is right. Always read as an array. */
function acceptedSet<T extends z.ZodType<string>>(value: T) {
  return z.union([value, z.array(value).min(1)]).transform((v): Array<z.output<T>> => (Array.isArray(v) ? v : [v]));
}

/** `true`: not escalating is a critical miss. `false`: escalating is over-escalation. `"either"`: both are fine. */
export const MustEscalate = z.union([z.boolean(), z.literal("either")]);
export type MustEscalate = z.infer<typeof MustEscalate>;

export const Labels = z
  .object({
    category: Category,
    priority: Priority,
    decision: acceptedSet(DecisionType),
    /** The team that should own the ticket; for no_escalation, the category's team. */
    team: acceptedSet(Team),
    must_escalate: MustEscalate,
    /** ISO 639-1 code of the customer's language. */
    language: z.string().regex(/^[a-z]{2}$/, "must be an ISO 639-1 code such as en, de, ja"),
  })
  .strict()
  .superRefine((labels, ctx) => {
    // must_escalate and the decision set say the same thing twice; a
    // mismatch is a labelling slip, so it is refused rather than guessed at.
    const allowsNone = labels.decision.includes("no_escalation");
    const allowsEscalation = labels.decision.some((d) => d !== "no_escalation");
    const problem =
      labels.must_escalate === true && allowsNone
        ? "must_escalate true, but the decision set accepts no_escalation"
        : labels.must_escalate === false && allowsEscalation
          ? "must_escalate false, but the decision set accepts an escalation"
          : labels.must_escalate === "either" && !(allowsNone && allowsEscalation)
            ? 'must_escalate "either" needs no_escalation and at least one escalation in the decision set'
            : null;
    if (problem) ctx.addIssue({ code: "custom", path: ["must_escalate"], message: problem });
  });
export type Labels = z.infer<typeof Labels>;

/** Themes an item exercises, so slices of the scorecard can be read per theme. */
export const TAGS = [
  "angry_trivial",
  "calm_critical",
  "benign_trigger",
  "prompt_injection",
  "multi_turn",
  "non_latin",
  "relationship_risk",
  "hard_trigger",
] as const;
export const Tag = z.enum(TAGS);
export type Tag = z.infer<typeof Tag>;

export const FollowUp = z
  .object({
    /** The customer's next message on the same thread. */
    message: z.string().trim().min(1),
    /** What should be decided after this message; unlabelled turns are fed but not scored. */
    labels: Labels.optional(),
  })
  .strict();
export type FollowUp = z.infer<typeof FollowUp>;

export const EvalItem = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "letters, digits, '.', '_' and '-' only"),
    /** The ticket as a helpdesk would send it (validated like the CLI's input); its id defaults to the item id. */
    ticket: TicketSchema,
    /** What should be decided after the ticket itself (turn 0). */
    labels: Labels,
    /** Follow-up customer messages, in order. */
    turns: z.array(FollowUp).default([]),
    tags: z.array(Tag).default([]),
    /** Why the labels are what they are, where a reader might wonder. */
    note: z.string().optional(),
  })
  .strict();
export type EvalItem = z.infer<typeof EvalItem>;
