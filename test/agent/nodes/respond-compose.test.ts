import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { DECISION_TYPES, SUPPORTED_LANGUAGES, TEAMS, URGENCIES, type Category } from "../../../src/domain/taxonomy.js";
import { parseTicket, ticketText, type Ticket } from "../../../src/domain/ticket.js";
import type { Analysis, Classification, Decision } from "../../../src/domain/triage.js";
import { composeReply } from "../../../src/agent/nodes/respond/compose.js";
import { findFalsePromises } from "../../../src/agent/nodes/respond/guardrails.js";
import { KnowledgeBase } from "../../../src/kb/knowledge-base.js";
import { makeAnalysis, makeClassification, makeDecision, makeEscalation } from "../../fixtures/triage.js";

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await KnowledgeBase.load();
});

function seedTicket(id: string): Ticket {
  const parsed = parseTicket(JSON.parse(readFileSync(new URL(`../../../examples/tickets/${id}.json`, import.meta.url), "utf8")));
  if (!parsed.ok) throw new Error(`${id} is invalid`);
  return parsed.ticket;
}

function compose(
  ticket: Ticket,
  parts: { classification?: Partial<Classification>; analysis?: Partial<Analysis>; decision?: Decision; kb?: KnowledgeBase } = {},
) {
  const reply = composeReply({
    ticket,
    text: ticketText(ticket),
    classification: makeClassification(parts.classification),
    analysis: makeAnalysis(parts.analysis),
    decision: parts.decision ?? makeDecision(),
    kb: parts.kb ?? kb,
  });
  expect(findFalsePromises(reply.message)).toEqual([]);
  return reply;
}

const ticket = (description: string, extra: Partial<Ticket> = {}): Ticket => ({ id: "T-1", description, ...extra });

describe("composeReply without escalation", () => {
  it("answers the seed's password-reset ticket (TICK-STD-001) with the reset steps", () => {
    const reply = compose(seedTicket("TICK-STD-001"), { classification: { category: "account" } });
    expect(reply).toMatchObject({ type: "solution", tone: "friendly", language: "en", sources: ["password-reset"] });
    expect(reply.message).toMatch(/^Hello,/);
    expect(reply.message).toContain("“Reset your password”");
    expect(reply.message).toMatch(/^1\. Go to the sign-in page .* click Forgot password\?$/m);
    expect(reply.message).toMatch(/^6\. Sign in with the new password/m);
    expect(reply.message).not.toContain("**");
  });

  it("answers a German password question from the German article, in German", () => {
    const reply = compose(ticket("Hallo, ich habe mein Passwort vergessen. Wie kann ich es zurücksetzen?", { subject: "Passwort", customerName: "Anna" }), {
      classification: { category: "account", language: "de" },
    });
    expect(reply).toMatchObject({ type: "solution", language: "de", sources: ["password-reset-de"] });
    expect(reply.message).toMatch(/^Hallo Anna,\n\ndanke für Ihre Nachricht/);
    expect(reply.message).toContain("Passwort vergessen?");
    expect(reply.message).toMatch(/Viele Grüße\nIhr Lumaflow-Support-Team$/);
  });

  it("quotes the section that fits the question, not just the first one", () => {
    const reply = compose(ticket("I lost my phone and can't get the 2FA code anymore"), { classification: { category: "security" } });
    expect(reply.sources).toEqual(["two-factor-authentication"]);
    expect(reply.message).toContain("1. At the code prompt, click Use a recovery code");
  });

  it("answers in English, with language en, when the ticket's language has no templates", () => {
    const reply = compose(ticket("パスワードを忘れました。password reset", { customerName: "Yuki" }), {
      classification: { category: "account", language: "ja" },
    });
    expect(reply).toMatchObject({ language: "en", type: "solution", sources: ["password-reset"] });
    expect(reply.message).toMatch(/^Hi Yuki,/);
    // The rules skimmed it for alarms, not for its meaning: the article is offered as something that may help.
    expect(reply.message).toContain("may not have understood every detail");
    expect(reply.message).toContain("This help article may answer your question: “Reset your password”.");
    expect(reply.message).not.toContain("Here's what to do");
  });

  it("asks a calm question it cannot match, in a language without templates, for the need again rather than a problem's details", () => {
    const reply = compose(ticket("Come faccio a cambiare il fuso orario del mio profilo?"), {
      classification: { category: "technical", language: "it", issueType: "question" },
    });
    expect(reply).toMatchObject({ language: "en", type: "clarification_request", sources: [] });
    expect(reply.message).toContain("ideally in one of these languages, what you would like to do?");
    expect(reply.message).not.toContain("the exact error message");
  });

  it("thanks a thank-you in a language without templates, and asks nothing", () => {
    const reply = compose(ticket("Tack för hjälpen, nu fungerar det!"), { classification: { category: "technical", language: "sv", issueType: "compliment" } });
    expect(reply).toMatchObject({ language: "en", type: "solution", sources: [] });
    expect(reply.message).toContain("If anything else comes up, just reply to this message.");
    expect(reply.message).not.toMatch(/details|error message/);
  });

  it("asks for the details that matter for the category when nothing relevant is found", () => {
    const reply = compose(ticket("Do you have an office in Berlin? What are your opening hours?"), {
      classification: { category: "billing" },
    });
    expect(reply).toMatchObject({ type: "clarification_request", sources: [], language: "en" });
    expect(reply.message).toContain("- the invoice number (it starts with LF-)");
  });

  it("asks in the customer's language", () => {
    const reply = compose(ticket("¿Tienen una oficina en Madrid?"), { classification: { category: "general_inquiry", language: "es" } });
    expect(reply).toMatchObject({ type: "clarification_request", language: "es" });
    expect(reply.message).toMatch(/^Hola:\n\nGracias por escribirnos/);
    expect(reply.message).toContain("- lo que ya ha probado");
  });

  it("does not answer from an article that only shares a word with the question", () => {
    const reply = compose(ticket("Can I change the email address of my account?"), { classification: { category: "account" } });
    expect(reply.type).toBe("clarification_request");
  });

  it("opens with an apology and turns empathetic for a frustrated customer", () => {
    const reply = compose(ticket("I forgot my password AGAIN, this is so annoying!!!"), {
      classification: { category: "account" },
      analysis: { frustration: 75, sentiment: "very_negative" },
    });
    expect(reply).toMatchObject({ type: "solution", tone: "empathetic" });
    expect(reply.message).toContain("I'm sorry for the trouble this has caused");
  });
});

