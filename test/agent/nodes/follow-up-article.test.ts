/**
 * Follow-ups that listen: after a knowledge-base answer, "the steps didn't
 * work" gets a different article if one fits, else a person — never the same
 * article again. Three phrasings in each of four languages.
 */
import { describe, expect, it } from "vitest";
import { ThreadClient } from "../../../src/runtime/thread-client.js";
import { saysStepsFailed } from "../../../src/rules/steps-failed.js";
import { testAgent } from "../../helpers/agent.js";

const FORGOT: Record<string, string> = {
  en: "Hi, I forgot my password and cannot access my account. Could you please help me reset it? Thanks!",
  de: "Hallo, ich habe mein Passwort vergessen und kann mich nicht anmelden. Wie kann ich es zurücksetzen?",
  fr: "Bonjour, j'ai oublié mon mot de passe et je ne peux pas me connecter. Comment le réinitialiser ?",
  es: "Hola, olvidé mi contraseña y no puedo acceder a mi cuenta. ¿Cómo puedo restablecerla?",
};

const DID_NOT_WORK: Record<string, string[]> = {
  en: ["I followed the steps but the reset email never arrives.", "I already tried that, it didn't work.", "Still not working, no luck."],
  de: [
    "Ich habe die Schritte befolgt, aber die E-Mail kommt nie an.",
    "Das habe ich schon versucht, hat nicht funktioniert.",
    "Es funktioniert immer noch nicht.",
  ],
  fr: ["J'ai suivi les étapes mais l'e-mail n'arrive jamais.", "J'ai déjà essayé, ça n'a pas marché.", "Ça ne fonctionne toujours pas."],
  es: ["Seguí los pasos pero el correo nunca llega.", "Ya lo intenté y no funcionó.", "Sigue sin funcionar."],
};

describe("saysStepsFailed", () => {
  it("hears every phrasing, and not a plain question or thanks", () => {
    for (const phrasings of Object.values(DID_NOT_WORK)) for (const text of phrasings) expect(saysStepsFailed(text), text).toBe(true);
    for (const text of ["How do I reset my password?", "Thanks, it worked!", "Danke, das hat funktioniert.", "Merci, ça marche.", "Gracias, ya funciona."]) {
      expect(saysStepsFailed(text), text).toBe(false);
    }
  });
});

describe("a follow-up saying the article did not help", () => {
  const { agent } = testAgent();
  const client = new ThreadClient(agent);

  for (const [language, phrasings] of Object.entries(DID_NOT_WORK)) {
    phrasings.forEach((phrasing, i) => {
      it(`${language} #${i + 1}: "${phrasing}" never gets the same article again`, async () => {
        const id = `SF-${language}-${i}`;
        const first = await client.triage({ id, description: FORGOT[language]! });
        expect(first.classification?.language).toBe(language);
        expect(first.response?.type).toBe("solution");
        const article = first.response!.sources[0]!;
        expect(article).toMatch(/^password-reset/);

        const next = await client.message(id, phrasing);
        expect(next.response?.sources ?? []).not.toContain(article);
        expect(next.response?.message).not.toContain(first.response!.message.split("\n\n")[1]!);
        // No other article fits a reset mail that never comes: a person takes over.
        expect(next.decision?.type).not.toBe("no_escalation");
        expect(next.decision?.reasons.join(" ")).toContain(`the steps of ${article} did not work`);
      });
    });
  }

  it("answers with a different article when one fits", async () => {
    await client.triage({ id: "SF-2FA", description: FORGOT.en! });
    const next = await client.message("SF-2FA", "I reset it but it didn't work, now the login asks for a two-factor code");
    expect(next.decision?.type).toBe("no_escalation");
    expect(next.response?.type).toBe("solution");
    expect(next.response?.sources).toEqual(["two-factor-authentication"]);
  });
});
