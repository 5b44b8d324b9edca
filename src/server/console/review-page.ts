/**
 * The console's review list: tickets a learned threshold kept with the bot
 * and sampled for review (src/learning/review-queue.ts), each with a form
 * for the verdict — was a person warranted? Ticket ids, segments and the
 * threshold that kept them; the ticket's own page has its text.
 */
import type { QueueEntry } from "../../learning/review-queue.js";
import { html, type Html } from "./html.js";
import { page } from "./layout.js";

export function reviewPage(queue: readonly QueueEntry[], options: { agent?: string; signedInAs?: string; notice?: string; error?: string } = {}): Html {
  // A signed-in user reviews as themselves: no name to type.
  const name = (id: string) =>
    options.signedInAs
      ? ""
      : html`<label for="agent-${id}">Your name</label><input type="text" id="agent-${id}" name="agent" maxlength="200" value="${options.agent ?? ""}" required>`;
  return page(
    "Review",
    html`<div class="title"><h1>Review what learning kept with the bot</h1></div>
<p class="subtitle">${queue.length} ticket(s) wait for a verdict. A learned threshold kept each with the bot; your verdict counts for learning.${options.signedInAs ? ` Signed in as ${options.signedInAs}.` : ""}</p>
${options.notice ? html`<p class="notice" role="status">${options.notice}</p>` : ""}
${options.error ? html`<p class="error" role="alert">${options.error}</p>` : ""}
<section class="card">
${
  queue.length === 0
    ? html`<p class="muted">Nothing waits for a review.</p>`
    : html`<table class="threads"><thead><tr><th>Ticket</th><th>Segment</th><th>Decided</th><th>Kept by</th><th>Verdict</th></tr></thead><tbody>
${queue.map(
  (q) =>
    html`<tr><td><a href="/tickets/${encodeURIComponent(q.ticketId)}">${q.ticketId}</a></td><td>${q.segment}</td><td class="muted">${q.decidedAt.slice(0, 16).replace("T", " ")}</td><td>${q.learned.join("; ")}</td><td><form method="post" action="/learning/review/${encodeURIComponent(q.ticketId)}">${name(q.ticketId)}<fieldset><legend>Should a person have taken it?</legend><label><input type="radio" name="warranted" value="yes" required> Yes</label><label><input type="radio" name="warranted" value="no"> No</label></fieldset><button class="primary" type="submit">Record</button></form></td></tr>`,
)}
</tbody></table>`
}
</section>`,
    "review",
  );
}
