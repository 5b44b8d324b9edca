/**
 * Concepts from the eleventh pass, each beside look-alikes that still need a
 * person: a sign-in alert the customer recognises as their own; a thread
 * settled in a few words ("all good.", "I'm in."); an account changing hands
 * in order (the owner hands it on, the leaver made the writer admin, the admin
 * removes a leaver) against one that does not; audit records the product
 * shows; someone removed and still at work; an owner out of reach.
 */
import { describe, expect, it } from "vitest";
import { readConceptSignals } from "../../src/rules/concepts/engine.js";
import { findHumanActions } from "../../src/rules/human-action.js";
import { detectTicketSignals } from "../../src/rules/signals/index.js";
import { foldText } from "../../src/rules/signals/fold.js";
import { handsOverInOrder } from "../../src/rules/signals/orderly-handover.js";
import { retractsAlarm } from "../../src/rules/signals/retraction.js";

const signalsOf = (subject: string, body: string, language = "en") => detectTicketSignals(subject, body, language).signals;
const kindsOf = (text: string, conversation?: string) => findHumanActions(text, conversation).map((need) => need.kind);
const settles = (sentence: string) => retractsAlarm([foldText(sentence).text]);
/** What the learned concept reader adds as a fraud report or a fraud check. */
const learnedFraud = (text: string, language: string) =>
  readConceptSignals(text, language).evidence.filter((e) => e.rule === "learned:fraud" || e.rule.includes("fraud_review"));

describe("a sign-in alert the customer recognises as their own", () => {
  it.each([
    [
      "en",
      "New sign-in alert from Lisbon",
      "I got a new sign-in alert from Lisbon. I'm at a conference in Lisbon this week, so that's me. Can I stop these alerts?",
    ],
    ["de", "Verdächtige Anmeldung – war ich selbst", "Ich habe eine Mail 'Verdächtige Anmeldung von neuem Gerät' bekommen. Das war ich, neues Firmenhandy."],
    ["es", "Aviso de inicio de sesión sospechoso", "Me llegó un correo de inicio de sesión sospechoso desde Valencia, pero soy yo, estoy de viaje."],
    ["fr", "Alerte de connexion suspecte", "J'ai reçu un e-mail « connexion suspecte depuis Lyon ». J'étais à Lyon hier pour un salon, c'était donc moi."],
  ])("is no incident (%s)", (language, subject, body) => {
    expect(signalsOf(subject, body, language)).not.toContain("security_incident");
  });

  it.each([
    ["en", "New sign-in alert", "I got a sign-in alert from another country last night. Nobody here travels."],
    ["de", "Verdächtige Anmeldung", "Wir haben eine verdächtige Anmeldung auf dem Admin-Konto gesehen. Niemand von uns war das."],
    ["es", "Inicio de sesión sospechoso", "Hola, soy yo otra vez: hay un inicio de sesión sospechoso en la cuenta de administración."],
    ["fr", "Connexion suspecte", "Connexion suspecte cette nuit sur le compte administrateur, personne chez nous."],
  ])("still is when nobody claims it (%s)", (language, subject, body) => {
    expect(signalsOf(subject, body, language)).toContain("security_incident");
  });

  it("a contractor who confirms it was him is the customer's own activity", () => {
    expect(
      signalsOf("Login from Warsaw", "We saw suspicious logins from Warsaw. Update: our contractor shares this login, he confirms it was him."),
    ).not.toContain("security_incident");
  });
});

describe("a thread settled in a few words", () => {
  it.each(["all good.", "All legit.", "I'm in.", "sorted, he found the setup email.", "Wait, found my backup codes in my password manager."])(
    "settles: %s",
    (sentence) => {
      expect(settles(sentence)).toBe(true);
    },
  );

  it.each(["I'm in Manchester and haven't travelled.", "I found my password was changed.", "hope all good with you, the flows are down"])(
    "does not: %s",
    (sentence) => {
      expect(settles(sentence)).toBe(false);
    },
  );
});

