/** The English reply wording. */
import { PRODUCT_NAME, type ReplyTemplates } from "./types.js";

export const en: ReplyTemplates = {
  greeting: (name) => (name ? `Hi ${name},` : "Hello,"),
  lowercaseAfterGreeting: false,
  repeatContactOpener: "I'm sorry you've had to contact us several times about this. That shouldn't happen, and I understand how frustrating it is.",
  frustrationOpener: "I'm sorry for the trouble this has caused, and I understand how frustrating it is.",
  solutionIntro: (title) => `Thanks for getting in touch. Here's what to do, from our help article “${title}”:`,
  solutionOutro: "If these steps don't solve it, just reply to this email and tell us what you see, and we'll look into it with you.",
  solutionOutroChat: "If these steps don't solve it, just tell me here what you see, and we'll look into it with you.",
  clarificationIntro: "Thanks for getting in touch. So that we can point you in the right direction, could you send us a few more details?",
  clarificationDetails: {
    technical: [
      "what you were doing when the problem appeared",
      "the exact error message, or a screenshot",
      "when it started (with your time zone)",
      "your browser and operating system, or the SDK and version you use",
    ],
    billing: [
      "the invoice number (it starts with LF-) or the date and amount of the charge",
      "the email address or workspace the subscription belongs to",
      "the last four digits of the card (please never send the full card number)",
    ],
    account: ["the email address you sign in with", "the name of your workspace", "what you see when you try, including any error message"],
    product: ["which feature or page this is about", "what you are trying to achieve", "what you expected and what happened instead"],
    integration: [
      "which integration, API endpoint or webhook event is involved",
      "the request_id or webhook delivery ID, and when it happened (with your time zone)",
      "an example request or payload, with keys and secrets removed",
    ],
    bug_report: [
      "the steps that lead to the problem",
      "what you expected and what happened instead",
      "your browser and operating system",
      "a screenshot or short screen recording, if you can",
    ],
    feature_request: ["what you are trying to achieve", "how you handle it today", "how many people in your team it affects"],
    security: [
      "what looked suspicious, and when (with your time zone)",
      "which accounts, members or API keys may be affected",
      "please don't send passwords or 2FA codes",
    ],
    general_inquiry: ["what you would like to do", "the workspace or account it concerns", "anything you have already tried"],
  },
  clarificationOutro: "As soon as we have these, we'll pick it up from there.",
  escalationHandover: (team, who) => `I've passed your request to ${team}, and ${who} is taking it over from here.`,
  escalationExpectation: (within) => `You can expect to hear from them ${within}.`,
  escalationContext: "Everything you've told us so far goes with your request, so you won't need to repeat yourself.",
  within: {
    immediate: "within 15 minutes",
    urgent: "within 1 hour",
    standard: "within 4 hours",
    scheduled: "within 1 business day",
  },
  teams: {
    engineering: "our engineering team",
    technical_support: "our technical support team",
    customer_success: "our customer success team",
    senior_support: "our senior support team",
    finance: "our billing team",
    security_team: "our security team",
    product: "our product team",
    general_support: "our support team",
  },
  takesOver: {
    engineering: "an engineer there",
    technical_support: "a specialist there",
    customer_success: "someone from that team",
    senior_support: "a senior colleague there",
    finance: "someone from that team",
    security_team: "a security specialist there",
    product: "someone from that team",
    general_support: "a colleague there",
  },
  statusPageTip: (url) => `In the meantime, you can follow live updates on our status page: ${url}`,
  securityTip: (title) =>
    `While you wait, we recommend securing your account straight away: change your password and sign out all other sessions. Our article “${title}” walks you through it.`,
  withdrawnNote: (team) =>
    `Thanks for letting us know it's sorted. We've told ${team} that you no longer need them. If it comes back, just reply to this message.`,
  signOff: `Best regards,\nThe ${PRODUCT_NAME} Support Team`,
};
