/**
 * data_loss: the customer's data is gone, deleted, wiped or corrupted.
 * Planning around data ("how do I export my data before I delete the test
 * project") uses present-tense verbs and asks a how-to question, so the
 * families look for the state ("are gone", "was deleted", "lost all our
 * records") and the question rule cancels "is my data deleted when I cancel?".
 */
import { familiesOf, re, words } from "../family.js";

const dataLoss = familiesOf("data_loss");

const DATA_EN = String.raw`(?:data|projects?|files?|records?|documents?|photos?|work|content|history|entries|contacts?|notes?|tasks?|orders?|invoices?|messages?|emails?|settings|boards?|reports?|database|db|backups?|everything)`;
/** "Missing" is a state only at the end: "the file is missing a header" is a bug report. */
const GONE_EN = String.raw`(?:gone|lost|deleted|wiped(?: out)?|erased|disappeared|vanished|corrupted|destroyed|overwritten|missing(?!\s+(?:a|an|the|some|any|its|their|fields?|columns?|headers?|values?|information|info)\b))`;

const DATA_DE = String.raw`(?:daten|projekte|dateien|datensae?tze|dokumente|eintrae?ge|kontakte|notizen|aufgaben|bestellungen|rechnungen|fotos|bilder|inhalte|e-?mails|backups)`;
const GONE_DE = String.raw`(?:weg|verschwunden|verloren|geloe?scht|futsch|ue?berschrieben|besche?digt|korrupt)`;

export const DATA_LOSS_FAMILIES = [
  dataLoss("en", "data_gone", re`\b${DATA_EN}\b${words(2)}(?:\s+(?:is|are|was|were|has been|have been|got|gets|seems to be|seem to be|appears to be|has|have|just))?\s+(?:been\s+)?(?:completely\s+|entirely\s+|permanently\s+|all\s+|accidentally\s+|just\s+|suddenly\s+)?${GONE_EN}\b`),
  // "Lost the invoice email" is the customer mislaying a message; our data loss is "lost ALL the data" or "lost OUR data".
  dataLoss("en", "lost_our_data", re`\b(?:lost|losing)\s+(?:(?:all|most|some|half)\s+(?:of\s+)?(?:my|our|the|their)|my|our|their)${words(1)}\s+${DATA_EN}\b`),
  dataLoss("en", "data_loss_noun", re`\bdata\s+(?:loss|corruption)\b|\bcorrupted\s+(?:data|database|files?|records?|backups?)\b`),
  dataLoss("en", "you_deleted", re`\b(?:you|your\s+(?:system|app|update|migration|team|sync|platform|script|support))\s+(?:have\s+|has\s+)?(?:deleted|wiped|erased|overwrote|overwritten|destroyed|lost)\b`),

  dataLoss("de", "daten_weg", re`\b(?:alle|meine|unsere|sae?mtliche|die)${words(1)}\s+${DATA_DE}\b${words(3)}\s+(?:sind|waren|wurden|ist|wurde)${words(2)}\s+${GONE_DE}\b`),
  // Verb first after a fronted clause: "Nach dem Update sind alle meine Daten weg".
  dataLoss("de", "sind_daten_weg", re`\b(?:sind|waren|wurden)\s+(?:alle\s+|sae?mtliche\s+)?(?:meine\s+|unsere\s+|die\s+)?${DATA_DE}\b${words(2)}\s+${GONE_DE}\b`),
  dataLoss("de", "daten_verloren", re`\b(?:haben|habe|hat)\b${words(4)}\s+(?:daten|projekte|dateien|datensae?tze|dokumente|eintrae?ge)\s+verloren\b|\b(?:daten|dateien|projekt)verlust\b`),

  dataLoss("es", "datos_desaparecidos", re`\b(?:todos|todas|mis|nuestros|nuestras|los|las)${words(1)}\s+(?:datos|proyectos|archivos|ficheros|registros|documentos|fotos|contactos|notas|tareas|pedidos|facturas|contenidos?)\b${words(3)}\s+(?:han\s+|se han\s+|fueron\s+|estan\s+|se\s+)?(?:desaparecido|desaparecieron|perdido|perdieron|borrad[oa]s|eliminad[oa]s|perdid[oa]s|corrupt[oa]s)\b`),
  dataLoss("es", "perdimos_datos", re`\bperd(?:i|imos|ieron|ido)\b${words(2)}\s+(?:todos|todas|mis|nuestros|nuestras|los|las)\b${words(2)}\s+(?:datos|proyectos|archivos|registros|documentos)\b|\bperdida\s+de\s+(?:datos|informacion|archivos)\b`),

  dataLoss("fr", "donnees_disparues", re`\b(?:tous|toutes|mes|nos|les)${words(1)}\s+(?:donnees|projets|fichiers|enregistrements|documents|photos|contacts|notes|taches|commandes|factures|contenus)\b${words(3)}\s+(?:ont\s+|sont\s+)?(?:disparu(?:e?s)?|perdu(?:e?s)?|supprime(?:e?s)?|efface(?:e?s)?|corrompu(?:e?s)?)\b`),
  dataLoss("fr", "perdu_donnees", re`\bperdu\s+(?:toutes?\s+|tous\s+)?(?:mes|nos|les)${words(1)}\s+(?:donnees|projets|fichiers|enregistrements|documents)\b|\bperte\s+de\s+(?:donnees|fichiers)\b`),
];
