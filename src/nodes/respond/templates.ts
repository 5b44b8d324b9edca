/**
 * The offline reply wording, per supported language. Every sentence here is
 * checked by the guardrail test, so nothing may promise an outcome (refunds,
 * fixes, dates) that only a human can decide.
 */
import type { Category, SupportedLanguage, Team, Urgency } from "../../domain/taxonomy.js";
import { isSupportedLanguage } from "../../domain/taxonomy.js";

export const PRODUCT_NAME = "Lumaflow";

export interface ReplyTemplates {
  greeting: (customerName: string | undefined) => string;
  /** German letters continue in lower case after "Hallo Anna,"; the composer applies it to whichever paragraph comes first. */
  lowercaseAfterGreeting: boolean;
  /** For a customer who has written about this before: the apology comes first. */
  repeatContactOpener: string;
  /** For a frustrated customer (frustration ≥ 70) without repeat contact. */
  frustrationOpener: string;
  solutionIntro: (articleTitle: string) => string;
  solutionOutro: string;
  clarificationIntro: string;
  /** What to ask for, per category: the details a human would need first. */
  clarificationDetails: Record<Category, readonly string[]>;
  clarificationOutro: string;
  /** `team` is one of `teams`, already phrased for this sentence. */
  escalationHandover: (team: string) => string;
  /** `within` is one of `within`. */
  escalationExpectation: (within: string) => string;
  escalationContext: string;
  within: Record<Urgency, string>;
  teams: Record<Team, string>;
  statusPageTip: (url: string) => string;
  securityTip: (articleTitle: string) => string;
  signOff: string;
}

const en: ReplyTemplates = {
  greeting: (name) => (name ? `Hi ${name},` : "Hello,"),
  lowercaseAfterGreeting: false,
  repeatContactOpener:
    "I'm sorry you've had to contact us several times about this. That shouldn't happen, and I understand how frustrating it is.",
  frustrationOpener: "I'm sorry for the trouble this has caused, and I understand how frustrating it is.",
  solutionIntro: (title) => `Thanks for getting in touch. Here's what to do, from our help article “${title}”:`,
  solutionOutro: "If these steps don't solve it, just reply to this email and tell us what you see, and we'll look into it with you.",
  clarificationIntro: "Thanks for getting in touch. So that we can point you in the right direction, could you send us a few more details?",
  clarificationDetails: {
    technical: [
      "what you were doing when the problem appeared",
      "the exact error message, or a screenshot",
      "when it started (with your time zone)",
      "your browser and operating system, or the SDK and version you use",
    ],
    billing: [
      "the invoice number (it starts with LF-) or the date and amount of the charge",
      "the email address or workspace the subscription belongs to",
      "the last four digits of the card (please never send the full card number)",
    ],
    account: [
      "the email address you sign in with",
      "the name of your workspace",
      "what you see when you try, including any error message",
    ],
    product: [
      "which feature or page this is about",
      "what you are trying to achieve",
      "what you expected and what happened instead",
    ],
    integration: [
      "which integration, API endpoint or webhook event is involved",
      "the request_id or webhook delivery ID, and when it happened (with your time zone)",
      "an example request or payload, with keys and secrets removed",
    ],
    bug_report: [
      "the steps that lead to the problem",
      "what you expected and what happened instead",
      "your browser and operating system",
      "a screenshot or short screen recording, if you can",
    ],
    feature_request: [
      "what you are trying to achieve",
      "how you handle it today",
      "how many people in your team it affects",
    ],
    security: [
      "what looked suspicious, and when (with your time zone)",
      "which accounts, members or API keys may be affected",
      "please don't send passwords or 2FA codes",
    ],
    general_inquiry: [
      "what you would like to do",
      "the workspace or account it concerns",
      "anything you have already tried",
    ],
  },
  clarificationOutro: "As soon as we have these, we'll pick it up from there.",
  escalationHandover: (team) =>
    `I've passed your request to ${team}, and a specialist there is taking it over from here.`,
  escalationExpectation: (within) => `You can expect to hear from them ${within}.`,
  escalationContext: "Everything you've told us so far goes with your request, so you won't need to repeat yourself.",
  within: {
    immediate: "within 15 minutes",
    urgent: "within 1 hour",
    standard: "within 4 hours",
    scheduled: "within 1 business day",
  },
  teams: {
    engineering: "our engineering team",
    technical_support: "our technical support team",
    customer_success: "our customer success team",
    senior_support: "our senior support team",
    finance: "our billing team",
    security_team: "our security team",
    product: "our product team",
    general_support: "our support team",
  },
  statusPageTip: (url) => `In the meantime, you can follow live updates on our status page: ${url}`,
  securityTip: (title) =>
    `While you wait, we recommend securing your account straight away: change your password and sign out all other sessions. Our article “${title}” walks you through it.`,
  signOff: `Best regards,\nThe ${PRODUCT_NAME} Support Team`,
};

