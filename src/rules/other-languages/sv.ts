/** Swedish, folded ("å", "ä" → "a", "ö" → "o"). */
import { END, gap, type LanguageTable } from "./table.js";

const G2 = gap(2);
const G3 = gap(3);
/** Between a payment and what the customer says of it, across a comma ("a charge on the card, which I never made"). */
const MONEY = String.raw`[^.!?]{0,40}?`;

export const sv: LanguageTable = {
  script: "latin",
  concepts: {
    person: [
      String.raw`(?:prata|tala|chatta|snacka) med (?:en |nagon|er |din |en riktig |en verklig )?(?:manniska|person|handlaggare|medarbetare|chef|ansvarig|supportpersonal|kundtjanst|agent|nagon)`,
      String.raw`(?:riktig|verklig|levande) (?:manniska|person|handlaggare)|ring (?:mig|oss)(?: upp)?${END}|bli uppringd`,
      String.raw`(?:ingen|inte (?:med )?en) (?:bot|chattbot|robot)${END}|koppla (?:mig|oss) (?:vidare|till)|manniska,? tack`,
    ],
    outage: [
      String.raw`alla (?:vara )?(?:floden|floden|workflows|automatiseringar|integrationer|processer) ${G2}(?:hanger|star still|misslyckas|i ko|kors inte|fungerar inte)`,
      String.raw`ligger nere|(?:ar|gick|har gatt) ${G2}(?:nere|ner|offline|otillganglig)${END}|driftstorning|driftstopp|avbrott|totalstopp|haveri`,
      String.raw`inget fungerar|ingenting fungerar|(?:fungerar|funkar) inte alls|ingen kan (?:logga in|jobba|arbeta)|vi kan inte ${G2}(?:jobba|arbeta)`,
      String.raw`(?:foretaget|produktionen|butiken|verksamheten|allt) ${G2}(?:star still|har stannat)|star still`,
    ],
    fraud: [
      String.raw`bedrageri|bedrag\w*|phishing|natfiske|dataintrang|intrang`,
      String.raw`(?:dragning|debitering|betalning|transaktion|kop|kortkop)\w*${MONEY}(?:som (?:jag|vi) inte (?:har )?(?:gjort|godkant|bestallt|kopt)|ej godkand|okand|obehorig)`,
      String.raw`obehorig\w*|(?:konto|profil)\w* ${G2}(?:hackat|kapat|kapad|komprometterat)|hackad|hackat|kapad|kapat`,
      String.raw`nagon ${G2}(?:har loggat in|loggade in|har tillgang|har andrat|andrade|tagit over)|misstankt (?:inloggning|aktivitet)`,
      String.raw`(?:losenord|inloggningsuppgifter|api-?nyck\w*|nyckel|token)\w* ${G3}(?:lackt|lacktes|lackta|stulna|stulen|exponera\w*|publicera\w*|komprometter\w*)`,
    ],
    legal: [
      String.raw`(?:min|var|vara) advokat\w*|(?:kontakta|anlita|ta hjalp av) (?:en |var |min )?advokat|(?:juridiska|rattsliga) atgarder|stamma er|stammer er|stamning|domstol|tingsratt`,
      String.raw`anmal\w* ${G2}(?:till )?(?:imy|arn|konsumentverket|polisen|datainspektionen)|imy${END}|arn${END}|konsumentverket|polisanmal\w*|kronofogde`,
    ],
    chargeback: [
      String.raw`chargeback|aterkrav|aterbetalning via (?:banken|kortet)|bestrida|bestrider|bestridit|reklamera ${G2}(?:hos|via|till) (?:banken|kortutgivaren)|sparra (?:kortet|betalningen)|kontakta (?:min |var )?bank`,
    ],
    data_loss: [
      String.raw`(?:anteckningar|tabell\w*|kolumn\w*|falt(?:en)?|rader) ${G3}(?:forsvunn\w*|borta|raderad\w*|tomma|tomt|overskrivn\w*)`,
      String.raw`(?:data|filer|poster|projekt|floden|kontakter|dokument|historik) ${G3}(?:forsvunn\w*|borta|raderad\w*|forlorad\w*|forlorat|tappat|utraderad\w*)`,
      String.raw`(?:vi|jag) har ${G2}(?:forlorat|tappat) ${G2}(?:data|filer|allt)|dataforlust|(?:allt|all data) (?:ar )?(?:borta|forsvunnen)`,
    ],
    data_rights: [
      String.raw`(?:artikel|art\.?)\s*(?:15|17|20)${END}|ratt(?:en)? (?:till|att) (?:tillgang|radering|bli bortglomd|dataportabilitet)|registerutdrag`,
      String.raw`(?:radera|radering av|kopia (?:pa|av)) (?:alla )?mina (?:person)?uppgifter`,
    ],
    churn: [
      String.raw`(?:saga upp|sager upp|avsluta|avslutar|inte forlanga|inte fornya|kommer inte att fornya) ${G2}(?:abonnemang|avtal|prenumeration|kontrakt|konto|licens)\w*`,
      String.raw`uppsagning|byta (?:till )?(?:leverantor|verktyg|system)|byter till|gar over till|konkurrent\w*`,
    ],
    accessibility: [String.raw`skarmlasare|synskad\w*|blind${END}|fargblind|bara (?:med )?tangentbord|funktionsnedsattning|nvda|jaws|voiceover`],
    handling: [
      String.raw`ingen ${G2}(?:svarar|har svarat|aterkommer|hor av sig)|(?:inget|utan) (?:nagot )?svar|klagomal|kundtjansten (?:ar )?(?:usel|dalig|vardelos)|stangde ${G2}arendet|standardsvar|automatiskt svar|autosvar`,
    ],
    repeat: [String.raw`(?:tredje|fjarde|femte|nte) gangen|(?:redan|har) ${G2}(?:skrivit|mejlat|ringt) ${G2}ganger|samma problem igen`],
  },
  trouble: [
    String.raw`aterstall|aterskapa|tomma${END}|tomt${END}`,
    // What only staff can change: invoices, ownership, tax ids, discounts, quotes.
    String.raw`faktur|agare|agarskap|moms${END}|rabatt|offert`,
    String.raw`fel|error|problem|bugg|fungerar inte|funkar inte|gar inte|kan ${G2}inte|misslyck|kraschar|krasch|hanger sig|laddar inte|trog|langsam|saknas|forsvunn|borta`,
    String.raw`felaktig|dubbel|tva ganger|debiter|dragit|aterbetal|refund|blockerad|sparrad|avstangd|inaktiverad|utgang|hack|virus`,
    String.raw`advokat|jurist|gdpr|dataskydd|personuppgift|avtal|uppsag|klagom|tillganglighet|radera (?:mitt |vart )?konto`,
  ],
  urgency: [
    String.raw`bradskande|akut|omedelbart|genast|sa snart som mojligt|asap|idag|deadline|kritisk|allvarlig|oacceptabel|skandal|lojlig|vardelos|besviken|arg${END}|forbannad|trott pa`,
  ],
  negation: ["inte", "ej", "aldrig", "ingen", "inget", "inga", "ingenting", "utan", "varken"],
  conditional: ["om", "ifall", "i handelse av", "skulle"],
  asks: [
    String.raw`hur|var${END}|vart|nar|varfor|vilken|vilket|vilka|vad|vem|kan jag|kan vi|kan ni|gar det att|ar det mojligt|finns det|har ni|undrar|skulle vilja veta`,
  ],
  thanks: [String.raw`tack|berom|snyggt jobbat|bra jobbat`],
  wish: [String.raw`skulle vara (?:bra|trevligt|toppen|smidigt|anvandbart|kul)|vi skulle vilja|onskemal|forslag|ide${END}|funktion`],
  settles: [String.raw`falskt larm|fungerar (?:igen|nu)|(?:det ar )?lost|ni kan ignorera|hittade det|allt ar bra|allt fungerar`],
};
