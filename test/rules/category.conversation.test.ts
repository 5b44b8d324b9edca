import { describe, expect, it } from "vitest";
import { classifyCategory, classifyConversation, DEFAULT_TAXONOMY, RECENCY_DECAY, TaxonomySchema, type Taxonomy } from "../../src/rules/category/index.js";

describe("classifyConversation: the latest messages count most", () => {
  it.each([
    ["Import contacts", "How do I import contacts from a spreadsheet?"],
    ["", "Die App stürzt beim Speichern ab."],
    ["Factura", "¿Dónde descargo mi factura?"],
  ])("gives one message exactly classifyCategory's result (%s)", (subject, body) => {
    expect(classifyConversation(subject, [body])).toEqual(classifyCategory(subject, body));
  });

  it("reads a how-to question that turns into a report of empty output as a bug report", () => {
    const subject = "Download my timesheet";
    const first = "How do I download my timesheet as a spreadsheet?";
    expect(classifyConversation(subject, [first]).category).toBe("product");
    const then = classifyConversation(subject, [first, "I tried that, but the file is empty, no rows at all."]);
    expect(then.category).toBe("bug_report");
    // And it stays one while the customer follows up without new cues.
    expect(classifyConversation(subject, [first, "I tried that, but the file is empty, no rows at all.", "Any news? My manager is waiting."]).category).toBe(
      "bug_report",
    );
  });

  it.each([
    ["de", "Export", "Wie kann ich meine Aufgaben exportieren?", "Habe ich gemacht, aber die Datei ist leer."],
    ["es", "Exportar", "¿Cómo puedo exportar mis tareas?", "Lo hice, pero el archivo sale vacío."],
    ["fr", "Export", "Comment puis-je exporter mes tâches ?", "C'est fait, mais le fichier reste vide."],
  ])("does the same in %s", (_language, subject, first, then) => {
    expect(classifyConversation(subject, [first]).category).toBe("product");
    expect(classifyConversation(subject, [first, then]).category).toBe("bug_report");
  });

  it("reads a login question that turns into signs of a takeover as security", () => {
    const subject = "Can't sign in";
    const first = "I can't sign in, it says my password is wrong.";
    expect(classifyConversation(subject, [first]).category).toBe("account");
    expect(classifyConversation(subject, [first, "I reset it, but my password was changed again and I see logins from another country."]).category).toBe(
      "security",
    );
  });

  it("keeps the thread's topic when the latest message has no cues of its own", () => {
    const subject = "Invoice address";
    const first = "How do I change the address on my invoices?";
    expect(classifyConversation(subject, [first, "Thanks, that worked!"]).category).toBe("billing");
    expect(classifyConversation(subject, [first, "Great. Our CEO says hi, by the way."]).category).toBe("billing");
  });

  it("does not let a one-word hint in a follow-up overturn a topic the ticket stated clearly", () => {
    // "report" is a weak product hint; the ticket is plainly about a webhook.
    expect(classifyConversation("Webhook not received", ["Our webhook endpoint gets no events.", "I need this for a report."]).category).toBe("integration");
  });

  it("weighs each earlier message by RECENCY_DECAY and says which message a cue came from", () => {
    const result = classifyConversation("", ["The app crashes.", "The app crashes."]);
    const crash = result.evidence.filter((match) => match.phrase === "crash*");
    expect(crash.map((match) => [match.turn, match.points])).toEqual([
      [1, 3],
      [0, 3 * RECENCY_DECAY],
    ]);
    expect(result.matched.filter((phrase) => phrase === "crash*")).toHaveLength(1);
  });

  it("gives the subject to the first message only, so it fades as the conversation moves on", () => {
    const result = classifyConversation("Refund", ["Hello.", "Hello again.", "Hello once more."]);
    const refund = result.evidence.find((match) => match.phrase === "refund*");
    expect(refund?.turn).toBe(0);
    expect(refund?.points).toBe(3 * 2 * RECENCY_DECAY ** 2);
  });
});

