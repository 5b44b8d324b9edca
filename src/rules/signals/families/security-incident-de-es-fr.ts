/**
 * security_incident in German, Spanish and French: the same events as
 * security-incident.ts, in the words these customers use.
 */
import { familiesOf, re, selfConfirmable, withFaultInTicket, words } from "../family.js";

const security = familiesOf("security_incident");

export const SECURITY_INCIDENT_DE_ES_FR = [
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
  // A sign-in alert the customer may have caused ("Verdächtige Anmeldung von neuem Gerät – das war ich").
  selfConfirmable(
    security(
      "de",
      "verdaechtige_anmeldung",
      re`\b(?:anmeldung|login|zugriff)\w*\s+(?:von|aus)\s+(?:einem\s+|einer\s+)?(?:unbekannten|fremden|verdae?chtigen)\b|\bverdae?chtige[nr]?\s+(?:anmeldung(?:en)?|aktivitae?t(?:en)?|zugriffe?|logins?)\b`,
    ),
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
  security("es", "acceso_no_autorizado", re`\baccesos?\s+no\s+autorizados?\b`),
  // A sign-in alert the customer may have caused ("inicio de sesión sospechoso desde Valencia, pero soy yo").
  selfConfirmable(
    security(
      "es",
      "inicio_sospechoso",
      re`\binicios?\s+de\s+sesion\s+(?:sospechos[oa]s?|desde\s+(?:un\s+)?(?:lugar|pais|dispositivo)\s+desconocido)\b|\bactividad\s+sospechosa\b`,
    ),
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
  security("fr", "acces_non_autorise", re`\bacces\s+(?:non\s+autorise|frauduleux|illegitime)s?\b|\bconnexions?\s+(?:frauduleuse|non autorisee)s?\b`),
  // A sign-in alert the customer may have caused (« connexion suspecte depuis Lyon … c'était donc moi »).
  selfConfirmable(security("fr", "connexion_suspecte", re`\bconnexions?\s+(?:suspecte|inconnue)s?\b|\bactivite\s+suspecte\b`)),
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
        re`\b(?:datos|notas|respuestas|nombres|salarios|sueldos|facturas|informacion|expedientes|telefonos|direcciones|pedidos)\s+(?:\w+\s+){0,2}?de\s+(?:otr[oa]s?|un[oa]?\s+otr[oa]|l[oa]s\s+(?:demas|anteriores))\s+(?:clientes?|alumn[oa]s?|usuari[oa]s?|candidat[oa]s?|pacientes?|personas?|socios?|emplead[oa]s?|inquilinos?|padres|solicitantes?|distribuidor(?:es)?|proveedor(?:es)?|tiendas?|sucursales?|franquiciad[oa]s?|vendedor(?:es)?|empresas?|agencias?)\b`,
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
        re`\b(?:donnees|notes|reponses|noms|salaires|factures|informations|dossiers|coordonnees|telephones|adresses)\s+(?:\w+\s+){0,2}?(?:d'autres|d'un autre|d'une autre|des autres)\s+(?:clients?|eleves?|etudiants?|utilisateurs?|candidats?|patients?|personnes?|adherents?|salaries?|locataires?|parents|distributeurs?|fournisseurs?|magasins?|franchises?|revendeurs?|entreprises?|agences?)\b`,
      ),
      re`\b(?:voit|voient|vois|voyons|vu|affiche|affichent|affiches?|apparait|apparaissent|montre|montrent|contient|contiennent|inclut|incluent|envoye|envoyee|transmis|pre-?remplie?s?)\b`,
    ),
  ),
  security(
    "fr",
    "aux_mauvais_destinataires",
    re`\b(?:envoi\w*|envoy\w*|transmet\w*|transmis|recu|recoivent)\b${words(6)}\s+(?:a|aux)\s+(?:des\s+|de\s+)?(?:mauvais|autres|mauvaises)\s+(?:clients|destinataires|personnes|utilisateurs|entreprises|adresses)\b|\b(?:les\s+)?(?:donnees|factures|fichiers|documents|contacts)\s+d'(?:un|une|autres?)\s+(?:autre\s+)?(?:client|entreprise|societe)\b${words(3)}\s+(?:visibles?|accessibles?|affichee?s?)\b`,
  ),
  // A password given away to a fake message (« uno metió su contraseña », „hat sein Passwort eingegeben", « a saisi
  // son mot de passe »), with the message called fake or odd somewhere in the ticket.
  withFaultInTicket(
    security(
      "es",
      "credenciales_robadas",
      re`\b(?:metio|introdujo|puso|escribio|dio)\s+(?:su|sus|mi|mis|nuestra|nuestras)\s+(?:contrasena|clave|credenciales|datos de acceso)\b`,
    ),
    re`\b(?:falso|falsa|raro|rara|sospechos\w*|extran\w*|fraudulent\w*|phishing)\b`,
  ),
  withFaultInTicket(
    security("de", "zugangsdaten_abgefischt", re`\b(?:passwort|kennwort|zugangsdaten)\s+(?:\w+\s+){0,2}?eingegeben\b`),
    re`\b(?:gefae?lscht\w*|falsch\w*|verdae?chtig\w*|seltsam\w*|komisch\w*|phishing)\b`,
  ),
  withFaultInTicket(
    security(
      "fr",
      "identifiants_hameconnes",
      re`\b(?:a|ont|j'ai|avons)\s+(?:saisi|entre|tape|donne)\s+(?:son|ses|leur|leurs|mon|mes|notre|nos)\s+(?:mot de passe|identifiants)\b`,
    ),
    re`\b(?:faux|fausse|suspect\w*|bizarre|etrange|frauduleu\w*|hameconnage|phishing)\b`,
  ),
  // A role that does not hold: „kann die Tabelle öffnen … hat laut Rollen keinen Zugriff darauf"; the fault is the pattern.
  withFaultInTicket(
    security("de", "rechte_greifen_nicht", re`\b(?:keinen zugriff|keine (?:rechte|berechtigung)|nur leserechte|darf (?:das |sie |er )?nicht)\b`),
    re`\b(?:kann|konnte|koennen|konnten|konne?n)\b${words(6)}\s+(?:oe?ffnen|sehen|bearbeiten|loe?schen|herunterladen|exportieren|einsehen)\b|\b(?:oe?ffnen|sehen|bearbeiten|loe?schen|herunterladen|exportieren|einsehen)\s+(?:kann|konnte|koennen|konnten|konne?n)\b`,
  ),
  withFaultInTicket(
    security("es", "permisos_no_funcionan", re`\b(?:no tiene (?:acceso|permiso)|sin permisos?|solo lectura|no deberia (?:poder|tener))\b`),
    re`\b(?:puede|pudo|pueden|pudieron)\s+(?:\w+\s+){0,3}?(?:abrir|ver|editar|borrar|eliminar|descargar|exportar)\b`,
  ),
  withFaultInTicket(
    security("fr", "droits_non_respectes", re`\b(?:n'a pas (?:acces|les droits)|sans (?:droits?|acces)|lecture seule|ne devrait pas (?:pouvoir|avoir))\b`),
    re`\b(?:peut|pouvait|peuvent|a pu|ont pu)\s+(?:\w+\s+){0,3}?(?:ouvrir|voir|modifier|supprimer|telecharger|exporter)\b`,
  ),
];
