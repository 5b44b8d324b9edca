/**
 * Negated and benign uses do not fire: a support lead must be able to
 * trust that "we are NOT planning legal action" or "is there a status page
 * for outages?" does not page anyone.
 */
import { describe, expect, it } from "vitest";
import type { EscalationSignal } from "../../src/domain/taxonomy.js";
import { detectSignals } from "../../src/rules/signals/index.js";

type Case = readonly [signal: EscalationSignal, language: string, text: string];

/** The trigger is there, but negated. */
const NEGATED: readonly Case[] = [
  ["legal_threat", "en", "We are not planning any legal action, just want to understand."],
  ["legal_threat", "en", "We won't sue, don't worry."],
  ["legal_threat", "de", "Wir planen keine rechtlichen Schritte."],
  ["legal_threat", "de", "Wir werden euch nicht verklagen."],
  ["legal_threat", "de", "Ich habe nicht vor, rechtliche Schritte einzuleiten."],
  ["legal_threat", "es", "No vamos a tomar acciones legales."],
  ["legal_threat", "fr", "Nous n'allons pas porter plainte."],
  ["executive_involvement", "en", "There is no need to escalate this to your CEO."],
  ["executive_involvement", "de", "Unser CEO ist nicht involviert."],
  ["security_incident", "en", "Our API key was not leaked, we just rotated it."],
  ["security_incident", "en", "No unauthorized access happened."],
  ["security_incident", "de", "Wir wurden nicht gehackt."],
  ["security_incident", "de", "Es gab keinen unbefugten Zugriff."],
  ["outage", "en", "The site is not down, it is just slow for me."],
  ["outage", "en", "There was no outage, the alert was a false positive."],
  ["outage", "de", "Es gab keinen Ausfall, alles läuft."],
  ["outage", "de", "Das System ist nicht ausgefallen."],
  ["data_loss", "en", "The data was not deleted."],
  ["data_loss", "en", "We are not losing any data, just asking."],
  ["data_loss", "de", "Wir haben keine Daten verloren."],
  ["data_loss", "de", "Es gab keinen Datenverlust."],
  ["data_loss", "fr", "Nous ne sommes pas en train de perdre des données."],
  ["churn_risk", "en", "I don't want to cancel, I love the product."],
  ["churn_risk", "en", "We never considered switching to a competitor."],
  ["churn_risk", "de", "Ich will nicht kündigen, ich liebe das Produkt."],
  ["churn_risk", "de", "Wir kündigen nicht, keine Sorge."],
  ["churn_risk", "fr", "Je ne veux pas résilier mon abonnement."],
  ["public_complaint", "en", "I won't post anything on Twitter, don't worry."],
  ["public_complaint", "en", "I'm not going to leave negative reviews."],
  ["public_complaint", "de", "Ich werde keine negative Bewertung schreiben."],
  ["public_complaint", "de", "Ich werde das nicht auf Twitter posten."],
  ["human_requested", "en", "No need to involve a human, the bot answer was fine."],
  ["human_requested", "en", "I don't need to speak to a human."],
  ["human_requested", "de", "Es ist nicht nötig, mit einem Menschen zu sprechen."],
  ["human_requested", "de", "Ich muss nicht mit einem Mitarbeiter sprechen."],
  ["human_requested", "es", "No necesito hablar con una persona."],
  ["human_requested", "fr", "Pas besoin de parler à un humain."],
  ["repeat_contact", "en", "I have not contacted support before."],
  ["repeat_contact", "de", "Ich habe das noch nie gemeldet, es ist mein erstes Ticket."],
  ["chargeback", "en", "I don't want to file a chargeback, please just refund me."],
  ["chargeback", "en", "I will not dispute the charge with my bank."],
  ["chargeback", "de", "Ich habe keine Rückbuchung veranlasst."],
  ["chargeback", "de", "Ich möchte keine Rückbuchung machen."],
];

