/**
 * data_loss: the customer's data is gone, deleted, wiped or corrupted.
 * Planning around data ("how do I export my data before I delete the test
 * project") uses present-tense verbs and asks a how-to question, so the
 * families look for the state ("are gone", "was deleted", "lost all our
 * records") and the question rule cancels "is my data deleted when I cancel?".
 */
import { familiesOf, re, words } from "../family.js";

const dataLoss = familiesOf("data_loss");

const DATA_EN = String.raw`(?:data|projects?|files?|records?|documents?|photos?|images?|attachments?|uploads?|work|content|history|entries|contacts?|notes?|tasks?|comments?|orders?|invoices?|messages?|emails?|settings|boards?|reports?|database|db|backups?|everything)`;
/** The product's own objects: only where the sentence says they were wiped (a flow can also be what deletes). */
const OBJECTS_EN = String.raw`(?:${DATA_EN}|flows?|rows?|forms?|tables?|fields?|values?|workspaces?|submissions?|deals?)`;
/** "Missing" is a state only at the end: "the file is missing a header" is a bug report. */
const GONE_EN = String.raw`(?:gone|lost|deleted|wiped(?: out)?|erased|disappeared|vanished|corrupted|destroyed|overwritten|missing(?!\s+(?:a|an|the|some|any|its|their|fields?|columns?|headers?|values?|information|info)\b))`;

const DATA_DE = String.raw`(?:daten|projekte|dateien|datensae?tze|dokumente|eintrae?ge|kontakte|notizen|aufgaben|bestellungen|rechnungen|fotos|bilder|inhalte|e-?mails|backups|anhae?nge|kommentare|ae?nderungen|flows|zeilen|tabellen|formulare|formulareintrae?ge|anmeldungen|workspaces)`;
/** The product's objects in Spanish and French, for the counted-loss families below. */
const DATA_ES = String.raw`(?:datos|proyectos|archivos|ficheros|adjuntos|registros|documentos|fotos|contactos|notas|tareas|pedidos|facturas|contenidos?|formularios|flujos|filas|valores|tablas|respuestas|campos)`;
const DATA_FR = String.raw`(?:donnees|projets|fichiers|pieces jointes|enregistrements|documents|photos|contacts|notes|taches|commandes|factures|contenus|flux|lignes|onglets?|formulaires|tables|valeurs|reponses|champs)`;
/** A count that makes a loss a loss: "all", "every", "2 300", "80k", "acht", "tous". */
const COUNT = String.raw`(?:all|every|each|\d[\d.,\s]*k?|alle|sae?mtliche|zwei|drei|vier|fue?nf|sechs|sieben|acht|neun|zehn|todos|todas|tous|toutes|tout)`;

/**
 * A number of records, roughly: "about 800", "rund 1.200", "unas 300",
 * "environ 2 300", "half of our". Missing records are a loss when counted;
 * "a row is missing" is one entry to look for.
 */
const ABOUT_A_NUMBER = String.raw`(?:(?:about|around|roughly|approximately|over|nearly|almost|more than|at least|etwa|rund|ca\.?|ungefae?hr|ue?ber|fast|mehr als|unos|unas|casi|cerca de|mas de|alrededor de|environ|pres de|plus de|presque|au moins)\s+)?\d[\d.,\s]*k?`;
/** Where a record can be missing without being lost: a view, a filter, an export of it. */
const ONLY_FROM_A_VIEW = String.raw`(?!\s+(?:from|in|on)\s+(?:the\s+|our\s+|my\s+)?(?:export|report|pdf|csv|download|view|filter|search|preview|list view|dashboard|email|summary)\b)`;

/** Processes that can destroy or mangle data in bulk when they misfire. */
const BULK_PROCESS_EN = String.raw`(?:sync\w*|import|migration|integration|update|upgrade|automation|release|deploy\w*|script|job)`;

