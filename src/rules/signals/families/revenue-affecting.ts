/**
 * revenue_affecting: the problem is costing the customer money — lost
 * sales, orders that cannot be paid, "thousands per minute". "Revenue" on
 * its own is a topic ("what is your revenue share?"), so it needs a loss
 * word in the same sentence.
 */
import { familiesOf, re, words } from "../family.js";

const revenue = familiesOf("revenue_affecting");

const MONEY_LOSS_EN = re`\b(?:loss(?:es)?|lose|losing|lost|impact\w*|hit|drop\w*|down|affect\w*|hurt\w*|miss\w*|block\w*|cost\w*|per (?:minute|hour|day))\b`;

export const REVENUE_AFFECTING_FAMILIES = [
  revenue("en", "costing_us", re`\bcost(?:ing|s)?\s+(?:us|me|our (?:company|business))${words(1)}\s+(?:thousands|millions|hundreds|tens of thousands|\$|€|£|\d|money|a fortune|a lot|revenue|sales|customers)`),
  revenue("en", "losing_sales", re`\b(?:losing|lost|lose|loss of|missing out on)${words(1)}\s+(?:sales|revenue|money|orders|deals|business|income|bookings|transactions|subscribers|conversions|customers)\b|\b(?:hurting|impacting|affecting)\s+(?:our\s+|my\s+)?(?:sales|revenue|income|bookings|conversions)\b`),
  revenue("en", "revenue_hit", re`\brevenue\b`, MONEY_LOSS_EN),
  revenue("en", "cannot_take_payments", re`\b(?:can'?t|cannot|can not|unable to|not able to)\s+(?:process|take|accept|receive|collect|capture)\s+(?:any\s+)?(?:payments|orders|money|sales|transactions|bookings)\b|\b(?:customers|users|shoppers|buyers|clients)\b${words(1)}\s+(?:can'?t|cannot|can not|are unable to|unable to|are not able to)\s+(?:check ?out|pay|buy|purchase|order|complete (?:their )?(?:purchases?|orders?|checkout))\b`),

  revenue("de", "kostet_uns", re`\bkostet\s+uns\b${words(3)}\s+(?:tausende|hunderte|millionen|\d|geld|umsatz|viel)`),
  revenue("de", "umsatzverlust", re`\b(?:verlieren|verloren|verlust von|entgehen|entgeht|entgangen)\b${words(2)}\s+(?:umsatz|umsae?tze|geld|einnahmen|kunden|bestellungen|auftrae?ge|verkae?ufe|buchungen)\b|\b(?:umsatz|umsae?tze|geld|einnahmen|kunden|bestellungen|auftrae?ge|verkae?ufe)\b${words(2)}\s+(?:verloren|verlieren|entgangen|entgehen)\b|\b(?:umsatz|einnahme)(?:verlust|verluste|einbussen|einbruch|ausfall|ausfae?lle)\w*\b`),
  revenue("de", "kunden_koennen_nicht_zahlen", re`\bkunden\b${words(1)}\s+koe?nnen\s+(?:nicht|keine\w*)\s+(?:mehr\s+)?(?:bezahlen|bestellen|einkaufen|kaufen|zahlungen)\b`),

  revenue("es", "nos_cuesta", re`\bnos\s+(?:esta\s+)?(?:cuesta|cuestan|costando)\b${words(3)}\s+(?:miles|cientos|millones|\d|dinero|mucho|ventas|clientes)`),
  revenue("es", "perdiendo_ventas", re`\b(?:perdiendo|perdemos|perdimos|hemos perdido|perdida de|perdidas de)${words(1)}\s+(?:ventas|dinero|ingresos|clientes|pedidos|facturacion|negocio|reservas)\b|\blos\s+clientes\s+no\s+pueden\s+(?:pagar|comprar|finalizar)\b`),

  revenue("fr", "nous_coute", re`\b(?:nous|me)\s+coute\w*\b${words(3)}\s+(?:des milliers|des centaines|des millions|\d|de l'argent|cher|tres cher|une fortune|des ventes|des clients)`),
  revenue("fr", "perte_ventes", re`\b(?:perdons|perdu|perdre|perte de|pertes de)\b${words(2)}\s+(?:des\s+|de\s+l'|du\s+|de\s+)?(?:ventes|argent|chiffre d'affaires|revenus|clients|commandes)\b|\bmanque\s+a\s+gagner\b|\bles\s+clients\s+ne\s+peuvent\s+(?:plus\s+)?(?:payer|commander|acheter)\b`),
];
