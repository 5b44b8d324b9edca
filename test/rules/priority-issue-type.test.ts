/**
 * Issue type and priority: the parts the decision policy leans on — what
 * counts as a reported problem, a key account's default priority, and the
 * customer's own word that it can wait.
 */
import { describe, expect, it } from "vitest";
import { assessComplexity, findQuotedIdentifiers } from "../../src/rules/complexity.js";
import { assessIssueType, splitSentences, type IssueTypeInput } from "../../src/rules/issue-type.js";
import { assessPriority, type PriorityInput } from "../../src/rules/priority.js";
import { assessRisk } from "../../src/rules/risk.js";

const issue = (text: string, extra: Partial<IssueTypeInput> = {}) =>
  assessIssueType({ text, category: "technical", signals: [], frustration: 0, lexiconScore: 0, ...extra });

describe("assessIssueType", () => {
  it("reads a how-to question as a question", () => {
    expect(issue("How do I export my board to CSV?")).toBe("question");
    expect(issue("How do I export my board to CSV")).toBe("question");
  });

  it("reads a statement that opens with a question word as a report", () => {
    expect(issue("When Okta deprovisions a user, the seat stays assigned.")).toBe("problem");
  });

  it("reads a problem that ends by asking for help with it as a problem", () => {
    expect(issue("The app crashes on launch for every technician since the update. What do we do?")).toBe("problem");
    expect(issue("GET /v2/reports returns the same page forever after page 12. Pagination bug on your side?")).toBe("problem");
    expect(issue("Seit dem Update stürzt die App beim Start ab. Was sollen wir tun?", { language: "de" })).toBe("problem");
    expect(issue("Depuis la mise à jour l'export s'arrête à 65 535 lignes. Que devons-nous faire ?", { language: "fr" })).toBe("problem");
    // A how-to question after context stays a question.
    expect(issue("We import 40k records every night. What are the API rate limits on the paid plan?")).toBe("question");
  });

  it("reads a problem with a polite 'could someone look at this?' as a problem", () => {
    expect(issue("Every automation fires an hour late since Sunday. Could someone who knows the scheduler look at this?")).toBe("problem");
    expect(issue("Our payroll workflow didn't run last night. Could someone have a look?")).toBe("problem");
    expect(issue("Our integration is failing intermittently because of this. Can someone from your technical team help clarify the expected behavior?")).toBe(
      "problem",
    );
    // Asking for help with a task is still a question.
    expect(issue("I forgot my password and cannot access my account. Could you please help me reset it?")).toBe("question");
  });

  it("reads a report that asks us to hand it to the developers as a problem, in four languages", () => {
    expect(issue("The webhook drops fields with a dot. Could you pass this on to your engineering team?")).toBe("problem");
    expect(issue("Wir können die Belege nicht korrigieren. Können Sie das an Ihre Entwickler weitergeben?", { language: "de" })).toBe("problem");
    expect(issue("Rien n'a changé dans le mapping. Pouvez-vous faire vérifier par l'équipe qui gère le connecteur ?", { language: "fr" })).toBe("problem");
    expect(issue("El export cambia la fecha. ¿Pueden pasarlo a sus desarrolladores?", { language: "es" })).toBe("problem");
    // Forwarding a document to the customer names no team: a question.
    expect(issue("I need last month's invoice. Could you forward it to me?")).toBe("question");
  });

  it("reads a report whose question offers 'or is this a bug?' as a problem, in four languages", () => {
    expect(issue("The cursor skips records when rows change. Is there a stable-sort option we're missing, or is this a bug?")).toBe("problem");
    expect(issue("Exports drop the last row. Am I doing something wrong or is it a known issue?")).toBe("problem");
    expect(issue("Der Export verschiebt das Datum. Liegt es an unserer Einstellung oder ist das ein Fehler?", { language: "de" })).toBe("problem");
    expect(issue("La sincronización duplica contactos. ¿Hay una opción que no vemos o es un error?", { language: "es" })).toBe("problem");
    expect(issue("Le connecteur crée des doublons. Faut-il changer un réglage ou est-ce un bug ?", { language: "fr" })).toBe("problem");
    // "Or is a bug report needed?" suspects nothing.
    expect(issue("We want to sync 10k rows. Is there a stable-sort option, or is a bug report needed?")).toBe("question");
  });

  it("reads a report with a question marked as an aside as a problem; the aside alone still asks", () => {
    expect(issue("Every run posts twice to Slack since Monday. By the way, does the connector support threads?")).toBe("problem");
    expect(issue("Seit Montag doppelte Buchungen. Übrigens, unterstützt der Connector mehrere Anhänge?", { language: "de" })).toBe("problem");
    expect(issue("Chaque facture est comptabilisée deux fois. Par ailleurs, le connecteur gère-t-il les pièces jointes multiples ?", { language: "fr" })).toBe(
      "problem",
    );
    expect(issue("Cada contacto se duplica. Por cierto, ¿el conector admite adjuntos?", { language: "es" })).toBe("problem");
    expect(issue("By the way, can I export to CSV?")).toBe("question");
  });

  it("keeps a lone 'can you check …?' and real questions after a description as questions", () => {
    expect(issue("Can you check my invoice?")).toBe("question");
    expect(issue("I'm locked out after too many attempts. How long do I have to wait?")).toBe("question");
  });

  it("reads thanks and praise as a compliment in the four languages", () => {
    const calm = { lexiconScore: 2 };
    expect(issue("Kudos to the team, the new editor is great.", calm)).toBe("compliment");
    expect(issue("Ich wollte mich einfach mal bedanken: Ihr Kollege hat uns super geholfen.", { ...calm, language: "de" })).toBe("compliment");
    expect(issue("Solo quería decirles que el nuevo editor es buenísimo. ¡Enhorabuena al equipo!", { ...calm, language: "es" })).toBe("compliment");
    expect(issue("Félicitations pour la nouvelle version, elle est superbe.", { ...calm, language: "fr" })).toBe("compliment");
    // "We would appreciate a look" after a report asks for help.
    expect(issue("The dashboard has been very slow since your last deploy. We would appreciate a look.", calm)).toBe("problem");
    // Praise around a question is politeness, not the point.
    expect(issue("Kudos for the new editor! How do I change the font?", calm)).toBe("question");
  });

  it("reads thanks followed by a turn to a new matter as what follows, in four languages", () => {
    const calm = { lexiconScore: 2 };
    expect(issue("Thanks, set it up with Europe/Lisbon. BUT: this Sunday the Portugal crews got their start time an hour wrong.", calm)).toBe("problem");
    expect(issue("Thanks, but the export still stops at row 500.", calm)).toBe("problem");
    expect(issue("Hat geklappt, danke. Aber jetzt stehen die Telefonnummern bei den falschen Firmen.", { ...calm, language: "de" })).toBe("problem");
    expect(issue("Gracias, ya funciona. Pero ahora el formulario no guarda las fotos.", { ...calm, language: "es" })).toBe("problem");
    expect(issue("Merci, c'est réglé. Mais depuis ce matin les rappels partent en double.", { ...calm, language: "fr" })).toBe("problem");
    // Thanks that close the matter stay a compliment; a "but" inside a later sentence is that sentence's own matter.
    expect(issue("Thanks so much, that fixed it. Have a great weekend!", calm)).toBe("compliment");
    expect(issue('Kudos on the API docs. One tiny typo on the /v2/runs page: "recieved_at", but the field is "received_at".', calm)).toBe("compliment");
  });

  it("reads disbelief at what was just described as closing a report, and keeps how-tos as questions", () => {
    expect(issue("I removed him on Friday. Today the audit log shows he exported the table. How is that possible if he was removed?")).toBe("problem");
    expect(issue("Die SMS wurden nicht verschickt, obwohl der Flow lief. Wie kann das sein?", { language: "de" })).toBe("problem");
    expect(issue("El formulario borra las respuestas al enviarlas. ¿Cómo es posible?", { language: "es" })).toBe("problem");
    expect(issue("Le formulaire affiche une erreur depuis hier. Comment est-ce possible ?", { language: "fr" })).toBe("problem");
    expect(issue("We have 40 users. How can a user reset their password?")).toBe("question");
    expect(issue("Nous avons 40 utilisateurs. Comment est-ce que je peux exporter mes données ?", { language: "fr" })).toBe("question");
  });

  it("reads 'is something wrong on your side?' and 'can an integrations person look?' after a report as closing it", () => {
    expect(issue("The approval step is skipped for every request. Is something wrong on your side?")).toBe("problem");
    expect(issue("The Teams step posts to the wrong channel for all 3 flows. Can an integrations person look?")).toBe("problem");
    expect(issue("El flujo aprueba solo todas las solicitudes. ¿Es un fallo vuestro?", { language: "es" })).toBe("problem");
    expect(issue("Die Erinnerungen kommen doppelt. Liegt das an euch?", { language: "de" })).toBe("problem");
    expect(issue("Les rappels partent en double. Est-ce un problème chez vous ?", { language: "fr" })).toBe("problem");
    // The Spanish opening "¿" no longer hides a closing question.
    expect(issue("El flujo aprueba solo todas las solicitudes. ¿Qué hacemos?", { language: "es" })).toBe("problem");
    expect(issue("We have a new intern. Can an admin person invite her without a seat?")).toBe("question");
  });

  it("reads suggestions as requests", () => {
    expect(issue("Suggestion: an API endpoint to bulk-archive projects would save us time.")).toBe("request");
    expect(issue("Feature idea: let us snooze notifications per project.")).toBe("request");
  });

  it("outside en/de/es/fr, reads a short message with a question in it as a question and anything else as a report", () => {
    expect(issue("パスワードを変更するにはどうすればいいですか？", { language: "ja" })).toBe("question");
    expect(issue("Как изменить язык интерфейса?", { language: "ru" })).toBe("question");
    // A question with a line of context, beside a one-word greeting.
    expect(issue("Hej! Hur byter jag kort för abonnemanget? Det gamla går ut snart.", { language: "sv" })).toBe("question");
    expect(issue("czy da się dodać język polski? część zespołu słabo zna angielski", { language: "pl" })).toBe("question");
    expect(issue("本日午前9時から、全ユーザーがアクセスできません。業務が止まっています。", { language: "ja" })).toBe("problem");
    expect(issue("Alguém acessou minha conta e alterou meu e-mail. Não fui eu!", { language: "pt" })).toBe("problem");
    // An exclamation that asks nothing, or an error code, makes it a report even with a question after it.
    expect(issue("Il servizio è fermo da stamattina! Potete controllare?", { language: "it" })).toBe("problem");
    expect(issue("エラー503が表示されます。どうすればいいですか？", { language: "ja" })).toBe("problem");
    // Three sentences, or a long message, are a report.
    expect(issue("Kan ni hjälpa? Inget fungerar. Vi har kunder som väntar. Alla flöden står still.", { language: "sv" })).toBe("problem");
  });

  it("outside en/de/es/fr, reads short thanks as thanks, not a thanks that asks or reports more", () => {
    expect(issue("Tack, det löste sig!", { language: "sv" })).toBe("compliment");
    expect(issue("ありがとうございます、できました。", { language: "ja" })).toBe("compliment");
    expect(issue("Grazie mille, tutto risolto!", { language: "it" })).toBe("compliment");
    expect(issue("Obrigado, mas ainda não funciona?", { language: "pt" })).toBe("question");
    expect(
      issue("Спасибо. Но всё по-прежнему не работает, все сотрудники без доступа, ошибка 503 снова и снова, срочно нужна помощь специалиста.", {
        language: "ru",
      }),
    ).toBe("problem");
  });

  it("splits CJK sentences without spaces and keeps version numbers whole", () => {
    expect(splitSentences("ありがとうございます。解決しました。")).toHaveLength(2);
    expect(splitSentences("Version 3.4.1 crashes. Help!")).toEqual(["Version 3.4.1 crashes.", "Help!"]);
  });
});