/** Whose edits an editor bug throws away: "erases the other's changes". */
const OTHERS_WORK_EN = String.raw`(?:the\s+)?(?:other(?:'s|s')?|other people's|others'|everyone(?:'s| else's)|each other's|someone else's|our|my|their|all (?:of )?(?:our|my|the))\s+(?:[a-z]+\s+)?(?:changes|edits|work|data|entries|records|updates|progress)`;
const GONE_DE = String.raw`(?:weg|verschwunden|verloren|geloe?scht|futsch|ue?berschrieben|besche?digt|korrupt)`;

/**
 * Words that start a new phrase or a question, so the data noun before them is
 * not what is gone: "who do I contact FOR lost luggage", "the notes TO the
 * deleted project".
 */
const PHRASE_BREAK_EN = String.raw`(?:for|to|about|if|how|where|when|who|why|what|which|do|does|did|can|could|should|would)`;

export const DATA_LOSS_FAMILIES = [
  dataLoss(
    "en",
    "data_gone",
    re`\b${DATA_EN}\b${words(2, PHRASE_BREAK_EN)}(?:\s+(?:is|are|was|were|has been|have been|got|gets|seems to be|seem to be|appears to be|has|have|just))?\s+(?:been\s+)?(?:completely\s+|entirely\s+|permanently\s+|all\s+|accidentally\s+|just\s+|suddenly\s+)?${GONE_EN}\b`,
  ),
  // "Lost the invoice email" is the customer mislaying a message; our data loss is "lost ALL the data" or "lost OUR data".
  dataLoss("en", "lost_our_data", re`\b(?:lost|losing)\s+(?:(?:all|most|some|half)\s+(?:of\s+)?(?:my|our|the|their)|my|our|their)${words(1)}\s+${DATA_EN}\b`),
  // "A data loss scare", "data loss prevention": the noun names a fear or a product category, not an event.
  dataLoss(
    "en",
    "data_loss_noun",
    re`\bdata\s+(?:loss|corruption)\b(?!\s+(?:scares?|risks?|prevention|protection|polic(?:y|ies)|concerns?|worr(?:y|ies)|fears?|scenarios?|plans?|insurance|guarantees?|dlp)\b)|\bcorrupted\s+(?:data|database|files?|records?|backups?)\b`,
  ),
  dataLoss(
    "en",
    "you_deleted",
    re`\b(?:you|your\s+(?:system|app|update|migration|team|sync|platform|script|support))\s+(?:have\s+|has\s+)?(?:deleted|wiped|erased|overwrote|overwritten|destroyed|lost)\b`,
  ),

  // Edits thrown away in bulk or by a collaboration bug: "whoever saves last erases the other's changes".
  dataLoss(
    "en",
    "work_overwritten",
    re`\b(?:erases?|erased|erasing|overwrites|overwrote|overwritten|overwriting|wipes|wiped|wiping|discards|discarded|discarding|deletes|deleted|deleting)\s+${OTHERS_WORK_EN}\b`,
  ),
  // A misfiring process mangles data in bulk: "our Jira sync duplicated 1,400 issues", "the import corrupted our records".
  dataLoss(
    "en",
    "process_mangled_data",
    re`\b${BULK_PROCESS_EN}\b${words(1)}\s+(?:has\s+|have\s+|just\s+)?(?:duplicated|corrupted|scrambled|overwrote|overwritten|wiped(?:\s+out)?|deleted|erased|mixed up|truncated)\b`,
  ),
  // Files that are still listed but empty: "every attachment shows 0 bytes".
  dataLoss(
    "en",
    "zero_byte_files",
    re`\b(?:shows?|showing|shown|are|is|now|became|become|display(?:s|ed|ing)?)\s+(?:as\s+|only\s+)?(?:0|zero)\s*(?:bytes|b|kb)\b`,
  ),
  // Events that never arrived are gone for the customer: "events from 09:00 to 10:00 were never delivered".
  dataLoss(
    "en",
    "never_delivered",
    re`\b(?:events|webhooks|messages|records|orders|payments|transactions|entries|submissions|responses)\b(?:\s+[^\s.!?;,]+){0,5}?\s+(?:were|have been|got)\s+never\s+(?:delivered|received|synced|processed|recorded|saved|stored|imported)\b`,
  ),

  // Something of ours wiped the customer's data in bulk: "it deleted EVERYTHING", "the bulk delete
  // wiped all 80k rows"; and "Two years of <anything> gone": time's work, whatever it was.
  dataLoss(
    "en",
    "wiped_everything",
    re`\b(?:it|this|that|the\s+(?:bulk\s+delete|filter|sync|import|flow|step|update|migration|merge|connector))\s+(?:just\s+|then\s+|also\s+)?(?:deleted|wiped|erased|removed|overwrote|cleared)\s+(?:everything|all\s+(?:of\s+)?(?:the\s+|our\s+|my\s+)?(?:\d[\d.,]*k?\s+)?${OBJECTS_EN}|every\s+(?:single\s+)?(?:row|record|entry|value))\b|\b(?:\d+|two|three|four|five|ten|several|many)\s+(?:years?|months?|weeks?)\s+of\s+(?:[a-z']+\s+){1,3}?(?:are\s+|is\s+|just\s+)?(?:gone|lost|wiped|deleted)\b`,
  ),

  dataLoss(
    "de",
    "daten_weg",
    re`\b(?:alle|meine|unsere|sae?mtliche|die)${words(1)}\s+${DATA_DE}\b${words(3)}\s+(?:sind|waren|wurden|ist|wurde)${words(2)}\s+${GONE_DE}\b`,
  ),
  // Verb first after a fronted clause: "Nach dem Update sind alle meine Daten weg".
  dataLoss(
    "de",
    "sind_daten_weg",
    re`\b(?:sind|waren|wurden)\s+(?:alle\s+|sae?mtliche\s+)?(?:meine\s+|unsere\s+|die\s+)?${DATA_DE}\b${words(2)}\s+${GONE_DE}\b`,
  ),
  dataLoss(
    "de",
    "daten_verloren",
    re`\b(?:haben|habe|hat)\b${words(4)}\s+(?:daten|projekte|dateien|datensae?tze|dokumente|eintrae?ge)\s+verloren\b|\b(?:daten|dateien|projekt)verlust\b`,
  ),

  dataLoss(
    "de",
    "aenderungen_ueberschrieben",
    re`\b(?:ue?berschreibt|ue?berschrieb|loe?scht|loeschte|loschte)\s+(?:die\s+|alle\s+)?(?:ae?nderungen|eintrae?ge|daten|arbeit)\s+(?:der|des|von)\s+(?:anderen|kolleg\w*)\b|\b(?:synchronisation|sync|import|migration|integration|update)\w*${words(2)}\s+hat${words(4)}\s+(?:dupliziert|verdoppelt|ue?berschrieben|geloe?scht|zerschossen|besche?digt)\b|\b(?:zeigen|zeigt|haben|hat)\s+(?:nur\s+(?:noch\s+)?)?(?:0|null)\s*(?:bytes|byte|kb)\b|\b(?:ereignisse|events|webhooks|nachrichten|bestellungen|datensae?tze)\b(?:\s+[^\s.!?;,]+){0,5}?\s+(?:wurden|sind)\s+(?:nie|niemals)\s+(?:zugestellt|angekommen|geliefert|ue?bertragen|synchronisiert)\b`,
  ),

  // Counted, in any order: "acht Flows aus dem Ordner sind weg", "Seitdem fehlen sämtliche Formulareinträge".
  // A process of ours deleted a counted batch: "hat unser Flow „Artikelsync" 3.800 Artikel in Shopware gelöscht".
  dataLoss(
    "de",
    "gezaehlt_geloescht",
    re`\bhat\b${words(2)}\s+(?:\w+[-\s])?(?:flow|sync|synchronisation|connector|konnektor|update|import|migration|integration|workflow|ablauf|lumaflow)\b${words(3)}\s+(?:\d[\d.,]*|alle|sae?mtliche)\s+(?:\w+\s+){0,1}\w+${words(3)}\s+(?:geloe?scht|ue?berschrieben|vernichtet)\b`,
  ),
  dataLoss(
    "de",
    "gezaehlt_weg",
    re`\b${COUNT}\s+${DATA_DE}\b${words(4)}\s+(?:sind|waren|wurden)${words(1)}\s+${GONE_DE}\b|\bfehlen\s+(?:jetzt\s+|nun\s+|seitdem\s+)?(?:alle|sae?mtliche|unsere|meine)\s+(?:\w+\s+)?${DATA_DE}\b`,
  ),

  // Counted records missing: "about 800 rows are missing from our Orders table", "in der Tabelle fehlen etwa 800 Zeilen",
  // "faltan unas 800 filas", "il manque environ 800 lignes dans notre table".
  dataLoss(
    "en",
    "counted_missing",
    re`\b${ABOUT_A_NUMBER}\s+(?:[a-z]+\s+)?${OBJECTS_EN}\b${words(3, PHRASE_BREAK_EN)}\s+(?:are|were|have gone|went|seem to be|appear to be|are now|are just)\s+(?:simply\s+|now\s+|just\s+)?(?:missing|gone|vanished)\b${ONLY_FROM_A_VIEW}`,
  ),
  // A table shrunk to a fraction after something ran: "now the table has 212 rows instead of 9,800", « il reste 300 lignes
  // sur 8 000 », "quedan 300 filas de 8.000", "nur noch 300 von 8.000 Zeilen".
  dataLoss(
    "en",
    "shrunk_to_a_fraction",
    // "Shows 12 records out of 40" is a filter or a page: the count must say the rest is gone ("instead of", "left").
    re`(?<!\b(?:plan|tier|limit|quota|licen[cs]e|package)\s+)\b(?:has|have|there (?:are|is)|with|only)\s+(?:only\s+|just\s+)?\d[\d.,]*\s+(?:[a-z]+\s+)?${OBJECTS_EN}\s+(?:instead of\s+|left\s+(?:of|out of|from)\s+(?:the\s+)?(?:original\s+)?)(?:about\s+|around\s+)?\d[\d.,]*k?\b|\b(?:left with|down to)\s+(?:only\s+|just\s+)?\d[\d.,]*\s+(?:[a-z]+\s+)?${OBJECTS_EN}\b`,
  ),
  dataLoss("fr", "il_reste_sur", re`\bil\s+(?:ne\s+)?reste\s+(?:que\s+|plus que\s+)?\d[\d.,\s]*\s*(?:\w+\s+)?${DATA_FR}\s+sur\s+\d`),
  dataLoss("es", "quedan_de", re`\b(?:solo\s+)?quedan\s+(?:solo\s+)?\d[\d.,\s]*\s*(?:\w+\s+)?${DATA_ES}\s+de\s+(?:las\s+|los\s+)?\d`),
  dataLoss("de", "nur_noch_von", re`\bnur\s+noch\s+\d[\d.,]*\s+(?:von\s+\d[\d.,]*\s+)?(?:\w+\s+)?${DATA_DE}\b`),
  dataLoss("de", "fehlen_gezaehlt", re`\bfehlen\b${words(4)}\s+${ABOUT_A_NUMBER}\s+(?:\w+\s+)?${DATA_DE}\b`),
  dataLoss("es", "faltan_contados", re`\bfaltan\b${words(3)}\s+${ABOUT_A_NUMBER}\s+(?:\w+\s+)?${DATA_ES}\b`),
  dataLoss("fr", "il_manque", re`\bil\s+(?:nous\s+|me\s+)?manque\s+${ABOUT_A_NUMBER}\s+(?:\w+\s+)?${DATA_FR}\b`),

  dataLoss(
    "es",
    "datos_desaparecidos",
    re`\b(?:todos|todas|mis|nuestros|nuestras|los|las)${words(1)}\s+(?:datos|proyectos|archivos|ficheros|adjuntos|registros|documentos|fotos|contactos|notas|tareas|pedidos|facturas|contenidos?)\b${words(3)}\s+(?:han\s+|se han\s+|fueron\s+|estan\s+|se\s+)?(?:desaparecido|desaparecieron|perdido|perdieron|borrad[oa]s|eliminad[oa]s|perdid[oa]s|corrupt[oa]s)\b`,
  ),
  // Verb first, as Spanish likes it: "han desaparecido todos los archivos adjuntos".
  dataLoss(
    "es",
    "han_desaparecido_datos",
    re`\b(?:han|se han|ha|se ha|se)\s+(?:desaparecido|borrado|eliminado|perdido|desaparecieron|borraron|perdieron)\s+(?:todos|todas|mis|nuestros|nuestras|los|las)\b${words(1)}\s+(?:datos|proyectos|archivos|ficheros|adjuntos|registros|documentos|fotos|contactos|tareas|pedidos|facturas)\b`,
  ),
  dataLoss(
    "es",
    "perdimos_datos",
    re`\bperd(?:i|imos|ieron|ido)\b${words(2)}\s+(?:todos|todas|mis|nuestros|nuestras|los|las)\b${words(2)}\s+(?:datos|proyectos|archivos|registros|documentos)\b|\bperdida\s+de\s+(?:datos|informacion|archivos)\b`,
  ),

  // "Se borraron todos los formularios", "se me borraron todos los valores", "la sincronización borró 2 300 contactos".
  dataLoss(
    "es",
    "se_borraron",
    re`\bse\s+(?:me\s+|nos\s+)?(?:borraron|eliminaron|perdieron|borro|elimino|perdio)\s+(?:todos|todas|los|las|mis|nuestros|nuestras|\d[\d.,\s]*)\b${words(1)}\s+${DATA_ES}\b|\b(?:la|el)\s+(?:sincronizacion|importacion|actualizacion|migracion|flujo|sync|import)\w*${words(3)}\s+(?:borro|elimino|sobrescribio)\s+(?:todos\s+|todas\s+)?(?:los\s+|las\s+|nuestros\s+|nuestras\s+)?(?:\d[\d.,\s]*\s+)?${DATA_ES}\b`,
  ),

  // A process of ours erased in bulk: "un de nos flux a effacé 2 300 contacts", "a effacé tout notre onglet".
  dataLoss(
    "fr",
    "a_efface",
    re`\ba\s+(?:efface|supprime|ecrase|vide)\s+(?:tout(?:es?)?\s+)?(?:nos|notre|mes|mon|ma|les|\d[\d.,\s]*)\s*(?:\w+\s+)?${DATA_FR}\b`,
  ),

  dataLoss(
    "fr",
    "donnees_disparues",
    re`\b(?:tous|toutes|mes|nos|les)${words(1)}\s+(?:donnees|projets|fichiers|pieces jointes|enregistrements|documents|photos|contacts|notes|taches|commandes|factures|contenus)\b${words(3)}\s+(?:ont\s+|sont\s+)?(?:disparu(?:e?s)?|perdu(?:e?s)?|supprime(?:e?s)?|efface(?:e?s)?|corrompu(?:e?s)?)\b`,
  ),
  dataLoss(
    "fr",
    "ont_disparu_donnees",
    re`\b(?:ont|a)\s+disparu\s+(?:tous|toutes|mes|nos|les)\b${words(1)}\s+(?:donnees|projets|fichiers|pieces jointes|documents|enregistrements)\b|\b(?:toutes?|tous|mes|nos|les)\s+(?:pieces jointes|fichiers)\b${words(3)}\s+(?:affichent|font|pesent)\s+(?:0|zero)\s*(?:octets?|ko)\b`,
  ),
  dataLoss(
    "fr",
    "perdu_donnees",
    re`\bperdu\s+(?:toutes?\s+|tous\s+)?(?:mes|nos|les)${words(1)}\s+(?:donnees|projets|fichiers|enregistrements|documents)\b|\bperte\s+de\s+(?:donnees|fichiers)\b`,
  ),
];