const de: ReplyTemplates = {
  greeting: (name) => (name ? `Hallo ${name},` : "Hallo,"),
  lowercaseAfterGreeting: true,
  repeatContactOpener:
    "Es tut mir leid, dass Sie sich deswegen schon mehrfach bei uns melden mussten. Das sollte nicht passieren, und ich verstehe Ihren Ärger.",
  frustrationOpener: "Es tut mir leid, dass Ihnen das so viel Ärger bereitet, und ich verstehe, wie frustrierend das ist.",
  solutionIntro: (title) => `Danke für Ihre Nachricht. So gehen Sie vor, aus unserem Hilfeartikel „${title}“:`,
  solutionOutro:
    "Falls das nicht hilft, antworten Sie einfach auf diese E-Mail und beschreiben Sie, was Sie sehen. Wir schauen uns das dann gemeinsam mit Ihnen an.",
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
    product: [
      "um welche Funktion oder Seite es geht",
      "was Sie erreichen möchten",
      "was Sie erwartet haben und was stattdessen passiert ist",
    ],
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
    feature_request: [
      "was Sie erreichen möchten",
      "wie Sie es heute lösen",
      "wie viele Personen in Ihrem Team es betrifft",
    ],
    security: [
      "was Ihnen verdächtig vorkam und wann (mit Zeitzone)",
      "welche Konten, Mitglieder oder API-Schlüssel betroffen sein könnten",
      "bitte senden Sie uns keine Passwörter oder 2FA-Codes",
    ],
    general_inquiry: [
      "was Sie tun möchten",
      "um welchen Workspace oder welches Konto es geht",
      "was Sie bereits versucht haben",
    ],
  },
  clarificationOutro: "Sobald wir diese Angaben haben, geht es direkt weiter.",
  escalationHandover: (team) =>
    `Ich habe Ihr Anliegen an ${team} übergeben. Ab jetzt kümmert sich dort eine Fachperson darum.`,
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
  statusPageTip: (url) => `Bis dahin finden Sie aktuelle Updates auf unserer Statusseite: ${url}`,
  securityTip: (title) =>
    `Bis dahin empfehlen wir, Ihr Konto sofort abzusichern: Ändern Sie Ihr Passwort und melden Sie alle anderen Sitzungen ab. Unser Artikel „${title}“ führt Sie durch die Schritte.`,
  signOff: `Viele Grüße\nIhr ${PRODUCT_NAME}-Support-Team`,
};

