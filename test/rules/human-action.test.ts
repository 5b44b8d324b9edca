/**
 * The "needs a person to act" detector: requests, in en/de/es/fr, that only
 * staff can carry out; and the look-alikes that are questions about policy.
 */
import { describe, expect, it } from "vitest";
import type { HumanActionKind } from "../../src/rules/human-action-kinds.js";
import { findHumanActions, humanActionEvidence, humanActionsFromEvidence } from "../../src/rules/human-action.js";

const kinds = (text: string) => findHumanActions(text).map((n) => n.kind);

describe("findHumanActions: requests only a person can carry out", () => {
  const cases: Array<[HumanActionKind, string]> = [
    ["handling_complaint", "I am unhappy with your service and want to complain."],
    ["handling_complaint", "need to submit a formal complaint"],
    ["handling_complaint", "Ich möchte mich über Ihren Kundendienst beschweren."],
    ["handling_complaint", "Quiero presentar una queja formal."],
    ["handling_complaint", "Je voudrais déposer une réclamation."],
    ["refund", "We cancelled in week one, please refund us."],
    ["refund", "I want a full refund for this month."],
    ["refund", "Bitte erstatten Sie den Betrag, ich möchte mein Geld zurück."],
    ["refund", "Quiero un reembolso del último cargo."],
    ["refund", "Je demande un remboursement de la facture."],
    ["billing_correction", "We were charged twice for our renewal."],
    ["billing_correction", "We were billed $4,900 instead of $49."],
    ["billing_correction", "We need corrected invoices by Friday."],
    ["billing_correction", "Sie haben uns im Mai zweimal abgebucht."],
    ["billing_correction", "Nos han cobrado dos veces este mes."],
    ["billing_correction", "Vous m'avez facturé deux fois ce mois-ci."],
    ["payment_not_applied", "I upgraded to Business yesterday and paid, but the workspace still shows the Starter limits."],
    ["contract_terms", "We'd like to discuss custom payment terms (net 60) for next year."],
    ["contract_terms", "Können wir individuelle Zahlungsbedingungen vereinbaren?"],
    ["invoicing_setup", "Could someone set up consolidated invoicing for our four workspaces?"],
    ["ownership_transfer", "Our owner left; I need ownership transferred to me."],
    ["ownership_transfer", "Bitte die Inhaberschaft des Workspaces auf mich übertragen."],
    ["ownership_transfer", "Necesitamos transferir la propiedad del espacio."],
    ["ownership_transfer", "Pouvez-vous transférer la propriété de l'espace ?"],
    ["account_deletion", "Please delete my account and all my data."],
    ["account_deletion", "This is a GDPR request under the right to erasure."],
    ["account_deletion", "Bitte meinen Account löschen."],
    ["account_deletion", "Quiero eliminar mi cuenta."],
    ["account_deletion", "Je veux supprimer mon compte."],
    ["account_recovery", "I got a new phone and didn't save the backup codes, so my 2FA code is rejected."],
    ["account_recovery", "J'ai perdu mon téléphone et je n'ai pas les codes de secours."],
    ["records_export", "Our SOC 2 auditor needs the full audit log for the last 12 months."],
    ["account_manager", "Could our account manager schedule a quarterly business review?"],
    ["plan_exception", "Could you extend our trial by two weeks?"],
    ["press_inquiry", "I'm a journalist at TechDaily; who can I speak to for a comment?"],
    ["press_inquiry", "Soy periodista y escribo sobre herramientas de gestión."],
  ];
  for (const [kind, text] of cases) {
    it(`${kind}: ${text}`, () => expect(kinds(text)).toContain(kind));
  }
});

describe("findHumanActions: questions about the topic are not requests", () => {
  const negatives = [
    "Not a complaint, just curious: what's your refund policy if we cancel mid-year?",
    "Will my account be deleted if I don't log in for a year?",
    "Could you send me a copy of our March invoice?",
    "Do you support 2FA with hardware keys like a YubiKey?",
    "Where can I find your GDPR data processing agreement for signature?",
    "How do I change the credit card on file?",
    "Do you offer a discount for students?",
    "Is there a status page for outages?",
    // What would happen under a condition, or to anyone: policy, not a request.
    "Si on réduit à 10 utilisateurs en cours d'année, est-ce que vous remboursez au prorata ?",
    "If we cancel after three months, do you refund the rest of the year?",
    "Bekommt man bei vorzeitiger Kündigung anteilig Geld zurück?",
    "If I want to complain, which address do I write to?",
    // How to do it oneself: the product lets a customer delete their own account.
    "Hi, how do I delete my account? Do I need to cancel anything first?",
    "comment exporter toutes mes données avant de fermer mon compte ?",
    "Wie kann ich mein Konto löschen?",
  ];
  for (const text of negatives) {
    it(text, () => expect(kinds(text)).toEqual([]));
  }
});

