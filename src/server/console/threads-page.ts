/** The console's home: every thread, most recent activity first, those waiting for a person on top. */
import type { RedactionKind } from "../../domain/redaction-kinds.js";
import type { ThreadSummary } from "../../runtime/thread-client.js";
import { html, type Html } from "./html.js";
import { page } from "./layout.js";
import { redactTextForView } from "../../privacy/view.js";

const ORDER: Record<ThreadSummary["status"], number> = { awaiting_human: 0, human_owned: 1, bot: 2, resolved: 3 };

/** `kinds`: what is redacted (ESCALATION_REDACT, from the settings). */
export function threadsPage(threads: ThreadSummary[], kinds: readonly RedactionKind[]): Html {
  const sorted = [...threads].sort((a, b) => ORDER[a.status] - ORDER[b.status]);
  return page(
    "Tickets",
    html`<div class="title"><h1>Tickets</h1></div>
<p class="subtitle">${threads.filter((t) => t.status === "awaiting_human").length} waiting for a person · ${threads.length} in all</p>
<section class="card">
${
  sorted.length === 0
    ? html`<p class="muted">No tickets yet.</p>`
    : html`<table class="threads"><thead><tr><th>Ticket</th><th>Subject</th><th>Status</th><th>Owner</th><th>Team</th><th>Last activity</th></tr></thead><tbody>
${sorted.map(
  (t) =>
    html`<tr><td><a href="/tickets/${encodeURIComponent(t.threadId)}">${t.threadId}</a></td><td>${redactTextForView(t.subject, kinds)}</td><td><span class="pill ${t.status}">${t.status.replace(/_/g, " ")}</span></td><td>${t.owner ?? "—"}</td><td>${t.team ?? "—"}</td><td class="muted">${t.lastActivity?.slice(0, 16).replace("T", " ") ?? "—"}</td></tr>`,
)}
</tbody></table>`
}
</section>`,
  );
}
