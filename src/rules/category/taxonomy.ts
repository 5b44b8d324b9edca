/**
 * The default category taxonomy: weighted cue phrases per category and
 * language. Weights: 3 = names the category on its own ("refund", "webhook"),
 * 2 = strong but shared with another topic ("payment", "connection"),
 * 1 = a hint that only tips a close call ("error", "account").
 *
 * Boundary rules the cues encode:
 * - bug_report: the product itself misbehaves for the user — crashes, wrong
 *   output, a button that errors ("error 500 when I click save").
 * - technical: infrastructure, connectivity, performance or configuration —
 *   outages, timeouts, latency, 502/503/504, certificates, SSO/DNS setup.
 * - integration: our product talking to another system — API, webhooks,
 *   SDKs, named third-party apps (Salesforce, Zapier…). A bare "API" is only
 *   a hint (weight 1) because outages are reported as "API down" too.
 * - account: access to and administration of the account — login, password,
 *   2FA, profile, team members, seats, roles.
 * - security: someone else got in or could — hacks, breaches, phishing,
 *   vulnerabilities. Listed first so it wins ties: misrouting a breach is the
 *   costliest mistake.
 * - product: how to use the product (how-to questions, settings, reports).
 * - general_inquiry: the fallback when nothing else scores.
 *
 * Category order is the tie-break order (see schema.ts).
 *
 * Every language's cues are matched against every ticket, because the
 * language of a short ticket is often unknown. So a wildcard must not
 * swallow a word of another language: French "plant*" would catch Spanish
 * "plantillas", hence "plante", "plantee"… spelled out; English "informe*"
 * would catch "informed", hence Spanish "informe", "informes".
 */
import type { Cue, Taxonomy } from "./schema.js";
import { TaxonomySchema } from "./schema.js";

/** Cue weight tiers; see the file comment for what each means. */
type Tier = 1 | 2 | 3;

/** Builds a cue list from phrases grouped by weight, which reads far better than 400 `{ phrase, weight }` objects. */
function weighted(tiers: Partial<Record<Tier, string[]>>): Cue[] {
  return ([3, 2, 1] as const).flatMap((weight) => (tiers[weight] ?? []).map((phrase) => ({ phrase, weight })));
}

