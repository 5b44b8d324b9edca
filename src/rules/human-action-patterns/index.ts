/**
 * The patterns of the person-only requests (human-action.ts), by kind, in
 * English, German, Spanish and French. They look for the REQUEST, not the
 * topic: "please refund us" is a need, "what is your refund policy?" is not.
 * One file per group of kinds; the kinds left empty here are found by the
 * learned concept reader, however they are phrased.
 */
import type { HumanActionKind } from "../human-action-kinds.js";
import type { Rule } from "./pattern-text.js";
import { ACCOUNT_DELETION, ACCOUNT_MANAGER, ACCOUNT_RECOVERY, OWNERSHIP_TRANSFER, PLAN_EXCEPTION, PRESS_INQUIRY, RECORDS_EXPORT } from "./account.js";
import { CONTRACT_TERMS, INVOICING_SETUP, VENDOR_PAPERWORK } from "./contracts.js";
import { BILLING_CORRECTION } from "./billing-correction.js";
import { PAYMENT_NOT_APPLIED, REFUND } from "./money.js";
import { DATA_RIGHTS, HANDLING_COMPLAINT } from "./rights.js";

export type { Rule } from "./pattern-text.js";

export const PATTERNS: Record<HumanActionKind, readonly Rule[]> = {
  refund: REFUND,
  billing_correction: BILLING_CORRECTION,
  payment_not_applied: PAYMENT_NOT_APPLIED,
  contract_terms: CONTRACT_TERMS,
  vendor_review: VENDOR_PAPERWORK,
  invoicing_setup: INVOICING_SETUP,
  ownership_transfer: OWNERSHIP_TRANSFER,
  account_deletion: ACCOUNT_DELETION,
  account_recovery: ACCOUNT_RECOVERY,
  records_export: RECORDS_EXPORT,
  account_manager: ACCOUNT_MANAGER,
  plan_exception: PLAN_EXCEPTION,
  press_inquiry: PRESS_INQUIRY,
  handling_complaint: HANDLING_COMPLAINT,
  data_rights: DATA_RIGHTS,
  accessibility_blocker: [],
  person_requested: [],
  fraud_review: [],
  business_stopped: [],
  data_recovery: [],
  retention: [],
  staff_request: [],
};
