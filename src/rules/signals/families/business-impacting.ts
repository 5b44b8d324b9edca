/**
 * business_impacting: the problem reaches the customer's business — their
 * production, their own customers, their team's work. "Production" alone is
 * a place ("can I test this in production?"); it needs a failure word in the
 * same sentence. The customer's own integration, pipeline or checkout
 * failing counts too: that is their business process breaking on us.
 * "It's not working" alone does not: most how-to tickets say it.
 */
import { familiesOf, re, words } from "../family.js";
import { IMPACT_DE, IMPACT_EN, IMPACT_ES, IMPACT_FR } from "./vocabulary.js";

const business = familiesOf("business_impacting");

export const BUSINESS_IMPACTING_FAMILIES = [
  business("en", "production_failing", re`\b(?:production|prod|live (?:site|system|environment|store|app))\b`, re`${IMPACT_EN}`),
  business(
    "en",
    "our_customers_affected",
    re`\b(?:our|my)\s+(?:customers|clients|users|end-?users|merchants|shoppers|patients|students|team|teams|staff|employees|business|operations|company|agents)\b${words(2)}\s+(?:is|are|was|were|has been|have been|being|got|get)${words(1)}\s+(?:affected|impacted|furious|complaining|blocked|stuck|halted|stopped|paralyzed|paralysed|angry|upset|losing)\b|\b(?:our|my)\s+(?:customers|clients|users|team|staff|employees)\b${words(2)}\s+(?:can'?t|cannot|can not|are unable to|is unable to|couldn'?t)\s+(?:work|use|access|log ?in|sign ?in|checkout|check out|pay|order|buy|operate|do their (?:jobs?|work))\b`,
  ),
  business(
    "en",
    "our_integration_failing",
    re`\b(?:our|my)${words(1)}\s+(?:integrations?|pipelines?|checkout|workflows?|sync|order processing|payment processing|deployments?|data feeds?)\b${words(1)}\s+(?:is|are|keeps?|has been|have been|started|starts)${words(1)}\s+(?:failing|broken|crashing|down|erroring|breaking)\b`,
  ),
  business(
    "en",
    "blocking_our_work",
    re`\b(?:affecting|impacting|blocking|halting|stopping|disrupting|paralyzing|paralysing|hurting)\s+(?:all\s+of\s+|all\s+)?(?:our|my|the)\s+(?:entire\s+|whole\s+)?(?:business|operations|team|company|customers|clients|users|work|workflow|release|launch|sales|production|store|shop|organization|organisation)\b|\b(?:business|mission)[- ]critical\b|\b(?:business|work|operations)\s+(?:is|are)\s+(?:at a\s+)?(?:standstill|halted|stopped|blocked)\b|\b(?:we|i)\s+(?:can'?t|cannot|can not|are unable to|am unable to)\s+(?:work|operate|do (?:any )?business|serve our customers)\b`,
  ),

  business("de", "produktion_gestoert", re`\b(?:produktion|produktiv|live-?system)\w*`, re`${IMPACT_DE}`),
  business(
    "de",
    "unsere_kunden_betroffen",
    re`\b(?:unsere|meine|unser|mein)\s+(?:kunden|nutzer|benutzer|anwender|mitarbeiter|team|teams|firma|abteilung|betrieb|geschae?ft)\b${words(2)}\s+(?:sind|ist|werden|wird|wurde|wurden)${words(1)}\s+(?:betroffen|blockiert|beeintrae?chtigt|verae?rgert|wue?tend|lahmgelegt)\b|\b(?:unsere|meine)\s+(?:kunden|nutzer|mitarbeiter)\b${words(2)}\s+koe?nnen\s+(?:nicht|keine\w*)\s+(?:mehr\s+)?(?:arbeiten|bestellen|bezahlen|einkaufen|zugreifen|einloggen)\b`,
  ),
  business(
    "de",
    "integration_faellt_aus",
    re`\b(?:unsere|meine|unser|mein)${words(1)}\s+(?:integration|schnittstelle|pipeline|checkout|synchronisation|bestellabwicklung|zahlungsabwicklung)\w*${words(3)}\s+(?:schlae?gt|schlagen|ist|sind|bricht|brechen|faellt|fae?llt)${words(3)}\s+(?:fehl|kaputt|ab|aus|ausgefallen|gestoe?rt)\b`,
  ),
  business(
    "de",
    "blockiert_betrieb",
    re`\b(?:blockiert|lae?hmt|legt)\b${words(2)}\s+(?:unser(?:e|en|es)?|mein(?:e|en|es)?)\s+(?:ganze[nsr]?\s+|gesamte[nsr]?\s+)?(?:team|geschae?ft|betrieb|arbeit|firma|unternehmen|kunden)\b|\b(?:geschae?ftsbetrieb|betrieb|geschae?ft)\b${words(2)}\s+(?:steht|ist beeintrae?chtigt|ist blockiert|ist lahmgelegt)\b|\bgeschae?ftskritisch\b|\bwir\s+koe?nnen\s+nicht\s+(?:mehr\s+)?arbeiten\b`,
  ),

  business("es", "produccion_caida", re`\bproduccion\b`, re`${IMPACT_ES}`),
  business(
    "es",
    "clientes_afectados",
    re`\b(?:nuestros|nuestras|nuestro|nuestra|mis|mi)\s+(?:clientes|usuarios|empleados|equipos?|negocio|empresa)\b${words(2)}\s+(?:estan|esta|han sido|ha sido|se ven|se ve|se han visto)${words(1)}\s+(?:afectad[oa]s?|impactad[oa]s?|bloquead[oa]s?|furios[oa]s?|molest[oa]s?|paralizad[oa]s?)\b`,
  ),
  business(
    "es",
    "integracion_falla",
    re`\b(?:nuestra|nuestro|mi)\s+(?:integracion|pipeline|checkout|sincronizacion|pasarela de pago|procesamiento de pedidos)\b${words(2)}\s+(?:esta\s+)?(?:falla|fallando|roto|rota|caid[oa])\b`,
  ),
  business(
    "es",
    "bloquea_negocio",
    re`\b(?:bloquea|bloqueando|afecta|afectando|impacta|impactando|paraliza|paralizando)\b${words(1)}\s+(?:a\s+)?(?:todo\s+)?(?:nuestro|nuestra|nuestros|nuestras|mi|mis)\s+(?:equipo|negocio|operaciones|empresa|clientes|trabajo|ventas)\b|\bno\s+podemos\s+(?:trabajar|operar|vender|atender)\b|\bcritic[oa]\s+para\s+(?:nuestro|el)\s+negocio\b`,
  ),

  business("fr", "production_en_panne", re`\b(?:production|prod)\b`, re`${IMPACT_FR}`),
  business(
    "fr",
    "clients_impactes",
    re`\b(?:nos|mes)\s+(?:clients|utilisateurs|equipes|employes|collaborateurs)\b${words(2)}\s+(?:sont|ont ete|se retrouvent)${words(1)}\s+(?:impactes|affectes|touches|bloques|furieux|mecontents)\b|\b(?:notre|mon)\s+(?:equipe|entreprise|activite|business|societe)\b${words(2)}\s+(?:est|a ete)${words(1)}\s+(?:impactee?|affectee?|touchee?|bloquee?|paralysee?|a l'arret)\b`,
  ),
  business(
    "fr",
    "integration_echoue",
    re`\b(?:notre|mon|ma)\s+(?:integration|pipeline|checkout|synchronisation|passerelle de paiement|traitement des commandes)\b${words(2)}\s+(?:echoue|plante|est en panne|est cassee?|ne fonctionne plus)\b`,
  ),
  business(
    "fr",
    "bloque_activite",
    re`\b(?:bloque|paralyse|impacte|affecte)\b${words(1)}\s+(?:toute\s+)?(?:notre|nos|mon|mes)\s+(?:equipe|activite|entreprise|clients|production|ventes)\b|\bnous\s+ne\s+pouvons\s+(?:plus\s+)?(?:travailler|vendre|operer)\b|\bcritique\s+pour\s+notre\s+activite\b`,
  ),
];
