/**
 * Tickets the learned-policy tests feed the real graph, in memory and on
 * PostgreSQL; each comment says the segment and score its test relies on.
 */
import type { Ticket } from "../../src/domain/ticket.js";

/** An enterprise user venting about a how-to: product:enterprise, overall risk 59, escalated by default (55). */
export const venting = (id: string): Ticket => ({
  id,
  subject: "The notification settings?!",
  description: "This is ridiculous!!! How do I change the notification settings??? I am SO fed up. What an awful app!!! So frustrating!!!",
  customerTier: "enterprise",
});

/** A developer's how-to: integration:paid, technical complexity 50, kept by the bot by default (specialist at 60). */
export const scopes = (id: string): Ticket => ({
  id,
  subject: "API token scopes",
  description: "Which scopes does an API token need to read projects? We are writing a small script.",
  customerTier: "paid",
});

/** An angry enterprise customer with a real blocker: bug_report:enterprise, escalated by default. */
export const blocker = (id: string): Ticket => ({
  id,
  subject: "Import broken, team blocked",
  description: "This is RIDICULOUS!!! The import fails with error 500 every time and our whole team is blocked. Terrible!!",
  customerTier: "enterprise",
});

/** The same segment as `venting`, with a hard trigger (data loss). */
export const dataLoss = (id: string): Ticket => ({
  id,
  subject: "Our data is gone",
  description: "This is ridiculous!!! How do I change the dashboard? And all our project data was deleted overnight, we cannot restore it!!!",
  customerTier: "enterprise",
});
