/**
 * The forms on a ticket's page: claim, reply, resolve (with the verdict the
 * learning loop reads) and release. Only shown while the thread waits for a
 * person; each posts to its own route, which acts and redirects back.
 */
import type { TicketPageView } from "./ticket-page-view.js";
import { html, type Html } from "./html.js";

export function actionForms(view: TicketPageView): Html {
  const { result } = view;
  if (result.status === "resolved") {
    return html`<section class="card" aria-labelledby="actions-h"><h2 id="actions-h">Actions</h2><p>This ticket is resolved.</p></section>`;
  }
  if (result.status === "bot") {
    return html`<section class="card" aria-labelledby="actions-h"><h2 id="actions-h">Actions</h2><p>The bot is handling this conversation; nothing waits for a person.</p></section>`;
  }
  const action = (name: string) => `/tickets/${encodeURIComponent(view.threadId)}/${name}${view.accessQuery ? `?${view.accessQuery}` : ""}`;
  const me = view.agent ?? result.owner ?? undefined;
  const iOwnIt = Boolean(result.owner && me === result.owner);
  const agentField = me ? html`<input type="hidden" name="agent" value="${me}">` : "";
  return html`<section class="card" aria-labelledby="actions-h">
  <h2 id="actions-h">Actions</h2>
  ${view.signedInAs ? html`<p class="muted">Signed in as ${view.signedInAs}.</p>` : ""}
  ${
    iOwnIt
      ? html`<p>You own this ticket.</p>`
      : html`<form method="post" action="${action("claim")}">
    ${
      view.signedInAs
        ? ""
        : html`<label for="claim-agent">Your name</label>
    <input type="text" id="claim-agent" name="agent" value="${view.agent ?? ""}" maxlength="200" required autocomplete="name">`
    }
    <button class="primary" type="submit">${result.owner ? `Take over from ${result.owner}` : "Claim ticket"}</button>
  </form>`
  }
  <form method="post" action="${action("reply")}">
    ${agentField}
    <label for="reply-text">Reply to the customer</label>
    <textarea id="reply-text" name="text" maxlength="20000" required></textarea>
    <button class="primary" type="submit">Send reply</button>
  </form>
  <form method="post" action="${action("resolve")}">
    ${agentField}
    <fieldset><legend>Is the customer's problem solved?</legend>
      <label><input type="radio" name="resolved" value="yes" checked> Yes</label>
      <label><input type="radio" name="resolved" value="no"> No</label>
    </fieldset>
    <fieldset><legend>Was escalating it the right call?</legend>
      <label><input type="radio" name="appropriate" value="yes" checked> Yes</label>
      <label><input type="radio" name="appropriate" value="no"> No</label>
    </fieldset>
    <label for="resolve-satisfaction">Customer satisfaction</label>
    <select id="resolve-satisfaction" name="satisfaction">
      <option value="">Not known</option>
      ${[5, 4, 3, 2, 1].map((n) => html`<option value="${n}">${n} — ${["", "very unhappy", "unhappy", "neutral", "happy", "very happy"][n]}</option>`)}
    </select>
    <label for="resolve-notes">Notes</label>
    <textarea id="resolve-notes" name="notes" maxlength="5000"></textarea>
    <button class="success" type="submit">Resolve ticket</button>
  </form>
  <form method="post" action="${action("release")}">
    ${agentField}
    <details><summary>Hand back to the bot</summary>
      <label for="release-notes">Why</label>
      <input type="text" id="release-notes" name="notes" maxlength="5000">
      <button type="submit">Release to the bot</button>
    </details>
  </form>
</section>`;
}
