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
 * Besides topic words, the cues carry how the customer talks about it: a
 * regression ("used to work", "since the update"), wrong output ("returns
 * the wrong…") or machine evidence (stack traces, exception names) says
 * bug_report; a question about behaviour or whereabouts ("is there a way",
 * "is that intended", "can't find") says product; failing for everyone or
 * arriving late says technical. Regression phrases weigh 2, so that where it
 * broke ("Salesforce integration", "invoice") still wins when it is named.
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
            // Someone other than the customer acted on their account.
            "login alert*", "sign-in alert*", "someone is in my account", "wasn't me", "was not me", "nobody on our side",
            "from outside our organi*", "still has access", "public repositor*",
          ],
          2: [
            "security", "suspicious", "fraud*", "without my permission", "brute force", "ddos", "someone changed",
            "former employee*", "encrypt*", "penetration test*", "pen test*", "data processing agreement",
          ],
        }),
        de: weighted({
          3: [
            "gehackt", "unbefugt*", "sicherheitsluck*", "datenleck*", "datenpanne*", "kompromittiert",
            "schadsoftware", "fremd* zugriff*", "unbekannt* anmeldung*", "verdachtig* anmeldung*",
            "identitatsdiebstahl", "gestohlen", "phishing", "ich war das nicht", "das war ich nicht",
          ],
          2: [
            "sicherheit*", "verdacht*", "betrug*", "aus einem anderen land", "verschlusselung*", "auftragsverarbeitung*",
            "ehemalig* mitarbeiter*",
          ],
        }),
        es: weighted({
          3: [
            "hackead*", "hackearon", "no autorizad*", "vulnerabilidad*", "filtracion*", "brecha* de seguridad",
            "suplantacion", "comprometid*", "robo de identidad", "sesion sospechosa", "alguien entro",
            "alguien accedio", "robad*", "phishing", "no fui yo",
          ],
          2: ["seguridad", "sospechos*", "fraude*", "desde otro pais", "cifrad*", "antiguo empleado", "ex empleado"],
        }),
        fr: weighted({
          3: [
            "pirat*", "non autoris*", "faille*", "fuite* de donnees", "hameconnage", "usurpation",
            "connexion suspecte", "quelqu'un s'est connecte", "vol d'identite", "compromis", "phishing",
            "ce n'etait pas moi",
          ],
          2: ["securite", "suspect*", "fraude*", "depuis un autre pays", "chiffrement", "ancien employe"],
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
          1: ["plan", "upgrade*", "cost*", "quote"],
        }),
        de: weighted({
          3: [
            "*rechnung*", "*zahlung*", "bezahlt", "bezahlen", "bezahle", "belastet", "*belastung*",
            "doppelt belastet", "abbuchung*", "abgebucht", "erstattung*", "ruckerstattung*",
            "geld zuruck", "kreditkarte*", "lastschrift*", "abonnement*", "abo", "quittung*", "mehrwertsteuer",
          ],
          2: ["preis*", "gebuhr*", "kundigung*", "rabatt*"],
        }),
        es: weighted({
          3: [
            "factura*", "facturacion", "cobr*", "cobrado dos veces", "doble cobro", "reembolso*", "pago*",
            "pague", "tarjeta de credito", "suscripcion*",
          ],
          2: ["cargo*", "precio*", "tarifa*", "devolucion*", "impuesto*", "iva", "descuento*"],
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
            // Wrong output from the product.
            "shows the wrong", "returns wrong", "returns the wrong", "gives the wrong", "gives wrong", "wrong result*",
            "wrong value*", "wrong total*", "off by one", "calculated wrong*", "calculates wrong*",
            // Machine evidence of a failure.
            "stack trace", "stacktrace", "traceback", "*exception", "segmentation fault", "segfault", "core dump*",
            "typeerror", "referenceerror", "null pointer", "undefined is not", "cannot read propert*",
          ],
          2: [
            "incorrect*", "reproduc*", "exception*", "button*", "click*", "when i save", "disappear*", "not showing",
            "not display*", "won't open", "won't load", "won't start", "won't save", "doesn't trigger",
            "does not trigger", "not triggering", "didn't run", "did not run", "doesn't run", "does not run", "fails to",
            "typo", "typos", "unreadable", "inconsistent", "shift* by", "is this a bug", "looks like a bug",
            // Regressions: it worked, then a change broke it. Weight 2, so that where it broke (an integration,
            // the platform) still decides the category when the customer names it.
            "used to work", "worked before", "was working", "worked fine", "since the update", "after the update",
            "since updating", "after updating", "since the upgrade", "after upgrading", "since the last release",
            "in the latest version", "since version", "after version",
          ],
          1: [
            "error*", "wrong", "unexpected*", "missing", "500", "internal server error", "404", "409", "422",
            // Symptom words: a hint that something changed, which "we no longer need" or "stopped by" also say.
            "anymore", "stopped", "no longer work*", "no longer show*", "no longer load*", "no longer sav*",
            "no longer open*", "no longer appear*",
          ],
        }),
        de: weighted({
          3: [
            "absturz*", "abgesturzt", "sturzt ab", "fehlermeldung*", "funktioniert nicht",
            "hangt sich auf", "friert ein", "eingefroren", "bug", "bugs",
            "funktioniert nicht mehr", "geht nicht mehr", "hat fruher funktioniert", "hat vorher funktioniert",
            "falsch berechnet", "falsche ergebnis*", "falschen wert*", "stacktrace",
          ],
          2: [
            "geht nicht", "klick*", "schaltflache*", "knopf", "offnet sich nicht", "ladt nicht mehr", "tippfehler",
            "fehlerhaft*", "seit dem update", "nach dem update", "seit dem letzten update", "seit der neuen version",
          ],
          // "nicht mehr" also says "we no longer need it".
          1: ["fehler", "falsch*", "speicher*", "nicht mehr"],
        }),
        es: weighted({
          3: [
            "se bloquea", "se cuelga", "no funciona", "pantalla en blanco", "congela*", "mensaje* de error", "bug", "bugs",
            "ya no funciona", "dejo de funcionar", "ha dejado de funcionar", "antes funcionaba", "mal calculad*",
            "resultado* incorrecto*", "valor* incorrecto*",
          ],
          2: [
            "se cierra", "falla", "fallo", "fallos", "hago clic", "boton*", "incorrect*", "no se abre", "no carga", "erroneo*",
            "desde la actualizacion", "despues de la actualizacion",
          ],
          1: ["error", "errores", "ya no"],
        }),
        fr: weighted({
          3: [
            "plante", "plantee", "plantent", "planter", "plantage*", "bug", "bugs", "bogue*", "beug*",
            "ne fonctionne pas", "ne fonctionne plus", "ne marche pas",
            "ne marche plus", "message d'erreur", "fige*", "ecran blanc",
            "fonctionnait avant", "fonctionnait tres bien",
            "a cesse de fonctionner", "mal calcule*", "resultat* faux", "valeur* fausse*", "totaux faux",
          ],
          2: [
            "bloque*", "quand je clique", "bouton*", "incorrect*", "ne s'ouvre plus", "ne s'ouvre pas", "ne charge plus",
            "errone*", "depuis la mise a jour", "apres la mise a jour",
          ],
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
            "dns", "ssl", "tls", "memory leak*", "system requirements", "supported browser*",
          ],
          2: [
            "down", "slow*", "lag", "laggy", "lagging", "time out", "unavailable", "not responding", "connection*",
            "certificate*", "configur*", "sso", "saml", "ldap", "proxy", "firewall", "network*", "rate limit*",
            "intermittent*", "infrastructure", "cpu", "server error*", "authentication",
            // Things arriving late or taking long: performance, not a feature.
            "delay*", "hours late", "minutes late", "taking hours", "takes hours", "cache",
          ],
          1: [
            "server*", "production", "memory", "deployment*", "load*", "setup", "set up", "late", "browser*", "requirements",
            "ram",
            // Failing for everyone at once hints at the platform rather than one feature.
            "for everyone", "for all our", "for all users", "every page", "whole company", "entire company", "nobody can",
            "no one can",
          ],
        }),
        de: weighted({
          3: [
            "ausfall*", "nicht erreichbar", "zeituberschreitung*", "latenz", "ladezeit*", "storung*", "verbindungsfehler", "timeout",
            "systemanforderung*",
          ],
          2: [
            "langsam*", "leistung", "verbindung*", "zertifikat*", "konfiguration*", "netzwerk*", "ladt nicht", "down",
            "verzoger*", "verspatet*", "cache",
          ],
          1: ["server*", "einrichtung", "niemand kann", "fur alle nutzer", "ganze unternehmen", "ganze firma"],
        }),
        es: weighted({
          3: ["caida*", "caido", "tiempo de espera", "rendimiento", "latencia", "no se puede conectar", "no puedo conectar*", "lentitud"],
          2: [
            "lento", "lenta", "conexion*", "certificado*", "configuracion", "de red", "no disponible", "intermitente*",
            "retras*", "requisitos", "cache",
          ],
          1: ["servidor*", "nadie puede", "para todos los usuarios", "toda la empresa"],
        }),
        fr: weighted({
          3: ["panne", "pannes", "hors service", "lenteur*", "temps de reponse", "delai d'attente", "latence", "performance*"],
          2: ["lent", "lente", "indisponible*", "certificat*", "configuration", "reseau*", "retard*", "configuration requise", "cache"],
          1: [
            "serveur*", "connexion*", "personne ne peut", "pour tous nos utilisateurs", "pour tous les utilisateurs",
            "toute l'entreprise",
          ],
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
            "graphql", "scim", "okta", "azure ad", "onelogin", "google drive", "google calendar", "outlook", "dropbox",
            "onedrive", "sharepoint", "notion", "trello", "asana", "ical", "embed*",
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
            "reactivat*", "confirmation email", "ownership", "logs me out", "logged out", "log me out", "avatar",
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
            "new feature*", "is there any plan*", "missing feature*", "please support", "please allow", "feature idea",
          ],
          2: ["suggest*", "wish*", "roadmap", "dark mode", "option to", "ability to", "improvement*", "idea", "planned", "would save"],
        }),
        de: weighted({
          3: [
            "funktionswunsch", "feature wunsch", "ware schon", "ware toll", "vorschlag*", "verbesserungsvorschlag*",
            "neue funktion*",
          ],
          2: ["ware gut", "ware es moglich", "wunsch*", "hinzufug*", "dunkelmodus", "geplant", "bitte unterstutz*"],
        }),
        es: weighted({
          3: [
            "podrian anadir", "podrian agregar", "podrian incluir", "seria genial", "seria util", "sugerencia*",
            "sugiero", "nueva funcion*", "solicitud de funcion*",
          ],
          2: ["anadir", "agregar", "me gustaria", "modo oscuro", "mejora*", "esta previsto", "tienen previsto", "planead*"],
        }),
        fr: weighted({
          3: [
            "pourriez-vous ajouter", "ce serait bien", "ce serait genial", "serait utile", "suggere*",
            "nouvelle fonctionnalite*", "demande de fonctionnalite*",
          ],
          2: ["ajouter", "ajout", "j'aimerais", "mode sombre", "amelioration*", "est-il prevu", "est-ce prevu", "prevoyez"],
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
            // Questions about how the product behaves or is used, rather than reports that it broke.
            "is there a way", "is there any way", "what's the difference", "difference between", "is this intended",
            "is that intended", "is this expected", "by design", "intended behavio*", "expected behavio*", "how does",
            "where did", "where do i", "can't find", "cannot find", "can't even find",
          ],
          1: [
            "feature*", "report*", "documentation", "guide", "functionality", "limit*", "export*", "notification*",
            "is there a", "where is",
          ],
        }),
        de: weighted({
          2: [
            "wie kann ich", "wie funktioniert", "wo finde ich", "ist es moglich", "einstellung*", "vorlage*", "anleitung*",
            "gibt es eine moglichkeit", "wie stelle ich", "wo kann ich", "ist das so gewollt", "ist das beabsichtigt",
            "unterschied zwischen", "finde nicht", "finde keine*",
          ],
          1: ["funktion*", "bericht*", "gibt es", "kann ich", "konnen wir"],
        }),
        es: weighted({
          2: [
            "como puedo", "como funciona", "donde encuentro", "es posible", "ajustes", "plantilla*",
            "hay alguna forma", "hay forma de", "hay manera de", "donde puedo", "como se", "diferencia entre",
            "es intencionado", "no encuentro",
          ],
          1: ["funcion*", "informe", "informes", "panel", "guia", "puedo", "se puede"],
        }),
        fr: weighted({
          2: [
            "comment puis-je", "comment faire", "comment fonctionne", "ou trouver", "est-il possible", "parametres",
            "reglages", "tableau de bord", "tutoriel*", "y a-t-il un moyen", "existe-t-il un moyen", "ou puis-je",
            "difference entre", "est-ce voulu", "je ne trouve pas", "je ne trouve plus",
          ],
          1: ["fonctionnalite*", "rapport*", "modele*", "puis-je", "peut-on", "y a-t-il"],
        }),
      },
    },
    {
      id: "general_inquiry",
      cues: {
        en: weighted({
          2: [
            "general question", "opening hours", "business hours", "partnership*", "journalist", "press inquir*", "press enquir*",
          ],
          // Asking where to follow our status is a question about us, not a report that something is down.
          3: ["status page"],
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
