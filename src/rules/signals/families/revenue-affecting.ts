/**
 * revenue_affecting: the problem is costing the customer money — lost
 * sales, orders that cannot be paid, "thousands per minute", what a business
 * takes in lost (sign-ups, bookings, enquiries, « trois réservations »). "Revenue" on
 * its own is a topic ("what is your revenue share?"), so it needs a loss
 * word in the same sentence.
 */
import { familiesOf, re, withFaultInTicket, words } from "../family.js";

const revenue = familiesOf("revenue_affecting");

/**
 * What the customer bills their own clients from is wrong: every invoice
 * built on it is wrong too, which costs them money or their clients' trust.
 * The dependency sentence ("we invoice our clients from these figures")
 * rarely names the fault itself, so the fault may be anywhere in the ticket
 * (withFaultInTicket); without one it is background ("we bill from these
 * reports — how do I export them?").
 */
const FAULT_EN = re`\b(?:wrong|incorrect\w*|inaccurate|inconsistent|miscalculat\w*|off by|discrepanc\w*|mismatch\w*|(?:doesn'?t|don'?t|do not|does not) add up|rounding (?:error|issue|problem|bug)s?|bug\w*|broken)\b`;
const FAULT_DE = re`\b(?:falsch\w*|fehlerhaft\w*|ungenau\w*|abweich\w*|weich(?:t|en)(?:\s+\w+){0,2}\s+ab|rundungsfehler\w*|stimm(?:t|en) nicht|bug)\b`;
const FAULT_ES = re`\b(?:incorrect[oa]s?|erroneo\w*|equivocad[oa]s?|mal calculad[oa]s?|no cuadra\w*|discrepancia\w*|error de redondeo|bug)\b`;
const FAULT_FR = re`\b(?:faux|fausses?|errone\w*|incorrect\w*|inexact\w*|ne correspond(?:ent)? pas|ecarts?|erreur d'arrondi|bug)\b`;
const CLIENTS_EN = String.raw`(?:clients|customers|members|patients|tenants|students|users|accounts)`;
const SOURCE_EN = String.raw`(?:from|based on|off|using|according to|straight from|directly from)`;

/** How many were lost, between the verb and what ("lost at least three bookings", « perdu au moins trois réservations »). */
const AMOUNT_EN = String.raw`(?:\s+(?:at least|about|around|over|more than|nearly|maybe|some|several|a few|dozens of|hundreds of|\d+|two|three|four|five|ten))*`;
const AMOUNT_ES = String.raw`(?:\s+(?:al menos|unas?|unos|varias|varios|mas de|casi|\d+|dos|tres|cuatro|cinco|diez))*`;
const AMOUNT_FR = String.raw`(?:\s+(?:au moins|environ|plus de|pres de|plusieurs|quelques|\d+|deux|trois|quatre|cinq|dix))*`;

const MONEY_LOSS_EN = re`\b(?:loss(?:es)?|lose|losing|lost|impact\w*|hit|drop\w*|down|affect\w*|hurt\w*|miss\w*|block\w*|cost\w*|per (?:minute|hour|day))\b`;

