/**
 * Concepts from the tenth pass, each with calm look-alikes: an outage as the
 * customer sees it (everything stopped, now; "is something down?" beside a
 * failure); counted records missing; a former employee still signing in
 * with a name in apposition (es/fr); and person-only requests — amends for
 * an outage, a charge for what was cancelled, the customer's own changes to
 * a contract.
 */
import { describe, expect, it } from "vitest";
import { findHumanActions } from "../../src/rules/human-action.js";
import { detectSignals } from "../../src/rules/signals/index.js";
import { foldText } from "../../src/rules/signals/fold.js";
import { retractsAlarm } from "../../src/rules/signals/retraction.js";
import { aboutTheirOwnCasework } from "../../src/rules/signals/speaker.js";

const signalsOf = (text: string, language = "en") => detectSignals(text, language).signals;
const kindsOf = (text: string) => findHumanActions(text).map((need) => need.kind);

describe("an outage as the customer sees it", () => {
  it.each([
    ["en", "None of our flows have started for the last 40 minutes. Triggers show 'waiting'."],
    ["en", "The editor won't load and none of our flows run since 9am."],
    ["en", "all our flows are failing with connection errors, nothing has run for 40 minutes!!!"],
    ["de", "Der Editor und alle Flows hängen seit 20 Minuten."],
    ["de", "Seit 7 Uhr läuft bei uns kein einziger Flow mehr."],
    ["es", "No carga el editor ni los formularios desde hace media hora."],
    ["es", "Desde las 8:00 ningún flujo se ejecuta."],
    ["fr", "Rien ne se charge depuis 10h."],
    ["fr", "Aucun flux ne démarre depuis 30 minutes."],
  ])("everything stopped, now (%s): %s", (language, text) => {
    expect(signalsOf(text, language)).toContain("outage");
  });

  it.each([
    ["en", "The editor won't load since this morning. Is there an outage?"],
    ["en", "Triggers show 'waiting' and nothing starts. Is Lumaflow down?"],
    ["de", "Nichts startet, alles hängt. Ist bei Ihnen etwas ausgefallen?"],
    ["de", "Die App lädt nicht. Gibt es gerade eine Störung?"],
    ["es", "No me carga la aplicación. ¿Hay una caída?"],
    ["fr", "Le site ne se charge pas. Y a-t-il une panne ?"],
  ])("is asked about beside a failure (%s): %s", (language, text) => {
    expect(signalsOf(text, language)).toContain("outage");
  });

  it.each([
    ["en", "Is there an outage page I can subscribe to?"],
    ["en", "What happens to running flows if there is an outage on your side?"],
    ["en", "Is the API down or is it me? I get 401 on every call since I regenerated my key."],
    ["en", "Nothing has worked right since the migration, I'm done with this."],
    ["en", "We paused all our flows since Monday for the audit, how do I resume them?"],
    ["de", "Bei mir startet nichts, wenn ich auf Speichern klicke."],
    ["de", "Gibt es eine Störungsseite, die ich abonnieren kann?"],
    ["fr", "Comment être prévenu en cas de panne ?"],
  ])("is not: one surface, a question about the topic, or the customer's own side (%s): %s", (language, text) => {
    expect(signalsOf(text, language)).not.toContain("outage");
  });
});

describe("counted records missing", () => {
  it.each([
    ["en", "About 1,500 rows from 2022 are missing in our Invoices table."],
    ["de", "In unserer Tabelle Bestellungen 2023 fehlen etwa 800 Zeilen."],
    ["es", "Faltan unos 400 registros en la tabla de Clientes desde ayer."],
    ["fr", "Il manque environ 800 lignes dans notre table Commandes 2023."],
  ])("are a data loss (%s): %s", (language, text) => {
    expect(signalsOf(text, language)).toContain("data_loss");
  });

  it.each([
    ["en", "Is it normal that 3 rows are missing when I filter by date?"],
    ["en", "If 200 rows are missing after an import, what should I do?"],
    ["en", "About 40 rows are missing from the export, the table itself is fine."],
    ["de", "Fehlen in der Vorlage noch Felder?"],
  ])("are not when asked about or only absent from a view (%s): %s", (language, text) => {
    expect(signalsOf(text, language)).not.toContain("data_loss");
  });
});