const priority = (extra: Partial<PriorityInput>) =>
  assessPriority({ signals: [], indicators: [], frustration: 0, tier: "paid", issueType: "problem", category: "bug_report", ...extra });

describe("assessPriority", () => {
  it("makes a key or at-risk account's problem high", () => {
    for (const tier of ["enterprise", "vip", "at_risk"] as const) expect(priority({ tier }).priority).toBe("high");
    expect(priority({ tier: "paid" }).priority).toBe("medium");
  });

  it("believes the customer who says it is minor or can wait", () => {
    expect(priority({ tier: "enterprise", text: "Minor: the filter counter shows 12 but the list has 11." })).toMatchObject({
      priority: "low",
      reason: "the customer says it can wait",
    });
    expect(priority({ tier: "vip", issueType: "question", text: "No rush, next quarter is fine." }).priority).toBe("low");
    expect(priority({ text: "Nicht dringend, aber der Export ist leer." }).priority).toBe("low");
  });

  it("does not let 'minor' lower what a signal or an impact indicator raised", () => {
    expect(priority({ tier: "enterprise", signals: ["security_incident"], text: "Minor: someone else is in our workspace." }).priority).toBe("critical");
    expect(priority({ indicators: ["business_impacting"], text: "Not urgent, but billing is blocked." }).priority).toBe("high");
  });

  it("reads an angry 'no rush!!!' as sarcasm, not patience", () => {
    expect(priority({ frustration: 50, text: "Oh no rush, it's only been broken for a week!!!" }).priority).not.toBe("low");
  });
});