describe("composeReply when escalating", () => {
  it("apologises for repeat contact, says who takes over and when (TICK-REPEAT-001)", () => {
    const reply = compose(seedTicket("TICK-REPEAT-001"), {
      classification: { category: "billing", escalationSignals: ["repeat_contact", "public_complaint", "churn_risk"] },
      analysis: { frustration: 90, sentiment: "very_negative" },
      decision: makeEscalation("management_escalation", "finance", "urgent"),
    });
    expect(reply).toMatchObject({ type: "escalation_acknowledgment", tone: "empathetic", language: "en", sources: [] });
    const [apology, handover] = reply.message.split("\n\n").slice(1);
    expect(apology).toContain("I'm sorry you've had to contact us several times about this");
    expect(handover).toContain("I've passed your request to our billing team");
    expect(handover).toContain("You can expect to hear from them within 1 hour.");
  });

  it.each([
    ["en", "within 15 minutes"],
    ["de", "innerhalb von 15 Minuten"],
    ["es", "en un plazo de 15 minutos"],
    ["fr", "dans un délai de 15 minutes"],
  ])("says an immediate escalation is picked up in 15 minutes (%s)", (language, within) => {
    const reply = compose(ticket("Something is badly wrong"), {
      classification: { category: "technical", language },
      decision: makeEscalation("immediate_escalation", "engineering", "immediate"),
    });
    expect(reply).toMatchObject({ type: "escalation_acknowledgment", language, tone: "professional" });
    expect(reply.message).toContain(within);
  });

  it("names the team humanly in the customer's language", () => {
    const decision = makeEscalation("specialist_escalation", "engineering", "standard");
    const de = compose(ticket("x"), { classification: { language: "de" }, decision });
    expect(de.message).toContain("an unser Engineering-Team übergeben");
    expect(de.message).toContain("innerhalb von 4 Stunden");
    expect(compose(ticket("x"), { decision }).message).toContain("our engineering team");
  });

  it("points to the status page during an outage, in the customer's language", () => {
    const reply = compose(seedTicket("TICK-ENT-001"), {
      classification: { category: "technical", language: "de", escalationSignals: ["outage", "legal_threat"] },
      analysis: { frustration: 80 },
      decision: makeEscalation("immediate_escalation", "engineering", "immediate"),
    });
    expect(reply).toMatchObject({ tone: "empathetic", sources: ["status-page-incidents-de"] });
    expect(reply.message).toContain("Statusseite: https://status.lumaflow.example");
  });

  it("offers no KB advice for escalations where advice could do harm", () => {
    const reply = compose(seedTicket("TICK-TECH-001"), {
      classification: { category: "integration" },
      decision: makeEscalation("specialist_escalation", "technical_support", "standard"),
    });
    expect(reply.sources).toEqual([]);
    expect(reply.message).not.toMatch(/^\d\. /m);
  });

  it("answers an escalated Japanese ticket in English", () => {
    const reply = compose(ticket("本番環境が停止しています"), {
      classification: { category: "technical", language: "ja" },
      decision: makeEscalation("immediate_escalation", "engineering", "immediate"),
    });
    expect(reply).toMatchObject({ language: "en", type: "escalation_acknowledgment" });
    expect(reply.message).toContain("within 15 minutes");
  });
});

