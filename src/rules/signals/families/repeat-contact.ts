/**
 * repeat_contact: the customer has already contacted us about this,
 * perhaps several times. "Second time" is too common outside support ("my
 * second time using the app"), so it only counts next to a verb of
 * contacting; third and later always count. "Keep asking" is ours only
 * with the customer as its subject: "our clients keep asking for a PDF
 * export" is demand for a feature, not a chase.
 */
import { familiesOf, re, words } from "../family.js";

const repeat = familiesOf("repeat_contact");

const CONTACT_VERB_EN = String.raw`(?:contact\w*|writ\w*|wrote|email\w*|call\w*|ask\w*|report\w*|reach\w*|open\w*|rais\w*|submit\w*|messag\w*|chat\w*|explain\w*|tell\w*|told|follow\w* up)`;

export const REPEAT_CONTACT_FAMILIES = [
  repeat(
    "en",
    "nth_time",
    re`\b(?:third|3rd|fourth|4th|fifth|5th|sixth|6th|seventh|eighth|ninth|tenth|umpteenth|nth|\d{2}th)\s+time\b|\b(?:second|2nd)\s+time\b${words(3)}\s+${CONTACT_VERB_EN}\b|\bnot\s+the\s+first\s+time\b`,
  ),
  repeat(
    "en",
    "many_times",
    re`\b(?:asked|contacted|written|wrote|emailed|called|reported|explained|told you|raised|messaged|reached out|provided|sent|followed up)\b${words(5)}\s+(?:multiple|several|many|numerous|countless|\d+|two|three|four|five|a dozen|a few)\s+times\b|\b(?:again and again|over and over(?: again)?|time and (?:time )?again)\b`,
  ),
  repeat(
    "en",
    "many_tickets",
    re`\b(?:after|despite|over|across|in|opened|submitted|filed|sent|raised|created|written|made|had)${words(1)}\s+(?:multiple|several|many|numerous|countless|\d+|two|three|four|five|six|a dozen)\s+(?:previous\s+|prior\s+|other\s+|separate\s+|different\s+|support\s+)?(?:tickets|cases|support requests|requests to support|emails|calls|chats|messages|attempts|follow[- ]?ups|reminders)\b`,
  ),
  repeat(
    "en",
    "already_contacted",
    re`\b(?:already|previously)${words(1)}\s+(?:contacted|reported|written|emailed|called|asked|explained|opened a ticket|raised this|submitted)\b|\b(?:contacted|written to|emailed|called|reported this to)\s+(?:you|support|your support|your team)${words(1)}\s+(?:before|already|previously|twice|last week|yesterday)\b|\bfollow(?:ing)?[- ]up\s+on\s+(?:my|our)\s+(?:previous|earlier|last|open|original)?\s*(?:ticket|request|email|case|message)\b|(?:\b(?:i|we)\s+(?:just\s+|still\s+|have\s+to\s+|had\s+to\s+)?|^\s*)keep\s+(?:having\s+to\s+(?:contact|write|email|call|explain|ask|chase|remind)|(?:contact|writ|email|call|explain|ask|chas|remind)ing)\b`,
  ),
  repeat(
    "en",
    "still_unresolved",
    re`\bstill\s+(?:not|hasn't been|has not been|isn't|is not|wasn't|haven't|have not)\s+(?:been\s+)?(?:fixed|resolved|solved|addressed|answered)\b|\bstill\s+(?:no|without an?)\s+(?:fix|solution|answer|response|resolution)\b`,
  ),

  // A dated earlier report: "I reported this two weeks ago", "I wrote about this last week too".
  repeat(
    "en",
    "reported_before",
    re`\b(?:reported|raised|flagged|logged|mentioned|submitted)\s+(?:this|it|that|the\s+(?:issue|problem|bug|error))\b${words(4)}\s+(?:ago|before|already|previously|earlier|last\s+[a-z]+|yesterday|too|as well)\b|\b(?:wrote|written|emailed|messaged|called|contacted\s+you|asked)\s+(?:you\s+|support\s+)?about\s+(?:this|it|that|the\s+(?:issue|problem|bug|error))\b${words(3)}\s+(?:ago|before|already|previously|earlier|last\s+[a-z]+|yesterday|too|as well)\b`,
  ),
  // Still waiting on an earlier contact: "still waiting for a reply", "since my last ticket", "every month I have to chase you".
  repeat(
    "en",
    "still_waiting",
    re`\bstill\s+waiting\s+(?:for|on)\s+(?:an?\s+|your\s+|any\s+|the\s+)?(?:reply|answer|response|fix|update|callback|call back|refund|resolution|solution)\b|\bsince\s+my\s+(?:last|previous|first|earlier)\s+(?:ticket|email|e-mail|message|request|call)\b|\b(?:have|had|having)\s+to\s+(?:chase|remind|nag)\s+(?:you|your\s+team|support)\b`,
  ),
  repeat(
    "de",
    "zum_nten_mal",
    re`\bzum\s+(?:dritten|vierten|fue?nften|sechsten|x-ten|zigsten|wiederholten|\d+\.)\s+mal\b|\bnicht\s+(?:zum\s+)?(?:das\s+)?erste(?:n)?\s+mal\b`,
  ),
  repeat(
    "de",
    "mehrfach",
    re`\b(?:mehrfach|mehrmals|wiederholt|schon\s+(?:oft|mehrfach|mehrmals|zweimal|dreimal)|x-mal|zigmal|zweimal|dreimal|viermal|bereits|schon)\b${words(3)}\s+(?:geschrieben|kontaktiert|gemeldet|angerufen|nachgefragt|gefragt|erklae?rt|beschwert|reklamiert|ein ticket (?:eroe?ffnet|erstellt))\b|\bimmer\s+(?:noch|wieder)\s+(?:nicht\s+)?(?:geloe?st|behoben|beantwortet)\b|\bnoch\s+immer\s+nicht\s+(?:geloe?st|behoben)\b`,
  ),
  repeat(
    "de",
    "schon_gemeldet",
    re`\b(?:vor|seit)\s+(?:\d+|zwei|drei|vier|einer|einem|mehreren)\s+(?:tagen|wochen|monaten|woche|monat)\b${words(3)}\s+(?:gemeldet|geschrieben|reklamiert|angefragt)\b|\bwarte\w*\s+(?:immer\s+noch|noch\s+immer|seit\s+\w+\s+\w+)\s+auf\s+(?:eine\s+|ihre\s+|eure\s+)?(?:antwort|rue?ckmeldung|loe?sung)\b`,
  ),
  repeat("de", "nach_tickets", re`\bnach\s+(?:\d+|zwei|drei|vier|fue?nf|mehreren|vielen|etlichen)\s+(?:tickets|anfragen|e-?mails|anrufen|versuchen)\b`),

  repeat(
    "es",
    "por_enesima_vez",
    re`\bpor\s+(?:tercera|cuarta|quinta|sexta|enesima|\d+a)\s+vez\b|\b(?:es|esta\s+es)\s+la\s+(?:segunda|tercera|cuarta|quinta|enesima)\s+vez\s+que\s+(?:les?\s+|os\s+)?(?:escribo|escribimos|contacto|contactamos|llamo|llamamos|reporto|reclamo|pregunto|pido)\b|\bno\s+es\s+la\s+primera\s+vez\b`,
  ),
  repeat(
    "es",
    "varias_veces",
    re`\b(?:he|hemos|ya)${words(1)}\s+(?:escrito|contactado|llamado|preguntado|reportado|explicado|reclamado|enviado)\b${words(3)}\s+(?:varias|muchas|multiples|\d+|dos|tres|cuatro)\s+veces\b|\bya\s+(?:lo\s+)?(?:reporte|escribi|contacte|llame|he reportado|he escrito|he contactado|hemos reportado|hemos escrito)\b|\bsigue\s+sin\s+(?:resolverse|solucion|arreglarse)\b`,
  ),
  repeat("es", "despues_de_tickets", re`\bdespues\s+de\s+(?:\d+|dos|tres|cuatro|varios|muchos)\s+(?:tickets|correos|llamadas|mensajes|intentos|reclamos)\b`),

  repeat(
    "fr",
    "pour_la_nieme_fois",
    re`\b(?:c'est|voici)\s+(?:ma|notre)\s+(?:deuxieme|troisieme|quatrieme|cinquieme|enieme|\d+e|\d+eme)\s+(?:relance|demande|reclamation|message|e-?mail|appel|ticket)\b|\bpour\s+la\s+(?:troisieme|quatrieme|cinquieme|sixieme|enieme|\d+e|\d+eme)\s+fois\b|\bce\s+n'est\s+pas\s+la\s+premiere\s+fois\b`,
  ),
  repeat(
    "fr",
    "plusieurs_fois",
    re`\b(?:ai|avons)\s+(?:deja\s+)?(?:ecrit|contacte|appele|signale|demande|explique|relance|envoye)\b${words(3)}\s+(?:plusieurs|de nombreuses|maintes|\d+|deux|trois|quatre)\s+(?:fois|reprises)\b|\bdeja\s+(?:signale|contacte|ecrit|appele|relance)\b|\ba\s+maintes\s+reprises\b|\btoujours\s+pas\s+(?:resolu|corrige|regle)\b`,
  ),
  repeat("fr", "apres_tickets", re`\bapres\s+(?:\d+|deux|trois|quatre|plusieurs|de nombreux)\s+(?:tickets|e-?mails|appels|messages|demandes|relances)\b`),
];
