/**
 * The survey mail's text, after the seed's generateFeedbackEmail, asking
 * for the one number the outcome record keeps (1–5). English only: the
 * reply templates are localized, the survey is not yet.
 */
import type { FollowUp } from "./follow-up.js";

export function surveyText(followUp: FollowUp): string {
  return [
    `Hi ${followUp.customerName ?? "there"},`,
    "We hope your recent support request has been resolved to your satisfaction.",
    [`Ticket: ${followUp.ticketId}`, followUp.subject ? `Issue: ${followUp.subject}` : null].filter(Boolean).join("\n"),
    "How would you rate the support you received, from 1 (poor) to 5 (excellent)? Just reply to this email with the number, and anything else you would like us to know.",
    "Your answer helps us decide better when to bring in a person.",
    "Best regards,\nSupport Team",
  ].join("\n\n");
}
