/** The German reply wording. */
import { PRODUCT_NAME, type ReplyTemplates } from "./types.js";

export const de: ReplyTemplates = {
  greeting: (name) => (name ? `Hallo ${name},` : "Hallo,"),
  lowercaseAfterGreeting: true,
  repeatContactOpener:
    "Es tut mir leid, dass Sie sich deswegen schon mehrfach bei uns melden mussten. Das sollte nicht passieren, und ich verstehe Ihren Ärger.",
  frustrationOpener: "Es tut mir leid, dass Ihnen das so viel Ärger bereitet, und ich verstehe, wie frustrierend das ist.",
  solutionIntro: (title) => `Danke für Ihre Nachricht. So gehen Sie vor, aus unserem Hilfeartikel „${title}“:`,
  solutionOutro:
    "Falls das nicht hilft, antworten Sie einfach auf diese E-Mail und beschreiben Sie, was Sie sehen. Wir schauen uns das dann gemeinsam mit Ihnen an.",
  solutionOutroChat: "Falls das nicht hilft, schreiben Sie mir einfach hier, was Sie sehen. Wir schauen uns das dann gemeinsam mit Ihnen an.",
  clarificationIntro: "Danke für Ihre Nachricht. Damit wir Ihnen gezielt helfen können, bräuchten wir noch ein paar Angaben:",
  clarificationDetails: {
    technical: [
      "was Sie gerade getan haben, als das Problem auftrat",
      "die genaue Fehlermeldung oder einen Screenshot",
      "seit wann es auftritt (mit Zeitzone)",
      "Ihren Browser und Ihr Betriebssystem bzw. das SDK und seine Version",
    ],
    billing: [
      "die Rechnungsnummer (beginnt mit LF-) oder Datum und Betrag der Abbuchung",
      "die E-Mail-Adresse oder den Workspace, zu dem das Abonnement gehört",
      "die letzten vier Ziffern der Karte (bitte nie die vollständige Kartennummer)",
    ],
    account: [
      "die E-Mail-Adresse, mit der Sie sich anmelden",
      "den Namen Ihres Workspace",
      "was Sie sehen, wenn Sie es versuchen, einschließlich etwaiger Fehlermeldungen",
    ],
    product: ["um welche Funktion oder Seite es geht", "was Sie erreichen möchten", "was Sie erwartet haben und was stattdessen passiert ist"],
    integration: [
      "welche Integration, welcher API-Endpunkt oder welches Webhook-Ereignis betroffen ist",
      "die request_id oder Webhook-Delivery-ID und den Zeitpunkt (mit Zeitzone)",
      "eine Beispielanfrage oder einen Beispiel-Payload, ohne Schlüssel und Secrets",
    ],
    bug_report: [
      "die Schritte, die zu dem Problem führen",
      "was Sie erwartet haben und was stattdessen passiert ist",
      "Ihren Browser und Ihr Betriebssystem",
      "wenn möglich einen Screenshot oder eine kurze Bildschirmaufnahme",
    ],
    feature_request: ["was Sie erreichen möchten", "wie Sie es heute lösen", "wie viele Personen in Ihrem Team es betrifft"],
    security: [
      "was Ihnen verdächtig vorkam und wann (mit Zeitzone)",
      "welche Konten, Mitglieder oder API-Schlüssel betroffen sein könnten",
      "bitte senden Sie uns keine Passwörter oder 2FA-Codes",
    ],
    general_inquiry: ["was Sie tun möchten", "um welchen Workspace oder welches Konto es geht", "was Sie bereits versucht haben"],
  },
  clarificationOutro: "Sobald wir diese Angaben haben, geht es direkt weiter.",
  escalationHandover: (team, who) => `Ich habe Ihr Anliegen an ${team} übergeben. Ab jetzt kümmert sich dort ${who} darum.`,
  escalationExpectation: (within) => `Sie können ${within} mit einer Rückmeldung rechnen.`,
  escalationContext: "Alles, was Sie uns bisher geschildert haben, liegt dem Team vor. Sie müssen also nichts wiederholen.",
  within: {
    immediate: "innerhalb von 15 Minuten",
    urgent: "innerhalb von 1 Stunde",
    standard: "innerhalb von 4 Stunden",
    scheduled: "innerhalb von 1 Werktag",
  },
  // Accusative, because they follow "an".
  teams: {
    engineering: "unser Engineering-Team",
    technical_support: "unser technisches Support-Team",
    customer_success: "unser Customer-Success-Team",
    senior_support: "unser Senior-Support-Team",
    finance: "unser Billing-Team",
    security_team: "unser Sicherheitsteam",
    product: "unser Produktteam",
    general_support: "unser Support-Team",
  },
  // Nominative, because they are the subject of "kümmert sich".
  takesOver: {
    engineering: "eine Fachperson aus der Entwicklung",
    technical_support: "eine Fachperson",
    customer_success: "jemand aus dem Team",
    senior_support: "eine erfahrene Kollegin oder ein erfahrener Kollege",
    finance: "jemand aus dem Team",
    security_team: "eine Fachperson für Sicherheit",
    product: "jemand aus dem Team",
    general_support: "jemand aus dem Team",
  },
  statusPageTip: (url) => `Bis dahin finden Sie aktuelle Updates auf unserer Statusseite: ${url}`,
  securityTip: (title) =>
    `Bis dahin empfehlen wir, Ihr Konto sofort abzusichern: Ändern Sie Ihr Passwort und melden Sie alle anderen Sitzungen ab. Unser Artikel „${title}“ führt Sie durch die Schritte.`,
  withdrawnNote: (team) =>
    `Danke für die Rückmeldung, dass es sich erledigt hat. Wir haben die Weitergabe an ${team} zurückgenommen. Falls das Problem wieder auftritt, antworten Sie einfach auf diese Nachricht.`,
  signOff: `Viele Grüße\nIhr ${PRODUCT_NAME}-Support-Team`,
};