describe("findHumanActions: a deletion asked of us, or in the words of the law, needs a person", () => {
  it.each([
    "Please delete my account and all my data.",
    "How do I submit a GDPR deletion request?",
    "Hi, how can we close our account? Also please delete my account now.",
    "Löschen Sie mein Konto.",
  ])("%s", (text) => expect(kinds(text)).toContain("account_deletion"));
});

describe("findHumanActions: an issued invoice put right, asked of us", () => {
  it.each([
    "Could you reissue May's invoice with our new VAT number?",
    "Reissue invoice with new company name",
    "found it. but the company name is wrong. need March and April reissued",
    "need to change the company name on our last 3 invoices, we rebranded",
    "Please correct the invoice and credit the difference.",
    "can u pls fix our march invoice, VAT id is missing",
    "i need the address on our invoices changed to our new office before month end",
    "Could you update our invoice address to the new office, please?",
    "¿Pueden emitirla de nuevo con el CIF, por favor?",
    "Necesitamos que corrijan la factura de marzo, falta el CIF.",
    "notre comptable exige une facture rectifiée pour mars. Pouvez-vous la réémettre ?",
    "Merci de corriger la raison sociale sur la facture de mars.",
    "Bitte stellen Sie die Rechnung vom März neu aus, die USt-IdNr. fehlt.",
    "Können Sie die Rechnung RE-2024-113 korrigieren? Die Anschrift ist falsch.",
  ])("%s", (text) => expect(kinds(text)).toContain("billing_correction"));
});

describe("findHumanActions: a charge the customer did not agree to", () => {
  it.each([
    "Why did you take 79.00 from my account on the 3rd?? I cancelled in January.",
    "On 14 March I cancelled our subscription. On 1 April you took £96.00 from our card regardless.",
    "we cancelled last month and were still charged $49 today",
    "You billed us for 25 seats instead of 10.",
    "Yo elegí el plan mensual y me cobraron el anual: 1.188 € en vez de 99 €. Necesito que lo corrijan.",
    "Cancelé en enero y me cobraron 49 € este mes.",
    "Wir haben im März gekündigt, trotzdem wurden uns 96 € abgebucht.",
    "J'ai résilié en mars et vous m'avez prélevé 49 € en avril.",
    "On m'a facturé l'annuel au lieu du mensuel.",
    // Not refunded yet, or charged again after a refund: still a need.
    "I was charged twice in May and it still hasn't been refunded.",
    "You charged us twice. Has the refund arrived yet? No.",
    "Last month you already refunded a double charge, and now you charged us twice again!",
    "me cobraron dos veces y el reembolso no ha llegado",
  ])("%s", (text) => expect(kinds(text)).toContain("billing_correction"));
});

describe("findHumanActions: invoice and charge look-alikes stay with the bot", () => {
  it.each([
    // Invoice details for the future are set in billing settings.
    "How do I change the billing address for future invoices?",
    "Could you tell me how to change the billing address on our invoices? The September invoice still shows the old address.",
    "where do I download my invoices?",
    "Can I get invoices in another currency?",
    "Where do I put our VAT ID so future invoices show it?",
    "Could you send the invoice a bit early so it lands in this quarter?",
    "could you update me on the invoice status?",
    "Is it possible to reissue invoices if our company name changes next year?",
    "comment changer l'adresse qui apparaît sur les factures ?",
    "pouvez-vous libeller les factures à notre nom ? On le met où ?",
    "Wie ändere ich die Rechnungsadresse für künftige Rechnungen?",
    "¿Cómo cambio la dirección de facturación para las próximas facturas?",
    // Their own invoicing automation.
    "please fix the flow that creates our invoices, it crashes",
    "Can you fix the Holded connector? It creates invoices with the wrong date.",
    // No charge taken, or not against their choice, or already given back.
    "We'd like to be billed annually instead of monthly from next year.",
    "If I cancel now, will I still be charged at the end of the month?",
    "I cancelled the run and it still used credits, how are runs billed?",
    "We cancelled our old plan and upgraded; you charged us the prorated difference, all good.",
    "I was charged twice last month but you already refunded one, thanks. Will it show on my statement?",
    "We got charged twice in March, it was refunded the same week. How do I stop that happening again?",
    "Me cobraron dos veces pero ya me lo devolvieron, gracias. ¿Dónde veo la factura?",
    "On m'a prélevé deux fois mais j'ai bien été remboursé. Où est la facture ?",
    "vielen Dank für die Gutschrift, die wir mit der Oktoberrechnung erhalten haben.",
    "Was passiert, wenn wir Nutzer reduzieren - gibt es dann eine Gutschrift?",
  ])("%s", (text) => expect(kinds(text)).toEqual([]));
});

