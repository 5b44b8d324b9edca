/**
 * Writes the learning-from-outcomes datasets: `train.jsonl` (a history of
 * tickets with humans' verdicts, fed to the agent before scoring) and
 * `holdout.jsonl` (labelled eval items it is scored on afterwards).
 *
 * The world they describe is one support organisation whose practice
 * differs from the agent's defaults in two segments, for reasons the
 * defaults cannot know:
 *
 * - product:enterprise — enterprise users venting about a how-to ("WHERE is
 *   dark mode?!"). Anger plus the enterprise tier push overall risk past the
 *   default scheduling threshold (55), but here the bot's answer settles
 *   them: the product team marks those escalations as not warranted.
 * - technical:enterprise — calm enterprise reports of a technical fault with
 *   a little detail (SSO errors, a failing sync). Technical complexity stays
 *   below the default specialist threshold (60), so the bot keeps them; but
 *   this company's enterprise contracts include engineering support, and
 *   engineering marks every such ticket the bot kept as "should have
 *   escalated". Enterprise how-to questions in the same segment are not.
 *
 * Everywhere else the defaults match the practice (billing questions, free
 * users' password resets, angry enterprise customers with a real blocker,
 * complex integration failures). One verdict in ten is flipped: reviewers
 * disagree, and the learner must cope. The hold-out split follows the same
 * practice but is drawn with another seed, so no ticket text is shared.
 *
 *   npx tsx evals/datasets/history/generate.ts
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { DEFAULT_ROUTING } from "../../../src/config/routing.js";
import type { Category, CustomerTier, DecisionType, Priority, Team } from "../../../src/domain/taxonomy.js";

/** A deterministic PRNG (mulberry32), so the files are reproducible byte for byte. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(r: Random, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;

interface Kind {
  name: string;
  /** Share of the generated tickets. */
  weight: number;
  tier: CustomerTier;
  /** The practice: whether a person was warranted. */
  warranted: boolean;
  labels: { category: Category; priority: Priority; decision: DecisionType[]; team: Team };
  /** A ticket; `category` when the template decides it (otherwise the kind's label holds). */
  write(r: Random): { subject: string; description: string; category?: Category };
}

/** Things a how-to asks about, each named with a word the classifier reads as "using the product". */
const FEATURES = ["the notification settings", "the dashboard layout", "the report template", "the workflow settings", "the export format", "the default template", "my dashboard widgets", "the weekly report", "the settings for reminders", "the calendar settings"];
/** Venting, annoyed to fierce: two to four of these around the question, so frustration (and risk) spreads out. */
const VENT = ["This is ridiculous!!!", "I am SO fed up.", "Seriously, this is absurd!!", "Terrible, useless design!!!", "I'm furious, honestly.", "What an awful app!!!", "I hate wasting my time like this!!", "Unbelievable.", "So frustrating!!!"];
const VENT_ASK = ["How do I change {f}???", "How do I change {f}?", "WHERE do I change {f}?!", "How do I switch {f}? I have looked everywhere!", "How can I reset {f}?"];

/**
 * Each template carries the category the taxonomy's own boundary rules give
 * it (src/rules/category/taxonomy.ts): infrastructure, performance and SSO
 * are technical; our product talking to another system is integration.
 */
const FAULTS = [
  ["SSO login errors", "Some of our users get an SSO error when they log in; the SAML response is rejected at authentication.", "technical"],
  ["Calendar sync stopped", "Our Google calendar sync stopped working yesterday; events created in the app no longer show up.", "integration"],
  ["Dashboard very slow", "The dashboard has been very slow for our team since your last deploy; pages take twenty seconds to load.", "technical"],
  ["CSV import fails", "Importing our CSV file fails with a message about the date field format.", "technical"],
  ["Webhook deliveries missing", "Since this morning we no longer receive webhook deliveries for new tasks.", "integration"],
  ["Attachments fail to upload", "Uploading attachments larger than 10 MB fails on our server with a timeout.", "technical"],
  ["Search returns nothing", "Full-text search returns no results for documents created after the last deploy; the search index looks out of sync.", "technical"],
  ["Report export times out", "Exporting the quarterly report times out after a minute for our finance workspace.", "technical"],
] as const;
const FAULT_CLOSE = ["Could you look into it?", "Thanks for checking.", "Please advise.", "Let us know what you find.", "We would appreciate a look."];