describe("an account changing hands in order", () => {
  it.each([
    "Our outgoing CIO (current owner) will transfer ownership of our workspace to the new CIO next week. Both are available. Any prerequisites?",
    "I'm the workspace owner and want to transfer ownership to my cofounder. Where's the button?",
    "Je suis le titulaire du compte et je souhaite transférer la propriété à mon associé. Il est d'accord.",
    "Our CEO transferred ownership to him this morning and told everyone in a meeting I missed.",
  ])("is a how-to, not staff work: %s", (text) => {
    expect(kindsOf(text)).not.toContain("ownership_transfer");
  });

  it.each([
    "Our owner left the company and can't be reached. I need to become the owner. Please transfer ownership to me.",
    "He is now the owner and has removed me as admin. Please transfer ownership back to me.",
    "I'm the owner but I can't log in any more, please transfer ownership to my colleague.",
  ])("needs a person when it is not in order: %s", (text) => {
    expect(kindsOf(text)).toContain("ownership_transfer");
  });

  it.each([
    "I'm the owner and I'm leaving on Friday. Please transfer ownership to my colleague Beth before then.",
    "I'm the workspace owner. I need ownership transferred to our new CEO; he agrees.",
    "Je suis la titulaire du compte. Pouvez-vous transférer la propriété à mon associé ? Il est d'accord.",
    "Soy el propietario y estamos de acuerdo: ¿pueden transferir la propiedad a mi socia?",
  ])("asked of us, however orderly, still needs a person: %s", (text) => {
    expect(kindsOf(text)).toContain("ownership_transfer");
  });

  it("is taken out of order again by a later message", () => {
    const first = "Our outgoing CIO will transfer ownership to the new CIO next week. Both are available.";
    const later = "Update: the CIO left early, his account is disabled and he can't log in to do the transfer.";
    expect(kindsOf(first)).not.toContain("ownership_transfer");
    expect(kindsOf(first, `${first}\n\n${later}`)).toContain("ownership_transfer");
  });

  it("an owner out of reach whose rights must go to someone else needs a person", () => {
    expect(
      kindsOf(
        "Notre propriétaire de compte est en arrêt maladie pour trois mois et injoignable. Pouvez-vous temporairement donner ces droits à notre directeur financier ?",
      ),
    ).toContain("ownership_transfer");
  });

  it("a billing contact is not the account holder", () => {
    expect(kindsOf("Cambio de titular de facturación: quisiera que las facturas lleguen a nuestra contable.")).not.toContain("ownership_transfer");
  });

  it.each([
    ["en", "Before she went she made me an admin. How do I see everything she set up?"],
    ["es", "Nuestra compañera dejó la empresa y antes de irse me hizo administrador."],
    ["fr", "Notre administrateur a quitté l'entreprise vendredi. Il m'a nommée administratrice avant de partir."],
    ["en", "We terminated an employee this morning. I'm the workspace admin. How do I remove her from Lumaflow right away?"],
    ["fr", "Nous avons licencié un salarié ce matin. Comment lui retirer immédiatement l'accès à notre espace ?"],
  ])("is in order (%s): %s", (_language, text) => {
    expect(handsOverInOrder(foldText(text).text)).toBe(true);
  });

  it.each([
    "Before she left she made me an admin, but this morning she still signs in.",
    "I'm the owner. Someone removed me as admin last night.",
    "How do I remove an admin nobody here knows?",
    "Notre administrateur est parti, il m'a nommée administratrice avant de partir, mais il se connecte encore.",
  ])("is not when something is out of order: %s", (text) => {
    expect(handsOverInOrder(foldText(text).text)).toBe(false);
  });

  it("takes away the learned fraud reader's reading of an orderly hand-over, not of a break-in", () => {
    const orderly =
      "Notre administrateur, Julien, a quitté l'entreprise vendredi. Il m'a nommée administratrice avant de partir. Comment reprendre ses connexions ?";
    expect(learnedFraud(orderly, "fr")).toEqual([]);
    const breakIn = "Notre administrateur, Julien, a quitté l'entreprise vendredi. Ce matin, un administrateur inconnu a été ajouté et personne ne sait qui.";
    expect(learnedFraud(breakIn, "fr").length).toBeGreaterThan(0);
  });
});

