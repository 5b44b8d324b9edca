/**
 * Chat written in lowercase still has sentences (chat-breaks.ts); a customer
 * who found the answer or the cause themselves takes the alarm back, and its
 * reach goes with it; requests and threats written the short way still count.
 */
import { retractsAlarm } from "../../src/rules/signals/retraction.js";
import { describe, expect, it } from "vitest";
import { splitIntoSentences } from "../../src/rules/concepts/read.js";
import { readConceptSignals } from "../../src/rules/concepts/engine.js";
import { chatBreaks } from "../../src/rules/signals/chat-breaks.js";
import { reportsNoImpact } from "../../src/rules/signals/context.js";
import { declaresRehearsal } from "../../src/rules/signals/rehearsal.js";
import { isEmailFurniture } from "../../src/rules/signals/email-furniture.js";
import { foldText } from "../../src/rules/signals/fold.js";
import { isMachineText } from "../../src/rules/signals/machine-text.js";
import { asksOrLists } from "../../src/rules/signals/questionnaire.js";
import { speaksForOthers } from "../../src/rules/signals/speaker.js";
import { detectSignals, detectTicketSignals } from "../../src/rules/signals/index.js";

describe("sentences in lowercase chat", () => {
  it("cuts after a full stop before a lowercase word", () => {
    expect(splitIntoSentences("need human. password reset link expired 4 times in a row")).toEqual([
      "need human.",
      "password reset link expired 4 times in a row",
    ]);
  });

  it.each(["Please send the export, e.g. the run history and the audit log.", "It costs approx. ten dollars.", "Siehe z.B. die Doku.", "Version 2. it works"])(
    "leaves an abbreviation or a number joined: %s",
    (text) => {
      expect(chatBreaks(text)).toEqual([]);
    },
  );

  it("lets the request in the first line count for the learned reader and the rules", () => {
    const text = "need human. password reset link expired 4 times in a row";
    expect(detectSignals(text, "en").signals).toContain("human_requested");
    expect(readConceptSignals(text, "en").signals).toContain("human_requested");
  });
});

describe("retractsAlarm: the customer found it themselves", () => {
  const retracts = (text: string) => retractsAlarm([foldText(text).text]);
  it.each([
    "...oh wait. I was in the wrong workspace. Sorry!!",
    "nvm found it, thanks",
    "Found it under Settings > Billing.",
    "Gefunden, unter Workspace > Allgemein. Danke.",
    "ya lo encontré, gracias",
    "en fait c'est bon, j'ai trouvé la facture dans Paramètres",
    "it works now, thanks",
    "back up now, all good here",
    "It's back online, sorry for the noise.",
  ])("takes the alarm back: %s", (text) => {
    expect(retracts(text)).toBe(true);
  });

  it.each(["I found it deleted this morning.", "We found it corrupted after the import.", "Nothing works now and the whole team is stuck."])(
    "is no retraction: %s",
    (text) => {
      expect(retracts(text)).toBe(false);
    },
  );

  it("drops the alarm's reach with it", () => {
    const text = "Nobody on the whole team can load the app. ...oh wait, wrong account, sorry!";
    const report = detectSignals(text, "en");
    expect(report.signals).not.toContain("outage");
    expect(report.urgencyIndicators).not.toContain("many_users_affected");
  });
});

describe("short requests and threats", () => {
  it.each(["need human", "transfer me to billing dept", "put me through to your sales team"])("asks for a person: %s", (text) => {
    expect(detectSignals(text, "en").signals).toContain("human_requested");
  });

  it.each(["We need human review before the flow sends anything.", "Can a flow transfer me to the billing page?"])("asks for no person: %s", (text) => {
    expect(detectSignals(text, "en").signals).not.toContain("human_requested");
  });

  it.each([
    ["if this isnt refunded by tomorrow im calling my bank and disputing it", "en"],
    ["Just so you know, I've already opened a dispute with Amex for the $588 annual charge.", "en"],
    ["si no me devuelven el dinero voy a reclamar al banco", "es"],
  ])("threatens or files a chargeback: %s", (text, language) => {
    expect(detectSignals(text, language).signals).toContain("chargeback");
  });

  it.each([
    ["If I dispute a charge with my bank, what happens to my account?", "en"],
    ["¿puedo reclamar al banco si no reconozco un cargo?", "es"],
  ])("only asks about one: %s", (text, language) => {
    expect(detectSignals(text, language).signals).not.toContain("chargeback");
  });

  it.each(["moving our 12 seats to Make on the 1st unless someone explains what is going on", "done with this. moving everything to make.com this weekend"])(
    "moves the business away: %s",
    (text) => {
      expect(detectSignals(text, "en").signals).toContain("churn_risk");
    },
  );

  it.each(["We're moving our flows to production if the test passes.", "I'm moving my account to another email address."])("moves nothing away: %s", (text) => {
    expect(detectSignals(text, "en").signals).not.toContain("churn_risk");
  });
});