const TECH_HOWTO = [
  ["Setting up SSO", "How do we set up SSO with our identity provider? Is there a guide for the SAML configuration?", "technical"],
  ["API token scopes", "Which scopes does an API token need to read projects? We are writing a small script.", "integration"],
  ["Webhook signature", "How do we verify the webhook signature header on our side?", "integration"],
  ["Sandbox environment", "Is there a staging environment we can use to test the integration before production?", "integration"],
] as const;

const BILLING = [
  ["Invoice copy", "Could you send me a copy of last month's invoice? Our accountant needs it."],
  ["Change billing email", "How do I change the billing contact email on our account?"],
  ["VAT number", "Where can I add our VAT number so it appears on invoices?"],
  ["Annual plan", "What is the price difference between monthly and annual billing?"],
] as const;

const PASSWORD = [
  ["Password reset", "Hi, I forgot my password. How do I reset it?"],
  ["Reset link", "The password reset link in my inbox expired. Can I get a new one?"],
  ["Change email address", "How can I change the email address I log in with?"],
] as const;

const BLOCKERS = [
  ["Import broken, team blocked", "This is RIDICULOUS!!! The import fails with error 500 every time and our whole team is blocked. Terrible!!"],
  ["Totals wrong in reports", "I am furious!!! The monthly report shows wrong totals and our managers rely on it today. Awful!!"],
  ["Tasks disappearing", "Unacceptable!!! Tasks keep disappearing from our board after we save them and the team cannot work. Useless!!"],
] as const;

const INTEGRATION_FAILURES = [
  ["OAuth callback fails", "Our OAuth callback endpoint receives an invalid token error (HTTP 401) after the token refresh; the API logs show the header is set and the JSON payload matches the schema."],
  ["Webhook payload schema", "The webhook payload schema changed: the nested array field is missing in production but present in staging, so our database sync fails with a 422."],
] as const;

const PRODUCT_HOWTO = [
  ["Archive a project", "How do I archive a project we no longer need?"],
  ["Recurring tasks", "Can tasks repeat every week? How do I set that up?"],
  ["Share a board", "How can I share a board with a colleague outside our company?"],
] as const;

export const KINDS: readonly Kind[] = [
  {
    name: "enterprise_venting_howto",
    weight: 0.3,
    tier: "enterprise",
    warranted: false,
    labels: { category: "product", priority: "medium", decision: ["no_escalation"], team: "product" },
    write: (r) => {
      const f = pick(r, FEATURES);
      const vents = Array.from({ length: 2 + Math.floor(r() * 3) }, () => pick(r, VENT));
      const [first, ...rest] = vents;
      return {
        subject: `${f[0]?.toUpperCase()}${f.slice(1)}?!`,
        description: [first, pick(r, VENT_ASK).replace("{f}", f), ...rest].join(" "),
      };
    },
  },
  {
    name: "enterprise_technical_fault",
    weight: 0.2,
    tier: "enterprise",
    warranted: true,
    labels: { category: "technical", priority: "high", decision: ["specialist_escalation"], team: "engineering" },
    write: (r) => {
      const [subject, body, category] = pick(r, FAULTS);
      return { subject, description: `${body} ${pick(r, FAULT_CLOSE)}`, category };
    },
  },
  {
    name: "enterprise_technical_howto",
    weight: 0.08,
    tier: "enterprise",
    warranted: false,
    labels: { category: "technical", priority: "medium", decision: ["no_escalation"], team: "engineering" },
    write: (r) => {
      const [subject, body, category] = pick(r, TECH_HOWTO);
      return { subject, description: `${body} ${pick(r, FAULT_CLOSE)}`, category };
    },
  },
  {
    name: "paid_billing_question",
    weight: 0.1,
    tier: "paid",
    warranted: false,
    labels: { category: "billing", priority: "low", decision: ["no_escalation"], team: "finance" },
    write: (r) => {
      const [subject, description] = pick(r, BILLING);
      return { subject, description };
    },
  },
  {
    name: "free_password_help",
    weight: 0.08,
    tier: "free",
    warranted: false,
    labels: { category: "account", priority: "medium", decision: ["no_escalation"], team: "customer_success" },
    write: (r) => {
      const [subject, description] = pick(r, PASSWORD);
      return { subject, description };
    },
  },
  {
    name: "enterprise_angry_blocker",
    weight: 0.1,
    tier: "enterprise",
    warranted: true,
    labels: { category: "bug_report", priority: "high", decision: ["scheduled_escalation", "specialist_escalation", "management_escalation"], team: "engineering" },
    write: (r) => {
      const [subject, description] = pick(r, BLOCKERS);
      return { subject, description };
    },
  },
  {
    name: "paid_integration_failure",
    weight: 0.08,
    tier: "paid",
    warranted: true,
    labels: { category: "integration", priority: "high", decision: ["specialist_escalation"], team: "technical_support" },
    write: (r) => {
      const [subject, description] = pick(r, INTEGRATION_FAILURES);
      return { subject, description };
    },
  },
  {
    name: "paid_product_howto",
    weight: 0.06,
    tier: "paid",
    warranted: false,
    labels: { category: "product", priority: "low", decision: ["no_escalation"], team: "product" },
    write: (r) => {
      const [subject, description] = pick(r, PRODUCT_HOWTO);
      return { subject, description };
    },
  },
];