describe("technical or bug_report: one user, or the whole organisation", () => {
  it.each([
    ["en", "The app shows a blank page for me when I open the calendar."],
    ["en", "Error 500 when I click save on a task."],
    ["de", "Die App stürzt bei mir ab."],
    ["es", "La aplicación se bloquea cuando abro una tarea."],
    ["fr", "L'application plante quand j'ouvre une tâche."],
  ])("a symptom for one user is a bug report (%s: %s)", (_language, body) => {
    expect(classifyCategory("", body).category).toBe("bug_report");
  });

  it.each([
    ["en", "The app shows a blank page for everyone in the company since 9:00."],
    ["en", "Error 500 on every page, nobody can open a task."],
    ["en", "The mobile app crashes on launch for all our users."],
    ["de", "Die App stürzt ab, niemand kann arbeiten."],
    ["es", "La aplicación se bloquea para todos los usuarios desde esta mañana."],
    ["fr", "L'application plante pour tous nos utilisateurs depuis ce matin."],
  ])("the same symptom for the whole organisation is technical (%s: %s)", (_language, body) => {
    const result = classifyCategory("", body);
    expect(result.category).toBe("technical");
    expect(result.evidence.some((match) => match.shiftedFrom === "bug_report")).toBe(true);
  });

  it("keeps a feature that broke for one team a bug report", () => {
    expect(classifyCategory("Reminders stopped", "Reminders stopped working for everyone in our team after the update.").category).toBe("bug_report");
  });

  it.each([
    ["en", "Half our files are gone and we have no other copy."],
    ["de", "Alle Anhänge sind weg, wir haben keine andere Kopie."],
    ["es", "Han desaparecido los documentos del proyecto."],
    ["fr", "Les documents du projet ont disparu."],
  ])("reads data gone from the platform as technical (%s)", (_language, body) => {
    expect(classifyCategory("", body).category).toBe("technical");
  });

  it("reads troubleshooting the customer's own browser as technical", () => {
    expect(classifyCategory("", "The timeline is blank in my browser; I already turned off my ad blocker.").category).toBe("technical");
    expect(classifyCategory("", "I get a 'too many requests' message when I refresh quickly.").category).toBe("technical");
  });
});

describe("security or account: the organisation's protection, or one person's access", () => {
  it.each([
    ["en", "", "How do I reset my password?"],
    ["en", "Lost phone", "I lost my phone and can't get my 2FA code."],
    ["de", "", "Ich habe mein Passwort vergessen."],
    ["es", "", "Olvidé mi contraseña, ¿cómo la restablezco?"],
    ["fr", "", "J'ai oublié mon mot de passe."],
  ])("one person's access is account (%s: %s %s)", (_language, subject, body) => {
    expect(classifyCategory(subject, body).category).toBe("account");
  });

  it.each([
    ["en", "2FA", "Can we enforce 2FA for all members of our workspace?"],
    ["en", "Login keys", "Do you support security keys for two-factor login?"],
    ["en", "Passwords", "What is your password policy, and can admins require strong passwords?"],
    ["en", "", "Where do I see the active sessions on my account?"],
    ["de", "Passwörter", "Können wir eine Passwortrichtlinie für alle Mitglieder festlegen?"],
    ["es", "Contraseñas", "¿Tienen una política de contraseñas para todo el equipo?"],
    ["fr", "Mots de passe", "Peut-on définir une politique de mots de passe pour l'équipe ?"],
  ])("a question about protecting the organisation is security (%s: %s)", (_language, subject, body) => {
    expect(classifyCategory(subject, body).category).toBe("security");
  });

  it.each([
    ["en", "Password", "My password was changed last night and I didn't request a reset."],
    ["en", "Strange tasks", "There are projects in my account I didn't create."],
    ["en", "Members", "A new admin appeared in our member list and nobody invited them."],
    ["de", "Login", "Jemand hat mein Passwort geändert, und es gibt Anmeldungen aus einem anderen Land."],
    ["es", "Cuenta", "Alguien cambió mi contraseña y veo inicios de sesión desde otro país."],
    ["fr", "Compte", "Quelqu'un a changé mon mot de passe, je vois des connexions depuis un autre pays."],
  ])("signs of a takeover are security, however much the ticket talks about passwords (%s: %s)", (_language, subject, body) => {
    expect(classifyCategory(subject, body).category).toBe("security");
  });

  it("asks about backups as a security review", () => {
    expect(classifyCategory("", "How often do you back up our data, and how long are backups kept?").category).toBe("security");
  });
});

describe("shifts in a custom taxonomy", () => {
  const taxonomy: Taxonomy = {
    categories: [
      { id: "bug_report", cues: { en: [{ phrase: "crash*", weight: 3 }] } },
      { id: "technical", cues: { en: [{ phrase: "slow*", weight: 2 }] } },
    ],
    shifts: [{ from: "bug_report", to: "technical", when: ["on every device"] }],
  };

  it("moves the evidence only when a trigger phrase occurs in the same message", () => {
    expect(classifyCategory("", "It crashes.", taxonomy).category).toBe("bug_report");
    expect(classifyCategory("", "It crashes on every device.", taxonomy).category).toBe("technical");
    expect(classifyConversation("", ["It crashes on every device.", "It crashes again."], taxonomy).category).toBe("bug_report");
  });

  it("rejects a shift to a category outside the contract or with an invalid trigger", () => {
    expect(TaxonomySchema.safeParse({ ...taxonomy, shifts: [{ from: "bug_report", to: "outage", when: ["x"] }] }).success).toBe(false);
    expect(TaxonomySchema.safeParse({ ...taxonomy, shifts: [{ from: "bug_report", to: "technical", when: ["a*"] }] }).success).toBe(false);
    expect(TaxonomySchema.safeParse({ ...taxonomy, shifts: [{ from: "bug_report", to: "technical", when: [] }] }).success).toBe(false);
  });

  it("ships the platform-wide shift in the default taxonomy", () => {
    expect(DEFAULT_TAXONOMY.shifts?.some((shift) => shift.from === "bug_report" && shift.to === "technical")).toBe(true);
  });
});
