/**
 * The wider phrasings of hard triggers and relationship signals: a whole
 * population locked out, error screens since a given time, data mangled by
 * a misfiring sync, access by people who should have none, threatened
 * chargebacks, executives behind a ticket, renewals at stake… Each phrase
 * family is checked with its own positive, negated and benign sentences,
 * in English and German at least, and the context rules (a past, resolved
 * episode; an alert the customer says was theirs; a conditional threat)
 * are checked on their own.
 */
import { describe, expect, it } from "vitest";
import type { EscalationSignal } from "../../src/domain/taxonomy.js";
import { detectSignals } from "../../src/rules/signals/index.js";

type Case = readonly [signal: EscalationSignal, language: string, text: string];

const POSITIVES: readonly Case[] = [
  // A counted population that cannot work or get in.
  ["outage", "en", "About 2,500 agents can't log in this morning."],
  ["outage", "en", "None of our 80 engineers can connect."],
  ["outage", "de", "Über 1.500 Mitarbeiter können nicht mehr arbeiten."],
  ["outage", "es", "Más de 300 empleados no pueden trabajar."],
  ["outage", "fr", "Plus de 200 salariés ne peuvent plus travailler."],
  // Error screens with a start time or a whole-population reach.
  ["outage", "en", "Since 7:45 the portal only shows Bad Gateway for the whole office."],
  ["outage", "en", "White screen since the latest deploy."],
  ["outage", "de", "Seit 10 Uhr nur noch eine leere Seite für alle."],
  // Failing for everyone.
  ["outage", "en", "The mobile app won't open for all of our sales reps."],
  ["outage", "de", "Die App stürzt bei allen Außendienstlern beim Start ab."],
  // More systems can be "down", and German puts the verb first after a time.
  ["outage", "en", "Our workspace has been unreachable since 6am."],
  ["outage", "de", "Seit heute Morgen ist unsere Plattform nicht erreichbar."],
  // A past start that is still going on stays an outage.
  ["outage", "en", "The site went down yesterday and is still down."],
  ["outage", "de", "Seit gestern ist das Dashboard nicht erreichbar."],

  ["data_loss", "en", "The latest migration corrupted our customer records."],
  ["data_loss", "en", "Every time two editors save at once, the app overwrites the other's edits."],
  ["data_loss", "en", "Our uploads now show 0 bytes."],
  ["data_loss", "en", "Messages sent after 3 pm were never delivered."],
  ["data_loss", "de", "Das Update hat alle unsere Einträge überschrieben."],
  ["data_loss", "de", "Der Editor überschreibt die Änderungen der anderen."],
  ["data_loss", "de", "Alle Anhänge zeigen nur noch 0 Bytes."],
  ["data_loss", "de", "Die Ereignisse zwischen 9 und 10 Uhr wurden nie zugestellt."],
  ["data_loss", "es", "Se han borrado todos nuestros pedidos."],
  ["data_loss", "fr", "Toutes les pièces jointes affichent 0 octet."],

  ["security_incident", "en", "Someone from outside our company now shows up as an admin in our workspace."],
  ["security_incident", "en", "There is an unknown admin on our account."],
  ["security_incident", "en", "A former contractor can still log in to our workspace."],
  ["security_incident", "en", "We see sessions from devices we don't recognise."],
  ["security_incident", "en", "Our intern committed the production API key to a public GitHub repo."],
  ["security_incident", "en", "Your system emailed over 500 statements to the wrong customers."],
  ["security_incident", "en", "Customers are seeing other clients' invoices in their dashboard."],
  ["security_incident", "en", "I got sign-in alerts from Nigeria overnight."],
  ["security_incident", "en", "Someone is using my account right now."],
  ["security_incident", "en", "Somebody changed the recovery email on our admin account."],
  ["security_incident", "en", "I got login alerts from Spain. That wasn't me!"],
  ["security_incident", "de", "Gestern Abend hat sich jemand Fremdes in unser Konto eingeloggt."],
  ["security_incident", "de", "Ein ehemaliger Mitarbeiter hat immer noch Zugriff auf unser Konto."],
  ["security_incident", "de", "Ein unbekannter Admin ist in unserem Workspace aufgetaucht."],
  ["security_incident", "de", "Unser API-Schlüssel ist in einem öffentlichen Repository gelandet."],
  ["security_incident", "de", "Es gibt Anmeldungen aus einem anderen Land, das war ich nicht."],
  ["security_incident", "de", "Zwei Kunden sehen gegenseitig ihre Rechnungen."],
  ["security_incident", "de", "Wir haben über 300 Rechnungen an die falschen Kunden geschickt."],
  ["security_incident", "es", "Un antiguo empleado todavía tiene acceso a nuestra cuenta."],
  ["security_incident", "fr", "Une ancienne salariée a encore accès à notre espace."],

  // Threats in a conditional sentence: the main clause commits to the act.
  ["chargeback", "en", "If the refund doesn't arrive by Friday, I'll open a chargeback."],
  ["chargeback", "en", "If this is not credited today we are going to file a chargeback."],
  ["chargeback", "de", "Falls das nicht bis Freitag korrigiert ist, werde ich eine Rückbuchung veranlassen."],
  ["chargeback", "de", "Ich habe der Lastschrift bei meiner Bank widersprochen."],
  ["chargeback", "fr", "Si rien ne bouge, je vais contester le prélèvement."],
  ["chargeback", "es", "Si no lo arreglan, voy a disputar el cargo con mi banco."],

  ["executive_involvement", "en", "I'm writing on behalf of our CFO, who wants this settled."],
  ["executive_involvement", "en", "We expect a call from your VP of Sales before Friday."],
  ["executive_involvement", "en", "Our board is asking questions about this."],
  ["executive_involvement", "en", "Our CTO wants to know when this will be fixed."],
  ["executive_involvement", "de", "Ich schreibe im Auftrag unserer Geschäftsführerin."],
  ["executive_involvement", "de", "Wir erwarten einen Rückruf von Ihrem Geschäftsführer."],
  ["executive_involvement", "es", "Nuestra directora general está muy molesta."],
  ["executive_involvement", "fr", "Je vous écris au nom de notre PDG."],

  ["churn_risk", "en", "Frankly, we are questioning the partnership after this quarter."],
  ["churn_risk", "en", "We are deciding whether to renew at all."],
  ["churn_risk", "en", "Fix the export or we're done."],
  ["churn_risk", "en", "We'll only renew when SSO is included."],
  ["churn_risk", "en", "We need a fix before our contract renewal."],
  ["churn_risk", "en", "Our finance team is consolidating tools this quarter."],
  ["churn_risk", "de", "Wir werden die Zusammenarbeit überdenken."],
  ["churn_risk", "de", "Wir überlegen, ob wir verlängern."],
  ["churn_risk", "de", "Wir verlängern nur, wenn ihr SSO anbietet."],
  ["churn_risk", "es", "Estamos pensando en cambiar de proveedor."],
  ["churn_risk", "fr", "Nous passerons chez un concurrent le mois prochain."],

  ["public_complaint", "en", "I already tweeted about this on X yesterday."],
  ["public_complaint", "en", "I've warned my whole network to steer clear of you."],
  ["public_complaint", "de", "Ich habe auf LinkedIn schon darüber geschrieben."],
  ["public_complaint", "de", "Ich warne alle Bekannten vor Ihnen."],

  ["repeat_contact", "en", "I raised the issue three weeks ago and nobody replied."],
  ["repeat_contact", "en", "I emailed you about this last month."],
  ["repeat_contact", "en", "We are still waiting for a response to our refund request."],
  ["repeat_contact", "en", "Every quarter I have to chase you about the same invoice."],
  ["repeat_contact", "de", "Ich habe das vor drei Wochen schon gemeldet."],
  ["repeat_contact", "de", "Ich warte immer noch auf eine Antwort."],
  ["repeat_contact", "es", "Es la segunda vez que les escribo por esto."],
  ["repeat_contact", "fr", "C'est notre quatrième relance."],
];

