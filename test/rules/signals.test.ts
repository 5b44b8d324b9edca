/**
 * The detector's contract: the four seed tickets come out as the seed
 * describes, the report is well-formed, evidence quotes the customer, mixed
 * languages work, and no input makes it throw.
 */
import { describe, expect, it } from "vitest";
import { ESCALATION_SIGNALS, URGENCY_INDICATORS } from "../../src/domain/taxonomy.js";
import { Evidence } from "../../src/domain/triage.js";
import { detectSignals } from "../../src/rules/signals/index.js";

/** The seed's four test tickets, subject and description joined as the caller does. */
const SEED = {
  standard: ["Password reset assistance", "Hi, I forgot my password and cannot access my account. Could you please help me reset it? Thanks!"].join("\n"),
  enterprise: [
    "CRITICAL: Production API outage affecting our entire platform",
    "Our production system has been down for 20 minutes due to API authentication failures. This is costing us thousands per minute and our customers are furious. We need immediate escalation to your engineering team. This is completely unacceptable for an enterprise customer. We are considering legal action if this isnt resolved immediately.",
  ].join("\n"),
  technical: [
    "Webhook payload inconsistency in production environment",
    "We are implementing your webhooks API and noticing inconsistent payload structures between your documentation and what were receiving in production. Specifically, the order.items array sometimes contains nested product objects and sometimes just product IDs. Our integration is failing intermittently because of this. Can someone from your technical team help clarify the expected behavior?",
  ].join("\n"),
  repeat: [
    "THIRD TIME contacting about billing error!!!",
    "This is the THIRD time I am contacting support about the same billing issue. I have been charged twice for my subscription for the past 3 months and nobody seems to be able to fix this. I have provided bank statements, screenshots, and detailed explanations multiple times. I am beyond frustrated and will be leaving negative reviews if this is not resolved immediately. This is completely unprofessional.",
  ].join("\n"),
};

describe("detectSignals: the seed's test tickets", () => {
  it("TICK-STD-001 (password reset) raises nothing", () => {
    expect(detectSignals(SEED.standard, "en")).toEqual({ signals: [], urgencyIndicators: [], evidence: [] });
  });

  it("TICK-ENT-001 (enterprise outage) raises legal threat, outage and business urgency", () => {
    const report = detectSignals(SEED.enterprise, "en");
    expect(report.signals).toEqual(["legal_threat", "outage"]);
    expect(report.urgencyIndicators).toEqual(["business_impacting", "revenue_affecting", "outage_related", "many_users_affected"]);
    const quotes = report.evidence.map((evidence) => evidence.match);
    expect(quotes).toEqual(expect.arrayContaining(["legal action", "costing us thousands", "our customers are furious", "entire platform"]));
  });

  it("TICK-TECH-001 (webhook inconsistency) raises no escalation signal, only business impact", () => {
    const report = detectSignals(SEED.technical, "en");
    expect(report.signals).toEqual([]);
    // Their production integration failing on us is what makes the seed call it high priority.
    expect(report.urgencyIndicators).toEqual(["business_impacting"]);
    expect(report.evidence.map((evidence) => evidence.match)).toEqual(["Our integration is failing"]);
  });

  it("TICK-REPEAT-001 (billed twice, third contact) is a repeat contact with a public complaint, not a chargeback", () => {
    const report = detectSignals(SEED.repeat, "en");
    expect(report.signals).toEqual(["public_complaint", "repeat_contact"]);
    expect(report.signals).not.toContain("chargeback");
  });
});

describe("detectSignals: report shape", () => {
  const report = detectSignals("Our API is down and we will sue. Our CEO is now involved. We need it fixed by Friday.", "en");

  it("lists signals and indicators in vocabulary order, once each", () => {
    expect(report.signals).toEqual(ESCALATION_SIGNALS.filter((signal) => report.signals.includes(signal)));
    expect(report.urgencyIndicators).toEqual(URGENCY_INDICATORS.filter((indicator) => report.urgencyIndicators.includes(indicator)));
    expect(new Set(report.signals).size).toBe(report.signals.length);
    expect(report.signals).toEqual(["legal_threat", "executive_involvement", "outage"]);
  });

  it("gives every evidence entry the triage schema and a target/language/family rule", () => {
    for (const evidence of report.evidence) {
      expect(Evidence.safeParse(evidence).success).toBe(true);
      expect(evidence.rule).toMatch(/^[a-z_]+\/(?:en|de|es|fr|derived)\/[a-z_/]+$/);
    }
  });

  it("backs every signal and indicator with evidence and gives no evidence for anything else", () => {
    const raised = new Set<string>([...report.signals, ...report.urgencyIndicators]);
    expect(new Set(report.evidence.map((evidence) => evidence.signal))).toEqual(raised);
  });

  it("quotes the customer's original words, accents and capitals included", () => {
    const german = detectSignals("Hallo!\nDie Plattform ist seit einer Stunde NICHT ERREICHBAR. Rückbuchung folgt.", "de");
    const quotes = german.evidence.map((evidence) => evidence.match);
    expect(quotes).toContain("Plattform ist seit einer Stunde NICHT ERREICHBAR");
    expect(quotes).toContain("Rückbuchung");
  });

  it("names the family that fired", () => {
    const evidence = detectSignals("We are considering legal action.", "en").evidence;
    expect(evidence).toEqual([{ signal: "legal_threat", match: "legal action", rule: "legal_threat/en/legal_action" }]);
  });

  it("keeps at most five quotes per signal on a long, repetitive complaint", () => {
    const rant = Array.from({ length: 40 }, (_, i) => `Update: the API has been down for ${i + 1} minutes.`).join("\n");
    const outage = detectSignals(rant, "en").evidence.filter((evidence) => evidence.signal === "outage");
    expect(outage.length).toBe(5);
    expect(new Set(outage.map((evidence) => evidence.match)).size).toBe(5);
  });

  it("quotes the same words only once per signal", () => {
    const report = detectSignals("We will sue. I repeat: we will sue.", "en");
    expect(report.evidence).toEqual([{ signal: "legal_threat", match: "will sue", rule: "legal_threat/en/sue" }]);
  });
});

