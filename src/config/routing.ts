/**
 * Where escalations go: each team's email, Slack channel and ticketing
 * group, the escalation address and channel, and which team owns which
 * category. Defaults are the seed's; a team overrides them with a JSON file
 * (`--config` / `ESCALATION_CONFIG`).
 */
import { readFileSync } from "node:fs";
import { z } from "zod";
import { Category, Team, type Team as TeamName } from "../domain/taxonomy.js";
import { ConfigError } from "./errors.js";

export const TeamRoute = z.object({
  email: z.email(),
  slackChannel: z.string().min(1),
  /** Group (or group id) in the ticketing system that takes this team's tickets. */
  ticketingGroup: z.string().min(1),
  /** How people read the team's name in notifications. */
  displayName: z.string().min(1),
});
export type TeamRoute = z.infer<typeof TeamRoute>;

export const RoutingConfig = z.object({
  teams: z.record(Team, TeamRoute),
  /** Category → owning team; a category missing here goes to general_support. */
  categoryTeams: z.partialRecord(Category, Team),
  escalation: z.object({
    /** Copied on every escalation email and alerted when a channel stays down. */
    email: z.email(),
    slackChannel: z.string().min(1),
  }),
  /** Sender of every mail the agent writes. */
  supportEmail: z.email(),
  /** Base URL of the context page linked from notifications. */
  publicUrl: z.url().optional(),
});
export type RoutingConfig = z.infer<typeof RoutingConfig>;

export const DEFAULT_ROUTING: RoutingConfig = {
  teams: {
    engineering: route("engineering-support@company.com", "#engineering-support", "Engineering"),
    technical_support: route("technical@company.com", "#technical-support", "Technical Support"),
    customer_success: route("success@company.com", "#customer-success", "Customer Success"),
    senior_support: route("senior-support@company.com", "#senior-support", "Senior Support"),
    finance: route("billing@company.com", "#billing-support", "Billing"),
    security_team: route("security@company.com", "#security-alerts", "Security"),
    product: route("product@company.com", "#product-feedback", "Product"),
    general_support: route("support@company.com", "#customer-support", "Support"),
  },
  // The seed's Step 1 mapping; product and general_inquiry are ours.
  categoryTeams: {
    technical: "engineering",
    billing: "finance",
    account: "customer_success",
    integration: "technical_support",
    bug_report: "engineering",
    feature_request: "product",
    security: "security_team",
    product: "product",
    general_inquiry: "general_support",
  },
  escalation: { email: "escalation@company.com", slackChannel: "#support-escalation" },
  supportEmail: "support@company.com",
};

function route(email: string, slackChannel: string, displayName: string): TeamRoute {
  return { email, slackChannel, ticketingGroup: displayName, displayName };
}

export function teamForCategory(config: RoutingConfig, category: Category): TeamName {
  return config.categoryTeams[category] ?? "general_support";
}

/**
 * Reads a routing file. Teams it names replace the defaults team by team, so
 * a file may override only what differs.
 */
export function loadRoutingConfig(path: string | undefined): RoutingConfig {
  if (!path) return DEFAULT_ROUTING;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new ConfigError(`${path}: cannot read routing config: ${(error as Error).message}`);
  }
  const merged = mergeRouting(raw);
  const parsed = RoutingConfig.safeParse(merged);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const field = first?.path.join(".") || "(root)";
    throw new ConfigError(`${path}: ${field}: ${first?.message ?? "invalid"}`);
  }
  return parsed.data;
}

function mergeRouting(raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return raw;
  const file = raw as Partial<Record<keyof RoutingConfig, unknown>>;
  const objectOr = (value: unknown) => (typeof value === "object" && value !== null ? value : {});
  return {
    ...DEFAULT_ROUTING,
    ...file,
    teams: { ...DEFAULT_ROUTING.teams, ...objectOr(file.teams) },
    categoryTeams: { ...DEFAULT_ROUTING.categoryTeams, ...objectOr(file.categoryTeams) },
    escalation: { ...DEFAULT_ROUTING.escalation, ...objectOr(file.escalation) },
  };
}
