/**
 * Windowed sentence splitting (src/rules/signals/sentences.ts) finds the same
 * sentences as one pass of Intl.Segmenter over the whole text (its wrapped
 * lines joined, wrapped-lines.ts; cut at chat breaks, chat-breaks.ts), and stays
 * fast on text that would make one pass quadratic.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cutAtChatBreaks } from "../../src/rules/signals/chat-breaks.js";
import { foldText } from "../../src/rules/signals/fold.js";
import { splitSentences } from "../../src/rules/signals/sentences.js";
import { unwrapLines } from "../../src/rules/signals/wrapped-lines.js";

/** One pass of the segmenter over the whole (unwrapped) text, each segment cut at its chat breaks as splitSentences does. */
function onePass(text: string): string[] {
  const folded = foldText(text);
  return [...new Intl.Segmenter("en", { granularity: "sentence" }).segment(unwrapLines(text))]
    .flatMap((s) => cutAtChatBreaks(s.segment).map((piece) => ({ index: s.index + piece.offset, segment: piece.text })))
    .filter((s) => s.segment.trim().length > 0)
    .map((s) => folded.text.slice(folded.foldedIndex(s.index), folded.foldedIndex(s.index + s.segment.length)));
}

const sentence = fc.oneof(
  fc.constantFrom(
    "Our API is down.",
    "Is it?",
    "Fix it now!",
    "Dr. Smith said so.",
    "e.g. this one",
    "Ünïcödé works… ",
    "😡 Why?! ",
    "at com.acme.Run(Run.java:42)\n",
    "\n\n",
  ),
  fc.string({ unit: "grapheme", minLength: 1, maxLength: 80 }),
);

describe("splitSentences in windows", () => {
  it("finds exactly the sentences of a single pass, for texts longer than a window", () => {
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 350, maxLength: 600 }), (parts) => {
        const text = parts.join(" ");
        fc.pre(text.length > 4_096);
        expect(splitSentences(text, foldText(text), "en").map((s) => s.text)).toEqual(onePass(text));
      }),
      // Each run segments ~10 KB twice; 30 runs cover window borders in every kind of sentence. A failing
      // case of 600 parts takes minutes to shrink (and to diff): fast-check's seed and path replay it.
      { numRuns: 30, endOnFailure: true },
    );
  });

  it("keeps a break that depends on text past the window's end as one pass makes it", () => {
    // Unicode's SB8: after "so. ", a run of symbols that ends in a lowercase word is no sentence break; the
    // run crosses the first window's end (4,096 characters), the lowercase word is in the next window.
    const opening = "Our API is down. ".repeat(230);
    const lead = `${opening}${" ".repeat(4_096 - opening.length - "Dr. Smith said so. ".length - 4)}Dr. Smith said so. `;
    const text = `${lead}꧋🧨⊩💎🤸☰⊝ at com.acme.Run(Run.java:42)\n${"Fix it now! ".repeat(40)}`;
    expect(text.length).toBeGreaterThan(4_096);
    expect(splitSentences(text, foldText(text), "en").map((s) => s.text)).toEqual(onePass(text));
  });

  it("splits a single sentence longer than a window without losing a character", () => {
    const text = "x".repeat(10_000);
    expect(
      splitSentences(text, foldText(text), "en")
        .map((s) => s.text)
        .join(""),
    ).toBe(text);
  });
});