const DEFAULT_TAXONOMY_DATA: Taxonomy = {
  categories: [
    {
      id: "security",
      cues: {
        en: weighted({
          3: [
            "hack*", "breach*", "unauthori*", "phishing", "vulnerabilit*", "compromised", "data leak*",
            "leaked", "someone logged into", "someone logged in", "someone else logged", "someone accessed",
            "suspicious login*", "suspicious activit*", "suspicious sign*", "malware", "ransomware",
            "exploit*", "xss", "sql injection", "cve", "security incident*", "identity theft",
            "account takeover", "stolen", "logged in from",
          ],
          2: ["security", "suspicious", "fraud*", "without my permission", "brute force", "ddos"],
        }),
        de: weighted({
          3: [
            "gehackt", "unbefugt*", "sicherheitsluck*", "datenleck*", "datenpanne*", "kompromittiert",
            "schadsoftware", "fremd* zugriff*", "unbekannt* anmeldung*", "verdachtig* anmeldung*",
            "identitatsdiebstahl", "gestohlen", "phishing",
          ],
          2: ["sicherheit*", "verdacht*", "betrug*"],
        }),
        es: weighted({
          3: [
            "hackead*", "hackearon", "no autorizad*", "vulnerabilidad*", "filtracion*", "brecha* de seguridad",
            "suplantacion", "comprometid*", "robo de identidad", "sesion sospechosa", "alguien entro",
            "alguien accedio", "robad*", "phishing",
          ],
          2: ["seguridad", "sospechos*", "fraude*"],
        }),
        fr: weighted({
          3: [
            "pirat*", "non autoris*", "faille*", "fuite* de donnees", "hameconnage", "usurpation",
            "connexion suspecte", "quelqu'un s'est connecte", "vol d'identite", "compromis", "phishing",
          ],
          2: ["securite", "suspect*", "fraude*"],
        }),
      },
    },
    {
      id: "billing",
      cues: {
        en: weighted({
          3: [
            "billing", "billed", "bill", "bills", "invoice*", "refund*", "charged", "charged twice",
            "double charg*", "overcharg*", "payment*", "receipt*", "credit card", "debit card", "chargeback*",
            "subscription*", "cancel* subscription", "money back", "bank statement*", "card declined",
            "pricing", "proration", "prorat*",
          ],
          2: ["charg*", "price*", "tax", "vat", "fee", "fees", "paid", "pay", "renewal", "discount*", "coupon*", "paypal", "downgrade*"],
          1: ["plan", "upgrade*", "cost*"],
        }),
        de: weighted({
          3: [
            "*rechnung*", "*zahlung*", "bezahlt", "bezahlen", "bezahle", "belastet", "*belastung*",
            "doppelt belastet", "abbuchung*", "abgebucht", "erstattung*", "ruckerstattung*",
            "geld zuruck", "kreditkarte*", "lastschrift*", "abonnement*", "abo", "quittung*", "mehrwertsteuer",
          ],
          2: ["preis*", "gebuhr*", "kundigung*"],
        }),
        es: weighted({
          3: [
            "factura*", "facturacion", "cobr*", "cobrado dos veces", "doble cobro", "reembolso*", "pago*",
            "pague", "tarjeta de credito", "suscripcion*",
          ],
          2: ["cargo*", "precio*", "tarifa*", "devolucion*", "impuesto*", "iva"],
          1: ["recibo*"],
        }),
        fr: weighted({
          3: [
            "factur*", "rembours*", "paiement*", "prelev*", "debite", "debites", "carte bancaire",
            "carte de credit", "abonnement*", "factur* deux fois",
          ],
          2: ["prix", "tarif*", "frais", "tva"],
          1: ["debit*", "recu"],
        }),
      },
    },
    {
      id: "bug_report",
      cues: {
        en: weighted({
          3: [
            "bug", "bugs", "buggy", "crash*", "glitch*", "freez*", "broken", "regression*", "doesn't work*",
            "does not work*", "not working", "stopped working", "isn't working", "error message*", "when i click*",
            "steps to reproduce", "blank page", "blank screen", "white screen", "keeps crashing",
          ],
          2: ["incorrect*", "reproduc*", "exception*", "button*", "click*", "when i save", "disappear*", "not showing", "not display*", "stack trace"],
          1: ["error*", "wrong", "unexpected*", "missing", "500", "internal server error"],
        }),
        de: weighted({
          3: [
            "absturz*", "abgesturzt", "sturzt ab", "fehlermeldung*", "funktioniert nicht",
            "hangt sich auf", "friert ein", "eingefroren", "bug", "bugs",
          ],
          2: ["geht nicht", "klick*", "schaltflache*", "knopf"],
          1: ["fehler", "falsch*", "speicher*"],
        }),
        es: weighted({
          3: ["se bloquea", "se cuelga", "no funciona", "pantalla en blanco", "congela*", "mensaje* de error", "bug", "bugs"],
          2: ["se cierra", "falla", "fallo", "fallos", "hago clic", "boton*", "incorrect*"],
          1: ["error", "errores"],
        }),
        fr: weighted({
          3: [
            "plante", "plantee", "plantent", "planter", "plantage*", "bug", "bugs", "bogue*", "beug*",
            "ne fonctionne pas", "ne fonctionne plus", "ne marche pas",
            "ne marche plus", "message d'erreur", "fige*", "ecran blanc",
          ],
          2: ["bloque*", "quand je clique", "bouton*", "incorrect*"],
          1: ["erreur*"],
        }),
      },
    },
    {
      id: "technical",
      cues: {
        en: weighted({
          3: [
            "outage*", "downtime", "is down", "went down", "timeout*", "timed out", "latency", "performance",
            "502", "503", "504", "service unavailable", "bad gateway", "gateway timeout", "cannot connect*",
            "can't connect*", "unable to connect*", "connectivity", "unreachable", "authentication fail*",
            "dns", "ssl", "tls",
          ],
          2: [
            "down", "slow*", "lag", "laggy", "lagging", "time out", "unavailable", "not responding", "connection*",
            "certificate*", "configur*", "sso", "saml", "ldap", "proxy", "firewall", "network*", "rate limit*",
            "intermittent*", "infrastructure", "cpu", "server error*", "authentication",
          ],
          1: ["server*", "production", "memory", "deployment*", "load*", "setup", "set up"],
        }),
        de: weighted({
          3: ["ausfall*", "nicht erreichbar", "zeituberschreitung*", "latenz", "ladezeit*", "storung*", "verbindungsfehler", "timeout"],
          2: ["langsam*", "leistung", "verbindung*", "zertifikat*", "konfiguration*", "netzwerk*", "ladt nicht", "down"],
          1: ["server*", "einrichtung"],
        }),
        es: weighted({
          3: ["caida*", "caido", "tiempo de espera", "rendimiento", "latencia", "no se puede conectar", "no puedo conectar*", "lentitud"],
          2: ["lento", "lenta", "conexion*", "certificado*", "configuracion", "de red", "no disponible", "intermitente*"],
          1: ["servidor*"],
        }),
        fr: weighted({
          3: ["panne", "pannes", "hors service", "lenteur*", "temps de reponse", "delai d'attente", "latence", "performance*"],
          2: ["lent", "lente", "indisponible*", "certificat*", "configuration", "reseau*"],
          1: ["serveur*", "connexion*"],
        }),
      },
    },
    {
      id: "integration",
      cues: {
        en: weighted({
          3: [
            "integration*", "webhook*", "api integration", "connector*", "zapier", "salesforce", "hubspot",
            "shopify", "field mapping", "third party", "third-party",
          ],
          2: [
            "integrat*", "api key*", "endpoint*", "payload*", "callback*", "sdk", "oauth", "slack", "zendesk",
            "jira", "quickbooks", "xero", "mailchimp", "microsoft teams", "google sheets", "sync*", "rest api",
            "graphql",
          ],
          1: ["api", "apis", "import", "imports", "importing", "imported", "json", "schema", "mapping", "stripe"],
        }),
        de: weighted({
          3: ["schnittstelle*", "anbindung*"],
          2: ["synchronisier*", "drittanbieter*"],
        }),
        es: weighted({
          3: ["integracion*", "conector*"],
          2: ["integrar", "sincroniz*", "terceros"],
        }),
        fr: weighted({
          3: ["connecteur*"],
          2: ["synchronis*", "interface de programmation"],
        }),
      },
    },
    {
      id: "account",
      cues: {
        en: weighted({
          3: [
            "password*", "reset password", "password reset", "forgot* password", "locked out", "username*",
            "two factor", "two-factor", "2fa", "change* email", "delete my account", "close my account",
            "team member*", "add* user*", "verify my email",
          ],
          2: [
            "log in", "login*", "sign in", "signin", "mfa", "verification code*", "profile", "email address",
            "invit*", "seat*", "permission*", "role", "roles", "cannot access", "can't access", "deactivat*",
            "reactivat*", "confirmation email",
          ],
          1: ["account", "accounts", "admin*", "access"],
        }),
        de: weighted({
          3: ["passwort*", "kennwort*", "benutzername*", "zwei faktor*", "teammitglied*", "benutzer hinzufug*", "konto losch*"],
          2: ["zurucksetz*", "anmeld*", "einlogg*", "gesperrt", "profil*", "e-mail adresse", "einlad*", "berechtigung*", "rolle", "rollen"],
          1: ["konto", "kontos", "zugang"],
        }),
        es: weighted({
          3: ["contrasena*", "nombre de usuario", "miembro* del equipo", "eliminar mi cuenta", "verificacion en dos pasos",
            "agregar usuario*", "anadir usuario*"],
          2: ["restablecer", "iniciar sesion", "inicio de sesion", "perfil*", "invitar", "permisos"],
          1: ["cuenta", "usuario*", "bloquead*", "correo electronico"],
        }),
        fr: weighted({
          3: [
            "mot de passe", "mots de passe", "membre* de l'equipe", "supprimer mon compte", "double authentification",
            "authentification a deux facteurs", "ajouter utilisateur*", "ajouter membre*",
          ],
          2: ["reinitialis*", "identifiant*", "se connecter", "profil*", "adresse e-mail", "inviter"],
          1: ["compte", "droits"],
        }),
      },
    },
    {
      id: "feature_request",
      cues: {
        en: weighted({
          3: [
            "feature request*", "would be nice", "would be great", "would love", "would be helpful", "please add",
            "could you add", "can you add", "add support for", "suggestion*", "enhancement*", "request a feature",
            "new feature*", "is there any plan*", "missing feature*",
          ],
          2: ["suggest*", "wish*", "roadmap", "dark mode", "option to", "ability to", "improvement*", "idea"],
        }),
        de: weighted({
          3: [
            "funktionswunsch", "feature wunsch", "ware schon", "ware toll", "vorschlag*", "verbesserungsvorschlag*",
            "neue funktion*",
          ],
          2: ["ware gut", "ware es moglich", "wunsch*", "hinzufug*", "dunkelmodus"],
        }),
        es: weighted({
          3: [
            "podrian anadir", "podrian agregar", "podrian incluir", "seria genial", "seria util", "sugerencia*",
            "sugiero", "nueva funcion*", "solicitud de funcion*",
          ],
          2: ["anadir", "agregar", "me gustaria", "modo oscuro", "mejora*"],
        }),
        fr: weighted({
          3: [
            "pourriez-vous ajouter", "ce serait bien", "ce serait genial", "serait utile", "suggere*",
            "nouvelle fonctionnalite*", "demande de fonctionnalite*",
          ],
          2: ["ajouter", "ajout", "j'aimerais", "mode sombre", "amelioration*"],
        }),
      },
    },
    {
      id: "product",
      cues: {
        en: weighted({
          2: [
            "how do i", "how to", "how can i", "where can i find", "is it possible", "does it support",
            "dashboard*", "settings", "template*", "workflow*", "tutorial*", "customiz*",
          ],
          1: ["feature*", "report*", "documentation", "guide", "functionality", "limit*", "export*", "notification*"],
        }),
        de: weighted({
          2: ["wie kann ich", "wie funktioniert", "wo finde ich", "ist es moglich", "einstellung*", "vorlage*", "anleitung*"],
          1: ["funktion*", "bericht*"],
        }),
        es: weighted({
          2: ["como puedo", "como funciona", "donde encuentro", "es posible", "ajustes", "plantilla*"],
          1: ["funcion*", "informe", "informes", "panel", "guia"],
        }),
        fr: weighted({
          2: [
            "comment puis-je", "comment faire", "comment fonctionne", "ou trouver", "est-il possible", "parametres",
            "reglages", "tableau de bord", "tutoriel*",
          ],
          1: ["fonctionnalite*", "rapport*", "modele*"],
        }),
      },
    },
    {
      id: "general_inquiry",
      cues: {
        en: weighted({
          2: ["general question", "opening hours", "business hours", "partnership*"],
          1: ["question", "information", "contact", "demo", "sales"],
        }),
        de: weighted({ 2: ["allgemeine frage", "offnungszeiten"], 1: ["frage", "information*", "kontakt*"] }),
        es: weighted({ 2: ["horario*"], 1: ["pregunta", "consulta", "informacion"] }),
        fr: weighted({ 2: ["renseignement*", "horaires"], 1: ["question", "information*"] }),
      },
    },
  ],
};

/** Parsed at load so an authoring mistake in the cues fails the first test run, not a customer's ticket. */
export const DEFAULT_TAXONOMY: Taxonomy = TaxonomySchema.parse(DEFAULT_TAXONOMY_DATA);