describe("complexity: quoted machine identifiers", () => {
  it("finds snake_case and camel/PascalCase identifiers in quotes, not quoted prose or apostrophes", () => {
    expect(findQuotedIdentifiers("Our app's OAuth flow fails with 'invalid_grant' when exchanging the code.")).toEqual(["invalid_grant"]);
    expect(findQuotedIdentifiers("every user gets 'AudienceRestriction mismatch' at login")).toEqual(["AudienceRestriction mismatch"]);
    expect(findQuotedIdentifiers("The app shows 'Syncing…' forever; it's the 'Mark all as read' button.")).toEqual([]);
  });

  it("scores a quoted code like any other artefact (4 points on the technical axis)", () => {
    const base = { text: "x", category: "integration", signals: [], frustration: 0, language: "en", customerTurns: 1 } as const;
    const entities = { errorCodes: [], ids: [], versions: [], amounts: [], emails: [], urls: [], durations: [] };
    const without = assessComplexity({ ...base, entities });
    const withCode = assessComplexity({ ...base, entities: { ...entities, errorCodes: ["invalid_grant"] } });
    expect(withCode.scores.technical - without.scores.technical).toBe(4);
  });
});

describe("assessRisk", () => {
  it("weighs business impact for a key account", () => {
    const complexity = { technical: 40, communication: 20, process: 15, resolution: 28 };
    const calm = assessRisk({ frustration: 0, complexity, tier: "paid", previousTicketCount: 0, escalationHistoryCount: 0, signals: [], indicators: [] });
    const hurt = assessRisk({
      frustration: 0,
      complexity,
      tier: "enterprise",
      previousTicketCount: 0,
      escalationHistoryCount: 0,
      signals: [],
      indicators: ["revenue_affecting"],
    });
    expect(hurt.business).toBeGreaterThan(calm.business);
    expect(hurt.overall).toBeGreaterThan(calm.overall);
  });
});
