/**
 * The lower and upper rungs of the priority ladder: when a question is low
 * and what keeps it medium, how the free plan and a calm relationship
 * signal combine with the evidence, and which data loss is critical.
 */
import { describe, expect, it } from "vitest";
import { assessPriority, type PriorityInput } from "../../src/rules/priority.js";

const priority = (extra: Partial<PriorityInput>) =>
  assessPriority({ signals: [], indicators: [], frustration: 0, tier: "paid", issueType: "question", category: "product", ...extra }).priority;

describe("questions", () => {
  it("makes a how-to question low on every plan", () => {
    for (const tier of ["free", "paid", "enterprise", "vip", "at_risk"] as const) {
      expect(priority({ tier, text: "How do I rename a workspace?" })).toBe("low");
    }
  });

  it("keeps an annoyed how-to low on an ordinary plan, but not a venting key account", () => {
    expect(priority({ frustration: 45, text: "WHERE do I rename a workspace???" })).toBe("low");
    expect(priority({ tier: "enterprise", frustration: 45, text: "WHERE do I rename a workspace???" })).toBe("medium");
    expect(priority({ tier: "enterprise", frustration: 10, text: "Where do I rename a workspace?" })).toBe("low");
  });

  it("keeps a question medium when the customer suspects a defect or an incident", () => {
    expect(priority({ text: "Reminders arrive an hour late since Monday. Is this expected?" })).toBe("medium");
    expect(priority({ text: "Uploads take ages this afternoon. Is something going on on your side?" })).toBe("medium");
    expect(priority({ text: "Mein Import bricht ab. Mache ich etwas falsch?" })).toBe("medium");
  });

  it("keeps a question medium when it is asked again or asks for a person", () => {
    expect(priority({ text: "I asked this already last week: how do I merge two boards?" })).toBe("medium");
    expect(priority({ text: "Could I talk to someone about our setup?" })).toBe("medium");
  });

  it("keeps a question about the contract or a wrong charge medium", () => {
    expect(priority({ category: "billing", text: "Can you send us a quote for 20 extra seats?" })).toBe("medium");
    expect(priority({ category: "billing", text: "Can we move our renewal date to July?" })).toBe("medium");
    expect(priority({ category: "billing", text: "We were charged $900 instead of $90. Can you check?" })).toBe("medium");
  });

  it("keeps a question with a deadline or a security concern medium", () => {
    expect(priority({ indicators: ["deadline"], text: "Who can sign our vendor form by Monday?" })).toBe("medium");
    expect(priority({ category: "security", indicators: ["security_related"], text: "Is it a problem that share links never expire?" })).toBe("medium");
  });

  it("does not read 'is that normal?', quoting a message or talking to a colleague as stakes", () => {
    expect(priority({ text: "The editor autosaves every ten seconds. Is that normal?" })).toBe("low");
    expect(priority({ text: "How do I quote a message in a comment?" })).toBe("low");
    expect(priority({ text: "Can guests talk to a colleague in task comments?" })).toBe("low");
  });
});

describe("the free plan", () => {
  it("makes a free-plan problem with no impact low, whatever the mood below 'angry'", () => {
    expect(priority({ tier: "free", issueType: "problem", text: "The sidebar flickers when I resize the window." })).toBe("low");
    expect(priority({ tier: "free", issueType: "complaint", frustration: 50, text: "This filter is USELESS!!!" })).toBe("low");
  });

  it("still lets impact, a deadline or anger raise a free-plan problem", () => {
    expect(priority({ tier: "free", issueType: "problem", indicators: ["business_impacting"] })).toBe("high");
    expect(priority({ tier: "free", issueType: "problem", indicators: ["deadline"] })).toBe("high");
    expect(priority({ tier: "free", issueType: "problem", frustration: 80 })).toBe("high");
  });

  it("keeps a paid plan's problem medium", () => {
    expect(priority({ tier: "paid", issueType: "problem", text: "The sidebar flickers when I resize the window." })).toBe("medium");
  });
});

describe("the customer's word that it is minor", () => {
  it("reads a typo report, a heads-up and a problem that went away as able to wait", () => {
    expect(priority({ issueType: "problem", text: "Tiny typo in the billing page footer." })).toBe("low");
    expect(priority({ issueType: "problem", text: "The board froze for a minute, just letting you know." })).toBe("low");
    expect(priority({ issueType: "problem", text: "Sync stalled this morning; it's working again now." })).toBe("low");
  });

  it("does not read a guessed typo in a wrong charge as minor", () => {
    expect(priority({ category: "billing", text: "We were billed $5,000 instead of $50, probably a typo?" })).toBe("medium");
  });
});

describe("relationship signals", () => {
  it("makes a calm relationship signal on an ordinary plan medium", () => {
    expect(priority({ issueType: "complaint", signals: ["churn_risk"], frustration: 10 })).toBe("medium");
    expect(priority({ tier: "free", issueType: "complaint", signals: ["public_complaint"] })).toBe("medium");
  });

  it("keeps it high with heat, on a key or at-risk account, or with impact", () => {
    expect(priority({ issueType: "complaint", signals: ["churn_risk"], frustration: 40 })).toBe("high");
    for (const tier of ["enterprise", "vip", "at_risk"] as const) expect(priority({ tier, issueType: "complaint", signals: ["churn_risk"] })).toBe("high");
    expect(priority({ issueType: "complaint", signals: ["repeat_contact"], indicators: ["revenue_affecting"] })).toBe("high");
  });
});

describe("data loss", () => {
  it("makes data lost with nothing to restore from critical on any plan", () => {
    expect(priority({ issueType: "problem", signals: ["data_loss"], text: "All our invoices vanished and we have no backup." })).toBe("critical");
    expect(priority({ issueType: "problem", signals: ["data_loss"], text: "The folder was deleted and the trash is empty." })).toBe("critical");
    expect(priority({ issueType: "problem", signals: ["data_loss"], text: "Ha desaparecido el informe y no tenemos otra copia." })).toBe("critical");
  });

  it("keeps a recoverable loss on an ordinary plan urgent", () => {
    expect(priority({ issueType: "problem", signals: ["data_loss"], text: "Two comments I wrote this morning were overwritten." })).toBe("urgent");
  });
});
