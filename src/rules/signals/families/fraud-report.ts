/**
 * security_incident, as the customer reports fraud: "I'd like to report a
 * fraud on my card", "fraudulent charges", "a payment I never made", "my
 * card was stolen". A fraud report is a hard trigger like a hacked account;
 * the security team checks it. Questions about the process ("how do I
 * report a stolen card?") are topic questions and cancelled by the question
 * rule; "no fraudulent activity" by negation; a bank's fraud alert the
 * customer cleared ("it was me", "it's sorted") by self-confirmation and
 * retraction (selfConfirmable; in every language: "era mi socio", "c'était
 * mon associé").
 */
import { familiesOf, re, selfConfirmable, words } from "../family.js";

const fraud = familiesOf("security_incident");

/** Money that moved: the objects of a fraud report. */
const MONEY_EN = String.raw`(?:charges?|transactions?|payments?|purchases?|withdrawals?|transfers?|debits?|orders?)`;
/** "Fraudulent", and the ways people type it ("fradulent", "fraudlent"). */
const FRAUDULENT = String.raw`frau?du?lent`;

export const FRAUD_REPORT_FAMILIES = [
  fraud("en", "report_fraud", re`\b(?:report|reporting|flag|flagging)\s+(?:a\s+|some\s+|this\s+|the\s+)?(?:fraud|${FRAUDULENT}\s+\w+|scam|identity theft)\b`),
  selfConfirmable(
    fraud(
      "en",
      "fraudulent_money",
      re`\b${FRAUDULENT}\s+(?:${MONEY_EN}|activity|use|account|logins?)\b|\bfraud\s+on\s+(?:my|our)\s+(?:\w+\s+)?(?:card|account)\b`,
    ),
  ),
  selfConfirmable(
    fraud(
      "en",
      "money_not_mine",
      re`\b${MONEY_EN}\b${words(5)}\s+(?:that\s+)?(?:i|we)\s+(?:never|didn'?t|did not|have not|haven'?t)\s+(?:made|make|authori[sz]ed?|approved?|placed?|do|did)\b|\b(?:i|we)\s+(?:don'?t|do not|didn'?t|did not)\s+recogni[sz]e\s+(?:this|these|the|a|an|any|some|two|three)\s+(?:\w+\s+)?${MONEY_EN}\b`,
    ),
  ),
  fraud(
    "en",
    "stolen",
    re`\b(?:my|our)\s+(?:\w+\s+){0,2}?(?:card|wallet|purse|phone|laptop|identity|cheque ?book|checkbook)\s+(?:was|has been|got|were|had been)\s+(?:stolen|taken|nicked|swiped|cloned|skimmed)\b|\b(?:someone|somebody)\s+(?:stole|has stolen|took|cloned)\s+(?:my|our)\s+(?:\w+\s+)?(?:card|wallet|identity|phone|laptop)\b`,
  ),

  selfConfirmable(
    fraud(
      "de",
      "betrug",
      re`\b(?:betrug|betrugsfall)\s+melden\b|\bbetrue?gerische[nrs]?\s+(?:abbuchung|zahlung|transaktion|aktivitae?t|belastung|bestellung)\w*|\b(?:karte|kreditkarte|bankkarte|geldbeutel|geldboe?rse|handy|laptop)\s+(?:wurde|ist)\s+(?:mir\s+)?gestohlen\b|\b(?:abbuchung|zahlung|transaktion|belastung|bestellung)\w*${words(4)},?\s+(?:die|den)\s+ich\s+(?:nie|nicht)\s+(?:getae?tigt|autorisiert|veranlasst|gemacht)\b`,
    ),
  ),
  selfConfirmable(
    fraud(
      "es",
      "fraude",
      re`\b(?:reportar|denunciar)\s+(?:un\s+)?fraude\b|\b(?:cargos?|compras?|transacciones|transaccion|pagos?|cobros?)\s+fraudulent[oa]s?\b|\bme\s+(?:robaron|han robado)\s+(?:la|mi)\s+(?:tarjeta|cartera|identidad|telefono|movil)\b|\b(?:cargos?|compras?|pagos?|cobros?)\b${words(4)},?\s+que\s+(?:yo\s+)?no\s+(?:hice|realice|autorice|reconozco)\b`,
    ),
  ),
  selfConfirmable(
    fraud(
      "fr",
      "fraude",
      re`\bsignaler\s+une\s+fraude\b|\b(?:paiements?|prelevements?|transactions?|achats?|debits?)\s+frauduleu(?:x|se|ses)\b|\bon\s+m'a\s+vole\s+(?:ma|mon)\s+(?:carte|portefeuille|telephone|identite)\b|\b(?:ma|notre)\s+carte\s+(?:a\s+ete|est)\s+volee\b|\b(?:paiements?|prelevements?|achats?|debits?)\b${words(4)},?\s+que\s+(?:je|nous)\s+n'(?:ai|avons)\s+(?:pas|jamais)\s+(?:fait|faits|effectue|effectues|autorise|autorises)\b`,
    ),
  ),
];