/** The trigger is there, but negated. */
const NEGATED: readonly Case[] = [
  ["outage", "en", "The dashboard does not show a blank page for everyone, only for me."],
  ["outage", "en", "The app is not crashing for all our staff, just for one tester."],
  ["outage", "de", "Keine leere Seite für alle, nur bei mir."],
  ["outage", "de", "Die App stürzt nicht bei allen ab, nur auf einem Gerät."],
  ["data_loss", "en", "The migration has not corrupted any records."],
  ["data_loss", "en", "The sync never overwrote our changes."],
  ["data_loss", "de", "Das Update hat keine Daten überschrieben."],
  ["data_loss", "de", "Der Editor überschreibt keine Änderungen der anderen."],
  ["security_incident", "en", "No former employee still has access, we checked."],
  ["security_incident", "en", "Our offboarding makes sure that no ex-contractor can still log in."],
  ["security_incident", "en", "We do not see sessions from devices we don't recognise."],
  ["security_incident", "en", "The token was not pushed to a public repository."],
  ["security_incident", "de", "Kein ehemaliger Mitarbeiter hat noch Zugriff."],
  ["security_incident", "de", "Wir haben keine vertraulichen Dokumente an externe Empfänger geschickt."],
  ["chargeback", "en", "If you fix it today I will not file a chargeback."],
  ["chargeback", "de", "Falls nötig, werde ich trotzdem keine Rückbuchung veranlassen."],
  ["executive_involvement", "en", "We don't expect a call from your CEO, an email is fine."],
  ["executive_involvement", "de", "Wir erwarten keinen Rückruf von Ihrem Geschäftsführer."],
  ["churn_risk", "en", "We are not questioning the partnership, just this invoice."],
  ["churn_risk", "en", "We are not consolidating vendors this year."],
  ["churn_risk", "de", "Wir stellen die Zusammenarbeit nicht infrage."],
  ["public_complaint", "en", "I haven't posted about it on LinkedIn and won't."],
  ["public_complaint", "de", "Ich habe auf LinkedIn nichts darüber geschrieben."],
  ["repeat_contact", "en", "I haven't reported this before."],
  ["repeat_contact", "de", "Ich habe das vor drei Wochen nicht gemeldet."],
];

