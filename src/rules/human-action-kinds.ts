/**
 * The kinds of request only a person can carry out (human-action.ts finds
 * them): which kinds there are, which team can act on each, and how each is
 * worded in a decision's reasons.
 */
import type { Team } from "../domain/taxonomy.js";

export const HUMAN_ACTION_KINDS = [
  "refund",
  "billing_correction",
  "payment_not_applied",
  "contract_terms",
  "vendor_review",
  "invoicing_setup",
  "ownership_transfer",
  "account_deletion",
  "account_recovery",
  "records_export",
  "account_manager",
  "plan_exception",
  "press_inquiry",
  // Found by the learned concept reader (src/rules/concepts/), which reads
  // the concept however it is phrased; a complaint the customer says they
  // will file and the erasure of the writer's own data have patterns as well.
  "handling_complaint",
  "data_rights",
  "accessibility_blocker",
  "person_requested",
  "fraud_review",
  "business_stopped",
  "data_recovery",
  "retention",
  "staff_request",
] as const;
export type HumanActionKind = (typeof HUMAN_ACTION_KINDS)[number];

export interface HumanActionNeed {
  kind: HumanActionKind;
  /** The words that asked for it, as the customer wrote them. */
  match: string;
  /** Found by the learned concept reader in one sentence, not by a pattern family (read back from evidence). */
  learned?: boolean;
}

/**
 * Who can act on each kind, whatever the ticket's category was read as:
 * money and contracts are finance's; ownership, deletion, recovery and the
 * account relationship are customer success's. "category" leaves it to the
 * category's team (a press request goes wherever general inquiries go).
 */
export const HUMAN_ACTION_TEAM: Record<HumanActionKind, Team | "category"> = {
  refund: "finance",
  billing_correction: "finance",
  payment_not_applied: "finance",
  contract_terms: "finance",
  // Security and compliance answer a buyer's review of us; they pass legal questions on.
  vendor_review: "security_team",
  invoicing_setup: "finance",
  ownership_transfer: "customer_success",
  account_deletion: "customer_success",
  account_recovery: "customer_success",
  records_export: "category",
  account_manager: "customer_success",
  plan_exception: "customer_success",
  press_inquiry: "category",
  handling_complaint: "senior_support",
  data_rights: "security_team",
  accessibility_blocker: "category",
  person_requested: "category",
  fraud_review: "security_team",
  business_stopped: "engineering",
  data_recovery: "engineering",
  retention: "customer_success",
  // The reader knows a person must act, not which kind of act: the team of what the ticket is about.
  staff_request: "category",
};

/** What the need is, worded for the decision's reasons. */
export const HUMAN_ACTION_LABEL: Record<HumanActionKind, string> = {
  refund: "a refund",
  billing_correction: "a billing correction",
  payment_not_applied: "a payment that was not applied",
  contract_terms: "custom contract or payment terms",
  vendor_review: "a vendor review's paperwork for us to complete (questionnaire, code of conduct)",
  invoicing_setup: "an invoicing set-up only billing staff can change",
  ownership_transfer: "an ownership transfer",
  account_deletion: "an account or personal-data deletion request",
  account_recovery: "account recovery without the second factor",
  records_export: "records only staff can pull (audit logs beyond the product's window)",
  account_manager: "a meeting with the account team",
  plan_exception: "an exception to the plan's terms",
  press_inquiry: "a press inquiry",
  handling_complaint: "a complaint about how the case was handled",
  data_rights: "a data-protection rights request (access, erasure, a formal notice)",
  accessibility_blocker: "an accessibility barrier that blocks the customer",
  person_requested: "a conversation with a person",
  fraud_review: "a check for fraud or unauthorised use",
  business_stopped: "a business that cannot work",
  data_recovery: "data the customer has lost",
  retention: "a customer who means to leave",
  staff_request: "a request only staff can carry out (on the account, its billing, contract or records)",
};
