/**
 * security_incident: an account, key or system has been, or is believed to
 * have been, compromised. Security FEATURES ("do you support 2FA?", "how do I
 * enable two-factor authentication") never match these families; questions
 * about incidents ("what happens if my API key leaks?") are cancelled by the
 * question and hypothetical rules.
 */
import { familiesOf, re, words } from "../family.js";

const security = familiesOf("security_incident");

/** The secrets whose exposure is an incident in itself. */
const SECRET_EN = String.raw`(?:api[- ]?keys?|keys?|tokens?|credentials|passwords?|secrets?|private keys?|customer data|personal data|user data|data)`;

export const SECURITY_INCIDENT_FAMILIES = [
  // "Hacked together a script" is craft, not an incident.
  security("en", "hacked", re`\b(?:hacked(?!\s+(?:together|up\b|around|something))|hijacked|breached|pwned|compromised|hackers?)\b`),
  security("en", "unauthorized_access", re`\bunauthori[sz]ed\s+(?:access|logins?|log-?ins?|sign-?ins?|use|usage|activity|users?|persons?|party|parties|changes?|transfers?|payments?)\b|\bwithout\s+(?:my|our)\s+(?:permission|authori[sz]ation|consent)\b${words(3)}\s+(?:logged|accessed|changed|used)\b`),
  security("en", "someone_got_in", re`\b(?:someone|somebody|a stranger|an attacker|an unknown (?:person|user|party))(?:\s+else)?\s+(?:has\s+|had\s+|have\s+)?(?:logged|signed|got|gotten|broke|broken)\s+in(?:to)?\b|\b(?:someone|somebody)(?:\s+else)?\s+(?:has\s+|had\s+)?(?:accessed|is accessing|is using|used|changed|took over|taken over|stole|stolen|reset)\s+(?:my|our)\b`),
  security("en", "suspicious_login", re`\b(?:logins?|log-?ins?|sign-?ins?|access|activity|sessions?)\s+from\s+(?:an?\s+)?(?:unknown|unrecognized|unrecognised|strange|suspicious|foreign|unfamiliar)\b|\bsuspicious\s+(?:activity|logins?|log-?ins?|sign-?ins?|access|transactions?|sessions?)\b`),
  security("en", "breach", re`\b(?:data|security)\s+breach(?:es)?\b|\bbreach\s+of\s+(?:my|our|the|customer|user|personal)\s+(?:\w+\s+)?data\b|\bdata\s+leak(?:age|s)?\b`),
  security("en", "leaked_secret", re`\b${SECRET_EN}\b${words(2)}(?:\s+(?:was|were|has been|have been|got|gets|is|are))?\s+(?:leaked|exposed|stolen|compromised|published)\b|\b(?:leaked|exposed|stolen|compromised)\s+${SECRET_EN}\b`),
  security("en", "attack", re`\b(?:phishing|malware|ransomware|keylogger|ddos|dos attack|cyber-?attack|brute[- ]force attack|account takeover|identity theft|under attack)\b`),

  security("de", "gehackt", re`\b(?:gehackt|gehacked|gehijackt|kompromittiert|hacker|hackerangriff|cyberangriff)\b`),
  security("de", "unbefugter_zugriff", re`\b(?:unbefugte[nrs]?|unberechtigte[nrs]?|unautorisierte[nrs]?)\s+(?:zugriffe?|zugang|anmeldung(?:en)?|logins?|nutzung|aktivitae?t(?:en)?|aenderung(?:en)?)\b`),
  security("de", "jemand_eingeloggt", re`\bjemand(?:\s+fremdes|\s+anderes|\s+unbekanntes)?\s+hat\s+sich${words(4)}\s+(?:eingeloggt|angemeldet|zugang verschafft|zugriff verschafft)\b|\bjemand(?:\s+fremdes|\s+anderes|\s+unbekanntes)?\s+hat${words(4)}\s+(?:zugegriffen|eingeloggt|angemeldet|geae?ndert|ue?bernommen|gestohlen)\b`),
  security("de", "verdaechtige_anmeldung", re`\b(?:anmeldung|login|zugriff)\w*\s+(?:von|aus)\s+(?:einem\s+|einer\s+)?(?:unbekannten|fremden|verdae?chtigen)\b|\bverdae?chtige[nr]?\s+(?:anmeldung(?:en)?|aktivitae?t(?:en)?|zugriffe?|logins?)\b`),
  security("de", "datenleck", re`\b(?:datenleck|datenpanne|datenschutzverletzung|datendiebstahl|sicherheitsvorfall|sicherheitsverletzung|identitae?tsdiebstahl|phishing|schadsoftware|malware|ransomware|ddos)\b`),
  security("de", "geleakt", re`\b(?:api-?schlue?ssel|api-?keys?|schlue?ssel|passwort|passwoe?rter|zugangsdaten|token|kundendaten|daten)\b${words(2)}(?:\s+(?:wurden|wurde|ist|sind))?\s+(?:geleakt|geleaked|gestohlen|kompromittiert|offengelegt|abgeflossen)\b`),

  security("es", "hackeado", re`\b(?:hackead[oa]s?|hackearon|jaquead[oa]s?|piratead[oa]s?|vulnerad[oa]s?|hackers?)\b|\bcuenta${words(1)}\s+comprometida\b`),
  security("es", "acceso_no_autorizado", re`\baccesos?\s+no\s+autorizados?\b|\binicios?\s+de\s+sesion\s+(?:sospechos[oa]s?|desde\s+(?:un\s+)?(?:lugar|pais|dispositivo)\s+desconocido)\b|\bactividad\s+sospechosa\b`),
  security("es", "alguien_entro", re`\balguien\s+(?:ha\s+)?(?:entrado|entro|accedido|accedio|iniciado sesion|inicio sesion|se ha conectado|se conecto|cambiado|cambio)\b`),
  security("es", "filtracion", re`\b(?:filtracion|fuga|brecha|violacion|robo)\s+de\s+(?:datos|seguridad|credenciales|identidad)\b|\b(?:phishing|malware|ransomware|ddos|suplantacion de identidad)\b`),
  security("es", "clave_filtrada", re`\b(?:clave|claves|api key|token|contrasena|contrasenas|credenciales|datos)\b${words(2)}\s+(?:filtrad[oa]s?|expuest[oa]s?|robad[oa]s?|comprometid[oa]s?)\b|\bse\s+(?:filtro|filtraron|han filtrado|ha filtrado)\b`),

  security("fr", "pirate", re`\b(?:a|ai|avons|ont|avez)\s+ete\s+(?:pirat|hack|compromis)\w*|\bcompte\b${words(2)}\s+(?:pirat|hack|compromis)\w*|\bpiratage\b|\bpirates?\s+informatiques?\b`),
  security("fr", "acces_non_autorise", re`\bacces\s+(?:non\s+autorise|frauduleux|illegitime)s?\b|\bconnexions?\s+(?:suspecte|inconnue|frauduleuse|non autorisee)s?\b|\bactivite\s+suspecte\b`),
  security("fr", "quelqu_un_connecte", re`\bquelqu'un\s+(?:s'est\s+connecte|a\s+accede|s'est\s+introduit|a\s+pris\s+le\s+controle|utilise\s+mon|a\s+utilise\s+mon|a\s+change)\b`),
  security("fr", "fuite", re`\b(?:fuite|violation|vol)\s+de\s+(?:donnees|securite|identifiants)\b|\b(?:hameconnage|phishing|malware|rancongiciel|ddos|usurpation d'identite)\b`),
  security("fr", "cle_divulguee", re`\b(?:cle|cles|jeton|mot de passe|mots de passe|identifiants|donnees)\b${words(2)}\s+(?:a fuite|ont fuite|(?:a|ont)\s+ete\s+(?:divulguee?s?|exposee?s?|volee?s?|compromise?s?)|divulguee?s?|exposee?s?|volee?s?)\b`),
];
