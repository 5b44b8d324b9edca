/**
 * The handoff as a person reads it: titled sections of short lines, built
 * once from the context package and rendered as the email's text and HTML
 * bodies and as the ticketing system's internal note, so every channel says
 * the same thing.
 */
import type { ContextPackage } from "../../domain/context-package.js";

export interface SummarySection {
  title: string;
  lines: string[];
  /** Lines that are a list (bullets or numbers) rather than label/value facts. */
  style: "facts" | "bullets" | "numbered" | "conversation";
}

/** Customer turns longer than this are cut in the summary; the attachment keeps them whole. */
const TURN_LIMIT = 4_000;

export function summarySections(pkg: ContextPackage, teamName: string): SummarySection[] {
  const { ticketInfo: ticket, customerContext: customer, issueAnalysis: issue, escalation } = pkg;
  const prefs = customer.communicationPreferences;
  const signals = escalation.signals.join(", ") || "none";
  return [
    {
      title: "Ticket",
      style: "facts",
      lines: [
        `ID: ${ticket.id}${ticket.externalId !== undefined ? ` (helpdesk #${ticket.externalId})` : ""}`,
        `Subject: ${ticket.subject}`,
        `Channel: ${ticket.channel}`,
        `Escalated: ${ticket.escalatedAt}`,
        `Decision: ${escalation.type} → ${teamName}, ${escalation.urgency} (${escalation.source}, confidence ${escalation.confidence})`,
        `Pick up: ${escalation.expectedResponse}; follow-up check at ${escalation.followUpAt}`,
      ],
    },
    { title: "Why it was escalated", style: "bullets", lines: escalation.reasons.length ? escalation.reasons : ["(no reason recorded)"] },
    {
      title: "Customer",
      style: "facts",
      lines: [
        `Name: ${customer.name ?? "not provided"}`,
        `Email: ${customer.email ?? "not provided"}`,
        `Tier: ${customer.tier}`,
        `Account value: ${customer.accountValue ?? "unknown"}`,
        `Previous tickets: ${customer.previousTickets}`,
        `Earlier escalations: ${customer.escalationHistory.join(", ") || "none"}`,
        `Mood: ${prefs.currentEmotion}, frustration ${prefs.frustration}/100`,
        `Language: ${prefs.language}`,
      ],
    },
    {
      title: "Issue",
      style: "facts",
      lines: [
        `Category: ${issue.category}, priority ${issue.priority}, complexity ${issue.complexity}, ${issue.issueType}`,
        `Signals: ${signals}`,
        `Urgency indicators: ${issue.urgencyIndicators.join(", ") || "none"}`,
        `Risk: ${escalation.risk.overall}/100 (sentiment ${escalation.risk.sentiment}, complexity ${escalation.risk.complexity}, customer ${escalation.risk.customer}, business ${escalation.risk.business})`,
        ...entityLines(pkg),
      ],
    },
    {
      title: "Recommended actions",
      style: "numbered",
      lines: pkg.recommendedActions.length ? pkg.recommendedActions : ["Read the conversation and reply personally."],
    },
    { title: "Communication guidance", style: "bullets", lines: pkg.communicationGuidance ?? [] },
    {
      title: "Conversation",
      style: "conversation",
      lines: pkg.conversation.map(
        (turn) => `[${turn.at}] ${turn.role.toUpperCase()}${turn.channel ? ` (${turn.channel})` : ""}: ${cut(turn.content, TURN_LIMIT)}`,
      ),
    },
    { title: "Agent notes", style: "bullets", lines: pkg.agentNotes },
  ].filter((section) => section.lines.length > 0) as SummarySection[];
}

function entityLines(pkg: ContextPackage): string[] {
  const entities = pkg.issueAnalysis.entities;
  const found: Array<[string, string[]]> = [
    ["Error codes", entities.errorCodes],
    ["IDs", entities.ids],
    ["Versions", entities.versions],
    ["Amounts", entities.amounts],
    ["Durations", entities.durations],
    ["Links", entities.urls],
  ];
  return found.filter(([, values]) => values.length > 0).map(([label, values]) => `${label}: ${values.join(", ")}`);
}

export function cut(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}

/** Plain text: one block per section. */
export function sectionsAsText(sections: SummarySection[]): string {
  return sections
    .map((section) => {
      const lines = section.lines.map((line, i) => (section.style === "bullets" ? `• ${line}` : section.style === "numbered" ? `${i + 1}. ${line}` : line));
      return `${section.title.toUpperCase()}\n${lines.join("\n")}`;
    })
    .join("\n\n");
}
