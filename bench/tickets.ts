/**
 * Varied tickets for load tests and benchmarks, from templates that cover
 * every decision the rules engine makes (no escalation, scheduled,
 * specialist, management, immediate). The variation — names, addresses,
 * references, amounts — changes what is stored and sent, not the decision;
 * `expected` is what the template was calibrated to produce.
 */
import type { Ticket } from "../src/domain/ticket.js";
import type { DecisionType } from "../src/domain/taxonomy.js";

interface Template {
  expected: DecisionType;
  subject: string;
  description: (v: Variation) => string;
  tier: NonNullable<Ticket["customerTier"]>;
  escalationHistory?: number;
  /** A follow-up a customer might send on this thread. */
  followUp: string;
}

interface Variation {
  name: string;
  ref: string;
  amount: number;
}

const TEMPLATES: Template[] = [
  {
    expected: "no_escalation",
    subject: "Password reset",
    description: (v) => `Hi, I forgot my password and cannot access my account. Could you please help me reset it? Thanks! ${v.name}`,
    tier: "paid",
    followUp: "Thanks, I got the reset email.",
  },
  {
    expected: "no_escalation",
    subject: "Export to CSV",
    description: (v) => `How do I export my projects to CSV? Our account is ${v.ref}.`,
    tier: "free",
    followUp: "And can I export to JSON as well?",
  },
  {
    expected: "no_escalation",
    subject: "Invoice copy",
    description: (v) => `Could you send me a copy of the invoice for last month? Our accounting needs it by Friday. Reference ${v.ref}.`,
    tier: "paid",
    followUp: "Found it in the billing page, thank you.",
  },
  {
    expected: "no_escalation",
    subject: "Feature idea",
    description: () => "It would be great if you could add a dark mode to the app.",
    tier: "free",
    followUp: "Also a keyboard shortcut for search would be nice.",
  },
  {
    expected: "scheduled_escalation",
    subject: "Cancelling",
    description: () => "We are thinking about cancelling our subscription and moving to a competitor. Can you tell me how to cancel?",
    tier: "paid",
    followUp: "Is there a discount if we stay another year?",
  },
  {
    expected: "scheduled_escalation",
    subject: "Other vendors",
    description: () => "Honestly we are considering switching to another vendor. The product has been okay but support replies are slow.",
    tier: "paid",
    followUp: "Let me know what you can offer.",
  },
  {
    expected: "specialist_escalation",
    subject: "Webhook payloads",
    description: (v) =>
      `We are implementing your webhooks API and noticing inconsistent payload structures between your documentation and what were receiving in production (${v.ref}). Specifically, the order.items array sometimes contains nested product objects and sometimes just product IDs. Our integration is failing intermittently because of this.`,
    tier: "paid",
    followUp: "It happened again with a different order today.",
  },
  {
    expected: "management_escalation",
    subject: "Billing error again",
    description: (v) =>
      `This is the THIRD time I am contacting support about the same billing issue. I have been charged twice for my subscription (${v.amount} EUR) for the past 3 months. I am beyond frustrated and will be leaving negative reviews.`,
    tier: "paid",
    escalationHistory: 1,
    followUp: "Still nothing. Unbelievable.",
  },
  {
    expected: "immediate_escalation",
    subject: "Outage",
    description: (v) => `Our production API has been down for an hour, all requests fail with 503. Account ${v.ref}.`,
    tier: "enterprise",
    followUp: "Any update? We are losing money every minute.",
  },
  {
    expected: "immediate_escalation",
    subject: "Lawyers",
    description: () => "If this is not fixed by tomorrow our lawyers will be in touch. We will sue.",
    tier: "paid",
    followUp: "I am waiting for your answer.",
  },
  {
    expected: "immediate_escalation",
    subject: "A person, please",
    description: () => "I want to speak to a real person, please.",
    tier: "free",
    followUp: "Hello? Is anyone there?",
  },
];

const NAMES = ["Ana", "Ben", "Chloé", "Dmitri", "Emeka", "Fatima", "Gustav", "Hana", "Ivan", "Jun", "Kofi", "Lena"];

export interface GeneratedTicket {
  ticket: Ticket;
  expected: DecisionType;
  followUp: string;
}

/** `count` tickets, templates in rotation so every decision type is present from 11 tickets on. */
export function generateTickets(count: number, prefix = "LOAD"): GeneratedTicket[] {
  return Array.from({ length: count }, (_, i) => {
    const template = TEMPLATES[i % TEMPLATES.length] as Template;
    const name = NAMES[i % NAMES.length] as string;
    const variation: Variation = { name, ref: `ACC-${100_000 + i}`, amount: 10 + (i % 90) };
    const id = `${prefix}-${String(i).padStart(5, "0")}`;
    return {
      expected: template.expected,
      followUp: template.followUp,
      ticket: {
        id,
        subject: template.subject,
        description: template.description(variation),
        customerName: name,
        customerEmail: `${name
          .toLowerCase()
          .normalize("NFD")
          .replace(/[^a-z]/g, "")}.${i}@example.com`,
        customerTier: template.tier,
        accountValue: 1_000 + (i % 50) * 100,
        ...(template.escalationHistory ? { escalationHistory: Array.from({ length: template.escalationHistory }, (_, n) => `ESC-${i}-${n}`) } : {}),
      },
    };
  });
}

export const TEMPLATE_COUNT = TEMPLATES.length;
