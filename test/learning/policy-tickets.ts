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

/** A long-standing enterprise customer (6 earlier tickets, one earlier escalation) annoyed about a seat count: billing:enterprise, overall risk 57, frustration 74, no harm evidence; escalated by default (55). */
export const seatCount = (id: string): Ticket => ({
  id,
  subject: "Seat count on the invoice",
  description: "This is ridiculous!!! Your invoice charges us for 120 seats but we only have 80 users. So annoying and frustrating.",
  customerTier: "enterprise",
  previousTicketCount: 6,
  escalationHistory: ["2026-10-01 billing"],
});

/** The same complaint, furious: billing:enterprise, overall risk 58, frustration 100 (harm evidence: at or above the management line). */
export const angrySeatCount = (id: string): Ticket => ({
  id,
  subject: "Seat count on the invoice",
  description:
    "This is ridiculous!!! Your invoice charges us for 120 seats but we only have 80 users. I am so angry and frustrated. Terrible billing, absolutely unacceptable!!!",
  customerTier: "enterprise",
});

/**
 * The same customer as `seatCount`, overcharged 40,000 EUR and furious: billing:enterprise, escalated by the risk threshold, harm evidence (money, frustration).
 * Told as what the invoice says: "you charged us … instead of …" would be a person-only billing correction (human-action.ts), escalated whatever the threshold.
 */
export const overcharge = (id: string): Ticket => ({
  id,
  subject: "This month's invoice",
  description:
    "Your invoice says 40,000 EUR instead of 4,000 this month and our account is now overdrawn, we cannot pay salaries. This is extremely frustrating!!! Absolutely unacceptable, I am furious!!!",
  customerTier: "enterprise",
  previousTicketCount: 6,
  escalationHistory: ["2026-10-01 billing"],
});
