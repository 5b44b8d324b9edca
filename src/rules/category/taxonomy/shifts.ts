/**
 * Shifts: phrases that move a message's evidence from one category to
 * another (see ../schema.ts). Each list below says when, and why.
 */
import type { Shift } from "../schema.js";
import { ROADMAP_QUESTIONS } from "./roadmap-questions.js";

/**
 * Said of the whole organisation, a failure is the platform's: the labels
 * call a crash, blank page or error "for everyone" technical and the same
 * symptom for one user bug_report, and the symptom words cannot tell them
 * apart. "Everyone in our team" or "for everyone" alone is not enough — a
 * feature that broke after an update for a whole team (push notifications
 * stopped) is still a defect; the company, all users, every page, nobody
 * able to work is an incident.
 */
const PLATFORM_WIDE: string[] = [
  "everyone in the company",
  "everyone in our company",
  "whole company",
  "entire company",
  "whole organi*",
  "entire organi*",
  "all our users",
  "all of our users",
  "all users",
  "all our employees",
  "all our staff",
  "none of our",
  "nobody can",
  "no one can",
  "nobody on our team",
  "nobody in our team",
  "every page",
  "niemand kann",
  "alle nutzer",
  "alle benutzer",
  "alle mitarbeit*",
  "ganze unternehmen",
  "ganze firma",
  "nadie puede",
  "todos los usuarios",
  "todos nuestros usuarios",
  "toda la empresa",
  "personne ne peut",
  "tous nos utilisateurs",
  "tous les utilisateurs",
  "toute l'entreprise",
];

/**
 * Account evidence (password, 2FA, login, email address) is one person's
 * access until the message says someone else acted on the account or asks
 * how the organisation is protected; then the same words are part of a
 * security concern. Without this, "my password was changed and there are
 * logins from another country" scores its password and login words for
 * account and loses the takeover to them.
 */
const ACCOUNT_AT_RISK: string[] = [
  // Someone else acted on the account.
  "password was changed",
  "password has been changed",
  "password was reset",
  "changed my password without",
  "someone changed",
  "someone logged in",
  "someone accessed",
  "logins from",
  "sign-ins from",
  "from another country",
  "wasn't me",
  "was not me",
  "didn't create",
  "did not create",
  "nobody invited",
  "none of us invited",
  "didn't invite",
  "didn't request",
  "did not request",
  "unknown device*",
  "unrecogni*",
  "ich war das nicht",
  "das war ich nicht",
  "aus einem anderen land",
  "fremd* login*",
  "fremd* anmeld*",
  "jemand hat geandert",
  "passwort wurde geandert",
  "unbekannt* gerat*",
  "niemand eingeladen",
  "no fui yo",
  "desde otro pais",
  "alguien cambi*",
  "alguien ha cambiado",
  "alguien volvio a cambi*",
  "inicio* de sesion desde",
  "dispositivo* desconocido*",
  "nadie invito",
  "ce n'etait pas moi",
  "depuis un autre pays",
  "connexions depuis",
  "quelqu'un a change",
  "quelqu'un a modifie",
  "appareil* inconnu*",
  "personne n'a invite",
  // How the organisation's accounts are protected, rather than one person's access.
  "enforce*",
  "require* 2fa",
  "require* two-factor",
  "require* strong",
  "strong password*",
  "password polic*",
  "password strength",
  "password complexity",
  "password hashing",
  "hardware key*",
  "security key*",
  "yubikey",
  "support 2fa",
  "2fa for everyone",
  "2fa for all",
  "active session*",
  "erzwing*",
  "passwortrichtlinie*",
  "sicherheitsschlussel*",
  "starke passworter",
  "politica de contrasena*",
  "contrasenas seguras",
  "llave* de seguridad",
  "clave* de seguridad",
  "exigir 2fa",
  "2fa para todos",
  "politique de mot* de passe",
  "mots de passe forts",
  "cle* de securite",
  "imposer 2fa",
  "imposer la double authentification",
  "2fa pour tous",
];

/**
 * Asking whether something is coming, or proposing it, says the product does
 * not do it yet; the topic words in the same message (permissions, a role, an
 * API endpoint, an export) then name the missing thing, not a problem with
 * the account, an integration or how to use the product. Only phrases that
 * are neither politeness nor administration: "would be great if you could
 * look at it" asks for help with a fault, "please add my colleague" is
 * account administration.
 */
const ASKS_FOR_SOMETHING_NEW: string[] = [
  ...ROADMAP_QUESTIONS,
  "feature request*",
  "request a feature",
  "missing feature*",
  // Not a bare "suggestion": "I tried your suggestion, the sync still fails" is about a fault.
  "a suggestion",
  "my suggestion",
  "feature suggestion*",
  "would love to see",
  "would be great to have",
  "would be nice to have",
  "auf der roadmap",
  "ist das geplant",
  "ist so etwas geplant",
  "funktionswunsch",
  "hoja de ruta",
  "esta previsto",
  "tienen previsto",
  "hay planes",
  "feuille de route",
  "est-il prevu",
  "est-ce prevu",
  "prevoyez",
];

/**
 * For the product, a request to add something is also a request for
 * something new, unlike for the account ("please add a seat").
 */
const ASKS_TO_ADD: string[] = [
  ...ASKS_FOR_SOMETHING_NEW,
  "please add",
  "could you add",
  "can you add",
  "add support for",
  "bitte fugt",
  "bitte fugen sie",
  "podrian anadir",
  "podrian agregar",
  "pourriez-vous ajouter",
];

/**
 * A customer who asks whether the behaviour is intended does not know it is a
 * fault: the symptom words ("doesn't trigger") describe what the product does,
 * and the answer is how it works, a product question.
 */
const ASKS_IF_INTENDED: string[] = [
  "by design",
  "is that intended",
  "is this intended",
  "is it intended",
  "working as intended",
  "ist das so gewollt",
  "ist das beabsichtigt",
  "es intencionado",
  "es a proposito",
  "est-ce voulu",
  "c'est voulu",
];

export const SHIFTS: Shift[] = [
  { from: "bug_report", to: "technical", when: PLATFORM_WIDE },
  { from: "account", to: "security", when: ACCOUNT_AT_RISK },
  { from: "account", to: "feature_request", when: ASKS_FOR_SOMETHING_NEW },
  { from: "integration", to: "feature_request", when: ASKS_FOR_SOMETHING_NEW },
  { from: "product", to: "feature_request", when: ASKS_TO_ADD },
  { from: "bug_report", to: "product", when: ASKS_IF_INTENDED },
];
