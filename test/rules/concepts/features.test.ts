/**
 * The concept reader's text preparation: chat shorthand and contractions
 * written out, features deterministic, typos sharing most of their evidence.
 */
import { describe, expect, it } from "vitest";
import { extractFeatures, hashFeature, tokenise } from "../../../src/rules/concepts/features.js";
import { normaliseText } from "../../../src/rules/concepts/normalise.js";

const CONFIG = { words: true, chars: true, stems: true, bits: 17 } as const;

describe("normaliseText", () => {
  it("writes out contractions and chat shorthand, and folds case and accents", () => {
    expect(normaliseText("I cant reach u, pls help")).toBe("i can not reach you, please help");
    expect(normaliseText("We won’t wait. Ur agent didnt answer")).toBe("we will not wait. your agent did not answer");
    expect(normaliseText("Ich möchte mit einem Mitarbeiter sprechen")).toBe("ich mochte mit einem mitarbeiter sprechen");
  });

  it("leaves words that only look like shorthand inside longer words alone", () => {
    expect(normaliseText("urgent return")).toBe("urgent return");
  });
});

describe("extractFeatures", () => {
  it("is deterministic and distinct", () => {
    const a = extractFeatures("Put me through to one of your staff", "en", CONFIG);
    const b = extractFeatures("Put me through to one of your staff", "en", CONFIG);
    expect(a).toEqual(b);
    expect(new Set(a.map((f) => f.text)).size).toBe(a.length);
    expect(a.every((f) => f.bucket === hashFeature(f.text, CONFIG.bits))).toBe(true);
  });

  it("stems by language and joins words into bigrams", () => {
    const texts = extractFeatures("speaking to agents", "en", CONFIG).map((f) => f.text);
    expect(texts).toContain("w:speak");
    expect(texts).toContain("b:to agent");
  });

  it("lets a misspelt word share most character n-grams with the right spelling", () => {
    const chars = (text: string) => new Set(extractFeatures(text, "en", { ...CONFIG, words: false }).map((f) => f.text));
    const right = chars("somebody");
    const typo = chars("somebdy");
    const shared = [...typo].filter((f) => right.has(f)).length;
    expect(shared / typo.size).toBeGreaterThan(0.4);
  });

  it("tokenises on Unicode word boundaries", () => {
    expect(tokenise("¿Puedo hablar con alguien?")).toEqual(["puedo", "hablar", "con", "alguien"]);
  });

  it("hands each caller tokens of its own, even for the text just tokenised", () => {
    const first = tokenise("I need a real person");
    first.push("changed");
    expect(tokenise("I need a real person")).toEqual(["i", "need", "a", "real", "person"]);
  });

  it("gives the same features when a sentence is read again (stems are kept per word)", () => {
    const config = { words: true, chars: true, stems: true, bits: 18 };
    const once = extractFeatures("Our accounts were deleted and the invoices are missing", "en", config);
    expect(extractFeatures("Our accounts were deleted and the invoices are missing", "en", config)).toEqual(once);
  });
});