describe("detectSignals: languages", () => {
  it("reads a ticket that mixes German and English", () => {
    const report = detectSignals(
      "Hallo, unser System ist komplett ausgefallen. Please help, our customers can't check out! Ich möchte mit einem Menschen sprechen.",
      "de",
    );
    expect(report.signals).toEqual(["outage", "human_requested"]);
    expect(report.urgencyIndicators).toEqual(expect.arrayContaining(["business_impacting", "revenue_affecting", "outage_related"]));
  });

  it("reads a Spanish ticket with an English closing line", () => {
    const report = detectSignals("La plataforma está caída y nuestros clientes están furiosos. We will cancel.", "es");
    expect(report.signals).toEqual(["outage", "churn_risk"]);
  });

  it("matches German written without umlauts or with ae/oe/ue", () => {
    for (const text of ["Wir werden kündigen.", "Wir werden kuendigen.", "Wir werden kundigen."]) {
      expect(detectSignals(text, "de").signals).toEqual(["churn_risk"]);
    }
  });

  it("matches French and Spanish without accents", () => {
    expect(detectSignals("je veux parler a un humain", "fr").signals).toEqual(["human_requested"]);
    expect(detectSignals("la plataforma esta caida", "es").signals).toEqual(["outage"]);
  });

  it.each(["und", "xx", "", "EN", undefined])("runs all languages whatever the guess (%s)", (guess) => {
    expect(detectSignals("Wir werden rechtliche Schritte einleiten.", guess).signals).toEqual(["legal_threat"]);
  });

  it("lists evidence in the stated language first", () => {
    const text = "Production is down. La production est en panne.";
    expect(detectSignals(text, "fr").evidence[0]?.rule).toMatch(/^outage\/fr\//);
    expect(detectSignals(text, "en").evidence[0]?.rule).toMatch(/^outage\/en\//);
  });
});

describe("detectSignals: sentence by sentence", () => {
  it("a question about outages does not cancel an outage reported in the next sentence", () => {
    const report = detectSignals("Is there a status page for outages? Our whole site is down right now.", "en");
    expect(report.signals).toEqual(["outage"]);
    expect(report.evidence.map((evidence) => evidence.match)).not.toContain("outages");
  });

  it("a question that reports the problem as current still counts", () => {
    expect(detectSignals("Is there an outage right now?", "en").signals).toEqual(["outage"]);
  });

  it("a negation in one sentence does not reach the next", () => {
    expect(detectSignals("We are not angry. We will sue.", "en").signals).toEqual(["legal_threat"]);
  });

  it("a negation before a new clause does not cancel the threat in it", () => {
    expect(detectSignals("This is not acceptable, we will switch to a competitor.", "en").signals).toEqual(["churn_risk"]);
    expect(detectSignals("If this is not fixed we will take legal action.", "en").signals).toEqual(["legal_threat"]);
  });

  it("a subject line without punctuation is its own sentence", () => {
    const report = detectSignals("Is there a status page for outages\nOur API is down!", "en");
    expect(report.signals).toEqual(["outage"]);
  });
});

describe("detectSignals: robustness", () => {
  const EMPTY = { signals: [], urgencyIndicators: [], evidence: [] };

  it.each([
    ["empty", ""],
    ["whitespace", " \n\t \r\n"],
    ["emoji only", "😡😡😡🔥🔥💥"],
    ["punctuation only", "?!?!...;;;,,,"],
    ["lone combining marks", "\u0301\u0308\u0327"],
    ["non-Latin script", "Наш сервер не работает. 服务器宕机了。"],
  ])("returns an empty report for %s input", (_name, text) => {
    expect(detectSignals(text)).toEqual(EMPTY);
  });

  it("finds signals between emoji", () => {
    expect(detectSignals("😡 We will sue 😡🔥", "en").signals).toEqual(["legal_threat"]);
  });

  it("handles text in decomposed (NFD) form and quotes it whole", () => {
    const decomposed = "Rückbuchung folgt.".normalize("NFD");
    const report = detectSignals(decomposed, "de");
    expect(report.signals).toEqual(["chargeback"]);
    expect(report.evidence[0]?.match).toBe("Rückbuchung".normalize("NFD"));
  });

  it.each([
    ["one endless word", "a".repeat(100 * 1024)],
    ["words without punctuation", "our data system production all users not ".repeat(2500)],
    ["repeated negations", "not no never kein nicht pas ".repeat(3700)],
    ["repeated near-misses", "site down ".repeat(10 * 1024)],
    ["commas", "data, ".repeat(17 * 1024)],
  ])("completes on 100 KB of %s", (_name, text) => {
    expect(text.length).toBeGreaterThanOrEqual(100 * 1000);
    const report = detectSignals(text);
    expect(Array.isArray(report.signals)).toBe(true);
  });

  it("still finds the signal at the end of a 100 KB ticket", () => {
    const text = "Some filler about our setup. ".repeat(3500) + "Our lawyers will be in touch.";
    expect(text.length).toBeGreaterThan(100 * 1000);
    expect(detectSignals(text, "en").signals).toEqual(["legal_threat"]);
  });

  it("treats a non-string input from untyped callers as empty", () => {
    const untyped = detectSignals as (text: unknown) => ReturnType<typeof detectSignals>;
    expect(untyped(undefined)).toEqual(EMPTY);
    expect(untyped(null)).toEqual(EMPTY);
  });
});
