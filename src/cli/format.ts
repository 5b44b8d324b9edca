/**
 * The human-readable summary of a triaged ticket: what was decided, for
 * whom, why, and what the customer was told. Colour only on a terminal.
 */
import pc from "picocolors";
import type { TriageResult } from "../runtime/output.js";
import { terminalText } from "./terminal-text.js";
import { terminalColumns, textColumns, wrapText } from "./wrap.js";

const DECISION_COLOUR: Record<string, (s: string) => string> = {
  no_escalation: pc.green,
  scheduled_escalation: pc.cyan,
  specialist_escalation: pc.yellow,
  management_escalation: pc.magenta,
  immediate_escalation: (s) => pc.bold(pc.red(s)),
};

/** `columns`: the terminal's width; without one, text wraps at 88 columns. */
export function formatSummary(result: TriageResult, subject: string | undefined, columns: number | undefined = terminalColumns()): string {
  const label = (s: string) => pc.dim(s.padEnd(10));
  const indent = " ".repeat(12);
  const wrap = (text: string) => wrapText(text, textColumns(columns, indent.length), indent);
  const lines = [pc.bold(terminalText(result.ticketId)) + (subject ? `  ${terminalText(subject)}` : "")];
  const { decision, classification: c, analysis: a, handoff, response } = result;
  if (decision) {
    const colour = DECISION_COLOUR[decision.type] ?? ((s: string) => s);
    const target = decision.type === "no_escalation" ? "handled by the agent" : `→ ${decision.targetTeam} (${decision.urgency}, ${decision.expectedResponse})`;
    lines.push(`  ${label("decision")}${colour(decision.type)} ${target}  ${pc.dim(`[${decision.source}, confidence ${decision.confidence}]`)}`);
  }
  if (c) lines.push(`  ${label("ticket")}${c.category} · ${c.priority} · ${c.complexity} · ${c.issueType} · ${c.language} · ${c.customerType}`);
  if (a) {
    // The thread's mood first; the latest message's own reading beside it when it differs.
    const latest =
      a.latest && (a.latest.frustration !== a.frustration || a.latest.sentiment !== a.sentiment)
        ? ` (latest message: ${a.latest.frustration}, ${a.latest.sentiment})`
        : "";
    lines.push(`  ${label("customer")}${a.sentiment}, frustration ${a.frustration}/100${latest} · risk ${a.risk.overall}/100 · ${a.approach}`);
  }
  if (c) lines.push(`  ${label("signals")}${c.escalationSignals.length ? c.escalationSignals.join(", ") : pc.dim("none")}`);
  if (decision) lines.push(`  ${label("reasons")}${wrap(decision.reasons.join("; "))}`);
  if (handoff) {
    const delivered = handoff.notifications.map((n) => `${n.channel} ${n.status}`).join(", ");
    lines.push(`  ${label("handoff")}${handoff.status} to ${handoff.team}: ${delivered}`);
    // Why each one did not arrive: a status code, Slack's error, a refused connection, a channel without settings.
    for (const n of handoff.notifications.filter((x) => x.error && x.status !== "sent" && x.status !== "outbox")) {
      lines.push(`  ${label("")}${pc.yellow(terminalText(`${n.channel}: ${n.error}`))}`);
    }
  }
  if (result.status !== "bot") {
    const owner = result.owner ? `owned by ${result.owner}` : "nobody has claimed it yet";
    lines.push(`  ${label("status")}${pc.bold(result.status)} · ${owner}`);
  }
  const lastTurn = result.conversation.at(-1);
  if (lastTurn && (lastTurn.role === "human" || lastTurn.role === "system")) {
    const who = lastTurn.role === "human" ? `${lastTurn.author ?? "human"} wrote` : "note";
    lines.push(`  ${label("latest")}${wrap(`${who}: ${lastTurn.content}`)}`);
  }
  if (response) lines.push(`  ${label("reply")}${wrap(response.message)}`);
  else lines.push(`  ${label("reply")}${pc.dim(result.status === "bot" ? "none" : "none — a human answers this customer")}`);
  for (const error of result.errors) lines.push(`  ${label("note")}${pc.yellow(terminalText(`${error.node}: ${error.message}`))}`);
  return lines.join("\n");
}