/** The words are there, but they are history, a topic, a courtesy, or the customer's own doing. */
const BENIGN: readonly Case[] = [
  // Past and resolved.
  ["outage", "en", "Our website went down last week, but it has been fine since."],
  ["outage", "en", "Was there an outage last Tuesday? We saw a few errors."],
  ["outage", "en", "Our own app crashed for all our users yesterday; can I log the incident here?"],
  ["outage", "de", "Gestern war unsere Plattform kurz nicht erreichbar, jetzt läuft alles wieder."],
  ["outage", "de", "Hattet ihr letzte Woche einen Ausfall?"],
  // A topic, not an event.
  ["outage", "en", "We need outage notifications by email."],
  ["outage", "en", "Our 300 employees can't wait to try the new editor."],
  ["outage", "en", "Prices went down for all our customers after the promotion."],
  ["outage", "en", "The beta feature is unavailable for all our users on the Basic plan."],
  ["outage", "en", "Since yesterday I get an error 500 when I export a report."],
  ["outage", "de", "Die Preise sind für alle Kunden gesunken."],
  ["data_loss", "en", "Last year we had a data loss scare, so we want to know about your backups."],
  ["data_loss", "en", "I duplicated 20 tasks to build a template."],
  ["data_loss", "en", "Does your data loss prevention add-on cover attachments?"],
  ["data_loss", "en", "Please delete all our old test data."],
  ["data_loss", "de", "Wie kann ich Änderungen der anderen überschreiben?"],
  ["data_loss", "de", "Ich habe 20 Aufgaben dupliziert, um eine Vorlage zu bauen."],
  // The customer confirms the alert was theirs.
  ["security_incident", "en", "I got login alerts from Spain this week, but that was me on a business trip."],
  ["security_incident", "en", "Suspicious login notification, it was just me."],
  ["security_incident", "de", "Ich habe eine Anmeldung aus einem anderen Land gesehen, das war ich im Urlaub."],
  ["security_incident", "es", "Vi inicios de sesión desde otro país, pero era yo de viaje."],
  ["security_incident", "fr", "Une connexion depuis un autre pays ? C'était moi, en vacances."],
  // How-to questions and ordinary slips.
  ["security_incident", "en", "How do I remove a former employee from the workspace?"],
  ["security_incident", "en", "Can I share a board with someone outside our organisation as an admin?"],
  ["security_incident", "en", "I sent the invite to the wrong email address, how do I resend it?"],
  ["security_incident", "en", "We posted our job ad on a public forum."],
  ["security_incident", "de", "Wie entferne ich einen ehemaligen Mitarbeiter?"],
  ["security_incident", "de", "Kann ich Rechnungen an externe Empfänger schicken?"],
  // Chargebacks as the merchant's own business, or asked about.
  ["chargeback", "en", "Our store tracks chargebacks for every order."],
  ["chargeback", "en", "Our chargeback rate went up after the redesign, can you add a report?"],
  ["chargeback", "en", "If I dispute a charge with my bank, will my account be suspended?"],
  ["chargeback", "de", "Wir verwalten Chargebacks in unserem Online-Shop."],
  ["chargeback", "de", "Gibt es eine Vorlage für Chargeback-Gründe?"],
  // Courtesy and routine.
  ["executive_involvement", "en", "I'm writing on behalf of our CEO to thank you for the quick fix."],
  ["executive_involvement", "de", "Ich schreibe im Auftrag unseres Geschäftsführers, um Ihnen zu danken."],
  ["churn_risk", "en", "Our annual vendor review needs your SOC 2 report."],
  ["churn_risk", "en", "We are reviewing our contract terms for the upgrade."],
  ["churn_risk", "de", "Wir prüfen, ob wir mehr Lizenzen brauchen."],
  ["public_complaint", "en", "We posted the job opening on LinkedIn."],
  ["public_complaint", "en", "I told my team to avoid the old export button."],
  ["public_complaint", "de", "Ich habe euren Beitrag auf LinkedIn geteilt, super!"],
  ["repeat_contact", "en", "The bug I reported was fixed, thanks!"],
  ["repeat_contact", "en", "I wrote this script last week and it works."],
  ["repeat_contact", "en", "It crashed on Monday and again yesterday."],
  ["repeat_contact", "de", "Ich warte auf den Kurier."],
];