export const REVENUE_AFFECTING_FAMILIES = [
  revenue(
    "en",
    "costing_us",
    re`\bcost(?:ing|s)?\s+(?:us|me|our (?:company|business))${words(1)}\s+(?:thousands|millions|hundreds|tens of thousands|\$|€|£|\d|money|a fortune|a lot|revenue|sales|customers)`,
  ),
  revenue(
    "en",
    "losing_sales",
    re`\b(?:losing|lost|lose|loss of|missing out on)${words(1)}${AMOUNT_EN}\s+(?:sales|revenue|money|orders|deals|business|income|bookings|transactions|subscribers|conversions|customers|sign-?ups|leads|enquiries|inquiries|registrations|appointments|reservations)\b|\b(?:hurting|impacting|affecting)\s+(?:our\s+|my\s+)?(?:sales|revenue|income|bookings|conversions)\b`,
  ),
  revenue("en", "revenue_hit", re`\brevenue\b`, MONEY_LOSS_EN),
  revenue(
    "en",
    "cannot_take_payments",
    re`\b(?:can'?t|cannot|can not|unable to|not able to)\s+(?:process|take|accept|receive|collect|capture)\s+(?:any\s+)?(?:payments|orders|money|sales|transactions|bookings)\b|\b(?:customers|users|shoppers|buyers|clients)\b${words(1)}\s+(?:can'?t|cannot|can not|are unable to|unable to|are not able to)\s+(?:check ?out|pay|buy|purchase|order|complete (?:their )?(?:purchases?|orders?|checkout))\b`,
  ),
  withFaultInTicket(
    revenue(
      "en",
      "billing_from_faulty_data",
      re`\b(?:we|i)\s+(?:invoice|bill|charge)\s+(?:our|my)\s+${CLIENTS_EN}\b${words(3)}\s+${SOURCE_EN}\s+(?:these|those|this|that|the|your|its|their)\b|\b(?:our|my)\s+(?:invoices|invoicing|billing|client billing|customer invoices)\b${words(1)}\s+(?:is|are|gets?|get|comes?|come)\s+(?:based on|built from|generated from|calculated from|taken from|pulled from|driven by|computed from)\b|\b(?:these|those|the)\s+(?:numbers|figures|totals|amounts|values|hours|sums|reports?|exports?)\b${words(1)}\s+(?:go|goes|feed|feeds|flow|flows)\s+(?:straight\s+|directly\s+)?into\s+(?:our|my)\s+(?:invoices|invoicing|billing)\b`,
    ),
    FAULT_EN,
  ),

  revenue("de", "kostet_uns", re`\bkostet\s+uns\b${words(3)}\s+(?:tausende|hunderte|millionen|\d|geld|umsatz|viel)`),
  revenue(
    "de",
    "umsatzverlust",
    re`\b(?:verlieren|verloren|verlust von|entgehen|entgeht|entgangen)\b${words(2)}\s+(?:umsatz|umsae?tze|geld|einnahmen|kunden|bestellungen|auftrae?ge|verkae?ufe|buchungen|anmeldungen|anfragen|reservierungen|termine)\b|\b(?:umsatz|umsae?tze|geld|einnahmen|kunden|bestellungen|auftrae?ge|verkae?ufe)\b${words(2)}\s+(?:verloren|verlieren|entgangen|entgehen)\b|\b(?:umsatz|einnahme)(?:verlust|verluste|einbussen|einbruch|ausfall|ausfae?lle)\w*\b`,
  ),
  revenue(
    "de",
    "kunden_koennen_nicht_zahlen",
    re`\bkunden\b${words(1)}\s+koe?nnen\s+(?:nicht|keine\w*)\s+(?:mehr\s+)?(?:bezahlen|bestellen|einkaufen|kaufen|zahlungen)\b`,
  ),
  withFaultInTicket(
    revenue(
      "de",
      "abrechnung_aus_fehlerhaften_daten",
      re`\b(?:wir|ich)\s+(?:rechnen|fakturieren|stellen)\b${words(4)}\s+(?:auf (?:basis|grundlage)|anhand|nach|mit hilfe)\s+(?:dieser|diesen|der|den|ihrer|ihren|eurer|euren)\b|\b(?:unsere|meine)\s+(?:rechnungen|abrechnung|abrechnungen|fakturierung|kundenrechnungen)\b${words(2)}\s+(?:basier\w*|beruh\w*|stue?tz\w*)\s+(?:sich\s+)?auf\b|\b(?:unsere|meine)\s+(?:rechnungen|abrechnung|abrechnungen)\b${words(2)}\s+(?:werden|wird)\b${words(2)}\s+(?:aus|anhand)\b`,
    ),
    FAULT_DE,
  ),

  revenue("es", "nos_cuesta", re`\bnos\s+(?:esta\s+)?(?:cuesta|cuestan|costando)\b${words(3)}\s+(?:miles|cientos|millones|\d|dinero|mucho|ventas|clientes)`),
  revenue(
    "es",
    "perdiendo_ventas",
    re`\b(?:perdiendo|perdemos|perdimos|hemos perdido|he perdido|perdida de|perdidas de)${words(1)}${AMOUNT_ES}\s+(?:ventas|dinero|ingresos|clientes|pedidos|facturacion|negocio|reservas|inscripciones|citas|consultas)\b|\blos\s+clientes\s+no\s+pueden\s+(?:pagar|comprar|finalizar)\b`,
  ),
  withFaultInTicket(
    revenue(
      "es",
      "facturacion_con_datos_erroneos",
      re`\b(?:facturamos|cobramos|facturo|cobro)\s+a\s+(?:nuestros|nuestras|mis)\s+(?:clientes|pacientes|socios|usuarios)\b${words(2)}\s+(?:con|segun|a partir de|en base a|basandonos en|tomando)\b|\b(?:nuestras|mis)\s+facturas\b${words(2)}\s+(?:se basan en|salen de|se generan (?:a partir )?de|se calculan (?:a partir )?de|dependen de)\b`,
    ),
    FAULT_ES,
  ),

  revenue(
    "fr",
    "nous_coute",
    re`\b(?:nous|me)\s+coute\w*\b${words(3)}\s+(?:des milliers|des centaines|des millions|\d|de l'argent|cher|tres cher|une fortune|des ventes|des clients)`,
  ),
  revenue(
    "fr",
    "perte_ventes",
    re`\b(?:perdons|perdu|perdre|perte de|pertes de)\b${words(2)}${AMOUNT_FR}\s+(?:des\s+|de\s+l'|du\s+|de\s+)?(?:ventes|argent|chiffre d'affaires|revenus|clients|commandes|reservations|inscriptions|rendez-vous|demandes)\b|\bmanque\s+a\s+gagner\b|\bles\s+clients\s+ne\s+peuvent\s+(?:plus\s+)?(?:payer|commander|acheter)\b`,
  ),
  withFaultInTicket(
    revenue(
      "fr",
      "facturation_sur_donnees_fausses",
      re`\b(?:nous|je)\s+(?:facturons|facture)\s+(?:nos|mes)\s+(?:clients|patients|adherents|utilisateurs)\b${words(2)}\s+(?:a partir de|sur la base de|selon|d'apres|en fonction de)\b|\b(?:nos|mes)\s+factures\b${words(2)}\s+(?:sont\s+)?(?:basees sur|etablies a partir de|calculees a partir de|generees a partir de|dependent de|reposent sur)\b`,
    ),
    FAULT_FR,
  ),
];
