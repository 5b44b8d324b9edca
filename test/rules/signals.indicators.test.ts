/**
 * Urgency indicators: what makes a ticket pressing beyond its signals —
 * business and revenue impact, reach, real deadlines.
 */
import { describe, expect, it } from "vitest";
import type { UrgencyIndicator } from "../../src/domain/taxonomy.js";
import { detectSignals } from "../../src/rules/signals/index.js";

type Case = readonly [indicator: UrgencyIndicator, language: string, text: string];

const POSITIVES: readonly Case[] = [
  ["business_impacting", "en", "Our production system has been down for 20 minutes."],
  ["business_impacting", "en", "Our customers are affected."],
  ["business_impacting", "en", "This is blocking our team."],
  ["business_impacting", "en", "We see errors in production since this morning."],
  ["business_impacting", "en", "Our integration is failing intermittently because of this."],
  ["business_impacting", "de", "Unsere Kunden sind betroffen."],
  ["business_impacting", "de", "Unsere Schnittstelle schlägt seit gestern ständig fehl."],
  ["business_impacting", "de", "Das blockiert unser ganzes Team."],
  ["business_impacting", "es", "Nuestros clientes están afectados."],
  ["business_impacting", "es", "Nuestra integración está fallando."],
  ["business_impacting", "fr", "Nos clients sont impactés."],
  ["business_impacting", "fr", "Notre intégration échoue depuis hier."],
  ["revenue_affecting", "en", "This is costing us thousands per minute."],
  ["revenue_affecting", "en", "We are losing sales every hour."],
  ["revenue_affecting", "en", "Our revenue is down 20% because of this bug."],
  ["revenue_affecting", "en", "Our customers can't check out."],
  ["revenue_affecting", "de", "Das kostet uns jede Minute tausende Euro."],
  ["revenue_affecting", "de", "Wir verlieren Umsatz."],
  ["revenue_affecting", "es", "Estamos perdiendo ventas."],
  ["revenue_affecting", "fr", "Nous perdons des ventes."],
  // The customer bills their own clients from figures of ours that are wrong.
  ["revenue_affecting", "en", "The timesheet totals are off by a few minutes per row. We bill our customers based on the totals in that report."],
  ["revenue_affecting", "en", "Discount column shows the wrong percentage. Our invoices are generated from this export every Friday."],
  ["revenue_affecting", "en", "Hourly sums look inconsistent since Monday.\nThose figures feed straight into our invoicing."],
  ["revenue_affecting", "de", "Die Stundensummen im Bericht sind falsch. Wir rechnen mit unseren Kunden anhand dieser Zahlen ab."],
  ["revenue_affecting", "de", "Die Beträge weichen ab. Unsere Rechnungen basieren auf diesem Export."],
  ["revenue_affecting", "es", "Los totales del informe están mal calculados. Facturamos a nuestros clientes con estas cifras."],
  ["revenue_affecting", "fr", "Les totaux du rapport sont faux. Nous facturons nos clients à partir de ces chiffres."],
  ["security_related", "en", "We found a security vulnerability in your login form."],
  ["security_related", "en", "Someone logged into my account from Russia."],
  ["security_related", "de", "Wir haben eine Sicherheitslücke gefunden."],
  ["security_related", "fr", "Nous avons trouvé une faille de sécurité."],
  ["outage_related", "en", "API is returning 503 for all requests."],
  ["outage_related", "en", "Our dashboard is extremely slow today."],
  ["outage_related", "de", "Das System ist komplett ausgefallen."],
  ["outage_related", "es", "La plataforma está caída."],
  ["deadline", "en", "We need this fixed by Friday."],
  ["deadline", "en", "This must work before launch."],
  ["deadline", "en", "Our go-live date is next week."],
  ["deadline", "de", "Bis Freitag muss das laufen."],
  ["deadline", "de", "Wir brauchen das vor dem Launch."],
  ["deadline", "es", "Lo necesitamos para el viernes."],
  ["deadline", "fr", "Il nous le faut d'ici vendredi."],
  ["many_users_affected", "en", "All users are affected."],
  ["many_users_affected", "en", "Production API outage affecting our entire platform"],
  ["many_users_affected", "en", "All our customers get 500 errors."],
  // A counted "all N of our …" names a population whatever the noun.
  ["many_users_affected", "en", "The app crashes on launch for all 40 of our field technicians."],
  ["many_users_affected", "en", "Each of our 25 drivers is locked out since the update."],
  ["many_users_affected", "de", "Alle Nutzer sind betroffen."],
  ["many_users_affected", "es", "Todos los usuarios están afectados."],
  ["many_users_affected", "fr", "Tous les utilisateurs sont touchés."],
];

