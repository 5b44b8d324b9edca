/**
 * The bundled dataset: valid, large enough, and covering what the eval must
 * exercise (every category, priority, tier and decision type, several
 * languages and scripts, the tricky themes, per-turn labels).
 */
import { describe, expect, it } from "vitest";
import { CATEGORIES, CUSTOMER_TIERS, DECISION_TYPES, PRIORITIES } from "../../src/domain/taxonomy.js";
import { EvalItem, Labels } from "../../evals/dataset-schema.js";
import { loadDataset, parseDatasetText } from "../../evals/dataset.js";

const dataset = loadDataset();
const allLabels = dataset.items.flatMap((item) => [item.labels, ...item.turns.flatMap((t) => (t.labels ? [t.labels] : []))]);
const count = (values: string[]) => values.reduce<Record<string, number>>((acc, v) => ({ ...acc, [v]: (acc[v] ?? 0) + 1 }), {});

describe("the bundled eval dataset", () => {
  it("loads without a single problem and has at least 200 tickets", () => {
    expect(dataset.problems).toEqual([]);
    expect(dataset.items.length).toBeGreaterThanOrEqual(200);
  });

  it("covers every category, priority, tier and decision type", () => {
    const categories = count(allLabels.map((l) => l.category));
    const priorities = count(allLabels.map((l) => l.priority));
    const decisions = count(allLabels.flatMap((l) => l.decision));
    const tiers = count(dataset.items.map((i) => i.ticket.customerTier ?? "none"));
    for (const c of CATEGORIES) expect(categories[c], c).toBeGreaterThanOrEqual(10);
    for (const p of PRIORITIES) expect(priorities[p], p).toBeGreaterThanOrEqual(10);
    for (const d of DECISION_TYPES) expect(decisions[d], d).toBeGreaterThanOrEqual(10);
    for (const t of CUSTOMER_TIERS) expect(tiers[t], t).toBeGreaterThanOrEqual(10);
  });

  it("is multilingual: German, Spanish, French and non-Latin scripts", () => {
    const languages = count(allLabels.map((l) => l.language));
    for (const lang of ["en", "de", "es", "fr", "ja", "ru"]) expect(languages[lang], lang).toBeGreaterThanOrEqual(5);
    const nonLatin = dataset.items.filter((i) => i.tags.includes("non_latin"));
    expect(nonLatin.length).toBeGreaterThanOrEqual(10);
    for (const item of nonLatin) expect(`${item.ticket.subject}${item.ticket.description}`).toMatch(/[\u0400-\u04FF\u3040-\u30FF\u4E00-\u9FFF]/u);
  });

  it("has the tricky themes: angry-but-trivial, calm-but-critical, benign triggers, prompt injection", () => {
    const tags = count(dataset.items.flatMap((i) => i.tags));
    for (const tag of ["angry_trivial", "calm_critical", "benign_trigger", "prompt_injection"]) expect(tags[tag], tag).toBeGreaterThanOrEqual(5);
    for (const item of dataset.items.filter((i) => i.tags.includes("angry_trivial"))) expect(item.labels.must_escalate).not.toBe(true);
    for (const item of dataset.items.filter((i) => i.tags.includes("calm_critical"))) expect(item.labels.must_escalate).toBe(true);
  });

  it("has multi-turn conversations with labels on their follow-ups", () => {
    const multi = dataset.items.filter((i) => i.turns.length > 0);
    expect(multi.length).toBeGreaterThanOrEqual(10);
    expect(multi.flatMap((i) => i.turns).filter((t) => t.labels).length).toBeGreaterThanOrEqual(15);
  });

  it("labels every must-escalate ticket with an escalation and every must-not with none (the schema's own rule)", () => {
    for (const l of allLabels) {
      if (l.must_escalate === true) expect(l.decision).not.toContain("no_escalation");
      if (l.must_escalate === false) expect(l.decision).toEqual(["no_escalation"]);
    }
  });
});

describe("dataset schema and loader", () => {
  const base = {
    id: "X-1",
    ticket: { subject: "s", description: "d", customerTier: "paid" },
    labels: { category: "billing", priority: "low", decision: "no_escalation", team: "finance", must_escalate: false, language: "en" },
  };

  it("reads a single decision or team as a one-element accepted set", () => {
    const item = EvalItem.parse(base);
    expect(item.labels.decision).toEqual(["no_escalation"]);
    expect(item.labels.team).toEqual(["finance"]);
    expect(item.turns).toEqual([]);
  });

  it("refuses labels whose must_escalate contradicts the decision set", () => {
    const contradicts = (decision: unknown, must: unknown) => Labels.safeParse({ ...base.labels, decision, must_escalate: must }).success;
    expect(contradicts("immediate_escalation", false)).toBe(false);
    expect(contradicts(["scheduled_escalation", "no_escalation"], true)).toBe(false);
    expect(contradicts("no_escalation", "either")).toBe(false);
    expect(contradicts(["scheduled_escalation", "no_escalation"], "either")).toBe(true);
  });

  it("reports each bad row with file:line and field, and keeps the good rows", () => {
    const text = [JSON.stringify(base), "{ broken", JSON.stringify({ ...base, id: "X-2", labels: { ...base.labels, category: "weather" } })].join("\n");
    const parsed = parseDatasetText(text, "mine.jsonl");
    expect(parsed.items.map((i) => i.item.id)).toEqual(["X-1"]);
    expect(parsed.problems.map((p) => [p.location, p.field])).toEqual([
      ["mine.jsonl:2", "(json)"],
      ["mine.jsonl:3", "labels.category"],
    ]);
  });
});