/** Nothing negated: the words are simply not the signal. */
const BENIGN: readonly Case[] = [
  // A data noun that begins another phrase is not what is lost.
  ["data_loss", "en", "who do i contact for lost luggage"],
  ["data_loss", "en", "Where do I send the notes about the lost shipment?"],
  // A mailing with a word between "to" and it is still a mailing.
  ["churn_risk", "en", "help me cancelling my subscription to ur company newsletter"],
  ["legal_threat", "en", "I'm a lawyer and use your app for my practice."],
  ["legal_threat", "en", "Sue from accounting will send the invoice."],
  ["legal_threat", "en", "Our legal team is reviewing your DPA."],
  ["legal_threat", "de", "Ich bin Anwalt und nutze eure App."],
  ["legal_threat", "de", "Ich arbeite in einer Kanzlei und brauche Rechnungen mit USt-ID."],
  ["executive_involvement", "en", "Our CEO asked me to thank you."],
  ["executive_involvement", "en", "I am the CEO of a small company and love your tool."],
  ["executive_involvement", "en", "The board meeting is on Monday, can you help me prepare the export?"],
  ["executive_involvement", "de", "Unser CEO hat mich gebeten, euch zu danken."],
  ["executive_involvement", "de", "Ich bin Geschäftsführer einer kleinen Firma."],
  ["security_incident", "en", "Do you support 2FA?"],
  ["security_incident", "en", "How do I enable two-factor authentication"],
  ["security_incident", "en", "What happens if my API key is leaked?"],
  ["security_incident", "en", "I hacked together a quick script against your API and it works."],
  ["security_incident", "en", "The API returns 401 Unauthorized when my token expires."],
  ["security_incident", "de", "Unterstützt ihr 2FA?"],
  ["security_incident", "de", "Wie aktiviere ich die Zwei-Faktor-Authentifizierung?"],
  ["outage", "en", "Is there a status page for outages?"],
  ["outage", "en", "The price went down last month."],
  ["outage", "en", "This feature is unavailable on the free plan."],
  ["outage", "en", "Please shut the app down when you're done."],
  ["outage", "en", "In case of an outage, who do I call?"],
  ["outage", "en", "If the site goes down again, what is the SLA?"],
  ["outage", "en", "We had some downtime in our own office network yesterday, so I could not reply."],
  ["outage", "de", "Gibt es eine Statusseite für Ausfälle?"],
  ["outage", "de", "Entschuldigen Sie die Störung, ich habe eine Frage zur Rechnung."],
  ["outage", "de", "Der Termin fällt leider aus."],
  ["outage", "es", "¿Hay una página de estado para las caídas?"],
  ["outage", "fr", "Y a-t-il une page de statut pour les pannes ?"],
  ["data_loss", "en", "How do I export my data before I delete the test project"],
  ["data_loss", "en", "Is my data deleted when I cancel?"],
  ["data_loss", "en", "The file is missing a header row."],
  ["data_loss", "en", "We lost the invoice email, can you resend it?"],
  ["data_loss", "de", "Wie kann ich meine Daten exportieren, bevor ich das Testprojekt lösche?"],
  ["data_loss", "de", "Werden meine Daten gelöscht, wenn ich mein Konto lösche?"],
  ["churn_risk", "en", "We will cancel the meeting tomorrow."],
  ["churn_risk", "en", "How do I cancel an order?"],
  ["churn_risk", "en", "I'd like to renew early and add 5 seats."],
  ["churn_risk", "en", "I want to close my old account and merge it with the new one."],
  ["churn_risk", "de", "Bitte storniert die Bestellung Nr. 4711."],
  ["churn_risk", "de", "Wie lang ist die Kündigungsfrist?"],
  ["outage", "en", "We had been told to plan for an outage window of up to four hours, and there was none."],
  ["outage", "en", "Whats the url of your status page RSS feed? We want to pipe any 'outage' posts into our #ops channel."],
  ["outage", "en", "About yesterday's outage: 30 of our runs failed in that window. Everything has been fine since."],
  ["data_loss", "en", "How do I delete all rows in a table at once?"],
  ["data_loss", "en", "We deleted all old test flows yesterday as part of our cleanup."],
  ["data_loss", "en", "I changed the filter and the flow deleted all the duplicates as expected."],
  ["data_loss", "es", "¿Cómo borro todos los registros de una tabla?"],
  ["data_loss", "fr", "Comment supprimer toutes les lignes d'une table ?"],
  ["security_incident", "en", "My password was changed yesterday, that was me after the reset email."],
  ["security_incident", "en", "My 2FA was turned off by our admin during the migration. How do I turn it back on?"],
  ["churn_risk", "en", "We are planning to switch to the annual plan next month."],
  ["churn_risk", "en", "We're going to move to the new builder next week."],
  ["chargeback", "en", "If I file a chargeback, what happens to my account?"],
  ["churn_risk", "de", "Bekommt man bei vorzeitiger Kündigung anteilig Geld zurück?"],
  ["churn_risk", "de", "Was passiert mit unseren Flows nach der Kündigung des Testkontos?"],
  ["public_complaint", "en", "I found you on Twitter and love it."],
  ["public_complaint", "en", "I gave you a 5-star review on Trustpilot."],
  ["public_complaint", "de", "Ich habe euch über Twitter gefunden."],
  ["public_complaint", "de", "Ich habe euch eine gute Bewertung auf Trustpilot gegeben."],
  ["human_requested", "en", "Can someone from your technical team help clarify the expected behavior?"],
  ["human_requested", "en", "I'd like to talk to your sales team about pricing."],
  ["human_requested", "de", "Ich möchte mit dem Vertrieb sprechen."],
  ["human_requested", "de", "Kein Mensch nötig, die Antwort des Bots war gut."],
  ["repeat_contact", "en", "This is my second time using the app and it's great."],
  ["repeat_contact", "en", "Our clients keep asking for the project timeline as a PDF."],
  ["repeat_contact", "en", "This is the first time I contact you."],
  ["repeat_contact", "en", "We send 10 requests per second to your API."],
  ["repeat_contact", "de", "Das ist das erste Mal, dass ich mich melde."],
  ["repeat_contact", "de", "Ich nutze die App zum ersten Mal."],
  ["chargeback", "en", "I was charged twice this month."],
  ["security_incident", "en", "How do I report a stolen card?"],
  ["security_incident", "en", "My bank flagged your charge as possible fraud; it was me, all sorted."],
  ["security_incident", "en", "There is no fraudulent activity on the account, I checked."],
  ["chargeback", "en", "What is your refund policy for annual plans?"],
  ["chargeback", "en", "I have provided bank statements and screenshots."],
  ["chargeback", "en", "What happens if I file a chargeback?"],
  ["chargeback", "de", "Mir wurde doppelt abgebucht."],
  ["chargeback", "de", "Wie ist eure Erstattungsrichtlinie für Jahrespläne?"],
];

describe("detectSignals: negated triggers do not fire", () => {
  it.each(NEGATED)("no %s (%s): %s", (signal, language, text) => {
    expect(detectSignals(text, language).signals).not.toContain(signal);
  });
});

describe("detectSignals: benign mentions do not fire", () => {
  it.each(BENIGN)("no %s (%s): %s", (signal, language, text) => {
    expect(detectSignals(text, language).signals).not.toContain(signal);
  });

  it.each(BENIGN)("raises no escalation signal at all (%s, %s): %s", (_signal, language, text) => {
    expect(detectSignals(text, language).signals).toEqual([]);
  });
});
