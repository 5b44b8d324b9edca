/** Every pattern family of the rules engine, grouped by what it detects. */
import type { PatternFamily } from "../family.js";
import { BUSINESS_IMPACTING_FAMILIES } from "./business-impacting.js";
import { CHANGE_DENIED_FAMILIES } from "./change-denied.js";
import { CHARGEBACK_FAMILIES } from "./chargeback.js";
import { CHURN_RISK_FAMILIES } from "./churn-risk.js";
import { DATA_LOSS_FAMILIES } from "./data-loss.js";
import { DEADLINE_FAMILIES } from "./deadline.js";
import { EXECUTIVE_INVOLVEMENT_FAMILIES } from "./executive-involvement.js";
import { FRAUD_REPORT_FAMILIES } from "./fraud-report.js";
import { HUMAN_REQUESTED_FAMILIES } from "./human-requested.js";
import { LEGAL_THREAT_FAMILIES } from "./legal-threat.js";
import { MANY_USERS_AFFECTED_FAMILIES } from "./many-users-affected.js";
import { OUTAGE_FAMILIES } from "./outage.js";
import { OUTAGE_AS_SEEN_FAMILIES } from "./outage-as-seen.js";
import { PUBLIC_COMPLAINT_FAMILIES } from "./public-complaint.js";
import { REACH_A_PERSON_FAMILIES } from "./reach-a-person.js";
import { REPEAT_CONTACT_FAMILIES } from "./repeat-contact.js";
import { REVENUE_AFFECTING_FAMILIES } from "./revenue-affecting.js";
import { OUTAGE_RELATED_FAMILIES, SECURITY_RELATED_FAMILIES } from "./security-outage-related.js";
import { SECURITY_INCIDENT_FAMILIES } from "./security-incident.js";
import { NOT_MADE_BY_US_FAMILIES } from "./security-not-ours.js";
import { WORK_STOPPED_FAMILIES } from "./work-stopped.js";

export const ALL_FAMILIES: readonly PatternFamily[] = [
  ...LEGAL_THREAT_FAMILIES,
  ...EXECUTIVE_INVOLVEMENT_FAMILIES,
  ...SECURITY_INCIDENT_FAMILIES,
  ...NOT_MADE_BY_US_FAMILIES,
  ...FRAUD_REPORT_FAMILIES,
  ...CHANGE_DENIED_FAMILIES,
  ...OUTAGE_FAMILIES,
  ...OUTAGE_AS_SEEN_FAMILIES,
  ...WORK_STOPPED_FAMILIES,
  ...DATA_LOSS_FAMILIES,
  ...CHURN_RISK_FAMILIES,
  ...PUBLIC_COMPLAINT_FAMILIES,
  ...HUMAN_REQUESTED_FAMILIES,
  ...REACH_A_PERSON_FAMILIES,
  ...REPEAT_CONTACT_FAMILIES,
  ...CHARGEBACK_FAMILIES,
  ...BUSINESS_IMPACTING_FAMILIES,
  ...REVENUE_AFFECTING_FAMILIES,
  ...SECURITY_RELATED_FAMILIES,
  ...OUTAGE_RELATED_FAMILIES,
  ...DEADLINE_FAMILIES,
  ...MANY_USERS_AFFECTED_FAMILIES,
];
