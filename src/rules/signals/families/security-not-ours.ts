/**
 * security_incident, one situation: something acting inside the account
 * that nobody there made — "flows in my workspace I did not make, sending
 * emails to people I don't know", "a connector nobody here created… sends
 * to an external URL", « c'est pas moi qui les ai créés ». An intruder's
 * automation or access, told by someone who found it; not a permissions
 * question about flows a colleague built.
 */
import { familiesOf, re, withFaultInTicket, words } from "../family.js";

const security = familiesOf("security_incident");

/**
 * Things that act inside an account: an intruder's automation or access
 * is one of these that "nobody here created".
 */
const ACTORS_EN = String.raw`(?:flows?|automations?|workflows?|scenarios?|zaps?|connectors?|connections?|webhooks?|integrations?|api[- ]?keys?|tokens?|users?|accounts?|admins?|members?|rules?)`;
const ACTORS_DE = String.raw`(?:flows?|automatisierungen|workflows?|konnektoren|connectoren|webhooks?|integrationen|api-?(?:schlussel|keys?)|tokens?|benutzer|nutzer|konten|accounts?|admins?|mitglieder|regeln)`;
const ACTORS_ES = String.raw`(?:flujos?|automatizaciones|conectores?|webhooks?|integraciones|claves? api|api keys?|tokens?|usuarios?|cuentas?|administradores|miembros|reglas)`;
const ACTORS_FR = String.raw`(?:flux|automatisations?|connecteurs?|webhooks?|integrations?|cles? api|api keys?|jetons?|utilisateurs?|comptes?|administrateurs?|membres?|regles?)`;
/**
 * What such a thing does when it is an intruder's: it sends, exports,
 * forwards or runs. "A flow I didn't create" alone is a permissions question
 * ("I can't edit flows I didn't create"); one that sends mail to strangers is
 * someone else in the account.
 */
const ACTING = re`\b(?:send(?:s|ing)?|sent|export(?:s|ing|ed)?|forward(?:s|ing|ed)?|post(?:s|ing|ed)?|upload(?:s|ing|ed)?|run(?:s|ning)?|ran|firing|fires|emails?|e-?mailing|sende[nt]?|verschick\w*|versend\w*|exportier\w*|leite[nt]\w*|lauf(?:t|en)|envia\w*|envian|exporta\w*|reenvia\w*|ejecuta\w*|envoi\w*|envoie\w*|exporte\w*|transfere\w*|tourne\w*)\b`;

export const NOT_MADE_BY_US_FAMILIES = [
  // Not when the sentence names who did ("none of us created them - the previous admin made them").
  withFaultInTicket(
    security(
      "en",
      "not_made_by_us",
      re`\b${ACTORS_EN}\b${words(6)}\s+(?:that\s+|which\s+)?(?:(?:i|we)\s+(?:did\s*n[o']?t|didnt|never|have\s*n[o']?t|havent|do\s*n[o']?t|dont)\s+(?:ever\s+)?|(?:none of us|nobody|no one|no-one)(?:\s+(?:here|else|on (?:my|our|the) team|in (?:my|our|the) (?:team|company|office)))?\s+(?:has\s+|had\s+|ever\s+)?)(?:create|created|make|made|set\s+up|setup|add|added|build|built|authori[sz]e|authori[sz]ed)\b(?![^.;!?]*\b(?:made|created|set up|built|added)\s+by\b)`,
    ),
    ACTING,
  ),
  withFaultInTicket(
    security(
      "de",
      "nicht_von_uns_angelegt",
      re`\b${ACTORS_DE}\b${words(6)}\s*,?\s+(?:die|den|das|der)\s+(?:(?:wir|ich)\s+(?:\w+\s+){0,2}?(?:nicht|nie)|(?:niemand|keiner)(?:\s+(?:von uns|bei uns|hier|im team))?)\s+(?:\w+\s+)?(?:angelegt|erstellt|eingerichtet|gebaut|hinzugefugt|autorisiert)\b|\bnicht\s+von\s+(?:uns|mir)\s+(?:angelegt|erstellt|eingerichtet)\b`,
    ),
    ACTING,
  ),
  withFaultInTicket(
    security(
      "es",
      "no_creado_por_nosotros",
      re`\b${ACTORS_ES}\b${words(6)}\s+que\s+(?:(?:yo|nosotros)\s+)?(?:no|nunca)\s+(?:he|hemos|hice|hicimos)?\s*(?:cree|creamos|creado|hice|hicimos|hecho|configure|configuramos|configurado|anadi|anadimos|anadido|autorice|autorizamos)\b|\bque\s+nadie(?:\s+(?:de nosotros|aqui|del equipo|de la empresa))?\s+(?:ha\s+)?(?:creo|creado|hizo|hecho|configuro|configurado|anadio|anadido|autorizo)\b`,
    ),
    ACTING,
  ),
  withFaultInTicket(
    security(
      "fr",
      "pas_cree_par_nous",
      re`\b(?:c'est|ce n'est|c'etait|ce n'etait)\s+(?:pas|jamais)\s+(?:moi|nous)\s+qui\s+(?:les|l'|la|le)\s*(?:ai|avons|a)\s+(?:cree|crees|creee|creees|fait|faits|configure|configures|ajoute|ajoutes)\b|\b${ACTORS_FR}\b${words(6)}\s+que\s+(?:je|nous)\s+n'(?:ai|avons)\s+(?:pas|jamais)\s+(?:cree|crees|creee|creees|fait|faits|configure|configures|ajoute|ajoutes)\b|\bque\s+personne(?:\s+(?:ici|chez nous|de l'equipe))?\s+n'a\s+(?:cree|crees|fait|configure|ajoute)\b`,
    ),
    ACTING,
  ),
];