const es: ReplyTemplates = {
  greeting: (name) => (name ? `Hola, ${name}:` : "Hola:"),
  lowercaseAfterGreeting: false,
  repeatContactOpener:
    "Siento que haya tenido que contactarnos varias veces por este motivo. No debería ocurrir, y entiendo su frustración.",
  frustrationOpener: "Lamento las molestias que esto le ha causado y entiendo lo frustrante que resulta.",
  solutionIntro: (title) => `Gracias por escribirnos. Esto es lo que puede hacer, según nuestro artículo de ayuda «${title}»:`,
  solutionOutro: "Si con estos pasos no se resuelve, responda a este correo contándonos lo que ve y lo revisaremos con usted.",
  clarificationIntro: "Gracias por escribirnos. Para poder orientarle mejor, ¿podría enviarnos algunos detalles más?",
  clarificationDetails: {
    technical: [
      "qué estaba haciendo cuando apareció el problema",
      "el mensaje de error exacto o una captura de pantalla",
      "desde cuándo ocurre (con su zona horaria)",
      "su navegador y sistema operativo, o el SDK y la versión que usa",
    ],
    billing: [
      "el número de factura (empieza por LF-) o la fecha y el importe del cargo",
      "el correo electrónico o el espacio de trabajo al que pertenece la suscripción",
      "los cuatro últimos dígitos de la tarjeta (nunca nos envíe el número completo)",
    ],
    account: [
      "el correo electrónico con el que inicia sesión",
      "el nombre de su espacio de trabajo",
      "lo que ve al intentarlo, incluido cualquier mensaje de error",
    ],
    product: [
      "de qué función o página se trata",
      "qué quiere conseguir",
      "qué esperaba y qué ocurrió en su lugar",
    ],
    integration: [
      "qué integración, endpoint de la API o evento de webhook está implicado",
      "el request_id o el ID de entrega del webhook, y cuándo ocurrió (con su zona horaria)",
      "un ejemplo de solicitud o de payload, sin claves ni secretos",
    ],
    bug_report: [
      "los pasos que llevan al problema",
      "qué esperaba y qué ocurrió en su lugar",
      "su navegador y sistema operativo",
      "una captura o una breve grabación de pantalla, si es posible",
    ],
    feature_request: [
      "qué quiere conseguir",
      "cómo lo resuelve hoy",
      "a cuántas personas de su equipo afecta",
    ],
    security: [
      "qué le pareció sospechoso y cuándo (con su zona horaria)",
      "qué cuentas, miembros o claves de API podrían estar afectados",
      "por favor, no nos envíe contraseñas ni códigos 2FA",
    ],
    general_inquiry: [
      "qué le gustaría hacer",
      "a qué espacio de trabajo o cuenta se refiere",
      "lo que ya ha probado",
    ],
  },
  clarificationOutro: "En cuanto los tengamos, seguimos con su consulta.",
  escalationHandover: (team) =>
    `He trasladado su consulta a ${team}; a partir de ahora, un especialista se encarga de ella.`,
  escalationExpectation: (within) => `Puede esperar noticias del equipo ${within}.`,
  escalationContext: "Todo lo que nos ha contado hasta ahora acompaña a su consulta, así que no tendrá que repetirlo.",
  within: {
    immediate: "en un plazo de 15 minutos",
    urgent: "en un plazo de 1 hora",
    standard: "en un plazo de 4 horas",
    scheduled: "en un plazo de 1 día hábil",
  },
  teams: {
    engineering: "nuestro equipo de ingeniería",
    technical_support: "nuestro equipo de soporte técnico",
    customer_success: "nuestro equipo de éxito del cliente",
    senior_support: "nuestro equipo de soporte sénior",
    finance: "nuestro equipo de facturación",
    security_team: "nuestro equipo de seguridad",
    product: "nuestro equipo de producto",
    general_support: "nuestro equipo de soporte",
  },
  statusPageTip: (url) => `Mientras tanto, puede seguir las novedades en nuestra página de estado: ${url}`,
  securityTip: (title) =>
    `Mientras tanto, le recomendamos proteger su cuenta de inmediato: cambie su contraseña y cierre todas las demás sesiones. Nuestro artículo «${title}» le guía paso a paso.`,
  signOff: `Un saludo,\nEl equipo de soporte de ${PRODUCT_NAME}`,
};