const ABSENT: readonly Case[] = [
  ["business_impacting", "en", "Can I test this in production?"],
  ["business_impacting", "en", "Production looks fine, no errors."],
  ["business_impacting", "en", "Our integration is not failing anymore, thanks."],
  ["business_impacting", "en", "Our customers are not affected."],
  ["business_impacting", "en", "My export is not working."],
  ["many_users_affected", "en", "Can I invite all 40 of our field technicians at once?"],
  ["revenue_affecting", "en", "What is your revenue share for partners?"],
  ["revenue_affecting", "en", "If the site goes down again we lose money."],
  ["revenue_affecting", "de", "Wir verlieren keinen Umsatz, alles gut."],
  // Billing from our figures with nothing wrong in them is background, not impact.
  ["revenue_affecting", "en", "We bill our clients from the monthly summary. How do I add a logo to it?"],
  ["revenue_affecting", "en", "We bill our clients by the hour and would like a weekly summary view."],
  ["revenue_affecting", "de", "Wir rechnen mit unseren Kunden anhand dieser Berichte ab. Wie exportiere ich sie als PDF?"],
  ["revenue_affecting", "es", "Facturamos a nuestros clientes con estos informes. ¿Se pueden programar?"],
  ["revenue_affecting", "fr", "Nous facturons nos clients à partir de ces rapports. Comment les exporter ?"],
  // …and so is a fault that is denied.
  ["revenue_affecting", "en", "The totals are not wrong, only the date format changed. We invoice our customers from those totals."],
  ["revenue_affecting", "de", "Die Summen sind nicht falsch. Wir rechnen mit unseren Kunden anhand dieser Summen ab."],
  ["revenue_affecting", "fr", "Les montants ne sont pas faux. Nos factures sont basées sur ce rapport."],
  // A question about where billing comes from is no report of a loss.
  ["revenue_affecting", "en", "Something looks wrong in my view. Should we bill our customers from the totals in this report?"],
  ["security_related", "en", "Do you support 2FA?"],
  ["outage_related", "en", "Is there a status page for outages?"],
  ["deadline", "en", "Please answer asap."],
  ["deadline", "en", "There is no deadline, take your time."],
  ["deadline", "de", "Bis heute keine Antwort erhalten."],
  ["many_users_affected", "en", "Can I invite all my team members?"],
  ["many_users_affected", "en", "Is this available to all users?"],
  ["many_users_affected", "de", "Können alle Nutzer das Dashboard sehen?"],
];

describe("detectSignals: urgency indicators", () => {
  it.each(POSITIVES)("%s is raised (%s): %s", (indicator, language, text) => {
    const report = detectSignals(text, language);
    expect(report.urgencyIndicators).toContain(indicator);
    expect(report.evidence.some((evidence) => evidence.signal === indicator)).toBe(true);
  });

  it.each(ABSENT)("%s is not raised (%s): %s", (indicator, language, text) => {
    expect(detectSignals(text, language).urgencyIndicators).not.toContain(indicator);
  });

  it("derives outage_related from an outage and security_related from an incident", () => {
    const report = detectSignals("The API is down. Also someone logged into my account.");
    expect(report.signals).toEqual(expect.arrayContaining(["outage", "security_incident"]));
    expect(report.urgencyIndicators).toEqual(expect.arrayContaining(["outage_related", "security_related"]));
    const derived = report.evidence.filter((evidence) => evidence.rule.includes("/derived/"));
    expect(derived.map((evidence) => evidence.signal).sort()).toEqual(["outage_related", "security_related"]);
  });
});