describe("audit records", () => {
  it.each([
    "Where do I find the audit log and can I export it to CSV? Our auditor wants a list of permission changes for Q3.",
    "¿Dónde encuentro el registro de auditoría? Nuestro auditor quiere ver quién cambió los permisos.",
  ])("the product shows are a how-to: %s", (text) => {
    expect(kindsOf(text)).not.toContain("records_export");
  });

  it.each([
    "Our auditors need the complete audit log of the workspace since 2021.",
    "Where can I export the audit log for the last 24 months? The external auditors ask for it.",
  ])("beyond the product's window, or asked of us, need a person: %s", (text) => {
    expect(kindsOf(text)).toContain("records_export");
  });
});

describe("someone removed and still at work", () => {
  it("is a security incident", () => {
    expect(
      signalsOf("Removed user still editing", "We removed Oliver on Friday. Today I see him in the activity feed editing the 'Leads to CRM' flow."),
    ).toContain("security_incident");
  });

  it("is not when the customer only sees their own colleague at work", () => {
    expect(signalsOf("Activity feed", "I see him in the activity feed editing the 'Leads to CRM' flow; how do I filter the feed by flow?")).not.toContain(
      "security_incident",
    );
  });
});

describe("a hand-over the product refused", () => {
  it("is not in order, so the transfer needs a person", () => {
    const text =
      'I\'m the only Owner and Friday is my last day. I need ownership transferred to my colleague before I go; I tried the "Transfer ownership" button but it says "Billing owner must verify identity" and the email goes to an old alias that no longer exists.';
    expect(handsOverInOrder(foldText(text).text)).toBe(false);
    expect(kindsOf(text)).toContain("ownership_transfer");
  });
});

describe("concepts from dev-p (operations teams)", () => {
  it.each([
    ["en", "Dispatch board frozen", "Routes didn't load this morning, 30 drivers without routes in the yard."],
    ["es", "El flujo de rutas no arranca", "EL FLUJO DE RUTAS NO ARRANCA!!! 30 furgonetas sin ruta!!!"],
    ["de", "Auftragsfluss hängt", "Seit heute früh stehen 12 Techniker ohne Aufträge da."],
    ["fr", "Tournées", "Le flux ne part pas, 25 livreurs sans tournée ce matin."],
  ])("crews left without their work are an outage (%s)", (language, subject, body) => {
    expect(signalsOf(subject, body, language)).toContain("outage");
  });

  it("a question about drivers without a route is not", () => {
    expect(signalsOf("Unassigned drivers", "Can a flow notify me when a driver has no route assigned by 7am?")).not.toContain("outage");
  });

  it.each([
    ["es", "Correo falso de Lumaflow", "Varios repartidores han recibido un correo con un enlace raro. Uno metió su contraseña."],
    ["en", "Fake Lumaflow email", "Two drivers got a fake 'session expired' email and one entered his password."],
    ["de", "Gefälschte Mail", "Eine gefälschte Lumaflow-Mail kam an, ein Fahrer hat sein Passwort dort eingegeben."],
    ["fr", "Faux e-mail", "Un faux e-mail Lumaflow circule et un livreur a saisi son mot de passe."],
  ])("a password given to a fake message is a security incident (%s)", (language, subject, body) => {
    expect(signalsOf(subject, body, language)).toContain("security_incident");
  });

  it("entering a password is no incident without a fake message", () => {
    expect(signalsOf("Login", "The new driver entered his password three times and is locked out; how do I unlock him?")).not.toContain("security_incident");
  });

  it.each([
    "Mystery solved - our IT moved us onto a new VPN. Sorry for the scare.",
    "C'était notre opérateur SMS. Pas de votre côté. Merci, vous pouvez clôturer.",
    "Unser Mobilfunkanbieter hatte eine Störung. Bei Ihnen lag es also nicht.",
  ])("a cause on the customer's side settles the thread: %s", (message) => {
    expect(message.split(". ").some(settles)).toBe(true);
  });

  it("the owner gone and the account to be acted on needs a person", () => {
    expect(
      kindsOf(
        "Le propriétaire du compte a quitté l'entreprise, sa boîte mail est désactivée. Je dois changer notre abonnement. Je peux fournir un courrier de la direction.",
      ),
    ).toContain("ownership_transfer");
    expect(kindsOf("Je dois changer notre abonnement : comment passer au plan annuel ?")).not.toContain("ownership_transfer");
  });

  it("invoices to be redone in the new entity's name are a billing correction", () => {
    expect(kindsOf("Il faut refaire les factures de juin à novembre au nom de la nouvelle entité.")).toContain("billing_correction");
  });

  it("who opened a record, asked of us, is a record only staff can pull; asking how to see it is not", () => {
    expect(kindsOf("Can you still tell us who opened the table in the last 30 days? We need it for HR.")).toContain("records_export");
    expect(kindsOf("How can I see who opened the table last week?")).not.toContain("records_export");
  });
});