/** One verdict in ten is flipped: reviewers disagree about borderline tickets. */
export const VERDICT_NOISE = 0.1;

function pickKind(r: Random): Kind {
  const total = KINDS.reduce((s, k) => s + k.weight, 0);
  let x = r() * total;
  for (const kind of KINDS) {
    x -= kind.weight;
    if (x <= 0) return kind;
  }
  return KINDS[KINDS.length - 1] as Kind;
}

export interface HistoryRow {
  id: string;
  kind: string;
  ticket: { subject: string; description: string; customerTier: CustomerTier };
  verdict: { warranted: boolean; resolved: boolean; satisfaction: number; notes?: string };
}

export function historyRows(count: number, seed: number): HistoryRow[] {
  const r = rng(seed);
  return Array.from({ length: count }, (_, i) => {
    const kind = pickKind(r);
    const flipped = r() < VERDICT_NOISE;
    const warranted = flipped ? !kind.warranted : kind.warranted;
    // Satisfaction: 4–5 when the practice was followed, 2–3 when the reviewer disagreed.
    const satisfaction = flipped ? 2 + Math.floor(r() * 2) : 4 + Math.floor(r() * 2);
    const { subject, description } = kind.write(r);
    return {
      id: `HIST-${String(i + 1).padStart(3, "0")}`,
      kind: kind.name,
      ticket: { subject, description, customerTier: kind.tier },
      verdict: { warranted, resolved: true, satisfaction, ...(flipped ? { notes: "reviewers disagreed" } : {}) },
    };
  });
}

export function holdoutRows(count: number, seed: number) {
  const r = rng(seed);
  return Array.from({ length: count }, (_, i) => {
    const kind = pickKind(r);
    const { subject, description, category: written } = kind.write(r);
    const category = written ?? kind.labels.category;
    // The team that owns the category owns the ticket, escalated or not.
    const team = DEFAULT_ROUTING.categoryTeams[category] ?? kind.labels.team;
    const { priority, decision } = kind.labels;
    return {
      id: `HOLD-${String(i + 1).padStart(3, "0")}`,
      ticket: { subject, description, customerTier: kind.tier },
      labels: { category, priority, decision, team, must_escalate: kind.warranted, language: "en" },
      note: `${kind.name}: ${kind.warranted ? "this organisation wants a person here" : "the bot's answer settles this here"}`,
    };
  });
}

/** 200 history tickets: enough to draw the learning curve at 0, 25, 50, 100 and 200 verdicts. */
export const HISTORY_SIZE = 200;
/** 80 hold-out items: every kind appears several times. */
export const HOLDOUT_SIZE = 80;
/** Any two distinct seeds do; these are dates so they are easy to tell apart. */
export const HISTORY_SEED = 20250101;
export const HOLDOUT_SEED = 20250202;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = fileURLToPath(new URL(".", import.meta.url));
  const lines = (rows: unknown[]) => rows.map((row) => JSON.stringify(row)).join("\n") + "\n";
  writeFileSync(`${dir}train.jsonl`, lines(historyRows(HISTORY_SIZE, HISTORY_SEED)));
  writeFileSync(`${dir}holdout.jsonl`, lines(holdoutRows(HOLDOUT_SIZE, HOLDOUT_SEED)));
  process.stdout.write(`wrote ${HISTORY_SIZE} history rows and ${HOLDOUT_SIZE} hold-out items to ${dir}\n`);
}
