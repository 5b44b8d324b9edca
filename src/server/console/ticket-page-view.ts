/**
 * What a ticket's page is drawn from: the page (ticket-page.ts) and its
 * action forms (action-forms.ts) both read it, so it lives apart from both.
 */
import type { TicketState } from "../../agent/state.js";
import type { TriageResult } from "../../runtime/output.js";

export interface TicketPageView {
  threadId: string;
  result: TriageResult;
  ticket: TicketState | null;
  /** "" for a console session, `exp=…&sig=…` for a signed link: carried into every form. */
  accessQuery: string;
  /** The name this browser used last (the signed-in user's, when there is one). */
  agent?: string;
  /** A user signed in with their own token: the forms act as them, no name to type. */
  signedInAs?: string;
  notice?: string;
  error?: string;
}
