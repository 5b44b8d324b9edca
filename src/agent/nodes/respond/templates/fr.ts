/** The French reply wording. */
import { PRODUCT_NAME, type ReplyTemplates } from "./types.js";

export const fr: ReplyTemplates = {
  greeting: (name) => (name ? `Bonjour ${name},` : "Bonjour,"),
  lowercaseAfterGreeting: false,
  repeatContactOpener:
    "Nous sommes désolés que vous ayez dû nous contacter plusieurs fois à ce sujet. Cela ne devrait pas arriver, et nous comprenons votre frustration.",
  frustrationOpener: "Nous sommes sincèrement désolés pour les désagréments occasionnés, et nous comprenons à quel point c'est frustrant.",
  solutionIntro: (title) => `Merci de nous avoir écrit. Voici comment procéder, d'après notre article d'aide « ${title} » :`,
  solutionOutro:
    "Si ces étapes ne résolvent pas le problème, répondez simplement à cet e-mail en décrivant ce que vous voyez, et nous regarderons cela avec vous.",
  solutionOutroChat: "Si ces étapes ne résolvent pas le problème, décrivez-moi simplement ici ce que vous voyez, et nous regarderons cela avec vous.",
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
    product: ["la fonctionnalité ou la page concernée", "ce que vous cherchez à faire", "ce que vous attendiez et ce qui s'est passé à la place"],
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
    feature_request: ["ce que vous cherchez à faire", "comment vous procédez aujourd'hui", "combien de personnes de votre équipe sont concernées"],
    security: [
      "ce qui vous a semblé suspect, et quand (avec votre fuseau horaire)",
      "les comptes, membres ou clés d'API qui pourraient être concernés",
      "merci de ne jamais nous envoyer de mot de passe ni de code 2FA",
    ],
    general_inquiry: ["ce que vous souhaitez faire", "l'espace de travail ou le compte concerné", "ce que vous avez déjà essayé"],
  },
  clarificationOutro: "Dès que nous les aurons, nous reprendrons votre demande.",
  escalationHandover: (team, who) => `J'ai transmis votre demande à ${team} : ${who} prend le relais à partir de maintenant.`,
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
  takesOver: {
    engineering: "un ingénieur de l'équipe",
    technical_support: "un spécialiste",
    customer_success: "un membre de l'équipe",
    senior_support: "un membre expérimenté de l'équipe",
    finance: "un membre de l'équipe",
    security_team: "un spécialiste de la sécurité",
    product: "un membre de l'équipe",
    general_support: "un membre de l'équipe",
  },
  statusPageTip: (url) => `En attendant, vous pouvez suivre les mises à jour sur notre page de statut : ${url}`,
  securityTip: (title) =>
    `En attendant, nous vous recommandons de sécuriser votre compte sans tarder : changez votre mot de passe et déconnectez toutes les autres sessions. Notre article « ${title} » vous guide pas à pas.`,
  withdrawnNote: (team) =>
    `Merci de nous avoir prévenus que c'est réglé. Nous avons informé ${team} que ce n'est plus nécessaire. Si le problème revient, répondez simplement à ce message.`,
  signOff: `Cordialement,\nL'équipe support ${PRODUCT_NAME}`,
};
