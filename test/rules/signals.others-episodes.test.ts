/**
 * Someone else's incident, told as background (src/rules/signals/context.ts,
 * past-episode.ts): a former vendor's, a friend's social media, one told
 * "(nada que ver con vosotros)"; and "two weeks ago" in German, Spanish and
 * French, as in English. Each beside the look-alike that is still ours.
 */
import { describe, expect, it } from "vitest";
import { isOthersEpisode, saysUnrelatedToUs } from "../../src/rules/signals/context.js";
import { foldText } from "../../src/rules/signals/fold.js";
import { detectSignals } from "../../src/rules/signals/index.js";
import { isPastEpisode } from "../../src/rules/signals/past-episode.js";

const fold = (text: string) => foldText(text).text;
const others = (sentence: string) => isOthersEpisode(fold(sentence), isPastEpisode(fold(sentence)));

describe("a time in the past, in every language", () => {
  it.each([
    "Vor zwei Wochen ist unser alter Server ausgefallen.",
    "Hace dos semanas tuvimos una caída en nuestro antiguo servidor.",
    "El año pasado sufrimos un ciberataque.",
    "Il y a deux semaines, notre ancien serveur est tombé en panne.",
    "L'année dernière, notre ancien prestataire a perdu nos données.",
  ])("told as over: %s", (sentence) => {
    expect(isPastEpisode(fold(sentence))).toBe(true);
  });

  it.each([
    // "For two days now": still going on.
    "Hace dos días que no podemos entrar.",
    "Il y a deux jours que nous ne pouvons plus nous connecter.",
    // Hours are left out, as in English: usually still going on.
    "Hace dos horas que la web no carga.",
  ])("still going on: %s", (sentence) => {
    expect(isPastEpisode(fold(sentence))).toBe(false);
  });
});

describe("someone else's episode", () => {
  it.each([
    "My friend's Instagram got hacked last week and now I'm paranoid about everything lol",
    "One of our nurses had her personal Facebook hacked last week and everyone is nervous.",
    "La semana pasada hackearon el Instagram de una amiga.",
    "Letzte Woche wurde das private Facebook einer Kollegin gehackt.",
    "Le compte Facebook perso d'une collègue a été piraté la semaine dernière.",
    // A vendor they have left: over whatever the tense.
    "My last booking tool lost a whole month of our data when they had an outage.",
    "El año pasado sufrimos un ciberataque en nuestro antiguo servidor.",
  ])("is theirs, and over: %s", (sentence) => {
    expect(others(sentence)).toBe(true);
  });

  it.each([
    "Our workspace was hacked last week.",
    "My Instagram got hacked yesterday and now someone has logged into Lumaflow as me.",
    "Someone's account on our workspace got hacked yesterday.",
    // Placed at another tool, but now: the sync may be ours.
    "Since we connected another tool, rows vanish every night.",
  ])("may be ours: %s", (sentence) => {
    expect(others(sentence)).toBe(false);
  });

  it.each(["(ransomware en nuestro antiguo servidor, nada que ver con vosotros)", "Der Angriff damals (nichts mit euch zu tun) war auf unser Netz."])(
    "an aside that clears us: %s",
    (sentence) => {
      expect(saysUnrelatedToUs(fold(sentence))).toBe(true);
    },
  );

  it("a friend's hacked social media in a how-to raises no incident; a colleague's hacked workspace account does", () => {
    expect(detectSignals("How do I switch on two-factor login? My friend's Instagram got hacked last week.", "en").signals).not.toContain("security_incident");
    expect(detectSignals("My colleague's Lumaflow account got hacked last week and someone is still sending invoices from it.", "en").signals).toContain(
      "security_incident",
    );
  });
});
