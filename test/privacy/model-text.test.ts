/** prepareTextForModel: within budget, both ends kept, a note when cut, never half an emoji. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MODEL_TEXT_MAX_CHARS, prepareTextForModel } from "../../src/privacy/model-text.js";

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe("prepareTextForModel", () => {
  it("leaves text within the budget alone, without a note", () => {
    expect(prepareTextForModel("short", 100)).toEqual({ text: "short", truncated: false, note: null });
    expect(prepareTextForModel("x".repeat(MODEL_TEXT_MAX_CHARS)).truncated).toBe(false);
  });

  it("cuts a megabyte to the budget, keeping beginning and end, and says so", () => {
    const text = `START ${"lorem ipsum ".repeat(90_000)} END`;
    const result = prepareTextForModel(text);
    expect(result.truncated).toBe(true);
    expect(result.text.length).toBeLessThanOrEqual(MODEL_TEXT_MAX_CHARS);
    expect(result.text.startsWith("START")).toBe(true);
    expect(result.text.endsWith("END")).toBe(true);
    expect(result.text).toMatch(/\[… \d+ characters left out …\]/);
    expect(result.note).toMatch(new RegExp(`has ${text.length} characters; a model is shown \\d+ of them`));
  });

  it("never exceeds the budget, never splits a surrogate pair, keeps short texts whole (any text, any budget)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), fc.integer({ min: 0, max: 300 }), (text, max) => {
        const result = prepareTextForModel(text, max);
        expect(result.text.length).toBeLessThanOrEqual(Math.max(max, 0));
        expect(result.truncated).toBe(text.length > max);
        expect(result.note === null).toBe(!result.truncated);
        if (!result.truncated) expect(result.text).toBe(text);
        if (!LONE_SURROGATE.test(text)) expect(result.text).not.toMatch(LONE_SURROGATE);
      }),
      { numRuns: 200 },
    );
  });
});