describe("e-mail furniture", () => {
  const furniture = (line: string) => isEmailFurniture(line, foldText(line).text);
  it.each([
    "Data Protection Lead, Caledon Lettings",
    "Developer, Orchard Analytics",
    "Dear Lumaflow team,",
    "Hi support,",
    "Best regards",
    "Mit freundlichen Grüßen",
    "Cordialement,",
  ])("states nothing: %s", (line) => {
    expect(furniture(line)).toBe(true);
  });

  it.each(["Someone used my card.", "need human", "Security breach, all accounts exposed!", "Hi, our data is gone and nobody can log in"])(
    "is a statement: %s",
    (line) => {
      expect(furniture(line)).toBe(false);
    },
  );

  it("lends no concept to the learned reader", () => {
    expect(readConceptSignals("Thanks for the quick answer on the invoice.\n\nData Protection Lead, Caledon Lettings", "en").findings).toEqual([]);
  });
});

describe("asking for the case to go up", () => {
  it.each(["I am writing to ask that case #48213 be escalated to a team leader.", "please escalate this to your team lead"])(
    "asks for a person: %s",
    (text) => {
      expect(detectSignals(text, "en").signals).toContain("human_requested");
    },
  );

  it("reads a flow's own escalation as no request", () => {
    expect(detectSignals("The flow escalated the ticket to a manager automatically.", "en").signals).not.toContain("human_requested");
  });
});

describe("what states no event", () => {
  it.each([
    '{"error":"unauthorized","message":"test keys cannot access live workspaces"}',
    "curl -H 'Authorization: Bearer x' https://api.example/v2/flows",
    "GET /v2/records?table=tbl_91&limit=200",
    "2024-06-01 10:22:13 ERROR access denied for key lf_live",
    "    at com.acme.Run(Run.java:42)",
  ])("machine output: %s", (line) => {
    expect(isMachineText(line)).toBe(true);
  });

  it.each(["Someone accessed our account and deleted the flows.", "I get 'unauthorized' every time I log in."])("the customer's words: %s", (line) => {
    expect(isMachineText(line)).toBe(false);
  });

  it.each([
    "Next Tuesday we run a tabletop exercise. The scenario: an attacker took over an admin account and exfiltrates data. Nothing has actually happened, this is a training exercise.",
    "Nächsten Mittwoch machen wir eine Notfallübung: ein Angreifer übernimmt ein Admin-Konto. Es ist nichts passiert, es ist nur eine Übung.",
  ])("a rehearsal raises no incident, for the rules or the learned reader: %s", (text) => {
    const language = /nächsten/i.test(text) ? "de" : "en";
    expect(detectSignals(text, language).signals).not.toContain("security_incident");
    expect(readConceptSignals(text, language).findings.map((f) => f.concept)).toEqual([]);
  });

  it("still hears a complaint that nothing was done", () => {
    expect(declaresRehearsal([foldText("Ihr Support hat mir zweimal versprochen, dass sich jemand meldet. Nichts passiert.").text])).toBe(false);
  });

  it("reads 'everything has been running smoothly since' as no one affected", () => {
    expect(reportsNoImpact([foldText("Everything has been running smoothly since.").text])).toBe(true);
    expect(reportsNoImpact([foldText("It has worked fine ever since the fix.").text])).toBe(true);
  });
});

describe("whose words", () => {
  it.each([
    "Our own customers keep asking to speak to a manager.",
    'About 15% of the emails we get say something like "I want to speak to a manager".',
    "we get the occasional chargeback from customers via Stripe",
    "Nuestros clientes piden hablar con un responsable.",
  ])("someone else's request or threat: %s", (text) => {
    const language = /nuestros/i.test(text) ? "es" : "en";
    const signals = detectSignals(text, language).signals;
    expect(signals).not.toContain("human_requested");
    expect(signals).not.toContain("chargeback");
    expect(readConceptSignals(text, language).signals).not.toContain("human_requested");
  });

  it("keeps the customer's own request, and a complaint that quotes us", () => {
    expect(detectSignals("I want to speak to a manager.", "en").signals).toContain("human_requested");
    expect(speaksForOthers(foldText("I want to speak to a manager.").text, 10)).toBe(false);
  });

  it("reads a lawyer's question as routine and a lawyer brought in as a threat", () => {
    expect(detectSignals("Our lawyer asked whether our data stays in the EU.", "en").signals).not.toContain("legal_threat");
    expect(detectSignals("Mon avocat m'a demandé vos CGV et votre DPA.", "fr").signals).not.toContain("legal_threat");
    expect(detectSignals("I have forwarded all of this to our lawyer.", "en").signals).toContain("legal_threat");
  });

  it.each([
    ["en", "Our lawyers have updated the wording of our offer letters. How do I replace the template?"],
    ["en", "lol my solicitor would love this 😂 can we add a signature field on the booking form"],
    ["de", "Unser Anwalt hat die Vorlagen überarbeitet. Wie tausche ich sie aus?"],
    ["fr", "Notre avocat a mis à jour nos contrats. Comment remplacer le modèle ?"],
  ])("reads a lawyer at work on the customer's own papers as routine (%s): %s", (language, text) => {
    expect(detectSignals(text, language).signals).not.toContain("legal_threat");
  });

  it.each([
    ["en", "Our lawyer has updated the claim against you and will file it on Monday."],
    ["en", "Our lawyer has drafted a letter to you."],
    ["en", "If it isn't fixed this week you'll hear from our lawyer."],
    ["fr", "Notre avocat a rédigé une mise en demeure."],
  ])("still reads a lawyer set on us as a threat (%s): %s", (language, text) => {
    expect(detectSignals(text, language).signals).toContain("legal_threat");
  });

  it("reads a subject that names the customer's lawyer with the body's words", () => {
    const body = "Notre avocat nous demande si vos serveurs sont en Europe. Pouvez-vous me le confirmer ?";
    expect(detectTicketSignals("Notre avocat", body, "fr").signals).not.toContain("legal_threat");
    expect(detectTicketSignals("Notre avocat", "Le dossier est entre ses mains depuis ce matin.", "fr").signals).toContain("legal_threat");
  });
});

