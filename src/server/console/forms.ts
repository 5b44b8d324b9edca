/**
 * The console's form posts as human actions. Validation is HumanAction's
 * own (the same rules the CLI and Slack go through); its messages are shown
 * on the page.
 */
import { HumanAction } from "../../domain/human.js";
import type { AuthorIdentity } from "../../learning/trust.js";

/** Who posts the form: a signed-in user acts as themselves; otherwise the name is as typed, and the verdict says how it was known. */
export interface FormAuthor {
  signedInAs?: string;
  identity: AuthorIdentity;
}

export const FORM_ACTIONS = ["claim", "reply", "resolve", "release"] as const;
export type FormAction = (typeof FORM_ACTIONS)[number];

export type FormParse = { ok: true; action: HumanAction } | { ok: false; error: string };

export function humanActionFromForm(name: FormAction, fields: Record<string, string>, author: FormAuthor): FormParse {
  const typed = fields.agent?.trim();
  const agentName = author.signedInAs ?? typed;
  const agent = agentName ? { agent: agentName } : {};
  const notes = fields.notes?.trim() ? { notes: fields.notes.trim() } : {};
  const candidate = ((): unknown => {
    switch (name) {
      case "claim":
        return { action: "claim", agent: agentName ?? "" };
      case "reply":
        return { action: "reply", text: fields.text ?? "", ...agent };
      case "resolve":
        return {
          action: "resolve",
          resolved: fields.resolved !== "no",
          appropriate: fields.appropriate !== "no",
          ...(fields.satisfaction ? { satisfaction: Number(fields.satisfaction) } : {}),
          via: "console",
          identity: author.identity,
          ...agent,
          ...notes,
        };
      case "release":
        return { action: "release", ...agent, ...notes };
    }
  })();
  const parsed = HumanAction.safeParse(candidate);
  if (parsed.success) return { ok: true, action: parsed.data };
  const field = { agent: "Your name", text: "Reply", satisfaction: "Satisfaction", notes: "Notes" } as Record<string, string>;
  return {
    ok: false,
    error: parsed.error.issues.map((i) => `${field[String(i.path[0])] ?? String(i.path[0] ?? "form")}: ${i.message}`).join("; "),
  };
}

export const NOTICES: Record<FormAction, string> = {
  claim: "You claimed the ticket.",
  reply: "Your reply was added to the conversation.",
  resolve: "The ticket is resolved. Thank you!",
  release: "The ticket is back with the bot.",
};
