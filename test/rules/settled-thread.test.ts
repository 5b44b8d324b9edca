/**
 * A thread the customer says is settled: the money came back and the bank
 * will not be called, what was missing is found, it runs again, it is
 * closed from their side (retraction.ts, money-back.ts). What the earlier
 * messages raised and can be over goes with it, a chargeback threat
 * included; a problem told after the settling words is a new one. An
 * earlier incident the customer calls closed is background (closed-episode.ts).
 */
import { describe, expect, it } from "vitest";
import { classifyWithRules } from "../../src/agent/nodes/classify/rules.js";
import type { ConversationTurn } from "../../src/domain/triage.js";
import { findHumanActions, humanActionsFromEvidence } from "../../src/rules/human-action.js";
import { readConceptSignals } from "../../src/rules/concepts/engine.js";
import { detectSignals } from "../../src/rules/signals/index.js";
import { foldText } from "../../src/rules/signals/fold.js";
import { retractsAlarm } from "../../src/rules/signals/retraction.js";
import { readWithdrawal } from "../../src/rules/signals/withdrawal.js";
import { assessTrend } from "../../src/rules/trajectory.js";

const settles = (text: string) => retractsAlarm([foldText(text).text]);
const thread = (...contents: string[]): ConversationTurn[] =>
  contents.map((content, i) => ({ role: "customer", content, at: `2026-12-06T0${i}:00:00Z`, channel: "email" }));

describe("settling words", () => {
  it.each([
    "ok refund just showed up. thanks, wont be calling them",
    "The second charge was reversed this morning, thanks.",
    "Remboursement reçu, merci. Je n'appellerai pas la banque.",
    "Apareció el reembolso esta mañana, gracias. No llamaré al banco.",
    "Found the records — someone on the team moved them to the archive folder.",
    "Los encontré en la carpeta de archivo.",
    "Retrouvées dans le dossier Archive, désolée pour l'alerte.",
    "It's back, everything ran through in the last 10 minutes.",
    "Back to normal, the queue has drained. Thanks.",
    "C'est revenu, tout est reparti. Merci !",
    "We're square. Thanks.",
    "Closing this from our side.",
    "Pour nous, le sujet est clos.",
    "Vielen Dank, für uns ist alles erledigt.",
    "Ya lo resolví con su compañera Carmen por chat.",
    "I checked again: one is a credit note. All fine, sorry for the bother.",
    "We're fine now, thank you.",
  ])("settle the thread: %s", (text) => {
    expect(settles(text)).toBe(true);
  });

  it.each([
    "The refund hasn't arrived yet.",
    "Has the refund arrived?",
    "We never got refunded.",
    "We found the records were deleted overnight.",
    "I will be calling the bank tomorrow.",
    "Not all fine: the export still fails.",
    "It's back down again.",
  ])("settle nothing: %s", (text) => {
    expect(settles(text)).toBe(false);
  });
});

describe("a settled thread", () => {
  const threat = "You charged us twice for May. If this isn't refunded by Friday I'll ask my bank to reverse the payments.";

  it("withdraws a chargeback threat once the money is back", () => {
    const before = classifyWithRules({ subject: "Charged twice" }, thread(threat)).classification;
    expect(before.escalationSignals).toContain("chargeback");
    const after = classifyWithRules({ subject: "Charged twice" }, thread(threat, "Refund showed up today, both months. Thanks — won't be calling the bank."));
    expect(after.classification.escalationSignals).not.toContain("chargeback");
    expect(after.findings.latestMessage).toMatchObject({ retracted: true, asksAPerson: false });
  });

  it("keeps the threat when the later message settles nothing", () => {
    const { classification } = classifyWithRules({ subject: "Charged twice" }, thread(threat, "Any news? It's Thursday."));
    expect(classification.escalationSignals).toContain("chargeback");
  });

  it("is not settled by a latest message that tells a new problem after the settling words", () => {
    const { findings } = classifyWithRules(
      { subject: "Order form down" },
      thread(
        "Our order form spins forever on submit since 9am, nobody can order.",
        "It's back now. But the submissions from this morning aren't in the Orders table: about 37 orders, none of them saved.",
      ),
    );
    expect(findings.latestMessage).toMatchObject({ retracted: true, asksAPerson: true });
  });
});

describe("what the settling sentence says", () => {
  it("is no problem itself", () => {
    const reading = readConceptSignals(
      "Found the records — someone on the team moved them to the table in our 'Archive 2022' folder last week. All there.",
      "en",
    );
    expect(humanActionsFromEvidence(reading.evidence).map((n) => n.kind)).not.toContain("data_recovery");
  });

  it("does not hide a problem told after it", () => {
    const reading = readConceptSignals(
      "It's back now. But the submissions from this morning aren't in the Orders table — about 37 orders and none of them were saved.",
      "en",
    );
    expect(humanActionsFromEvidence(reading.evidence).map((n) => n.kind)).toContain("data_recovery");
  });
});

describe("money already back", () => {
  it("settles a billing correction told in the same message", () => {
    expect(findHumanActions("We were charged twice for May. The second charge was reversed this morning, thanks.").map((n) => n.kind)).not.toContain(
      "billing_correction",
    );
    expect(findHumanActions("We were charged twice for May, please refund the second charge.").map((n) => n.kind)).toContain("refund");
  });
});

