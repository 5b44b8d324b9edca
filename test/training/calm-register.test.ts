/**
 * The calm register rows of the concept model (training/sources/calm-register.ts):
 * which messages of a thread count as calm, which sentences hold an alarm's
 * words and are left out, and what a row looks like.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { EvalItem, type Labels } from "../../evals/dataset-schema.js";
import { CALM_REGISTER_SOURCE, calmMessages, calmRegisterFiles, holdsAlarmWords, loadCalmRegisterSentences } from "../../training/sources/calm-register.js";
import { READ_CANDIDATES } from "../../training/sources/read-candidates.js";

const labels = (must: boolean | "either", language = "en"): Labels => ({
  category: "general_inquiry",
  priority: "medium",
  decision: must === true ? ["immediate_escalation"] : ["no_escalation"],
  team: ["general_support"],
  must_escalate: must,
  language,
});

const thread = (id: string, must: boolean, description: string, turns: Array<{ message: string; must?: boolean }> = [], language = "en") =>
  EvalItem.parse({
    id,
    ticket: { subject: "Invoices", description },
    labels: labels(must, language),
    turns: turns.map((t) => (t.must === undefined ? { message: t.message } : { message: t.message, labels: labels(t.must, language) })),
  });

describe("calmMessages", () => {
  it("reads a calm first message and its calm follow-ups, up to the first that is not labelled calm", () => {
    const item = thread("a", false, "Where do I find last month's invoice?", [
      { message: "Found it, thanks.", must: false },
      { message: "Now I need to talk to a manager.", must: true },
      { message: "Never mind.", must: false },
    ]);
    expect(calmMessages(item)).toEqual(["Invoices\nWhere do I find last month's invoice?", "Found it, thanks."]);
  });

  it("stops at an unlabelled follow-up, and reads nothing of a thread whose first message needs a person", () => {
    expect(calmMessages(thread("b", false, "How do I export a report?", [{ message: "And another thing." }]))).toHaveLength(1);
    expect(calmMessages(thread("c", true, "Our whole team is locked out."))).toEqual([]);
  });

  it("leaves the signature block out", () => {
    const [first] = calmMessages(thread("d", false, "Can I rename a workspace?\n\nBest regards,\nMartin Cole\nHead of Legal"));
    expect(first).not.toContain("Head of Legal");
  });
});

describe("holdsAlarmWords", () => {
  it("finds a pattern family's words whatever their context, asked about or negated", () => {
    expect(holdsAlarmWords("What happens to scheduled flows if your service is down?")).toBe(true);
    expect(holdsAlarmWords("We will contact our lawyer.")).toBe(true);
  });

  it("finds none in a calm sentence about cards and accounts", () => {
    expect(holdsAlarmWords("We don't have a company credit card.")).toBe(false);
    expect(holdsAlarmWords("Could you confirm our account is still active?")).toBe(false);
  });
});

describe("calmRegisterFiles", () => {
  it("are the read candidates only: the concept thresholds are chosen on dev/, which must stay out of sample", () => {
    expect(calmRegisterFiles().map(({ file }) => basename(file, ".jsonl"))).toEqual([...READ_CANDIDATES]);
  });
});

describe("loadCalmRegisterSentences", () => {
  const dir = mkdtempSync(join(tmpdir(), "calm-register-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("gives each calm sentence once per language as a none row for training, and counts the alarm sentences it left out", () => {
    const items = [
      thread("e", false, "We don't have a company credit card. Can we pay by bank transfer?"),
      thread("f", false, "We don't have a company credit card. Is the site down for everyone?"),
      thread("g", false, "Wir haben keine Firmenkreditkarte.", [], "de"),
      thread("h", true, "Someone used our card without permission."),
    ];
    const file = join(dir, "set.jsonl");
    writeFileSync(file, `${items.map((item) => JSON.stringify(item)).join("\n")}\n`);
    const { examples, inputs, flagged } = loadCalmRegisterSentences([{ file, items }]);
    expect(examples.map((e) => [e.language, e.text])).toEqual([
      ["en", "Invoices"],
      ["en", "We don't have a company credit card."],
      ["en", "Can we pay by bank transfer?"],
      ["de", "Invoices"],
      ["de", "Wir haben keine Firmenkreditkarte."],
    ]);
    expect(flagged).toBe(1);
    expect(examples.every((e) => e.label === "none" && e.split === "train" && e.source === CALM_REGISTER_SOURCE && e.mustEscalate === false)).toBe(true);
    expect(inputs).toHaveLength(1);
    expect(inputs[0]?.rows).toBe(4);
  });
});