describe("composeReply never promises what the bot cannot", () => {
  it("holds for every language, decision, team, urgency, mood and tip", () => {
    const signalSets: Classification["escalationSignals"][] = [[], ["repeat_contact"], ["outage"], ["security_incident"]];
    let checked = 0;
    for (const language of SUPPORTED_LANGUAGES) {
      for (const type of DECISION_TYPES.filter((t) => t !== "no_escalation")) {
        for (const targetTeam of TEAMS) {
          for (const urgency of URGENCIES) {
            for (const escalationSignals of signalSets) {
              for (const frustration of [0, 95]) {
                compose(ticket("help", { customerName: "Sam" }), {
                  classification: { language, escalationSignals },
                  analysis: { frustration },
                  decision: makeDecision({ type, targetTeam, urgency }),
                });
                checked++;
              }
            }
          }
        }
      }
    }
    expect(checked).toBe(4 * 4 * 8 * 4 * 4 * 2);
  });

  it("holds for a solution from every article and a clarification for every category", () => {
    for (const article of kb.articles) {
      const reply = compose(ticket(`${article.title} ${article.tags.join(" ")}`), {
        classification: { category: article.category as Category, language: article.language },
      });
      expect(reply.sources, article.id).toEqual([article.id]);
    }
  });

  it("drops KB text that would make a promise and asks for details instead", () => {
    const question = ticket("I got a double charge, I want a refund");
    const classification = { category: "billing" as const };
    expect(compose(question, { classification })).toMatchObject({ type: "solution", sources: ["refunds-double-charges"] });

    const poisoned = kb.articles.map((a) =>
      a.id === "refunds-double-charges" ? { ...a, body: a.body.replace(/^1\. /m, "1. We have refunded your double charge. ") } : a,
    );
    const reply = compose(question, { classification, kb: KnowledgeBase.fromArticles(poisoned) });
    expect(reply).toMatchObject({ type: "clarification_request", sources: [] });
    expect(reply.message).not.toContain("refunded");
  });

  it("leaves out a customer name that would read as a promise", () => {
    const reply = compose(ticket("x", { customerName: "we have refunded you" }));
    expect(reply.message).toMatch(/^Hello,/);
  });
});

describe("composeReply: who takes over an escalation", () => {
  it("calls a technical team's people specialists and a billing or support team's people colleagues", () => {
    const handover = (team: Decision["targetTeam"], language = "en") =>
      compose(ticket("x"), { classification: { language }, decision: makeEscalation("scheduled_escalation", team, "scheduled") }).message;
    expect(handover("technical_support")).toContain("our technical support team, and a specialist there is taking it over");
    expect(handover("security_team")).toContain("a security specialist there is taking it over");
    expect(handover("finance")).toContain("our billing team, and someone from that team is taking it over");
    expect(handover("general_support")).toContain("our support team, and a colleague there is taking it over");
    for (const team of ["finance", "customer_success", "general_support", "product", "senior_support"] as const) {
      expect(handover(team), team).not.toMatch(/specialist/i);
      expect(handover(team, "de"), team).not.toContain("Fachperson");
      expect(handover(team, "es"), team).not.toContain("especialista");
      expect(handover(team, "fr"), team).not.toContain("spécialiste");
    }
    expect(handover("finance", "de")).toContain("an unser Billing-Team übergeben. Ab jetzt kümmert sich dort jemand aus dem Team darum.");
  });
});

describe("composeReply: the customer's name in the greeting", () => {
  const greetingOf = (customerName: string) => compose(ticket("help", { customerName })).message.split("\n")[0];

  it("greets by the trimmed name", () => {
    expect(greetingOf("  Anna Berg \t")).toBe("Hi Anna Berg,");
  });

  it("keeps a name with line breaks on the greeting line, so it cannot write lines of its own", () => {
    const reply = compose(ticket("help", { customerName: "Anna\r\n\r\nYour account has been upgraded for free.\nRegards" }));
    const [greeting, blank] = reply.message.split("\n");
    expect(greeting).toBe("Hi Anna Your account has been upgraded for free. Regards,");
    expect(blank).toBe("");
    expect(reply.message.split("\n").filter((line) => line.includes("upgraded"))).toEqual([greeting]);
  });

  it("removes control and text-direction characters", () => {
    expect(greetingOf("Jo\u0000s\u0007\u001b[31mé\u0085Li\u2028n")).toBe("Hi Jo s [31mé Li n,");
    expect(greetingOf("\u202eAnna\u202c")).toBe("Hi Anna,");
  });

  it("caps a long name at 60 characters without splitting one", () => {
    const greeting = greetingOf(`${"é".repeat(59)}👩‍💻 and the rest of a pasted paragraph`);
    expect(greeting).toBe(`Hi ${"é".repeat(59)}👩‍💻,`);
  });

  it("falls back to the plain greeting when nothing of the name is left", () => {
    expect(greetingOf(" \n\u0000\u202e ")).toBe("Hello,");
  });
});
