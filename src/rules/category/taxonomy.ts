/**
 * The default category taxonomy: weighted cue phrases per category and
 * language. Weights: 3 = names the category on its own ("refund", "webhook"),
 * 2 = strong but shared with another topic ("payment", "connection"),
 * 1 = a hint that only tips a close call ("error", "account").
 *
 * Boundary rules the cues encode:
 * - bug_report: the product itself misbehaves for the user — crashes, wrong
 *   output, a button that errors ("error 500 when I click save").
 * - technical: infrastructure, connectivity, performance or configuration —
 *   outages, timeouts, latency, 502/503/504, certificates, SSO/DNS setup.
 * - integration: our product talking to another system — API, webhooks,
 *   SDKs, named third-party apps (Salesforce, Zapier…). A bare "API" is only
 *   a hint (weight 1) because outages are reported as "API down" too.
 * - account: access to and administration of the account — login, password,
 *   2FA, profile, team members, seats, roles.
 * - security: someone else got in or could — hacks, breaches, phishing,
 *   vulnerabilities. Listed first so it wins ties: misrouting a breach is the
 *   costliest mistake.
 * - product: how to use the product (how-to questions, settings, reports).
 * - general_inquiry: the fallback when nothing else scores.
 *
 * Besides topic words, the cues carry how the customer talks about it: a
 * regression ("used to work", "since the update"), wrong output ("returns
 * the wrong…") or machine evidence (stack traces, exception names) says
 * bug_report; a question about behaviour or whereabouts ("is there a way",
 * "is that intended", "can't find") says product; failing for everyone or
 * arriving late says technical. Regression phrases weigh 2, so that where it
 * broke ("Salesforce integration", "invoice") still wins when it is named.
 *
 * Category order is the tie-break order (see schema.ts).
 *
 * Every language's cues are matched against every ticket, because the
 * language of a short ticket is often unknown. So a wildcard must not
 * swallow a word of another language: French "plant*" would catch Spanish
 * "plantillas", hence "plante", "plantee"… spelled out; English "informe*"
 * would catch "informed", hence Spanish "informe", "informes".
 */
import type { Taxonomy } from "./schema.js";
import { TaxonomySchema } from "./schema.js";
import { SECURITY } from "./taxonomy/security.js";
import { BILLING } from "./taxonomy/billing.js";
import { BUG_REPORT } from "./taxonomy/bug-report.js";
import { TECHNICAL } from "./taxonomy/technical.js";
import { INTEGRATION } from "./taxonomy/integration.js";
import { ACCOUNT } from "./taxonomy/account.js";
import { FEATURE_REQUEST } from "./taxonomy/feature-request.js";
import { PRODUCT } from "./taxonomy/product.js";
import { GENERAL_INQUIRY } from "./taxonomy/general-inquiry.js";
import { SHIFTS } from "./taxonomy/shifts.js";

/** One module per category under taxonomy/; the order here is the tie-break order. */
const DEFAULT_TAXONOMY_DATA: Taxonomy = {
  categories: [SECURITY, BILLING, BUG_REPORT, TECHNICAL, INTEGRATION, ACCOUNT, FEATURE_REQUEST, PRODUCT, GENERAL_INQUIRY],
  shifts: SHIFTS,
};

/** Parsed at load so an authoring mistake in the cues fails the first test run, not a customer's ticket. */
export const DEFAULT_TAXONOMY: Taxonomy = TaxonomySchema.parse(DEFAULT_TAXONOMY_DATA);
