/**
 * Short helpdesk tickets of about 500 characters, as in the measurement
 * issue 21 started from: bench/tickets.ts's templates (every decision the
 * rules make) written the way customers write — a greeting, some context,
 * the problem, a sign-off — with names, references and wording varied by
 * index. Deterministic: ticket i is the same in every run.
 */
import type { Ticket } from "../src/domain/ticket.js";
import { generateTickets } from "./tickets.js";

const OPENINGS = ["Hello support team,", "Hi there,", "Good morning,", "Dear support,", "Hi,", "Hello,"];
const CONTEXT = [
  "We have been using your product for about two years across three departments and it is usually reliable.",
  "I am writing on behalf of our operations team, who rely on the dashboard every day for planning.",
  "Our company moved to the annual plan last spring and we onboarded about forty new users since then.",
  "I tried searching the help centre first but could not find an answer that matches our situation.",
  "A colleague of mine mentioned a similar question last week, so this may already be known to you.",
  "We are a small agency and I handle the account administration next to my regular work.",
];
const CLOSINGS = [
  "Thanks in advance for your help, and have a nice day.",
  "Looking forward to hearing from you soon.",
  "Please let me know if you need any further details from our side.",
  "Many thanks, and kind regards from the whole team.",
  "Thank you for looking into this as soon as you can.",
  "Best regards, and thanks for the quick support so far.",
];

const TARGET_CHARS = 500;

export interface StorageTicket {
  ticket: Ticket;
  /** Whether the rules were calibrated to hand this template to a person. */
  escalates: boolean;
}

export function storageTickets(count: number, prefix = "STORE"): StorageTicket[] {
  return generateTickets(count, prefix).map(({ ticket, expected }, i) => {
    const pick = (list: readonly string[], salt: number) => list[(i * 7 + salt) % list.length] as string;
    const signature = ticket.customerName ?? "";
    let body = `${pick(OPENINGS, 0)} ${pick(CONTEXT, 1)} ${ticket.description}`;
    // More context while the template is short, then the sign-off: about 500 characters in all.
    for (let salt = 2; body.length + 60 < TARGET_CHARS && salt < 2 + CONTEXT.length - 1; salt++) body += ` ${pick(CONTEXT, salt)}`;
    const description = `${body} ${pick(CLOSINGS, 3)} ${signature}`.trim();
    return { ticket: { ...ticket, description }, escalates: expected !== "no_escalation" };
  });
}
