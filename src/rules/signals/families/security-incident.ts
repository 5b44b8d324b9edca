/**
 * security_incident: an account, key or system has been, or is believed to
 * have been, compromised. Security FEATURES ("do you support 2FA?", "how do I
 * enable two-factor authentication") never match these families; questions
 * about incidents ("what happens if my API key leaks?") are cancelled by the
 * question and hypothetical rules.
 */
import { familiesOf, re, selfConfirmable, withFaultInTicket, words } from "../family.js";

const security = familiesOf("security_incident");

/** The secrets whose exposure is an incident in itself. */
const SECRET_EN = String.raw`(?:api[- ]?keys?|keys?|tokens?|credentials|passwords?|secrets?|private keys?|customer data|personal data|user data|data)`;

/** Words that make a leak or a wrong recipient an incident: something secret or sensitive went out. */
const SENSITIVE_EN = String.raw`\b(?:api[- ]?keys?|tokens?|credentials|passwords?|secrets?|private keys?|share links?|confidential|sensitive|private|personal|internal|customer (?:data|details|contact\w*|records)|pii)\b`;

/**
 * Sent to the wrong people in bulk: "we sent around 230 invoices to the
 * wrong clients". One mis-addressed invite is an ordinary mistake; a count
 * of two digits or more, or sensitive content, makes it a disclosure.
 */
const DISCLOSED_AT_SCALE_EN = String.raw`(?:${SENSITIVE_EN}|(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d{2,}|hundreds|dozens|thousands)\s+(?:of\s+)?(?:[a-z]+\s+)?(?:invoices|e-?mails|messages|documents|records|files|reports|notifications|links|statements|contracts|quotes|letters))`;

/** Whose personal data a customer's form, view or export holds: their own customers, candidates, pupils, patients. */
const OTHER_PEOPLE_EN = String.raw`(?:candidates?|applicants?|students?|pupils?|patients?|clients?|customers?|users?|members?|employees?|people|respondents?|guests?|tenants?|parents?|volunteers?|donors?)`;
/** The personal data that makes it a disclosure rather than a layout bug. */
const PERSONAL_DATA_EN = String.raw`(?:data|details|salar(?:y|ies)|names?|answers?|responses?|submissions?|applications?|records?|notes?|addresses|phone numbers?|emails?|e-mail addresses|grades|invoices?|personal (?:data|details|information)|information|info|cvs?|files?)`;

/** People who are no longer entitled to access: "a former employee", "an ex-contractor". */
const FORMER_EN = String.raw`(?:former|ex-|departed|fired|terminated|dismissed)\s*(?:employees?|colleagues?|staff(?:\s+members?)?|contractors?|team\s+members?|admins?|freelancers?|interns?)`;

