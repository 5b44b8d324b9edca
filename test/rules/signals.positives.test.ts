/**
 * Every escalation signal fires on the ways customers actually say it, in
 * English, German, Spanish and French.
 */
import { describe, expect, it } from "vitest";
import type { EscalationSignal } from "../../src/domain/taxonomy.js";
import { detectSignals } from "../../src/rules/signals/index.js";

type Case = readonly [signal: EscalationSignal, language: string, text: string];

const POSITIVES: readonly Case[] = [
  ["legal_threat", "en", "We are considering legal action"],
  ["legal_threat", "en", "Our lawyers will be in touch."],
  ["legal_threat", "en", "Fix it today or we will sue."],
  ["legal_threat", "en", "If this is not fixed we will sue you."],
  ["legal_threat", "en", "You will receive a cease and desist letter."],
  ["legal_threat", "de", "Wir werden rechtliche Schritte einleiten."],
  ["legal_threat", "de", "Mein Anwalt wird sich melden."],
  ["legal_threat", "de", "Notfalls werden wir euch verklagen."],
  ["legal_threat", "de", "Ich werde einen Anwalt einschalten."],
  ["legal_threat", "es", "Tomaremos acciones legales."],
  ["legal_threat", "es", "Mi abogado se pondrá en contacto con ustedes."],
  ["legal_threat", "fr", "Nous allons porter plainte."],
  ["legal_threat", "fr", "Mon avocat va vous contacter."],

  ["executive_involvement", "en", "Our CEO is now involved."],
  ["executive_involvement", "en", "I will escalate this to your CEO."],
  ["executive_involvement", "en", "cc'ing our VP of Engineering"],
  ["executive_involvement", "en", "Our CTO demands an explanation by tonight."],
  ["executive_involvement", "de", "Unser CEO ist jetzt involviert."],
  ["executive_involvement", "de", "Ich werde das an Ihren Geschäftsführer eskalieren."],
  ["executive_involvement", "de", "Ich habe unseren Geschaeftsfuehrer in CC gesetzt."],
  ["executive_involvement", "es", "Nuestro director general ya está al tanto."],
  ["executive_involvement", "es", "Voy a escalar esto a su CEO."],
  ["executive_involvement", "fr", "Notre PDG est désormais impliqué."],
  ["executive_involvement", "fr", "Je vais remonter ça à votre PDG."],

  ["security_incident", "en", "Someone logged into my account from Russia."],
  ["security_incident", "en", "We think we were hacked."],
  ["security_incident", "en", "Our API key leaked on GitHub."],
  ["security_incident", "en", "There was unauthorized access to our workspace."],
  ["security_incident", "en", "Is this a data breach?"],
  ["security_incident", "de", "Jemand hat sich in mein Konto eingeloggt."],
  ["security_incident", "de", "Wir wurden gehackt."],
  ["security_incident", "de", "Unser API-Schlüssel wurde geleakt."],
  ["security_incident", "de", "Wir sehen unbefugte Zugriffe auf unser Konto."],
  ["security_incident", "es", "Alguien ha entrado en mi cuenta."],
  ["security_incident", "es", "Hubo un acceso no autorizado a nuestra cuenta."],
  ["security_incident", "fr", "Quelqu'un s'est connecté à mon compte."],
  ["security_incident", "fr", "Notre compte a été piraté."],

  ["outage", "en", "Our production system has been down for 20 minutes"],
  ["outage", "en", "API is returning 503 for all requests"],
  ["outage", "en", "We are experiencing a complete outage."],
  ["outage", "en", "Site down!!!"],
  ["outage", "en", "Nobody can log in since 9am."],
  ["outage", "en", "We have had 3 hours of downtime."],
  ["outage", "de", "Das System ist komplett ausgefallen."],
  ["outage", "de", "Die Plattform ist seit einer Stunde nicht erreichbar."],
  ["outage", "de", "Wir haben einen Totalausfall."],
  ["outage", "es", "La plataforma está caída."],
  ["outage", "es", "Hay una caída total del servicio."],
  ["outage", "fr", "Le service est en panne."],
  ["outage", "fr", "Panne générale depuis ce matin."],

  ["data_loss", "en", "All my projects are gone."],
  ["data_loss", "en", "Our data was deleted."],
  ["data_loss", "en", "We lost all our records after the migration."],
  ["data_loss", "en", "Your update wiped our customer list."],
  ["data_loss", "de", "Alle meine Projekte sind weg."],
  ["data_loss", "de", "Nach dem Update sind alle unsere Daten verschwunden."],
  ["data_loss", "de", "Wir haben alle Daten verloren."],
  ["data_loss", "es", "Todos mis proyectos han desaparecido."],
  ["data_loss", "es", "Perdimos todos nuestros registros."],
  ["data_loss", "fr", "Tous mes projets ont disparu."],
  ["data_loss", "fr", "Nous avons perdu toutes nos données."],

  ["churn_risk", "en", "We will cancel."],
  ["churn_risk", "en", "We are switching to a competitor."],
  ["churn_risk", "en", "We are looking at alternatives."],
  ["churn_risk", "en", "We will not renew our contract."],
  ["churn_risk", "en", "How do I cancel my subscription?"],
  ["churn_risk", "en", "Please close my account."],
  ["churn_risk", "de", "Wir werden kündigen."],
  ["churn_risk", "en", "Honestly thinking of just going back to Zapier at this point."],
  ["churn_risk", "fr", "Nous avons décidé de ne pas reconduire notre abonnement à son échéance."],
  ["churn_risk", "es", "Estamos mirando otras opciones, hay una alternativa open source."],
  ["chargeback", "de", "Wenn das Geld nicht bis Ende der Woche zurück ist, lasse ich die Lastschriften zurückgehen."],
  ["chargeback", "de", "Ich habe die Lastschrift vom 3. des Monats bei meiner Bank zurückgehen lassen."],
  ["chargeback", "en", "If the refund isnt back by friday im calling the credit card company and having them pull it back."],
  ["chargeback", "en", "I've asked my bank to reverse the last three payments to you."],
  ["churn_risk", "de", "Bei dem Service kündigen wir zum Monatsende."],
  ["churn_risk", "de", "Wir wechseln zur Konkurrenz."],
  ["churn_risk", "de", "Wir werden den Vertrag nicht verlängern."],
  ["churn_risk", "es", "Vamos a cancelar nuestra suscripción."],
  ["churn_risk", "es", "Estamos buscando alternativas."],
  ["churn_risk", "fr", "Nous allons résilier notre abonnement."],
  ["churn_risk", "fr", "Nous allons passer à un concurrent."],

  ["public_complaint", "en", "I will be leaving negative reviews."],
  ["public_complaint", "en", "I will post about this on Twitter."],
  ["public_complaint", "en", "I'm going to tell everyone."],
  ["public_complaint", "en", "I will write about this on Trustpilot."],
  ["public_complaint", "de", "Ich werde eine negative Bewertung schreiben."],
  ["public_complaint", "de", "Ich werde das auf Twitter posten."],
  ["public_complaint", "de", "Ich werde das öffentlich machen."],
  ["public_complaint", "es", "Dejaré reseñas negativas."],
  ["public_complaint", "es", "Lo voy a publicar en redes sociales."],
  ["public_complaint", "fr", "Je vais laisser des avis négatifs."],
  ["public_complaint", "fr", "Je vais publier ça sur Twitter."],

  ["human_requested", "en", "I want to speak to a human."],
  ["human_requested", "en", "Let me talk to an agent."],
  ["human_requested", "en", "Can I speak to a manager?"],
  ["human_requested", "en", "Please transfer me to a real person."],
  ["human_requested", "de", "Ich möchte mit einem Menschen sprechen."],
  ["human_requested", "de", "Ich will mit einem echten Mitarbeiter reden."],
  ["human_requested", "de", "Keinen Bot mehr bitte!"],
  ["human_requested", "es", "Quiero hablar con una persona."],
  ["human_requested", "es", "Necesito hablar con un supervisor."],
  ["human_requested", "fr", "Je veux parler à un humain."],
  ["human_requested", "fr", "Puis-je parler avec un conseiller ?"],

  ["repeat_contact", "en", "This is the THIRD time I am contacting support."],
  ["repeat_contact", "en", "I have asked multiple times."],
  ["repeat_contact", "en", "Why do I keep having to explain this to your team?"],
  ["repeat_contact", "en", "Keep having to email you about the same invoice."],
  ["repeat_contact", "en", "Still not fixed after 3 tickets."],
  ["repeat_contact", "en", "This is not the first time I report this."],
  ["repeat_contact", "de", "Ich schreibe euch zum dritten Mal."],
  ["repeat_contact", "de", "Ich habe das bereits mehrfach gemeldet."],
  ["repeat_contact", "de", "Immer noch nicht gelöst nach drei Tickets."],
  ["repeat_contact", "es", "Les escribo por tercera vez."],
  ["repeat_contact", "es", "Ya lo reporté la semana pasada."],
  ["repeat_contact", "fr", "Je vous écris pour la troisième fois."],
  ["repeat_contact", "fr", "J'ai déjà signalé ce problème."],

  ["human_requested", "en", "connect me to customer service please"],
  ["repeat_contact", "en", "Sent 3 follow ups since Oct 2 and got nothing back."],
  ["churn_risk", "en", "Closed without an answer again. Fix it or I'm done with you guys."],
  // A fraud report is a security incident, however it is phrased.
  ["security_incident", "en", "i would like to report a fraud on my card, please"],
  ["security_incident", "en", "can you assist me on my fradulent activity on my card"],
  ["security_incident", "en", "There's a payment on my statement I never made."],
  ["security_incident", "en", "I don't recognise these two charges from your company."],
  ["security_incident", "en", "My card was stolen last night."],
  ["security_incident", "de", "Auf meiner Karte sind Abbuchungen, die ich nie getätigt habe."],
  ["security_incident", "es", "Me robaron la tarjeta y veo compras que no hice."],
  ["security_incident", "fr", "Il y a des prélèvements frauduleux sur mon compte."],
  ["chargeback", "en", "I will dispute the charge with my bank."],
  ["chargeback", "en", "I'm going to file a chargeback."],
  ["chargeback", "en", "I asked my bank to reverse the payment."],
  ["chargeback", "de", "Ich werde eine Rückbuchung veranlassen."],
  ["chargeback", "de", "Ich werde eine Rueckbuchung veranlassen."],
  ["chargeback", "de", "Ich werde die Lastschrift zurückgehen lassen."],
  ["chargeback", "es", "Haré un contracargo."],
  ["chargeback", "es", "Voy a disputar el cargo con mi banco."],
  ["chargeback", "fr", "Je vais faire opposition bancaire."],
  ["chargeback", "fr", "Il y aura un rejet de débit."],
  // Any tense, and any card network or issuer, is the same dispute.
  ["chargeback", "en", "Our finance team has initiated a dispute with our corporate card issuer for both invoices."],
  ["chargeback", "en", "Refund me by Friday or it becomes an Amex dispute."],
  ["chargeback", "en", "We lodged a claim with the bank about these debits."],
  ["chargeback", "fr", "J'ai fait opposition au prélèvement auprès de ma banque."],
  ["chargeback", "fr", "Nous avons fait opposition sur le paiement."],
];

describe("detectSignals: positives", () => {
  it.each(POSITIVES)("%s fires (%s): %s", (signal, language, text) => {
    const report = detectSignals(text, language);
    expect(report.signals).toContain(signal);
    expect(report.evidence.some((evidence) => evidence.signal === signal)).toBe(true);
  });

  it.each(POSITIVES)("%s fires even when the language guess is wrong (%s): %s", (signal, _language, text) => {
    expect(detectSignals(text, "und").signals).toContain(signal);
  });
});
