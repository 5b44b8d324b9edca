/**
 * A ticket's context page — where the "View context" link of a handoff
 * lands. Everything a person needs to take over without asking the customer
 * again: who they are, how risky and how upset (with the trajectory), why
 * the agent escalated (signals and the words that raised them), what to do
 * first, the whole conversation, and the actions. Every string is escaped by
 * `html`; the customer's own words are shown, never interpreted.
 */
import type { TicketState } from "../../agent/state.js";
import type { TriageResult } from "../../runtime/output.js";
import { CONTEXT_PACKAGE_VERSION, type ContextPackage } from "../../domain/context-package.js";
import type { ConversationTurn } from "../../domain/triage.js";
import { frustrationLevel, trajectoryChart } from "./chart.js";
import { actionForms } from "./action-forms.js";
import { html, type Html } from "./html.js";
import { page } from "./layout.js";
import { redactForView } from "../../privacy/view.js";
import type { RedactionKind } from "../../domain/redaction-kinds.js";
import type { TicketPageView } from "./ticket-page-view.js";

const STATUS_LABEL: Record<TriageResult["status"], string> = {
  bot: "With the bot",
  awaiting_human: "Waiting for a person",
  human_owned: "Owned by a person",
  resolved: "Resolved",
};

/** `kinds`: what is redacted (ESCALATION_REDACT, from the settings). */
export function ticketPage(view: TicketPageView, kinds: readonly RedactionKind[]): Html {
  // The page is opened through a link that works for days without a login: what it shows is redacted like a notification.
  const result = redactForView(view.result, kinds);
  const ticket = redactForView(view.ticket, kinds);
  const pkg = contextPackageOf(result);
  const subject = pkg?.ticketInfo.subject ?? ticket?.subject ?? "(no subject)";
  const decision = result.decision;
  const body = html`
<div class="title">
  <h1>${subject}</h1>
  <span class="pill ${result.status}" data-status="${result.status}">${STATUS_LABEL[result.status]}</span>
  ${decision && decision.type !== "no_escalation" ? html`<span class="pill urgency-${decision.urgency}">${decision.urgency}</span>` : ""}
</div>
<p class="subtitle">${[
    `Ticket ${result.ticketId}`,
    decision && decision.type !== "no_escalation" ? `${decision.type.replace(/_/g, " ")} to ${pkg?.escalation.team ?? decision.targetTeam}` : "not escalated",
    decision && decision.type !== "no_escalation" ? `pick up ${decision.expectedResponse}` : "",
    result.owner ? `owner: ${result.owner}` : "",
  ]
    .filter(Boolean)
    .join(" · ")}</p>
${view.notice ? html`<div class="notice ok" role="status">${view.notice}</div>` : ""}
${view.error ? html`<div class="notice error" role="alert">${view.error}</div>` : ""}
<div class="layout">
  <div>
    ${whySection(result, pkg)}
    ${nextStepsSection(pkg)}
    <section class="card" aria-labelledby="conversation-h">
      <h2 id="conversation-h">Conversation</h2>
      <div class="conversation">${result.conversation.map((turn) => turnView(turn, pkg?.customerContext.name ?? ticket?.customerName))}</div>
    </section>
  </div>
  <aside>
    ${actionForms(view)}
    ${customerSection(result, ticket, pkg)}
    ${riskSection(result)}
  </aside>
</div>`;
  return page(`${result.ticketId}: ${subject}`, body, result.ticketId);
}

/** The handoff's context package, when there is one this page knows how to read. */
function contextPackageOf(result: TriageResult): ContextPackage | undefined {
  const pkg = result.handoff?.contextPackage;
  // A package from a later version may have changed a field's meaning (src/domain/context-package.ts).
  return pkg?.version === CONTEXT_PACKAGE_VERSION ? pkg : undefined;
}

function whySection(result: TriageResult, pkg: ContextPackage | undefined): Html {
  const reasons = result.decision?.reasons ?? [];
  const signals = result.classification?.escalationSignals ?? [];
  const evidence = result.classification?.evidence ?? [];
  const trend = result.analysis?.trend;
  return html`<section class="card" aria-labelledby="why-h">
  <h2 id="why-h">Why it was escalated</h2>
  ${reasons.length ? html`<ul class="reasons">${reasons.map((r) => html`<li>${r}</li>`)}</ul>` : html`<p class="muted">No escalation reasons recorded.</p>`}
  ${signals.length ? html`<div class="chips" aria-label="Escalation signals">${signals.map((s) => html`<span class="chip">${s.replace(/_/g, " ")}</span>`)}</div>` : ""}
  ${trend && trend.pattern !== "steady" ? html`<p><strong>Conversation trend:</strong> ${trend.pattern} — ${trend.reason}</p>` : ""}
  ${
    evidence.length
      ? html`<table class="evidence"><thead><tr><th>Signal</th><th>Customer wrote</th><th>Rule</th></tr></thead><tbody>${evidence.map(
          (e) => html`<tr><td>${e.signal.replace(/_/g, " ")}</td><td><mark>${e.match}</mark></td><td class="muted">${e.rule}</td></tr>`,
        )}</tbody></table>`
      : ""
  }
  ${pkg ? html`<p class="muted">Decided by ${pkg.escalation.source}, confidence ${Math.round(pkg.escalation.confidence * 100)}% · category ${pkg.issueAnalysis.category}, ${pkg.issueAnalysis.priority} priority, ${pkg.issueAnalysis.complexity}</p>` : ""}
</section>`;
}