export const SECURITY_INCIDENT_FAMILIES = [
  // "Hacked together a script" is craft, not an incident.
  // "Our claims SLA is breached", "the budget was breached": a limit overrun, not a break-in.
  security(
    "en",
    "hacked",
    re`\b(?:hacked(?!\s+(?:together|up\b|around|something))|hijacked|(?<!\b(?:slas?|deadlines?|limits?|thresholds?|targets?|quotas?|budgets?|kpis?|covenants?|terms)\s+(?:is\s+|are\s+|was\s+|were\s+|has been\s+|have been\s+|gets\s+|get\s+|got\s+|been\s+)?)breached|pwned|compromised|hackers?)\b`,
  ),
  security(
    "en",
    "unauthorized_access",
    re`\bunauthori[sz]ed\s+(?:access|logins?|log-?ins?|sign-?ins?|use|usage|activity|users?|persons?|party|parties|changes?|transfers?|payments?)\b|\bwithout\s+(?:my|our)\s+(?:permission|authori[sz]ation|consent)\b${words(3)}\s+(?:logged|accessed|changed|used)\b`,
  ),
  security(
    "en",
    "someone_got_in",
    re`\b(?:someone|somebody|a stranger|an attacker|an unknown (?:person|user|party))(?:\s+else)?\s+(?:has\s+|had\s+|have\s+)?(?:logged|signed|got|gotten|broke|broken)\s+in(?:to)?\b|\b(?:someone|somebody)(?:\s+else)?\s+(?:has\s+|had\s+)?(?:accessed|is accessing|is using|used|changed|took over|taken over|stole|stolen|reset)\s+(?:my|our)\b`,
  ),
  security(
    "en",
    "someone_is_in",
    re`\b(?:someone|somebody)(?:\s+else)?\s+(?:is|was|has been|might be|may be|could be)\s+(?:in|inside|using|accessing|logged into|logged in to|signed into)\s+(?:my|our)\b|\b(?:someone|somebody)(?:\s+else)?\s+(?:has\s+|had\s+)?(?:changed|reset|removed|added|transferred|disabled|turned off)\s+(?:the\s+)?(?:[a-z-]+\s+)?(?:owner\w*|admins?|administrators?|e-?mail(?: address)?|password|2fa|mfa|two-factor\w*|phone number|recovery \w+)\b`,
  ),
  // An owner, admin, device or IP nobody knows: "unknown admin in member list", "API calls from IP addresses we don't recognise".
  security(
    "en",
    "unknown_party",
    re`\b(?:unknown|unfamiliar|unrecogni[sz]ed|foreign)\s+(?:owners?|admins?|administrators?|super-?admins?|devices?|sessions?|ip(?: address)?(?:es|s)?)\b|\b(?:ip(?: address)?(?:es|s)?|devices?|locations?|countries|sessions?|logins?|browsers?)\s+(?:that\s+)?(?:we|i|none of us)\s+(?:don'?t|do not|didn'?t|did not|can'?t|cannot)\s+(?:know|recogni[sz]e)\b`,
  ),
  // "Someone from outside our organisation appears in our member list with admin rights."
  security(
    "en",
    "outsider_inside",
    re`\b(?:someone|somebody|a user|a person|an account|people|strangers?)\s+(?:from\s+)?outside\s+(?:of\s+)?(?:our|my|the)\s+(?:organi[sz]ation|org|company|team|domain)\b`,
    re`\b(?:admin\w*|owner\w*|appears?|appeared|showed up|shows up|popped up|logged in|has access)\b`,
  ),
  security(
    "en",
    "former_still_has_access",
    re`\b${FORMER_EN}\b${words(8)}\s+(?:still|can still|is still|are still|continues? to)\s+(?:has|have|had|access\w*|log\w*|sign\w*|us(?:e|es|ing))\b`,
  ),
  // Secrets or internal links made public: "pushed our API token to a public GitHub repository", "share link posted on a public forum".
  security(
    "en",
    "made_public",
    re`\b(?:pushed|committed|posted|published|pasted|uploaded|leaked|shared|exposed|found|visible|accessible|indexed)\b${words(6)}\s+(?:to|on|in|into|at)\s+(?:a\s+|the\s+)?(?:public(?:ly)?|open)\s+(?:[a-z]+\s+)?(?:repo\w*|forum|github|gitlab|website|site|pages?|channel|pastebin|gist|bucket|internet|web|slack|discord|group|post)\b`,
    re`${SENSITIVE_EN}`,
  ),
  security(
    "en",
    "sent_to_wrong_people",
    re`\b(?:sent|emailed|mailed|delivered|shared|exposed|shown|forwarded|leaked)\b${words(8)}\s+to\s+(?:the\s+|an?\s+)?(?:wrong|external|outside|unknown|unauthori[sz]ed)\s+(?:[a-z-]+\s+)?(?:clients?|customers?|recipients?|people|persons?|users?|e-?mail addresse?s?|addresse?s?|parties|party|tenants?|accounts?|companies|company)\b`,
    re`${DISCLOSED_AT_SCALE_EN}`,
  ),
  // One customer's data in front of another: "two of our clients have now seen each other's comments".
  security(
    "en",
    "cross_customer_exposure",
    re`\b(?:clients|customers|tenants|companies|organi[sz]ations)\b${words(4)}\s+(?:seen|saw|see|view(?:ed)?|access(?:ed)?|read)\s+(?:each other's|one another's)\b|\b(?:see|seen|saw|seeing|view|viewed|viewing|access|accessed|accessing|got|get|getting|received|receive|returned|returns|returning|shows|showed|showing|listed|lists)\s+(?:a\s+list\s+of\s+)?(?:another|other|a different)\s+(?:customer|client|company|tenant|organi[sz]ation|workspace|account)(?:'s|s'|s)?\s+(?:[a-z]+\s+)?(?:data|comments|messages|files|documents|invoices|records|tasks|projects|details|information|boards|emails|contacts|flows|workflows|connectors|connections|runs|workspaces|api keys|keys|tables|forms)\b`,
  ),
  // Other people's personal data in front of someone who should not see it: "a candidate could see a list with other
  // candidates' salaries", "the public form shows the previous applicants", "the export has notes about other clients".
  // What the customer saw may be their own preview ("I was still logged in as an editor"): a retraction takes it back.
  selfConfirmable(
    withFaultInTicket(
      security(
        "en",
        "others_personal_data_shown",
        re`\b(?:see|seen|saw|seeing|view|viewed|viewing|read|access|accessed|open|opened|download|downloaded|shows?|showed|showing|shown|lists?|listed|listing|displays?|displayed|contains?|contained|includes?|included|has|had|with|mention|mentions|mentioned)\s+(?:a\s+list\s+(?:of|with)\s+|the\s+(?:list\s+of\s+)?|all\s+(?:the\s+)?)?(?:other|another|the\s+other|previous|earlier|past)\s+(?:${OTHER_PEOPLE_EN})(?:'s|s'|')?(?:\s+(?:${PERSONAL_DATA_EN}))?\b|\b(?:${PERSONAL_DATA_EN})\s+(?:of|about|from|for)\s+(?:an?\s+)?other\s+(?:${OTHER_PEOPLE_EN})\b|\b(?:${PERSONAL_DATA_EN})\s+(?:are|is)\s+(?:now\s+)?(?:visible|shown|accessible|available)\s+to\s+(?:the\s+other|another|other|the\s+wrong|people who|everyone|anyone|all)\b`,
      ),
      re`\b(?:(?:a|an|one of (?:our|the)|our)\s+(?:${OTHER_PEOPLE_EN})\s+(?:told|showed|sent|says|said|could|can|saw|sees|reported)|private window|incognito|public|without (?:logging|signing) in|sent (?:it|them|this) to|shared (?:it|them|this) with|(?:could|can)\s+(?:see|read|access|open)|lets anyone|anyone can|(?:are|is)\s+(?:now\s+)?(?:visible|shown|accessible)|shows?\s+(?:up\s+)?(?:below|under|above|underneath))\b`,
    ),
  ),
  // An admin or owner nobody here put there: "who is 'support-verify@gmx.net'?? it's listed as an admin since yesterday".
  withFaultInTicket(
    security(
      "en",
      "unrecognised_admin",
      re`(?:\b(?:is|was|got|been|are|were)|'s)\s+(?:now\s+)?(?:listed|added|shown|showing|appearing|set up|made)\s+as\s+(?:an?\s+|the\s+)?(?:admin|administrator|owner)s?\b`,
    ),
    re`\b(?:who is|who's|who are|don'?t (?:know|recogni[sz]e)|do not (?:know|recogni[sz]e)|never (?:heard of|seen)|didn'?t add|did not add|nobody (?:here )?(?:added|knows)|none of us (?:added|knows?|created))\b`,
  ),
  // Alerts the customer may have caused themselves: a "that was me" in the ticket takes these back.
  selfConfirmable(
    security(
      "en",
      "login_alert_from",
      re`\b(?:got|received|receiving|getting|seeing|saw|had|see)\s+(?:[a-z']+\s+){0,2}?(?:login|log-?in|sign-?in|security)\s+(?:alerts?|warnings?|notifications?|e-?mails?|attempts?)\s+from\b|\b(?:logins?|log-?ins?|sign-?ins?|sessions?)\s+from\s+(?:another|a different|other|several|multiple)\s+(?:countr(?:y|ies)|locations?|continents?|cities)\b`,
    ),
  ),
  selfConfirmable(
    security(
      "en",
      "suspicious_login",
      re`\b(?:logins?|log-?ins?|sign-?ins?|access|activity|sessions?)\s+from\s+(?:an?\s+)?(?:unknown|unrecognized|unrecognised|strange|suspicious|foreign|unfamiliar)\b|\bsuspicious\s+(?:activity|logins?|log-?ins?|sign-?ins?|access|transactions?|sessions?)\b`,
    ),
  ),

  security(
    "en",
    "breach",
    re`\b(?:data|security)\s+breach(?:es)?\b|\bbreach\s+of\s+(?:my|our|the|customer|user|personal)\s+(?:\w+\s+)?data\b|\bdata\s+leak(?:age|s)?\b`,
  ),
  security(
    "en",
    "leaked_secret",
    re`\b${SECRET_EN}\b${words(2)}(?:\s+(?:was|were|has been|have been|got|gets|is|are))?\s+(?:leaked|exposed|stolen|compromised|published)\b|\b(?:leaked|exposed|stolen|compromised)${words(3)}\s+${SECRET_EN}\b`,
  ),
  security(
    "en",
    "attack",
    re`\b(?:phishing|malware|ransomware|keylogger|ddos|dos attack|cyber-?attack|brute[- ]force attack|account takeover|identity theft|under attack)\b`,
  ),

  security("de", "gehackt", re`\b(?:gehackt|gehacked|gehijackt|kompromittiert|hacker|hackerangriff|cyberangriff)\b`),
  security(
    "de",
    "unbefugter_zugriff",
    re`\b(?:unbefugte[nrs]?|unberechtigte[nrs]?|unautorisierte[nrs]?)\s+(?:zugriffe?|zugang|anmeldung(?:en)?|logins?|nutzung|aktivitae?t(?:en)?|aenderung(?:en)?)\b`,
  ),
  security(
    "de",
    "jemand_eingeloggt",
    re`\bjemand(?:\s+fremdes|\s+anderes|\s+unbekanntes)?\s+hat\s+sich${words(4)}\s+(?:eingeloggt|angemeldet|zugang verschafft|zugriff verschafft)\b|\bjemand(?:\s+fremdes|\s+anderes|\s+unbekanntes)?\s+hat${words(4)}\s+(?:zugegriffen|eingeloggt|angemeldet|geae?ndert|ue?bernommen|gestohlen)\b`,
  ),
  // Verb second after a fronted time: "Heute Nacht hat sich jemand aus einem anderen Land in mein Konto eingeloggt".
  security(
    "de",
    "hat_sich_jemand",
    re`\bhat\s+(?:sich\s+)?jemand(?:\s+fremdes|\s+anderes|\s+unbekanntes)?\b${words(8)}\s+(?:eingeloggt|angemeldet|zugegriffen|geae?ndert|ue?bernommen|zugang verschafft)\b`,
  ),
  security(
    "de",
    "unbekannte_partei",
    re`\b(?:unbekannte[nrs]?|fremde[nrs]?)\s+(?:admins?|administrator(?:en)?|inhaber\w*|eigentue?mer\w*|gerae?te?n?|sitzung(?:en)?|ip-?adressen?)\b|\b(?:ehemalige[nrs]?|frue?here[nrs]?|ausgeschiedene[nrs]?)\s+(?:mitarbeiter\w*|kolleg\w*|angestellte\w*|dienstleister\w*)\b${words(6)}\s+(?:hat|haben|kann|koe?nnen)\s+(?:immer\s+noch|noch\s+immer|weiterhin|noch)\s+(?:zugriff|zugang|sich\s+einloggen|sich\s+anmelden)\b`,
  ),
  security(
    "de",
    "an_falsche_empfaenger",
    re`\b(?:an|zu)\s+(?:die\s+)?(?:falschen|externe[nr]?|fremden?)\s+(?:kunden|empfae?nger\w*|adressen|personen|mandanten)\b`,
    re`\b(?:vertraulich\w*|sensib\w*|intern\w*|personenbezogen\w*|\d{2,}\s+\w+)\b`,
  ),
  security(
    "de",
    "oeffentlich_gemacht",
    re`\b(?:in|auf|im)\s+(?:ein(?:em)?\s+)?oe?ffentliche[nms]?\s+(?:repository|repo|forum|github|gitlab|kanal|gruppe|bucket|internet)\b${words(3)}\s+(?:gepusht|gepostet|hochgeladen|veroe?ffentlicht|geteilt|aufgetaucht|gelandet|committet|gefunden)\b`,
    re`\b(?:api-?schlue?ssel|api-?keys?|token|passwo\w+|zugangsdaten|geheim\w*|vertraulich\w*|intern\w*|kundendaten|freigabelink\w*)\b`,
  ),
  security(
    "de",
    "kunden_sehen_fremde_daten",
    re`\b(?:kunden|mandanten|firmen)\b${words(4)}\s+(?:sehen|sahen|gesehen)\s+(?:gegenseitig|die\s+(?:[a-z]+\s+)?(?:daten|kommentare|rechnungen|dokumente|nachrichten)\s+(?:der|des)\s+(?:anderen|anderer|fremder))\b`,
  ),
  selfConfirmable(
    security(
      "de",
      "anmeldung_aus_anderem_land",
      re`\b(?:anmeldung\w*|login\w*|eingeloggt|angemeldet)\b${words(2)}\s+(?:aus|von)\s+(?:einem\s+)?(?:anderen|fremden|mehreren)\s+(?:land|lae?ndern|ort|orten|stadt)\b|\b(?:aus|von)\s+(?:einem\s+)?(?:anderen|fremden)\s+(?:land|ort)\b${words(4)}\s+(?:eingeloggt|angemeldet)\b`,
    ),
  ),
  security(
    "de",
    "verdaechtige_anmeldung",
    re`\b(?:anmeldung|login|zugriff)\w*\s+(?:von|aus)\s+(?:einem\s+|einer\s+)?(?:unbekannten|fremden|verdae?chtigen)\b|\bverdae?chtige[nr]?\s+(?:anmeldung(?:en)?|aktivitae?t(?:en)?|zugriffe?|logins?)\b`,
  ),
  security(
    "de",
    "datenleck",
    re`\b(?:datenleck|datenpanne|datenschutzverletzung|datendiebstahl|sicherheitsvorfall|sicherheitsverletzung|identitae?tsdiebstahl|phishing|schadsoftware|malware|ransomware|ddos)\b`,
  ),
  security(
    "de",
    "geleakt",
    re`\b(?:api-?schlue?ssel|api-?keys?|schlue?ssel|passwort|passwoe?rter|zugangsdaten|token|kundendaten|daten)\b${words(2)}(?:\s+(?:wurden|wurde|ist|sind))?\s+(?:geleakt|geleaked|gestohlen|kompromittiert|offengelegt|abgeflossen)\b`,
  ),

  security("es", "hackeado", re`\b(?:hackead[oa]s?|hackearon|jaquead[oa]s?|piratead[oa]s?|vulnerad[oa]s?|hackers?)\b|\bcuenta${words(1)}\s+comprometida\b`),
  security(
    "es",
    "acceso_no_autorizado",
    re`\baccesos?\s+no\s+autorizados?\b|\binicios?\s+de\s+sesion\s+(?:sospechos[oa]s?|desde\s+(?:un\s+)?(?:lugar|pais|dispositivo)\s+desconocido)\b|\bactividad\s+sospechosa\b`,
  ),
  security(
    "es",
    "alguien_entro",
    re`\balguien\s+(?:(?:me|nos|la|lo|las|los|le)\s+)?(?:ha\s+|volvio\s+a\s+|ha vuelto a\s+)?(?:cambiar|entrado|entro|accedido|accedio|iniciado sesion|inicio sesion|se ha conectado|se conecto|cambiado|cambio)\b`,
  ),
  selfConfirmable(
    security("es", "inicio_desde_otro_pais", re`\binicios?\s+de\s+sesion\s+(?:desde|en)\s+(?:otro|otros|varios|un)\s+(?:pais|paises|lugar|lugares|ciudad)\b`),
  ),
  security(
    "es",
    "ex_empleado_con_acceso",
    // A name in apposition may sit between: "un exempleado, Javier, sigue entrando cada día".
    re`\b(?:ex-?\s?emplead[oa]|antigu[oa]\s+emplead[oa]|ex-?\s?colaborador|antigu[oa]\s+colaborador)\w*(?:,\s*[^,.!?;]{1,30},)?${words(6)}\s+(?:todavia|aun|sigue|siguen)\s+(?:tiene|teniendo|accede|accediendo|puede|entrando|entra|conectandose|se conecta|iniciando sesion|inicia sesion|usando)\b|\b(?:administrador|propietario|dueno)\s+desconocido\b`,
  ),
  security(
    "es",
    "filtracion",
    re`\b(?:filtracion|fuga|brecha|violacion|robo)\s+de\s+(?:datos|seguridad|credenciales|identidad)\b|\b(?:phishing|malware|ransomware|ddos|suplantacion de identidad)\b`,
  ),
  security(
    "es",
    "clave_filtrada",
    re`\b(?:clave|claves|api key|token|contrasena|contrasenas|credenciales|datos)\b${words(2)}\s+(?:filtrad[oa]s?|expuest[oa]s?|robad[oa]s?|comprometid[oa]s?)\b|\bse\s+(?:filtro|filtraron|han filtrado|ha filtrado)\b`,
  ),

  security(
    "fr",
    "pirate",
    re`\b(?:a|ai|avons|ont|avez)\s+ete\s+(?:pirat|hack|compromis)\w*|\bcompte\b${words(2)}\s+(?:pirat|hack|compromis)\w*|\bpiratage\b|\bpirates?\s+informatiques?\b`,
  ),
  security(
    "fr",
    "acces_non_autorise",
    re`\bacces\s+(?:non\s+autorise|frauduleux|illegitime)s?\b|\bconnexions?\s+(?:suspecte|inconnue|frauduleuse|non autorisee)s?\b|\bactivite\s+suspecte\b`,
  ),
  security(
    "fr",
    "quelqu_un_connecte",
    re`\bquelqu'un\s+(?:s'est\s+connecte|a\s+accede|s'est\s+introduit|a\s+pris\s+le\s+controle|utilise\s+mon|a\s+utilise\s+mon|a\s+change)\b`,
  ),
  security(
    "fr",
    "ancien_employe_acces",
    re`\bancien(?:ne)?s?\s+(?:employe|salarie|collaborat|prestataire|stagiaire)\w*(?:,\s*[^,.!?;]{1,30},)?${words(6)}\s+(?:(?:a|ont|peut|peuvent)\s+(?:toujours|encore)\s+(?:acces|se connecter|acceder)|(?:se connecte|se connectent|utilise|utilisent)\s+(?:toujours|encore))\b|\b(?:administrateur|proprietaire)\s+inconnu\b`,
  ),
  selfConfirmable(
    security(
      "fr",
      "connexion_autre_pays",
      re`\bconnexions?\s+(?:depuis|d'un|d'une|a partir d'un)\s*(?:autre|autres|plusieurs|un\s+autre)\s+(?:pays|ville|lieu)\b`,
    ),
  ),
  security(
    "fr",
    "fuite",
    re`\b(?:fuite|violation|vol)\s+de\s+(?:donnees|securite|identifiants)\b|\b(?:hameconnage|phishing|malware|rancongiciel|ddos|usurpation d'identite)\b`,
  ),
  security(
    "fr",
    "cle_divulguee",
    re`\b(?:cle|cles|jeton|mot de passe|mots de passe|identifiants|donnees)\b${words(2)}\s+(?:a fuite|ont fuite|(?:a|ont)\s+ete\s+(?:divulguee?s?|exposee?s?|volee?s?|compromise?s?)|divulguee?s?|exposee?s?|volee?s?)\b`,
  ),
  // Documents going to the wrong clients: "enviando los PDF de nuestras facturas a clientes equivocados",
  // "a Ferretería Goñi le ha llegado la factura de otro cliente", « envoie nos factures aux mauvais clients ».
  security(
    "es",
    "a_destinatarios_equivocados",
    re`\b(?:envia\w*|mand\w*|llega\w*|reenvia\w*)\b${words(6)}\s+a\s+(?:los\s+|unos\s+)?(?:clientes|destinatarios|personas|usuarios|empresas|direcciones)\s+(?:equivocad[oa]s|incorrect[oa]s|ajen[oa]s|extern[oa]s|desconocid[oa]s)\b|\b(?:le|les)\s+(?:ha|han)\s+llegado\s+(?:la|las|el|los)\s+\w+\s+de\s+otr[oa]s?\s+(?:cliente|clientes|empresa|persona)\b`,
  ),
  // « salen rellenados los datos de otro alumno », « el excel trae notas internas de otros clientes ».
  selfConfirmable(
    withFaultInTicket(
      security(
        "es",
        "datos_de_otros_visibles",
        re`\b(?:datos|notas|respuestas|nombres|salarios|sueldos|facturas|informacion|expedientes|telefonos|direcciones)\s+(?:\w+\s+){0,2}?de\s+(?:otr[oa]s?|un[oa]?\s+otr[oa]|l[oa]s\s+(?:demas|anteriores))\s+(?:clientes?|alumn[oa]s?|usuari[oa]s?|candidat[oa]s?|pacientes?|personas?|socios?|emplead[oa]s?|inquilinos?|padres|solicitantes?)\b`,
      ),
      re`\b(?:salen|sale|aparecen|aparece|veo|ve|ven|vemos|vio|vieron|puede ver|pueden ver|muestra|muestran|trae|traen|contiene|contienen|incluye|incluyen|lleva|llevan|mande|mandamos|envie|enviamos|rellenad[oa]s)\b`,
    ),
  ),
  // « le formulaire affiche les réponses d'un autre élève », « l'export contient les notes d'autres clients ».
  selfConfirmable(
    withFaultInTicket(
      security(
        "fr",
        "donnees_d_autres_visibles",
        re`\b(?:donnees|notes|reponses|noms|salaires|factures|informations|dossiers|coordonnees|telephones|adresses)\s+(?:\w+\s+){0,2}?(?:d'autres|d'un autre|d'une autre|des autres)\s+(?:clients?|eleves?|etudiants?|utilisateurs?|candidats?|patients?|personnes?|adherents?|salaries?|locataires?|parents)\b`,
      ),
      re`\b(?:voit|voient|vois|voyons|vu|affiche|affichent|affiches?|apparait|apparaissent|montre|montrent|contient|contiennent|inclut|incluent|envoye|envoyee|transmis|pre-?remplie?s?)\b`,
    ),
  ),
  security(
    "fr",
    "aux_mauvais_destinataires",
    re`\b(?:envoi\w*|envoy\w*|transmet\w*|transmis|recu|recoivent)\b${words(6)}\s+(?:a|aux)\s+(?:des\s+|de\s+)?(?:mauvais|autres|mauvaises)\s+(?:clients|destinataires|personnes|utilisateurs|entreprises|adresses)\b|\b(?:les\s+)?(?:donnees|factures|fichiers|documents|contacts)\s+d'(?:un|une|autres?)\s+(?:autre\s+)?(?:client|entreprise|societe)\b${words(3)}\s+(?:visibles?|accessibles?|affichee?s?)\b`,
  ),
];