describe("detectSignals: wider phrasings fire", () => {
  it.each(POSITIVES)("%s fires (%s): %s", (signal, language, text) => {
    const report = detectSignals(text, language);
    expect(report.signals).toContain(signal);
    expect(report.evidence.some((evidence) => evidence.signal === signal)).toBe(true);
  });

  it.each(POSITIVES)("%s fires even when the language guess is wrong (%s): %s", (signal, _language, text) => {
    expect(detectSignals(text, "und").signals).toContain(signal);
  });
});

describe("detectSignals: wider phrasings, negated", () => {
  it.each(NEGATED)("no %s (%s): %s", (signal, language, text) => {
    expect(detectSignals(text, language).signals).not.toContain(signal);
  });
});

describe("detectSignals: wider phrasings, benign", () => {
  it.each(BENIGN)("no %s (%s): %s", (signal, language, text) => {
    expect(detectSignals(text, language).signals).not.toContain(signal);
  });
});

describe("detectSignals: head counts with thousands separators", () => {
  it.each([
    ["en", "1,200 employees can't work.", "1,200 employees"],
    ["de", "Rund 2.400 Nutzer können sich nicht anmelden.", "2.400 Nutzer"],
    ["fr", "Les 1 500 utilisateurs ne peuvent plus se connecter.", "1 500 utilisateurs"],
  ])("reads the whole number (%s): %s", (language, text, quote) => {
    const report = detectSignals(text, language);
    expect(report.urgencyIndicators).toContain("many_users_affected");
    expect(report.evidence.map((evidence) => evidence.match)).toContain(quote);
  });

  it("does not count a decimal as a head count", () => {
    expect(detectSignals("Version 12.5 users can't log in.", "en").signals).not.toContain("outage");
  });
});

describe("detectSignals: context rules", () => {
  it("keeps a self-confirmed alert out, but only for the alert families", () => {
    const report = detectSignals("I got login alerts from Brazil, that was me. But then someone changed our admin password.", "en");
    expect(report.signals).toContain("security_incident");
    expect(report.evidence.every((evidence) => !evidence.rule.includes("login_alert_from"))).toBe(true);
  });

  it("treats a past outage as history only when nothing says it is still going on", () => {
    expect(detectSignals("Our API was down yesterday.", "en").signals).not.toContain("outage");
    expect(detectSignals("Our API was down yesterday and is down again now.", "en").signals).toContain("outage");
    expect(detectSignals("Our API has been down since yesterday.", "en").signals).toContain("outage");
  });

  it("lets a conditional threat through only in the main clause", () => {
    expect(detectSignals("If this isn't reversed this week I'll file a chargeback.", "en").signals).toContain("chargeback");
    expect(detectSignals("If I file a chargeback, what happens to my data?", "en").signals).not.toContain("chargeback");
  });
});