function nextStepsSection(pkg: ContextPackage | undefined): Html {
  if (!pkg) return html``;
  return html`<section class="card" aria-labelledby="next-h">
  <h2 id="next-h">Recommended actions</h2>
  ${pkg.recommendedActions.length ? html`<ol class="actions">${pkg.recommendedActions.map((a) => html`<li>${a}</li>`)}</ol>` : html`<p class="muted">None beyond the usual.</p>`}
  ${
    pkg.communicationGuidance.length
      ? html`<h2 class="spaced">How to talk to this customer</h2><ul class="reasons">${pkg.communicationGuidance.map((g) => html`<li>${g}</li>`)}</ul>`
      : ""
  }
</section>`;
}

function customerSection(result: TriageResult, ticket: TicketState | null, pkg: ContextPackage | undefined): Html {
  const customer = pkg?.customerContext;
  const facts: Array<[string, string | number | undefined]> = [
    ["Name", customer?.name ?? ticket?.customerName],
    ["Email", customer?.email ?? ticket?.customerEmail],
    ["Tier", customer?.tier ?? result.classification?.customerType ?? ticket?.customerTier],
    ["Account value", (customer?.accountValue ?? ticket?.accountValue)?.toLocaleString("en-US")],
    ["Previous tickets", customer?.previousTickets ?? ticket?.previousTicketCount],
    ["Customer id", customer?.id ?? ticket?.customerId],
    ["Language", result.classification?.language],
    ["Channel", pkg?.ticketInfo.channel ?? ticket?.channel],
    ["External id", pkg?.ticketInfo.externalId ?? (ticket?.externalId as string | number | undefined)],
    ["Escalations before", customer?.escalationHistory.length ? customer.escalationHistory.join(", ") : undefined],
  ];
  return html`<section class="card" aria-labelledby="customer-h">
  <h2 id="customer-h">Customer</h2>
  <dl class="facts">${facts.filter(([, v]) => v !== undefined && v !== "").map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>
</section>`;
}

function riskSection(result: TriageResult): Html {
  const analysis = result.analysis;
  if (!analysis) return html``;
  const risk = analysis.risk;
  const parts: Array<[string, number]> = [
    ["Sentiment", risk.sentiment],
    ["Complexity", risk.complexity],
    ["Business", risk.business],
    ["Customer", risk.customer],
  ];
  return html`<section class="card" aria-labelledby="risk-h">
  <h2 id="risk-h">Risk and frustration</h2>
  <div class="scores">
    ${score("Risk", risk.overall, "risk")}
    ${score("Frustration (thread)", analysis.frustration, "frustration", analysis.sentiment)}
    ${analysis.latest ? score("Latest message", analysis.latest.frustration, "latest-frustration", analysis.latest.sentiment) : ""}
  </div>
  <div class="bars">${parts.map(([label, value]) => html`<span>${label}</span><span class="${frustrationLevel(value)}">${meter(value)}</span><span>${value}</span>`)}</div>
  <h2 class="spaced">Frustration per turn (dashed: the thread's)</h2>
  ${trajectoryChart(analysis.trajectory)}
  ${analysis.frustrationCues.length ? html`<p class="muted">Cues: ${analysis.frustrationCues.join("; ")}</p>` : ""}
</section>`;
}

function score(label: string, value: number, id: string, note?: string): Html {
  return html`<div class="score ${frustrationLevel(value)}" data-score="${id}"><div class="value">${value}</div><div class="label">${label} / 100${note ? ` · ${note.replace(/_/g, " ")}` : ""}</div>${meter(value)}</div>`;
}

/** A bar as SVG: widths in attributes, so the strict CSP needs no inline styles. */
function meter(value: number): Html {
  const width = Math.max(0, Math.min(100, value));
  return html`<svg class="meter" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true"><rect class="track" width="100" height="6"/><rect class="fill" width="${width}" height="6"/></svg>`;
}

function turnView(turn: ConversationTurn, customerName: string | undefined): Html {
  const who = { customer: customerName ?? "Customer", agent: "Bot", human: turn.author ?? "Support", system: "" }[turn.role];
  const when = formatTime(turn.at);
  if (turn.role === "system") return html`<div class="turn system">${turn.content} · ${when}</div>`;
  return html`<div class="turn ${turn.role}"><span class="meta">${who} · ${when}${turn.channel ? ` · ${turn.channel}` : ""}</span>${turn.content}</div>`;
}

function formatTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
