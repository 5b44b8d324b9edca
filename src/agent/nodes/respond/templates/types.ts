/**
 * The shape every language's reply wording fills in. Every sentence of every
 * language is checked by the guardrail test, so nothing may promise an
 * outcome (refunds, fixes, dates) that only a human can decide.
 */
import type { Category, Team, Urgency } from "../../../../domain/taxonomy.js";

export const PRODUCT_NAME = "Lumaflow";

export interface ReplyTemplates {
  greeting: (customerName: string | undefined) => string;
  /** German letters continue in lower case after "Hallo Anna,"; the composer applies it to whichever paragraph comes first. */
  lowercaseAfterGreeting: boolean;
  /** For a customer who has written about this before: the apology comes first. */
  repeatContactOpener: string;
  /** For a frustrated customer (frustration ≥ 70) without repeat contact. */
  frustrationOpener: string;
  solutionIntro: (articleTitle: string) => string;
  solutionOutro: string;
  /** The same for a live chat, where there is no email to reply to. */
  solutionOutroChat: string;
  clarificationIntro: string;
  /** What to ask for, per category: the details a human would need first. */
  clarificationDetails: Record<Category, readonly string[]>;
  clarificationOutro: string;
  /** `team` is one of `teams` and `who` the same team's entry in `takesOver`, both phrased for this sentence. */
  escalationHandover: (team: string, who: string) => string;
  /** `within` is one of `within`. */
  escalationExpectation: (within: string) => string;
  escalationContext: string;
  within: Record<Urgency, string>;
  teams: Record<Team, string>;
  /**
   * Who in that team picks the request up. Only the technical teams are
   * specialists; a billing or support team has colleagues, and a customer
   * told "a specialist" there reads a promise of expertise nobody made.
   */
  takesOver: Record<Team, string>;
  statusPageTip: (url: string) => string;
  securityTip: (articleTitle: string) => string;
  /** The customer took back what an unclaimed escalation was about; `team` is one of `teams`. */
  withdrawnNote: (team: string) => string;
  signOff: string;
}
