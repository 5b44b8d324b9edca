/**
 * deploy/: the alert rules pass `promtool check rules` and their own unit
 * tests (`promtool test rules`), every query of the rules and the dashboard
 * is valid PromQL, and every metric they name is one the agent exports.
 * promtool comes with Debian's `prometheus` package (.ci/run installs it).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { enableMetrics, renderMetrics } from "../../src/observability/metrics.js";
import { ROOT } from "../cli/run-cli.js";
import { parseScrape, promtool } from "../helpers/prometheus.js";

const ALERTS = join(ROOT, "deploy/prometheus/alerts.yml");
const ALERT_TESTS = join(ROOT, "deploy/prometheus/alerts.test.yml");
const DASHBOARD = join(ROOT, "deploy/grafana/dashboard.json");

interface Panel {
  type: string;
  title: string;
  targets?: Array<{ expr: string }>;
}
interface Dashboard {
  title: string;
  panels: Panel[];
}

const dashboard = JSON.parse(readFileSync(DASHBOARD, "utf8")) as Dashboard;
const alertRules = (parse(readFileSync(ALERTS, "utf8")) as { groups: Array<{ rules: Array<{ alert: string; expr: string }> }> }).groups.flatMap((g) => g.rules);
const dashboardQueries = dashboard.panels.flatMap((p) => (p.targets ?? []).map((t) => ({ panel: p.title, expr: t.expr })));

/** Grafana's variables, replaced by what they stand for so promtool can read the query. */
function withoutGrafanaVariables(expr: string): string {
  return expr.replaceAll("$__rate_interval", "5m").replaceAll("$__range", "1d");
}

const tool = promtool();
if (!tool) console.warn("promtool is not installed (apt-get install prometheus): skipping the promtool checks of deploy/");

describe.skipIf(!tool)("deploy/prometheus with promtool", () => {
  it("passes promtool check rules", () => {
    const checked = spawnSync(tool as string, ["check", "rules", ALERTS], { encoding: "utf8" });
    expect(checked.stdout + checked.stderr).toContain(`SUCCESS: ${alertRules.length} rules found`);
    expect(checked.status).toBe(0);
  });

  it("fires as its unit tests expect (fallback rate, failing channel, growing backlog, overdue escalation, worker down)", () => {
    const tested = spawnSync(tool as string, ["test", "rules", ALERT_TESTS], { encoding: "utf8" });
    expect(tested.stdout + tested.stderr).toContain("SUCCESS");
    expect(tested.status).toBe(0);
    const tests = readFileSync(ALERT_TESTS, "utf8");
    for (const rule of alertRules) expect(tests, rule.alert).toContain(`alertname: ${rule.alert}`);
  });

  it("has only valid PromQL in the dashboard", () => {
    const rules = {
      groups: [{ name: "dashboard", rules: dashboardQueries.map((q, i) => ({ record: `dashboard:query_${i}`, expr: withoutGrafanaVariables(q.expr) })) }],
    };
    const file = join(mkdtempSync(join(tmpdir(), "esc-dashboard-")), "dashboard-rules.yml");
    writeFileSync(file, JSON.stringify(rules));
    const checked = spawnSync(tool as string, ["check", "rules", file], { encoding: "utf8" });
    expect(checked.stdout + checked.stderr).toContain(`SUCCESS: ${dashboardQueries.length} rules found`);
  });
});

describe("deploy/ names only metrics the agent exports", () => {
  it("covers the panels a support lead reads, each with a query of exported metrics", async () => {
    await enableMetrics();
    const families = parseScrape((await renderMetrics()).body).families;
    const exported = new Set<string>();
    for (const [name, { type }] of families) {
      exported.add(name);
      if (type === "HISTOGRAM") for (const suffix of ["_bucket", "_sum", "_count"]) exported.add(`${name}${suffix}`);
    }
    const named = (expr: string) => [...expr.matchAll(/\bescalation_[a-z_]+/g)].map((m) => m[0]);
    for (const { panel, expr } of dashboardQueries) for (const name of named(expr)) expect(exported.has(name), `${panel}: ${name}`).toBe(true);
    for (const rule of alertRules) for (const name of named(rule.expr)) expect(exported.has(name), `${rule.alert}: ${name}`).toBe(true);

    const titles = dashboard.panels.map((p) => p.title);
    for (const wanted of [
      "Tickets triaged by team",
      "Escalation rate by team",
      "Fallback rate",
      "Delivery failure rate by channel",
      "Deliveries by channel and status",
      "Queue depth by state",
      "Intake journal backlog",
      "Claimed within the promise (24 h)",
      "Unclaimed past promise",
    ]) {
      expect(titles).toContain(wanted);
    }
    expect(dashboard.panels.filter((p) => p.type !== "row").every((p) => (p.targets ?? []).length > 0)).toBe(true);
  });
});
