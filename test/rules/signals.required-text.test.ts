/**
 * The text a pattern cannot match without (required-text.ts), which lets the
 * scan skip a family on a sentence. The skip must never change a result: a
 * sentence the check rules out holds no match of the family, for every
 * family and every sentence of the eval datasets.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ALL_FAMILIES } from "../../src/rules/signals/families/index.js";
import { foldText } from "../../src/rules/signals/fold.js";
import { mayMatch, requiredTextOf } from "../../src/rules/signals/required-text.js";
import { splitSentences } from "../../src/rules/signals/sentences.js";

describe("requiredTextOf", () => {
  it.each([
    [/\bdata\s+loss\b/g, ["data", "loss"]],
    [/\b(?:sue|lawyer|attorney)s?\b/g, ["sue", "sues", "lawyer", "lawyers", "attorney", "attorneys"]],
    [/\bdown(?:time)?\b/g, ["down", "downtime"]],
    [/(?:not\s+)?working/g, ["working"]],
  ])("reads %s", (pattern, expected) => {
    const required = requiredTextOf(pattern);
    expect(required).not.toBeNull();
    // A sequence may name either of its parts: whichever it names must be one of these.
    expect(expected).toEqual(expect.arrayContaining([...(required ?? [])]));
  });

  it.each([/\w+/g, /(?:foo)?/g, /x*/g, /abc/gi, /./g, /\s+/g])("claims nothing where it cannot be sure: %s", (pattern) => {
    expect(requiredTextOf(pattern)).toBeNull();
  });

  it("reads past what it cannot name to what it can", () => {
    expect(requiredTextOf(/[^a]\w*bc?/g)).toEqual(["b"]);
  });

  it("keeps a sentence that holds a required string and rules out one that holds none", () => {
    const required = requiredTextOf(/\b(?:file|filed)\s+a\s+(?:complaint|claim)\b/g);
    expect(mayMatch(required, "we filed a complaint")).toBe(true);
    expect(mayMatch(required, "nothing to see here")).toBe(false);
    expect(mayMatch(null, "anything")).toBe(true);
  });

  it("finds a requirement for most pattern families, so the skip pays", () => {
    const read = ALL_FAMILIES.filter((family) => requiredTextOf(family.pattern) !== null);
    expect(read.length / ALL_FAMILIES.length).toBeGreaterThan(0.9);
  });
});

function datasetTexts(): string[] {
  const root = join(import.meta.dirname, "../../evals/datasets");
  const files = [
    ...readdirSync(root)
      .filter((name) => name.endsWith(".jsonl"))
      .map((name) => join(root, name)),
    ...readdirSync(join(root, "dev"))
      .filter((name) => name.endsWith(".jsonl"))
      .map((name) => join(root, "dev", name)),
  ];
  const texts: string[] = [];
  for (const file of files) {
    for (const line of readFileSync(file, "utf8").split("\n")) {
      if (!line.trim()) continue;
      const item = JSON.parse(line) as { ticket?: { subject?: string; description?: string }; turns?: Array<{ message?: string }> };
      texts.push(`${item.ticket?.subject ?? ""}\n${item.ticket?.description ?? ""}`);
      for (const turn of item.turns ?? []) if (typeof turn.message === "string") texts.push(turn.message);
    }
  }
  return texts;
}

describe("the skip on real tickets", () => {
  it("never rules out a sentence in which the family matches", () => {
    const sentences = datasetTexts().flatMap((text) => splitSentences(text, foldText(text), "en").map((sentence) => sentence.text));
    expect(sentences.length).toBeGreaterThan(1000);
    const missed: string[] = [];
    for (const family of ALL_FAMILIES) {
      const required = requiredTextOf(family.pattern);
      for (const sentence of sentences) {
        if (mayMatch(required, sentence)) continue;
        for (const match of sentence.matchAll(family.pattern)) if (match[0].length > 0) missed.push(`${family.target}/${family.name}: ${sentence}`);
      }
    }
    expect(missed).toEqual([]);
  });
});
