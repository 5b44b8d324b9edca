/**
 * security_incident, as a change the customer denies making: "got an email
 * saying 2FA was turned off on my account. I didn't do that", "die
 * Zwei-Faktor-Authentifizierung wurde deaktiviert, das war ich nicht". The
 * change alone is routine (people turn off 2FA); with the denial somewhere
 * in the ticket (withFaultInTicket) it is someone else in the account.
 */
import { familiesOf, re, withFaultInTicket, words } from "../family.js";

const security = familiesOf("security_incident");

/**
 * The customer denies making a change: "I didn't do that", "that wasn't
 * me", "c'est pas moi qui les ai créés", "das war ich nicht", "yo no fui".
 * The opposite of the self-confirmation that clears an alert (confirmation.ts).
 */
const NOT_ME = re`\b(?:i|we)\s+(?:didn'?t|didnt|did not|never)\s+(?:do|did|change|make|made|turn|set|create|add|request|authori[sz]e)\b|\b(?:wasn'?t|wasnt|was not|weren'?t|were not)\s+(?:me|us|one of us)\b|\bnot\s+(?:me|us)\b|\b(?:c'est|ce n'est|c'etait|ce n'etait)\s+pas\s+(?:moi|nous)\b|\b(?:das|es)\s+war(?:en)?\s+(?:ich|wir)\s+nicht\b|\bnicht\s+von\s+(?:mir|uns)\b|\b(?:yo|nosotros)\s+no\s+(?:fui|fuimos|lo hice|lo hicimos)\b|\bno\s+(?:fui|fuimos)\s+(?:yo|nosotros)\b`;

export const CHANGE_DENIED_FAMILIES = [
  withFaultInTicket(
    security(
      "en",
      "change_denied",
      re`\b(?:2fa|mfa|two[- ]factor(?:\s+authentication)?|password|e-?mail address|recovery (?:e-?mail|phone|codes?)|phone number|api keys?|admin(?:istrator)?\s+(?:rights|role|access)|owner(?:ship)?)\s+(?:was|were|has been|have been|had been|got|is now)\s+(?:turned off|switched off|disabled|removed|changed|reset|added|created|transferred)\b|\b(?:flows?|automations?|e-?mails?|messages?|api keys?|admins?)\s+(?:(?:are|were|keep|started)\s+)?(?:being\s+)?(?:sent|sending|created|added)\s+(?:from|in|on)\s+(?:my|our)\s+(?:account|name|workspace)\b`,
    ),
    NOT_ME,
  ),
  withFaultInTicket(
    security(
      "fr",
      "changement_nie",
      re`\b(?:la\s+)?(?:double authentification|2fa|mot de passe|adresse e-?mail|cle api|droits? d'admin\w*)\s+(?:a ete|ont ete|est)\s+(?:desactive\w*|supprime\w*|change\w*|modifie\w*|reinitialise\w*)\b|\b(?:flux|automatisations?|mails?|e-?mails?|messages?)\b${words(2)}\s+(?:qui\s+)?(?:envoient|envoie|ont envoye|sont envoyes)${words(3)}\s+depuis\s+(?:mon|notre)\s+compte\b`,
    ),
    NOT_ME,
  ),
  withFaultInTicket(
    security(
      "de",
      "aenderung_bestritten",
      re`\b(?:die\s+)?(?:zwei-faktor-authentifizierung|2fa|passwort|e-?mail-adresse|api-schlue?ssel|admin-rechte)\s+(?:wurde|wurden|ist)\s+(?:deaktiviert|entfernt|gea?e?ndert|zurue?ckgesetzt|ausgeschaltet)\b|\b(?:flows|e-?mails|nachrichten)\b${words(3)}\s+(?:von|aus)\s+(?:meinem|unserem)\s+(?:konto|account)\s+(?:verschickt|versendet|gesendet)\b`,
    ),
    NOT_ME,
  ),
  withFaultInTicket(
    security(
      "es",
      "cambio_negado",
      re`\b(?:la\s+|el\s+)?(?:verificacion en dos pasos|doble factor|2fa|contrasena|correo|clave api|permisos de administrador)\s+(?:fue|ha sido|se ha|se)\s+(?:desactivad[oa]|eliminad[oa]|cambiad[oa]|desactivo|cambio|restablecid[oa])\b|\b(?:flujos|correos|mensajes)\b${words(3)}\s+(?:desde|en nombre de)\s+(?:mi|nuestra)\s+cuenta\b`,
    ),
    NOT_ME,
  ),
];