describe("a message that moves on after settling words", () => {
  it.each([
    ["fr", "c'est revenu. mais on a perdu toute la matinée, il y aura un geste commercial ?"],
    ["en", "It's back now. But the submissions from this morning aren't in the Orders table."],
    ["es", "Ya funciona de nuevo. Pero faltan los pedidos de esta mañana."],
    ["en", "Found it in settings, thanks. While I'm here: the card terminal integration declined every card since noon."],
    ["fr", "Fausse alerte, c'était notre proxy. Petite remarque en passant : un approbateur peut supprimer des flux."],
    ["es", "Ya lo encontré, gracias. Otra cosa: un exempleado sigue entrando cada día."],
    ["de", "Hat sich erledigt, danke. Übrigens fehlen seit gestern 300 Zeilen in der Tabelle."],
    ["en", "nvm found it. although... looking at them, half of the sign-ins are from Vietnam and we're a 6-person office in Leeds"],
  ])("turns to a new matter (%s): %s", (language, text) => {
    expect(readWithdrawal(text, language)).toMatchObject({ retracted: true, movesOn: true });
  });

  it("does not move on with a grumble", () => {
    expect(readWithdrawal("found them. they were under the other location filter, sorry. still annoying", "en")).toMatchObject({
      retracted: true,
      movesOn: false,
    });
  });

  it("has not settled the thread, however calm and thankful it reads", () => {
    const calm = [
      { turn: 0, frustration: 10, sentiment: "neutral" as const },
      { turn: 1, frustration: 0, sentiment: "positive" as const },
    ];
    expect(assessTrend(calm, ["Sharing a folder", "Thanks, done."], { takesTheAlarmBack: false }).pattern).toBe("settled");
    expect(
      assessTrend(calm, ["Sharing a folder", "Thanks, done. I now see our former contractor logged in last night."], {
        takesTheAlarmBack: false,
        bringsSomethingNew: true,
      }).pattern,
    ).not.toBe("settled");
  });
});

describe("an incident the customer calls closed", () => {
  const told =
    "Some background: in March one of our team had their account compromised through a reused password. We had everything locked down within an hour, and the case was closed in April. Now: can we enforce SSO for everyone?";

  it("is background to what they ask now, for the pattern families and the learned reader", () => {
    expect(detectSignals(told, "en").signals).not.toContain("security_incident");
    expect(readConceptSignals(told, "en").signals).not.toContain("security_incident");
    expect(
      detectSignals("En mars, l'un de nos collaborateurs s'était fait pirater son compte. Le dossier a été clos en avril. Peut-on imposer le SSO ?", "fr")
        .signals,
    ).not.toContain("security_incident");
  });

  it("does not hide a new incident told beside it, or one nobody called closed", () => {
    const again =
      "In March one of our team had their account compromised. The case was closed in April, but this morning someone logged into that account again from Brazil.";
    expect(detectSignals(again, "en").signals).toContain("security_incident");
    expect(readConceptSignals(again, "en").signals).toContain("security_incident");
    expect(detectSignals("Our account was compromised yesterday and the attacker is still in.", "en").signals).toContain("security_incident");
  });

  it("leaves another vendor's old breach as theirs", () => {
    const text =
      "Years ago our previous automation vendor had a data breach, so our board asks every new vendor how you notify customers. Just need the policy text.";
    expect(detectSignals(text, "en").signals).not.toContain("security_incident");
  });
});

describe("more ways a thread settles", () => {
  it.each([
    "Refund received this morning, thank you.",
    "We won't be filing any dispute.",
    "All good, feel free to close.",
    "Sorry, panic over: our new branch manager invited her whole team.",
    "I checked with her, all 15 are ours.",
  ])("%s", (text) => {
    expect(settles(text)).toBe(true);
  });

  it.each(["All 15 are ours? Who added them?", "Please close the gap in the report."])("not: %s", (text) => {
    expect(settles(text)).toBe(false);
  });

  it("withdraws a break-in the customer then found to be their own people", () => {
    const withdrawn = readWithdrawal("Sorry, panic over: I checked with her, all 15 are ours.", "en");
    expect(detectSignals("I think we've been hacked, there are 15 new users in our workspace.", "en", withdrawn).signals).not.toContain("security_incident");
  });
});

describe("what classify reads of the latest message", () => {
  it("a calm thank-you that raises a signal of its own says so; one that raises none does not", () => {
    const churn = classifyWithRules(
      { subject: "Export" },
      thread("How do I export all our tables?", "Thank you. For context, the board approved moving to another platform, so we'll need it by end of quarter."),
    );
    expect(churn.findings.latestMessage?.raisesSignal).toBe(true);
    const thanks = classifyWithRules({ subject: "Export" }, thread("How do I export all our tables?", "Thank you, that worked."));
    expect(thanks.findings.latestMessage?.raisesSignal).toBe(false);
  });

  it("a thread in a reading table's language settles: the alarm is taken back and what can be over withdrawn", () => {
    const { classification, findings } = classifyWithRules(
      { subject: "Storing?" },
      thread("Geen enkele flow start meer sinds een half uur. Is er een storing?", "Werkt weer, alles is bijgewerkt. Bedankt!"),
    );
    expect(findings.latestMessage?.retracted).toBe(true);
    expect(classification.escalationSignals).not.toContain("outage");
  });
});

describe("a hand-off to one of the customer's own people", () => {
  it("is no request for ours, in the subject line either", () => {
    const text =
      "AI agent step – hand off to a human?\nIn Agent Builder, can the AI agent step hand a conversation off to a human on our team when it isn't sure?";
    expect(readConceptSignals(text, "en").signals).not.toContain("human_requested");
  });

  it("while a request for one of ours still is", () => {
    expect(readConceptSignals("Need a human\nPlease, I want to talk to a human on your team now.", "en").signals).toContain("human_requested");
  });
});
