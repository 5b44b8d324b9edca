/**
 * The detector's building blocks on their own: the fold, the negation
 * window, the topic-question rule, and the filler that must never swallow a
 * negation.
 */
import { describe, expect, it } from "vitest";
import { re, words } from "../../src/rules/signals/family.js";
import { ALL_FAMILIES } from "../../src/rules/signals/families/index.js";
import { foldText } from "../../src/rules/signals/fold.js";
import { findCancellation } from "../../src/rules/signals/negation.js";
import { isHypotheticalSentence, isTopicQuestion } from "../../src/rules/signals/questions.js";
import { ESCALATION_SIGNALS, SUPPORTED_LANGUAGES, URGENCY_INDICATORS } from "../../src/domain/taxonomy.js";

describe("foldText", () => {
  it.each([
    ["Ausfälle", "ausfalle"],
    ["STRAẞE und Straße", "strasse und strasse"],
    ["Caída del servicio", "caida del servicio"],
    ["Désolé, ça ne marche pas", "desole, ca ne marche pas"],
    ["don’t", "don't"],
    ["ﬁle", "file"],
  ])("folds %s to %s", (source, folded) => {
    expect(foldText(source).text).toBe(folded);
  });

  it("folds every ASCII character to its lowercase, and a backtick to an apostrophe", () => {
    const ascii = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code)).join("");
    expect(foldText(ascii).text).toBe(ascii.toLowerCase().replace("`", "'"));
  });

  it("maps folded positions back to the original words", () => {
    const source = "Die Straße ist gesperrt";
    const folded = foldText(source);
    const start = folded.text.indexOf("strasse");
    expect(folded.original(start, start + "strasse".length)).toBe("Straße");
  });

  it("maps original positions forward", () => {
    const folded = foldText("ß!");
    expect(folded.foldedIndex(1)).toBe(2);
    expect(folded.foldedIndex(99)).toBe(folded.text.length);
  });
});

/** Cancellation of the trigger word `trigger` inside the folded sentence. */
function cancellationOf(sentence: string, trigger: string) {
  const start = sentence.indexOf(trigger);
  if (start < 0) throw new Error(`"${trigger}" not in "${sentence}"`);
  return findCancellation(sentence, start, start + trigger.length);
}

describe("findCancellation", () => {
  it.each([
    ["we are not planning any legal action", "legal action"],
    ["i don't want to cancel", "cancel"],
    ["we dont want to cancel", "cancel"],
    ["wir planen keine rechtlichen schritte", "rechtlichen schritte"],
    ["nous n'allons pas porter plainte", "porter plainte"],
    ["no vamos a tomar acciones legales", "acciones legales"],
    ["es ist nicht noetig, mit einem menschen zu sprechen", "mit einem menschen"],
    ["wir kundigen nicht", "kundigen"],
  ])("negates: %s", (sentence, trigger) => {
    expect(cancellationOf(sentence, trigger)).toBe("negated");
  });

  it.each([
    ["if this is not fixed we will sue", "sue"],
    ["this is not acceptable, we will sue", "sue"],
    ["not happy, switching to a competitor", "switching to a competitor"],
    ["still not fixed after 3 tickets", "after 3 tickets"],
    ["we have no backups and all our data is gone", "all our data is gone"],
    ["no one answered my last three tickets", "three tickets"],
    ["no need to reply, our lawyers will be in touch", "our lawyers"],
    ["i never thought i would say this but we will cancel", "cancel"],
  ])("lets stand: %s", (sentence, trigger) => {
    expect(cancellationOf(sentence, trigger)).toBeNull();
  });

  it("counts the window in words: a cue six words back no longer negates", () => {
    expect(cancellationOf("not planning to take any legal action", "legal action")).toBe("negated");
    expect(cancellationOf("not at all planning to take any legal action", "legal action")).toBeNull();
  });

  it.each([
    ["what happens if my api key is leaked", "api key is leaked"],
    ["in case of an outage who do i call", "outage"],
    ["falls die daten geloscht werden", "daten geloscht"],
  ])("marks hypotheticals: %s", (sentence, trigger) => {
    expect(cancellationOf(sentence, trigger)).toBe("hypothetical");
  });
});

describe("isTopicQuestion", () => {
  it.each([
    "is there a status page for outages?",
    "hi team, do you support 2fa?",
    "how do i enable two-factor authentication",
    "what is your refund policy for annual plans?",
    "gibt es eine statusseite fur ausfalle?",
    "¿hay una pagina de estado para las caidas?",
    "y a-t-il une page de statut pour les pannes ?",
  ])("asks about a topic: %s", (sentence) => {
    expect(isTopicQuestion(sentence)).toBe(true);
  });

  it.each(["is there an outage right now?", "why is the api down?", "can you fix the outage?", "our site is down.", "do you know our site is down since 9am?"])(
    "reports or presupposes a problem: %s",
    (sentence) => {
      expect(isTopicQuestion(sentence)).toBe(false);
    },
  );

  it("treats a sentence that opens with a condition as hypothetical, but not German 'wenn' (also 'when')", () => {
    expect(isHypotheticalSentence("if the site goes down again we lose money.")).toBe(true);
    expect(isHypotheticalSentence("si la plataforma se cae, que hacemos?")).toBe(true);
    expect(isHypotheticalSentence("wenn ich mich einlogge, sind alle daten weg.")).toBe(false);
  });
});

describe("words() filler", () => {
  const dataGone = re`\bdata${words(2)}\s+deleted\b`;

  it("spans filler words", () => {
    expect("the data was silently deleted".match(dataGone)).not.toBeNull();
  });

  it.each(["the data was not deleted", "die data wurde nicht deleted", "the data was never deleted"])("never swallows a negation: %s", (text) => {
    expect(text.match(dataGone)).toBeNull();
  });

  it("never crosses a comma", () => {
    expect("data, we deleted".match(dataGone)).toBeNull();
  });
});

describe("pattern families", () => {
  it("cover every signal and every urgency indicator in all four languages", () => {
    for (const target of [...ESCALATION_SIGNALS, ...URGENCY_INDICATORS]) {
      const languages = new Set(ALL_FAMILIES.filter((family) => family.target === target).map((f) => f.language));
      expect([...languages].sort(), target).toEqual([...SUPPORTED_LANGUAGES].sort());
    }
  });

  it("have unique rule names and global patterns", () => {
    const rules = ALL_FAMILIES.map((family) => `${family.target}/${family.language}/${family.name}`);
    expect(new Set(rules).size).toBe(rules.length);
    for (const family of ALL_FAMILIES) expect(family.pattern.global).toBe(true);
  });

  it("never match the empty string", () => {
    for (const family of ALL_FAMILIES) expect("".match(family.pattern), family.name).toBeNull();
  });
});