describe("a former employee still signing in, named in apposition", () => {
  it.each([
    ["es", "Un exempleado, Javier, sigue entrando cada día, aunque lo eliminamos en marzo."],
    ["fr", "Un ancien salarié, Marc, se connecte encore tous les jours."],
  ])("is a security incident (%s): %s", (language, text) => {
    expect(signalsOf(text, language)).toContain("security_incident");
  });

  it.each([
    ["es", "¿Cómo quito el acceso a un exempleado?"],
    ["fr", "Comment retirer l'accès d'un ancien salarié ?"],
  ])("is not a question about removing one (%s): %s", (language, text) => {
    expect(signalsOf(text, language)).not.toContain("security_incident");
  });
});

describe("person-only requests", () => {
  it.each([
    "back up now thx. but we lost about 2hrs of orders, will we get any credit for that?",
    "läuft wieder, danke. können wir für die 3 stunden eine gutschrift bekommen?",
    "ya funciona. ¿habrá alguna compensación por las 3 horas?",
    "c'est revenu. mais on a perdu toute la matinée, il y aura un geste commercial ?",
    "We're still paying for the Events workspace we cancelled in September.",
    "Seguimos pagando el espacio 'Eventos' que dimos de baja en septiembre: tres meses cobrados de más.",
  ])("money put right: %s", (text) => {
    expect(kindsOf(text)).toContain("billing_correction");
  });

  it.each([
    "Our procurement will not sign the renewal unless the DPA includes our two amendments. Who can review and countersign?",
    "Who should we send our redline to?",
    "Para renovar, nuestra dirección exige un contrato con SLA del 99,9 % y penalizaciones. ¿Con quién podemos negociarlo?",
    "Unser Einkauf besteht auf einem AVV mit unseren Änderungen.",
  ])("contract terms: %s", (text) => {
    expect(kindsOf(text)).toContain("contract_terms");
  });

  it.each([
    "Do you offer service credits when you have an outage?",
    "hola! hay descuento para estudiantes?",
    "Is there a standard DPA we can download and countersign?",
    "What is your uptime SLA?",
    "How do I cancel the Events workspace?",
  ])("not asked of us: %s", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});

describe("other people's personal data in front of the wrong person", () => {
  it.each([
    ["en", "A candidate told us he could see a list with other candidates' salaries when he opened the link we sent him."],
    ["en", "I opened our job application form in a private window and it shows the list of previous applicants below it."],
    ["en", "The exported CSV has a hidden column, and I sent it to a client yesterday. The notes mention other clients."],
    ["en", "The shared 'view my submission' link lets anyone read other people's submissions by changing the ID in the URL."],
    ["es", "En una ventana privada salen rellenados los datos de otro alumno: nombre, DNI y teléfono."],
    ["fr", "Un parent voit les réponses d'un autre élève dans le formulaire."],
  ])("is a security incident (%s): %s", (language, text) => {
    expect(signalsOf(text, language)).toContain("security_incident");
  });

  it.each([
    ["en", "How do I show other customers' names in the dropdown? Our users can see the form."],
    ["en", "Can I hide other users' answers from the form?"],
    ["en", "Can I let editors read other people's submissions?"],
    ["es", "¿Cómo oculto los datos de otros usuarios en el formulario?"],
    ["fr", "Comment masquer les données des autres utilisateurs ?"],
  ])("is not a question about hiding them (%s): %s", (language, text) => {
    expect(signalsOf(text, language)).not.toContain("security_incident");
  });

  it("is taken back when it was the customer's own preview", () => {
    const text = "Our form shows the list of previous applicants in a private window. Ah — false alarm, I was still logged in as an editor in that window.";
    expect(signalsOf(text)).not.toContain("security_incident");
  });
});

describe("leaving for the tool a group already uses", () => {
  it.each([
    ["en", "At renewal we'll move to the tool our parent company uses."],
    ["en", "We are moving to our parent company's CRM next year."],
    ["es", "En la renovación pasaremos a la herramienta que usa nuestro grupo."],
    ["fr", "Nous passerons à l'outil de notre maison mère au renouvellement."],
    ["de", "Wir werden zur Verlängerung im Herbst auf das Tool unseres Mutterkonzerns wechseln."],
  ])("is churn (%s): %s", (language, text) => {
    expect(signalsOf(text, language)).toContain("churn_risk");
  });

  it("is not moving a flow to the group's workspace", () => {
    expect(signalsOf("How do I move a flow to the group workspace?")).not.toContain("churn_risk");
  });
});

describe("alarms that are not events", () => {
  it.each([
    ["en", "Thought for a second one of our accounts was compromised, then realised it's our colleague at a conference."],
    ["en", "I thought someone had hacked us but it was my colleague on her new phone."],
    ["es", "Pensé que nos habían hackeado, pero era mi compañera con su móvil nuevo."],
    ["en", "How do I notify the team manager automatically when our claims SLA is breached?"],
    ["en", "Who receives the 'suspicious activity' alerts on our account?"],
    ["es", "Alertas de inicio de sesión sospechoso"],
    ["en", "One scenario is 'a recruiter's password is compromised'. Nothing has happened; we just want the steps written down."],
    ["en", "I'm writing a story about a data breach at a retail chain (not you!). How do I share a table?"],
    ["en", "After the industry-wide phishing wave last month we want to enforce SSO."],
  ])("a belief found false, a limit overrun, an alert's name, a runbook, someone else's breach (%s): %s", (language, text) => {
    expect(signalsOf(text, language)).not.toContain("security_incident");
  });

  it.each([
    ["en", "I think we've been hacked, there are 15 new users."],
    ["en", "Our database was breached last night."],
    ["en", "We got a suspicious activity alert at 3am for our admin account."],
    ["es", "Nos llegó una alerta de inicio de sesión sospechoso desde Rusia."],
  ])("while a belief held now, a breach and an alert that came in still are (%s): %s", (language, text) => {
    expect(signalsOf(text, language)).toContain("security_incident");
  });

  it("keeps an outage the customer thought was fixed", () => {
    expect(signalsOf("We thought it was fixed but it's down again since 9am, nothing loads.")).toContain("outage");
  });

  it.each([
    "Our lawyer is doing a routine review of all supplier contracts. Where can I download our order form?",
    "Before we publish, our lawyer has to sign off. How do I add an approval step?",
    "Can we lock records while a matter is under litigation hold?",
  ])("the customer's own legal routine is no threat: %s", (text) => {
    expect(signalsOf(text)).not.toContain("legal_threat");
  });

  it.each(["Our lawyer will be in touch about the outage.", "We are considering litigation over this."])("a threat still is: %s", (text) => {
    expect(signalsOf(text)).toContain("legal_threat");
  });
});

describe("recall concepts from dev-l", () => {
  it.each([
    ["en", "ran the dedupe thing. now the table has 212 rows instead of 9,800."],
    ["en", "After the import we're left with 40 contacts."],
    ["fr", "j'ai lancé la déduplication, il reste 300 lignes sur 8 000."],
    ["es", "Después del filtro quedan 300 filas de 8.000."],
    ["de", "Nach dem Import sind nur noch 300 von 8.000 Zeilen da."],
  ])("a table shrunk to a fraction is a data loss (%s): %s", (language, text) => {
    expect(signalsOf(text, language)).toContain("data_loss");
  });

  it.each(["The report shows 12 records out of 40 because of the filter.", "The free plan has 500 rows instead of 1,000?"])(
    "a view or a plan limit is not: %s",
    (text) => {
      expect(signalsOf(text)).not.toContain("data_loss");
    },
  );

  it("one sync stopped and the others with it is an outage", () => {
    expect(signalsOf("weird though, it hasn't run at all since 8 am and neither have our other syncs")).toContain("outage");
  });

  it("an admin nobody here knows is a security incident, an admin asked about is not", () => {
    expect(signalsOf("who is 'support-verify@gmx.net'?? it's listed as an admin in our workspace since yesterday.")).toContain("security_incident");
    expect(signalsOf("How do I make Anna the owner? She is listed as an admin.")).not.toContain("security_incident");
  });

  it.each([
    ["en", "please escalate. the bot answer doesn't fit our case"],
    ["en", "I'd like this escalated."],
    ["de", "Bitte eskalieren Sie das."],
    ["es", "Por favor, escálenlo."],
    ["fr", "Merci d'escalader ce ticket."],
  ])("asking to escalate is a request for a person (%s): %s", (language, text) => {
    expect(signalsOf(text, language)).toContain("human_requested");
  });

  it.each([
    "Please escalate this to whoever can answer it: can we set a different currency format per field?",
    "How do I escalate a ticket to my supervisor after 2 hours?",
  ])("wanting an answer, or a flow that escalates, is not: %s", (text) => {
    expect(signalsOf(text)).not.toContain("human_requested");
  });

  it.each([
    ["refund", "Could the difference be refunded?"],
    ["refund", "Pouvez-vous rembourser la différence ?"],
    ["refund", "Können Sie uns den Betrag erstatten?"],
    ["refund", "¿Me podéis devolver este mes?"],
    ["billing_correction", "Nous avons été facturés 12 sièges au lieu de 10."],
    ["billing_correction", "Can you resend them and put our new company name on them?"],
  ])("%s asked of us: %s", (kind, text) => {
    expect(kindsOf(text)).toContain(kind);
  });

  it.each(["Can refunds be issued for annual plans? What is your refund policy?", "Where do I put our new company name for future invoices?"])(
    "not a request: %s",
    (text) => {
      expect(kindsOf(text)).toEqual([]);
    },
  );
});

describe("the customer's own casework and causes", () => {
  it.each([
    "Escalation rule for open customer claims",
    "We want three escalation levels in our customer complaint flow based on severity.",
    "Can a claims handler see only the claims assigned to them?",
  ])("complaints and claims of their own process are not ours to handle: %s", (text) => {
    expect(aboutTheirOwnCasework(foldText(text).text)).toBe(true);
  });

  it.each(["Your complaints process is a joke.", "Nobody has handled my complaint in three weeks."])("a complaint about ours still is: %s", (text) => {
    expect(aboutTheirOwnCasework(foldText(text).text)).toBe(false);
  });

  it.each([
    "Our bad — our IdP team rotated the certificate without telling us.",
    "Sorry for the noise!",
    "Turned out our proxy was blocking a new domain you load assets from.",
  ])("settles: %s", (text) => {
    expect(retractsAlarm([foldText(text).text])).toBe(true);
  });
});

describe("concepts from dev-n (relayed and hurried tickets)", () => {
  it.each([
    "Our client tracks cases in a table called 'Fraud - Chargebacks - Open'.",
    "They want an automation when Status changes to 'Chargeback filed'.",
    "We built a flow called 'Outage Notifier' that watches our own servers.",
  ])("a word inside the quoted name of their own table, status or flow is a name: %s", (text) => {
    expect(signalsOf(text)).toEqual([]);
  });

  it("a word outside the name still counts", () => {
    expect(signalsOf("About 800 rows are missing from our table 'Orders'.")).toContain("data_loss");
  });

  it.each([
    "Could you confirm which address to use for P1 outages? No active issue, just paperwork.",
    "How do I build an automation for our outage table? Purely a workflow question.",
  ])("a ticket that says nothing is happening reports nothing: %s", (text) => {
    expect(signalsOf(text)).not.toContain("outage");
  });

  it.each([
    "billing refunded the 2nd charge, she confirmed it's back on her card and she's happy. ok to close",
    "explained it's just tips. she laughed, fine now",
    "perdón, era mi portátil del trabajo. Todo bien.",
    "works on 4G and after he logged into the wifi. sorted",
  ])("phone notes and chat that settle: %s", (text) => {
    expect(retractsAlarm([foldText(text).text])).toBe(true);
  });

  it.each([
    ["en", "Our agency's clients' details are now visible to the other team, who shouldn't see them."],
    ["es", "Los correos se enviaron a todos los contactos y cada correo lleva datos de otro cliente."],
  ])("other people's data in front of the wrong people (%s): %s", (language, text) => {
    expect(signalsOf(text, language)).toContain("security_incident");
  });

  it.each(["We think to stop at end of year.", "We're planning to stop using Lumaflow."])("calm churn in plain words: %s", (text) => {
    expect(signalsOf(text)).toContain("churn_risk");
  });

  it("stopping a flow is not churn", () => {
    expect(signalsOf("How do I stop a flow at the end of the month?")).not.toContain("churn_risk");
  });

  it.each([
    ["ownership_transfer", "Der alte GF ist Eigentümer des Workspace, ist ausgeschieden und nicht mehr erreichbar. Der neue GF möchte Eigentümer werden."],
    ["refund", "we're closing our small business, how do I cancel and will I get the rest back?"],
    ["refund", "We'd like the remaining months refunded, please."],
  ])("%s: %s", (kind, text) => {
    expect(kindsOf(text)).toContain(kind);
  });

  it("the refund policy asked about is not a refund asked for", () => {
    expect(kindsOf("Do we get the unused months back, or credit, or nothing? Just want to know what we're signing up for.")).toEqual([]);
  });
});
