/**
 * What is a request for a person and what only looks like one, for the
 * learned reader (src/rules/concepts/engine.ts) and the rules: a chat that
 * checks whether anyone is there is not one; a request in any language, with
 * typos and in chat style, still is. The phrasings are written for this test.
 */
import { describe, expect, it } from "vitest";
import { readConceptSignals } from "../../../src/rules/concepts/engine.js";
import { detectSignals } from "../../../src/rules/signals/index.js";
import { foldText } from "../../../src/rules/signals/fold.js";
import { checksPresence } from "../../../src/rules/signals/presence.js";

const language = (text: string): string =>
  /\b(?:ist|jemand|mensch|mitarbeiter|bitte)\b/i.test(text)
    ? "de"
    : /\b(?:hay|alguien|persona|hablar|quiero)\b/i.test(text)
      ? "es"
      : /\b(?:quelqu'un|humain|parler|personne|svp)\b/i.test(text)
        ? "fr"
        : "en";
const requested = (text: string) =>
  readConceptSignals(text, language(text)).signals.includes("human_requested") || detectSignals(text, language(text)).signals.includes("human_requested");

/** Requests for a person that every change here must leave standing. */
export const REQUESTS = [
  "need human",
  "agent pls",
  "can i speek to sombody in support plz",
  "talk to a real person",
  "is there a human reading this?",
  "anyone real there? need an agent",
  "hello?? anyone there? i want to speak to a person",
  "Ich möchte mit einem Menschen sprechen, bitte.",
  "quiero hablar con una persona de verdad",
  "je voudrais parler à un humain svp",
  "Can you pass this to a manager?",
  "hand me over to a human please",
  "please route my ticket to a real person",
  "can you forward this to someone on the billing team?",
  "is there a way to reach an actual agent",
  "can someone call me this weekend?",
  "is there a way to reach a person right now? our flows are down",
  "not the assistant, a real person please",
  "I want to speak to our account manager",
  "Ich möchte am Wochenende mit jemandem sprechen.",
];

describe("a presence check in chat", () => {
  it.each([
    "hello?? anyone",
    "is anyone there?",
    "anybody home??",
    "hello? is anyone out there?",
    "Hallo? Ist da jemand?",
    "jemand da?",
    "hola?? hay alguien",
    "hola, hay alguien por ahí?",
    "¿Y los fines de semana hay alguien?",
    "allo ? il y a quelqu'un ?",
    "y a quelqu'un ?",
  ])("asks for nobody: %j", (text) => {
    expect(requested(text)).toBe(false);
  });

  it.each([
    "is there a human reading this?",
    "anyone real there?",
    "is there anyone I can talk to?",
    "can anyone help me?",
    "ist da ein Mensch?",
    "hay alguien de verdad?",
    "il y a un humain ?",
    "someone changed my password",
    "Alguien entró en mi cuenta",
  ])("is no presence check: %j", (text) => {
    expect(checksPresence(foldText(text).text)).toBe(false);
  });

  it("does not lend itself to the sentence beside it", () => {
    const reading = readConceptSignals("hola, hay alguien por ahí? tengo una duda con los webhooks", "es");
    expect(reading.signals).not.toContain("human_requested");
  });
});

describe("requests for a person in chat", () => {
  it.each(REQUESTS)("still asks for a person: %j", (text) => {
    expect(requested(text)).toBe(true);
  });
});

describe("a person inside the customer's own process or product question", () => {
  it.each([
    "want to route each new lead to a real person on the sales team based on region",
    "Is it possible to make the agent hand off to a human reviewer when its confidence is low?",
    "Like, route to a person in our sales team for approval and then continue the flow.",
    "Can we assign every incoming ticket to a human agent?",
    "Flow Agent handing off to a human reviewer",
    "Also, if nobody has approved by 10am, I'd like the flow to ping their manager.",
    "Right now people who want to talk to someone have to fill in the whole form.",
    "Can I add a Talk to a human button to our booking form?",
    "¿Puedo poner un botón para hablar con alguien en nuestro formulario?",
    "Peut-on ajouter un bouton pour parler à un conseiller sur notre site ?",
    "Jeden neuen Lead an jemanden aus unserem Vertrieb weiterleiten, geht das?",
    "¿Puedo asignar cada nuevo lead a alguien de nuestro equipo?",
    "Est-ce possible d'attribuer chaque nouvelle demande à quelqu'un de notre équipe ?",
    "los clientes que quieren hablar con una persona tienen que llamar",
    "If something breaks on a weekend, is there a way to reach a person, or is it the chat assistant until Monday?",
    "Will anyone be around over Christmas if our sync fails?",
    "¿Hay alguna forma de hablar con una persona los fines de semana?",
    "Ist am Wochenende jemand von Ihrem Support erreichbar?",
    "Peut-on vous joindre le week-end ?",
    "assistant",
    "KI-Assistent",
    "Agent IA",
    "AI agents",
    "the AI agent",
  ])("asks us for nobody: %j", (text) => {
    expect(requested(text)).toBe(false);
  });
});