describe("a questionnaire asks about our record", () => {
  const text =
    "Hello, a few questions for our supplier security questionnaire.\n1. Have you experienced a data breach affecting customer data in the last 24 months?\n2. Is there any pending litigation?\n- outage history for the last 12 months";
  it("raises no incident, outage or lawsuit from its questions and list items", () => {
    const signals = detectSignals(text, "en").signals;
    expect(signals).not.toContain("security_incident");
    expect(signals).not.toContain("legal_threat");
    expect(signals).not.toContain("outage");
  });

  it("still hears a statement in it", () => {
    const report = detectSignals(
      `${text}\nAlso: one of our clerks entered his password on a phishing page this morning and his account was compromised.`,
      "en",
    );
    expect(report.signals).toContain("security_incident");
  });

  it.each(["1. Have you had a breach?", "- uptime history", "4.2 Do you notify customers?", "Is there litigation?"])("asks or lists: %s", (sentence) => {
    expect(asksOrLists(sentence)).toBe(true);
  });
});

describe("taken back in the same message", () => {
  it("a request for a person followed by 'never mind, found it'", () => {
    const text = "Could a person please explain how the... never mind, found it in the docs. Thanks!";
    expect(detectSignals(text, "en").signals).not.toContain("human_requested");
    expect(readConceptSignals(text, "en").signals).not.toContain("human_requested");
  });

  it("but not a request made after the words 'never mind'", () => {
    expect(detectSignals("never mind the bot, I want a human", "en").signals).toContain("human_requested");
  });

  it("a data loss the customer calls a false alarm, but not one the rules read after a thank-you for something else", () => {
    expect(detectSignals("HAN DESAPARECIDO NUESTROS DATOS. Falsa alarma, perdón: era un filtro guardado.", "es").signals).not.toContain("data_loss");
    expect(detectSignals("Thanks, found it. But the sync deleted all our contacts.", "en").signals).toContain("data_loss");
  });

  it.each(["Plus besoin de rappel, merci !", "We no longer need the call.", "Ya no hace falta, gracias."])("no longer needed: %s", (text) => {
    expect(retractsAlarm([foldText(text).text])).toBe(true);
  });

  it.each([
    "Ah, it was our router. Everything else was offline too. Sorry!",
    "Es lag an unserer Firewall, sorry.",
    "Perdón, era nuestro proxy.",
    "Vérification faite : votre outil n'y est pour rien.",
    "The bank says the payment went through after all. Nothing more to do.",
    "Hemos conseguido que ella misma transfiera la cuenta. Todo resuelto.",
  ])("the cause was on the customer's side, or nothing is left to do: %s", (text) => {
    expect(retractsAlarm([foldText(text).text])).toBe(true);
  });

  it.each([
    "It was our router that you replaced last week, and since then nothing syncs.",
    "Is it our firewall? Nothing syncs since this morning.",
    "There is nothing more to do on our side than wait for you, and our invoices are stuck.",
  ])("but not a question about the cause, or nothing left for the customer to do: %s", (text) => {
    expect(retractsAlarm([foldText(text).text])).toBe(false);
  });
});

describe("an error page for everyone", () => {
  it("is an outage however the status is introduced", () => {
    expect(detectSignals("app.lumaflow.com gives 502 for everyone in our office, and on my phone on 4g too. is it down?", "en").signals).toContain("outage");
  });

  it("is not one when it is the customer's own endpoint in a question", () => {
    expect(detectSignals("our webhook endpoint returns 502 when we deploy, how do retries work?", "en").signals).not.toContain("outage");
  });
});

describe("nobody can get in", () => {
  it.each(["None of us can load the app since 10 minutes ago.", "Nobody in the office can log in since 9am.", "nobody can use lumaflow since the update"])(
    "is an outage: %s",
    (text) => {
      expect(detectSignals(text, "en").signals).toContain("outage");
    },
  );

  it("is not one when nobody can use a feature they find confusing", () => {
    expect(detectSignals("Nobody on our team can use the new export format, it is confusing.", "en").signals).not.toContain("outage");
  });
});
