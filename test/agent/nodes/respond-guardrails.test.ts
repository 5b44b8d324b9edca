import { describe, expect, it } from "vitest";
import { CATEGORIES, SUPPORTED_LANGUAGES, TEAMS, URGENCIES } from "../../../src/domain/taxonomy.js";
import { findFalsePromises } from "../../../src/agent/nodes/respond/guardrails.js";
import { TEMPLATES } from "../../../src/agent/nodes/respond/templates/index.js";
import { UNREAD_LANGUAGE } from "../../../src/agent/nodes/respond/templates/unread-language.js";
import { KnowledgeBase } from "../../../src/kb/knowledge-base.js";

const BAD_REPLIES: Array<[string, string]> = [
  ["en", "Good news: we have refunded the duplicate charge."],
  ["en", "I’ve issued a full refund to your card."],
  ["en", "Your refund has been approved and will arrive soon."],
  ["en", "The refund was already processed yesterday."],
  ["en", "We'll refund you the difference."],
  ["en", "You will receive a full refund within 5 days."],
  ["en", "We will fix this by Friday."],
  ["en", "We'll have it fixed within the hour."],
  ["en", "The fix has been deployed to production."],
  ["en", "The issue has been resolved on our side."],
  ["en", "You are entitled to compensation for the downtime."],
  ["en", "Please note we are not liable for lost revenue."],
  ["en", "We guarantee this won't happen again."],
  ["de", "Wir haben Ihnen den Betrag bereits erstattet."],
  ["de", "Die Rückerstattung wurde veranlasst."],
  ["de", "Wir erstatten Ihnen die doppelte Abbuchung."],
  ["de", "Sie erhalten Ihr Geld zurück."],
  ["de", "Wir beheben den Fehler bis morgen."],
  ["de", "Der Fix wurde bereits ausgerollt."],
  ["de", "Sie haben Anspruch auf eine Gutschrift."],
  ["de", "Wir haften nicht für Folgeschäden."],
  ["es", "Le hemos reembolsado el importe."],
  ["es", "Su reembolso ha sido aprobado."],
  ["es", "Recibirá un reembolso en su tarjeta."],
  ["es", "Lo solucionaremos antes del viernes."],
  ["es", "La corrección ha sido desplegada."],
  ["es", "Tiene derecho a una compensación."],
  ["es", "No somos responsables de las pérdidas."],
  ["fr", "Nous vous avons remboursé le double prélèvement."],
  ["fr", "Votre remboursement a été effectué."],
  ["fr", "Nous vous rembourserons la différence."],
  ["fr", "Nous corrigerons cela d'ici demain."],
  ["fr", "Le correctif a été déployé ce matin."],
  ["fr", "Vous avez droit à un dédommagement."],
  ["fr", "Nous ne sommes pas responsables de cette panne."],
];

describe("findFalsePromises", () => {
  it.each(BAD_REPLIES)("catches a promise in %s: %s", (_lang, reply) => {
    expect(findFalsePromises(`Hello,\n\n${reply}\n\nBest regards`)).not.toEqual([]);
  });

  it("returns the offending phrase", () => {
    expect(findFalsePromises("Thanks for waiting. We have refunded your payment. Bye.")).toEqual(["We have refunded"]);
  });

  it("lets through honest sentences about the same topics", () => {
    const honest = [
      "Our billing team reviews every refund request and tells you the outcome.",
      "Support agents cannot approve or promise refunds.",
      "I've passed your request to our engineering team.",
      "Der Support kann Erstattungen weder genehmigen noch zusagen.",
      "Ni el equipo de soporte ni nuestro asistente pueden aprobar ni prometer reembolsos.",
      "Ni le support ni notre assistant ne peuvent accorder ou promettre un remboursement.",
      "If these steps don't solve it, just reply to this email.",
    ];
    for (const sentence of honest) expect(findFalsePromises(sentence), sentence).toEqual([]);
  });
});

describe("what the bot may say", () => {
  it("no template, in any language and any variant, makes a false promise", () => {
    for (const language of SUPPORTED_LANGUAGES) {
      const t = TEMPLATES[language];
      const texts = [
        t.greeting(undefined),
        t.greeting("Anna"),
        t.repeatContactOpener,
        t.frustrationOpener,
        t.solutionIntro("Reset your password"),
        t.solutionOutro,
        t.clarificationIntro,
        t.clarificationOutro,
        t.escalationContext,
        t.statusPageTip("https://status.lumaflow.example"),
        t.securityTip("Account security"),
        t.signOff,
        ...CATEGORIES.flatMap((c) => t.clarificationDetails[c]),
        ...TEAMS.map((team) => t.escalationHandover(t.teams[team], t.takesOver[team])),
        ...URGENCIES.map((u) => t.escalationExpectation(t.within[u])),
        ...TEAMS.map((team) => t.withdrawnNote(t.teams[team])),
      ];
      for (const text of texts) expect(findFalsePromises(text), `${language}: ${text}`).toEqual([]);
    }
    // The English reply to a calm message in a language without templates.
    const unread = [
      UNREAD_LANGUAGE.note,
      UNREAD_LANGUAGE.articleIntro("Export your data"),
      UNREAD_LANGUAGE.articleOutro,
      UNREAD_LANGUAGE.askAgain,
      UNREAD_LANGUAGE.thanksOutro,
    ];
    for (const text of unread) expect(findFalsePromises(text), text).toEqual([]);
  });

  it("no knowledge-base article makes a false promise, so quoting its steps is safe", async () => {
    const kb = await KnowledgeBase.load();
    for (const article of kb.articles) {
      expect(findFalsePromises(`${article.title}\n${article.body}`), article.id).toEqual([]);
    }
  });
});