describe("an alarm withdrawn in the words that name it", () => {
  const plainSignals = (text: string) => detectTicketSignals("", text, "en").signals;

  it("a dispute the customer has withdrawn is no chargeback", () => {
    expect(plainSignals("Our regional office bought the add-on. I have withdrawn the dispute with Amex. Can you send the invoice?")).not.toContain(
      "chargeback",
    );
  });

  it("an alarm told beside the words that settle something else still stands", () => {
    expect(plainSignals("nvm found it, but we're disputing the charge with our bank")).toContain("chargeback");
  });
});

describe("concepts from dev-q (more operations traffic)", () => {
  it.each([
    ["en", "Renewal", "We have decided to move to FieldPro from next month. Please stop auto renew."],
    ["en", "Closing down", "We're closing the business at the end of the year. Please make sure billing stops after December."],
    ["de", "Verlängerung", "Bitte die automatische Verlängerung stoppen, wir hören zum Jahresende auf."],
    ["es", "Renovación", "Por favor, cancelar la renovación automática: cerramos en diciembre."],
    ["fr", "Renouvellement", "Merci d'arrêter le renouvellement automatique, nous fermons en décembre."],
  ])("asking that the subscription not go on is churn (%s)", (language, subject, body) => {
    expect(signalsOf(subject, body, language)).toContain("churn_risk");
  });

  it.each([
    ["fr", "Contrat", "Pouvez-vous nous mettre en relation avec votre service commercial ?"],
    ["en", "Sales", "Could you put us in touch with your sales team about a framework contract?"],
    ["es", "Contrato", "¿Pueden ponernos en contacto con su departamento comercial?"],
  ])("put in touch with one of ours is a request for a person (%s)", (language, subject, body) => {
    expect(signalsOf(subject, body, language)).toContain("human_requested");
  });

  it("put in touch with a partner, if needed, is not", () => {
    expect(signalsOf("Migration", "Pouvez-vous nous mettre en relation avec un partenaire intégrateur si besoin ?", "fr")).not.toContain("human_requested");
  });

  it("documents for the customer's own adviser ask for no person of ours", () => {
    const reading = readConceptSignals("hola, como descargo las facturas? necesito las del trimestre para el gestor. gracias", "es");
    expect(reading.signals).not.toContain("human_requested");
  });

  it("a corrected invoice wanted is a billing correction", () => {
    expect(kindsOf("LA FACTURA TIENE MAL EL CIF!!! LA QUIERO CORREGIDA YA")).toContain("billing_correction");
  });

  it.each([
    ["de", "Lohndaten", "Ein Vorarbeiter kann in der App die Tabelle 'Lohnabrechnung' öffnen. Er hat laut Rollen keinen Zugriff darauf."],
    ["en", "Payroll", "A foreman could open the payroll table today although he has no access to it according to his role."],
  ])("a role that does not hold is a security incident (%s)", (language, subject, body) => {
    expect(signalsOf(subject, body, language)).toContain("security_incident");
  });

  it.each([
    ["de", "Rechte", "Wie kann ich einstellen, dass ein Mitarbeiter die Tabelle sehen kann, aber keinen Zugriff auf die Lohndaten hat?"],
    ["en", "Permissions", "How can I make sure a contractor can see the schedule but has no access to the payroll table?"],
  ])("asking how to set roles is not (%s)", (language, subject, body) => {
    expect(signalsOf(subject, body, language)).not.toContain("security_incident");
  });
});

describe("a body that says someone can still see something", () => {
  it("does not take the subject line's break-in away", () => {
    expect(
      signalsOf(
        "Someone took over our owner account",
        "Our owner login email was changed to an address we don't know. The other admin can still see the workspace.",
      ),
    ).toContain("security_incident");
  });
});
