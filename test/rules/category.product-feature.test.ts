import { describe, expect, it } from "vitest";
import { classifyCategory } from "../../src/rules/category/index.js";

describe("product: how the product works, where things are, what it allows", () => {
  it.each([
    ["", "Can I assign one card to two people?"],
    ["Calendar view", "How does the calendar view decide which week to show first?"],
    ["", "Could someone show me how recurring cards work?"],
    ["", "Where is the archive? I can't find it since the redesign."],
    ["", "What is the keyboard shortcut for a new card?"],
    ["", "How do I add a checklist to a card?"],
    ["", "Is it possible to add a due time, not only a due date?"],
    ["Kanban", "Just wanted to say the new board view is lovely."],
    ["", "Kann ich eine Karte zwei Personen zuweisen?"],
    ["", "Können Sie mir zeigen, wie wiederkehrende Karten funktionieren?"],
    ["", "Wie kann ich eine Spalte hinzufügen?"],
    ["", "¿Puedo asignar una tarjeta a dos personas?"],
    ["", "¿Cómo funciona la vista de calendario?"],
    ["", "¿Cómo puedo agregar una columna?"],
    ["", "Puis-je attribuer une carte à deux personnes ?"],
    ["", "Comment fonctionne la vue calendrier ?"],
    ["", "Comment puis-je ajouter une colonne ?"],
  ])("%s | %s", (subject, body) => {
    expect(classifyCategory(subject, body).category).toBe("product");
  });

  it("reads 'is it possible to add…?' as a question about what exists, not a request (en, es, fr)", () => {
    expect(classifyCategory("", "Is it possible to add an attachment to a comment?").category).toBe("product");
    expect(classifyCategory("", "¿Es posible añadir un adjunto a un comentario?").category).toBe("product");
    expect(classifyCategory("", "Est-il possible d'ajouter une pièce jointe à un commentaire ?").category).toBe("product");
  });

  it("reads a dark mode question as a question: a topic word is no request", () => {
    expect(classifyCategory("Night work", "Is there a dark mode in the desktop app?").category).toBe("product");
    expect(classifyCategory("Dark mode contrast", "In dark mode the labels are black on dark grey and unreadable.").category).toBe("bug_report");
  });
});

describe("feature_request: asking for something the product does not do", () => {
  it.each([
    ["", "Please add a calendar view for the mobile app."],
    ["", "Any plans to support custom fields on cards?"],
    ["", "It would be great to have recurring cards."],
    ["", "Would love to see a Gantt view one day!"],
    ["Bulk labels", "Could you add a way to label several cards at once?"],
    ["", "Ist eine Kalenderansicht auf der Roadmap?"],
    ["", "Bitte fügt eine Kalenderansicht hinzu, das wäre toll."],
    ["", "¿Hay planes para una vista de calendario?"],
    ["", "Me encantaría tener tarjetas recurrentes."],
    ["", "¿Podrían añadir una vista de calendario?"],
    ["", "Est-ce prévu d'avoir une vue calendrier ?"],
    ["", "Ce serait top d'avoir des cartes récurrentes."],
    ["", "Pourriez-vous ajouter une vue calendrier ?"],
  ])("%s | %s", (subject, body) => {
    expect(classifyCategory(subject, body).category).toBe("feature_request");
  });

  it("reads the account, integration or product words of a roadmap question as the missing thing", () => {
    expect(classifyCategory("Permissions", "We need per-board permissions for contractors. Is this on your roadmap?").category).toBe("feature_request");
    expect(classifyCategory("Viewer role", "We need a read-only viewer role for auditors. Is that planned?").category).toBe("feature_request");
    expect(classifyCategory("Webhooks for comments", "Are there plans to add webhooks for new comments?").category).toBe("feature_request");
    expect(classifyCategory("Export to Word", "Could you add an export of the whole board to Word?").category).toBe("feature_request");
  });

  it("leaves a polite request about a fault or an account with its topic", () => {
    expect(classifyCategory("Slack", "I tried your suggestion but the Slack integration still doesn't post messages.").category).toBe("integration");
    expect(classifyCategory("", "Would be great if you could look at our Salesforce sync, it stopped yesterday.").category).toBe("integration");
    expect(classifyCategory("", "Please add my colleague as a team member.").category).toBe("account");
    expect(classifyCategory("", "Can I get a refund for last month?").category).toBe("billing");
  });

  it("keeps a takeover security even next to a roadmap question", () => {
    expect(classifyCategory("", "Someone logged into my account from another country. Is there any plan to support hardware keys?").category).toBe("security");
  });

  it("does not read an invitation accepted as a request", () => {
    expect(classifyCategory("", "Are you hosting a webinar about the new release? We would love to join.").category).toBe("general_inquiry");
  });
});

describe("product or bug_report: a question whether it is intended, or a report that it broke", () => {
  it("reads the symptom of a customer asking whether it is intended as a product question", () => {
    expect(classifyCategory("Sorting", "Cards are not sorted by due date in the list view, is that by design?").category).toBe("product");
    expect(classifyCategory("", "Die Erinnerung wird nicht gesendet, wenn die Karte archiviert ist. Ist das so gewollt?").category).toBe("product");
  });

  it("keeps defects defects", () => {
    expect(classifyCategory("", "The calendar view crashes every time I open it.").category).toBe("bug_report");
    expect(classifyCategory("", "The save button does nothing when I click it, it used to work.").category).toBe("bug_report");
    expect(classifyCategory("Board", "Since the update the board shows the wrong card count.").category).toBe("bug_report");
    expect(classifyCategory("", "Cards disappear from the board after I drag them, every time. Reproducible in any project.").category).toBe("bug_report");
  });

  it("reads a missing button as a question about where it went, a broken one as a defect", () => {
    expect(classifyCategory("Share button", "Where did the share button go? I can't find it.").category).toBe("product");
    expect(classifyCategory("Share button", "The share button throws an error message when I click it.").category).toBe("bug_report");
  });

  it("reads a browser-specific fault as the customer's environment", () => {
    expect(classifyCategory("", "The board loads slowly in Safari but fine in Chrome.").category).toBe("technical");
  });

  it("reads a request for a person as a general question", () => {
    expect(classifyCategory("", "Can I talk to a real person please?").category).toBe("general_inquiry");
  });
});