const fr: ReplyTemplates = {
  greeting: (name) => (name ? `Bonjour ${name},` : "Bonjour,"),
  lowercaseAfterGreeting: false,
  repeatContactOpener:
    "Nous sommes désolés que vous ayez dû nous contacter plusieurs fois à ce sujet. Cela ne devrait pas arriver, et nous comprenons votre frustration.",
  frustrationOpener: "Nous sommes sincèrement désolés pour les désagréments occasionnés, et nous comprenons à quel point c'est frustrant.",
  solutionIntro: (title) => `Merci de nous avoir écrit. Voici comment procéder, d'après notre article d'aide « ${title} » :`,
  solutionOutro:
    "Si ces étapes ne résolvent pas le problème, répondez simplement à cet e-mail en décrivant ce que vous voyez, et nous regarderons cela avec vous.",
  clarificationIntro: "Merci de nous avoir écrit. Pour bien vous orienter, pourriez-vous nous envoyer quelques précisions ?",
  clarificationDetails: {
    technical: [
      "ce que vous faisiez quand le problème est apparu",
      "le message d'erreur exact ou une capture d'écran",
      "depuis quand cela se produit (avec votre fuseau horaire)",
      "votre navigateur et votre système d'exploitation, ou le SDK et sa version",
    ],
    billing: [
      "le numéro de facture (il commence par LF-) ou la date et le montant du prélèvement",
      "l'adresse e-mail ou l'espace de travail auquel l'abonnement est rattaché",
      "les quatre derniers chiffres de la carte (n'envoyez jamais le numéro complet)",
    ],
    account: [
      "l'adresse e-mail avec laquelle vous vous connectez",
      "le nom de votre espace de travail",
      "ce que vous voyez quand vous essayez, y compris tout message d'erreur",
    ],
    product: [
      "la fonctionnalité ou la page concernée",
      "ce que vous cherchez à faire",
      "ce que vous attendiez et ce qui s'est passé à la place",
    ],
    integration: [
      "l'intégration, l'endpoint de l'API ou l'événement webhook concerné",
      "le request_id ou l'identifiant de livraison du webhook, et l'heure (avec votre fuseau horaire)",
      "un exemple de requête ou de payload, sans clés ni secrets",
    ],
    bug_report: [
      "les étapes qui mènent au problème",
      "ce que vous attendiez et ce qui s'est passé à la place",
      "votre navigateur et votre système d'exploitation",
      "si possible, une capture ou un court enregistrement d'écran",
    ],
    feature_request: [
      "ce que vous cherchez à faire",
      "comment vous procédez aujourd'hui",
      "combien de personnes de votre équipe sont concernées",
    ],
    security: [
      "ce qui vous a semblé suspect, et quand (avec votre fuseau horaire)",
      "les comptes, membres ou clés d'API qui pourraient être concernés",
      "merci de ne jamais nous envoyer de mot de passe ni de code 2FA",
    ],
    general_inquiry: [
      "ce que vous souhaitez faire",
      "l'espace de travail ou le compte concerné",
      "ce que vous avez déjà essayé",
    ],
  },
  clarificationOutro: "Dès que nous les aurons, nous reprendrons votre demande.",
  escalationHandover: (team) =>
    `J'ai transmis votre demande à ${team} : un spécialiste prend le relais à partir de maintenant.`,
  escalationExpectation: (within) => `Vous pouvez vous attendre à une réponse ${within}.`,
  escalationContext: "Tout ce que vous nous avez indiqué accompagne votre demande : vous n'aurez pas à le répéter.",
  within: {
    immediate: "dans un délai de 15 minutes",
    urgent: "dans un délai d'une heure",
    standard: "dans un délai de 4 heures",
    scheduled: "dans un délai d'un jour ouvré",
  },
  teams: {
    engineering: "notre équipe d'ingénierie",
    technical_support: "notre équipe de support technique",
    customer_success: "notre équipe de réussite client",
    senior_support: "notre équipe de support senior",
    finance: "notre équipe facturation",
    security_team: "notre équipe sécurité",
    product: "notre équipe produit",
    general_support: "notre équipe support",
  },
  statusPageTip: (url) => `En attendant, vous pouvez suivre les mises à jour sur notre page de statut : ${url}`,
  securityTip: (title) =>
    `En attendant, nous vous recommandons de sécuriser votre compte sans tarder : changez votre mot de passe et déconnectez toutes les autres sessions. Notre article « ${title} » vous guide pas à pas.`,
  signOff: `Cordialement,\nL'équipe support ${PRODUCT_NAME}`,
};

export const TEMPLATES: Readonly<Record<SupportedLanguage, ReplyTemplates>> = { en, de, es, fr };

/** The templates for a language; anything unsupported (or a regional variant we can't map) gets English. */
export function templatesFor(language: string): { language: SupportedLanguage; templates: ReplyTemplates } {
  const base = language.trim().toLowerCase().split(/[-_]/)[0] ?? "";
  const supported: SupportedLanguage = isSupportedLanguage(base) ? base : "en";
  return { language: supported, templates: TEMPLATES[supported] };
}
