/**
 * The escalation-signal and urgency-indicator detector of the rules engine:
 * which escalation signals (legal threat, outage, churn risk…) and urgency
 * indicators a ticket carries, and the words that show it.
 *
 * Patterns of all four supported languages always run, whatever `language`
 * says: language guesses on short or mixed tickets are often wrong, a German
 * customer may quote an English error, and the families are cheap.
 */
import { isSupportedLanguage } from "../../domain/taxonomy.js";
import { buildReport, type SignalReport } from "./report.js";
import { scan } from "./scan.js";
import { scanTicket } from "./subject.js";
import type { Withdrawal } from "./withdrawal.js";

export type { SignalReport } from "./report.js";

/**
 * text = subject + "\n" + body (the caller joins them); language = ISO 639-1
 * guess (may be wrong or "und"). The language only chooses the sentence
 * splitter's locale and which evidence is listed first. `withdrawn`: what
 * the thread's later messages take back of this one (withdrawal.ts).
 */
export function detectSignals(text: string, language?: string, withdrawn?: Withdrawal): SignalReport {
  const locale = localeOf(language);
  return buildReport(scan(textOf(text), locale, withdrawn), locale);
}

/**
 * A ticket's first message: its subject line is read as what the body is
 * about (subject.ts), so a topic the body sets aside is not reported twice.
 */
export function detectTicketSignals(subject: string, body: string, language?: string, withdrawn?: Withdrawal): SignalReport {
  const locale = localeOf(language);
  return buildReport(scanTicket(textOf(subject), textOf(body), locale, withdrawn), locale);
}

function localeOf(language: string | undefined): string {
  return language !== undefined && isSupportedLanguage(language) ? language : "en";
}

/** Plain-JS callers (and JSON with a null body) can hand us a non-string; that is an empty text, not a crash. */
function textOf(text: unknown): string {
  return typeof text === "string" ? text : "";
}