describe("findHumanActions: erasure of the writer's own data", () => {
  it.each([
    "Quiero que eliminen todo lo que tengan sobre mí y que me lo confirmen por escrito.",
    "Please make sure you delete everything you hold about me, including backups.",
    "I want my email address and any data about me deleted from your systems.",
    "pls erase all the info u have on me",
    "Bitte löschen Sie alle Daten über mich und bestätigen Sie es schriftlich.",
    "Je vous demande de supprimer toutes les données que vous détenez sur moi.",
    "Je veux que vous supprimiez toutes mes données.",
  ])("%s", (text) => expect(kinds(text)).toContain("data_rights"));
});

describe("findHumanActions: deletion look-alikes stay with the bot", () => {
  it.each([
    // Their customers' data, their own policy, a question about what happened.
    "building a gdpr deletion request form for OUR customers. can a flow delete a contact from all our connected apps?",
    "GDPR deletion after 30 days: can run logs auto-delete?",
    "When one of our customers asks us to delete their data under GDPR, how do we delete it from run logs?",
    "Our DPO has asked that we delete personal data processed by our recruitment flows.",
    "Did you delete our data?? We need this back immediately.",
    "how do I delete everything about me from my workspace before I leave the company?",
  ])("%s", (text) => expect(kinds(text)).toEqual([]));
});

describe("findHumanActions: an account whose owner cannot hand it on", () => {
  it.each([
    "Our founder, who owns our account, passed away last month. I need the account moved to me.",
    "the owner of our workspace died in june, can you transfer the workspace to me?",
    "Nuestro fundador, propietario de la cuenta, falleció. Necesito pasar la cuenta a mi nombre.",
    "Unser Inhaber ist verstorben, bitte das Konto auf mich übertragen.",
    "Le propriétaire du compte est décédé, pouvez-vous mettre le compte à mon nom ?",
  ])("%s", (text) => expect(kinds(text)).toContain("ownership_transfer"));
});

describe("findHumanActions: ownership look-alikes stay with the bot", () => {
  it.each([
    // Flows change hands by an admin; an owner hands the account on themselves.
    "Transfer ownership of their flows to someone else first?",
    "I'm the owner and I'm leaving. How do I hand the owner role to my colleague?",
    "Can I transfer that workflow into the team workspace?",
  ])("%s", (text) => expect(kinds(text)).toEqual([]));
});

describe("evidence round trip", () => {
  it("writes needs as evidence and reads them back, ignoring other evidence", () => {
    const evidence = [
      { signal: "outage", match: "down", rule: "outage:state" },
      ...findHumanActions("Please refund us. Also delete my account.").map(humanActionEvidence),
    ];
    expect(humanActionsFromEvidence(evidence).map((n) => n.kind)).toEqual(["refund", "account_deletion"]);
  });

  it("drops evidence naming an unknown kind", () => {
    expect(humanActionsFromEvidence([{ signal: "needs_human_action", match: "x", rule: "human-action:teleport" }])).toEqual([]);
  });
});

describe("account recovery when a second factor is still at hand", () => {
  it.each([
    "got a new phone, old one still works. how do i move my 2fa over without getting locked out",
    "Perdí el móvil con la app de autenticación, pero tengo guardados los códigos de respaldo en papel. ¿Cómo entro con uno de ellos?",
    "Got a new phone over the weekend (old one's screen died). I used one of my backup codes to get in, glad I saved them!",
  ])("is a how-to: %s", (text) => {
    expect(kinds(text)).not.toContain("account_recovery");
  });

  it.each([
    "lost my phone with the authenticator app on it, never saved the backup codes. how do i get back in??",
    "Neues Handy, die Backup-Codes habe ich nicht gespeichert.",
  ])("needs a person when nothing is left: %s", (text) => {
    expect(kinds(text)).toContain("account_recovery");
  });
});
