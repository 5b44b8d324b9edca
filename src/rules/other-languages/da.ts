/** Danish, folded ("å" → "a"; the reader folds "ø" to "o"; "æ" stays). */
import { END, gap, type LanguageTable } from "./table.js";

const G2 = gap(2);
const G3 = gap(3);
/** Between a payment and what the customer says of it, across a comma ("a charge on the card, which I never made"). */
const MONEY = String.raw`[^.!?]{0,40}?`;

export const da: LanguageTable = {
  script: "latin",
  concepts: {
    person: [
      String.raw`(?:tale|snakke|chatte) med (?:en |et |nogen|jeres |en rigtig |et rigtigt )?(?:menneske|person|medarbejder|sagsbehandler|chef|leder|ansvarlig|supporter|agent|nogen)`,
      String.raw`(?:rigtigt|levende) menneske|rigtig person|ring (?:mig|os)(?: op)?${END}|blive ringet op`,
      String.raw`(?:ingen|ikke (?:med )?en) (?:bot|chatbot|robot)${END}|stil (?:mig|os) (?:videre|igennem)|menneske,? tak`,
    ],
    outage: [
      String.raw`alle (?:vores )?(?:flows|workflows|automatiseringer|integrationer|processer) ${G2}(?:hænger|star stille|fejler|i ko|korer ikke|virker ikke)`,
      String.raw`(?:er|ligger) nede|gik ned|er gaet ned|utilgængelig|driftsforstyrrelse|nedbrud|driftsstop`,
      String.raw`intet virker|ingenting virker|virker (?:slet )?ikke overhovedet|ingen kan (?:logge ind|arbejde)|vi kan ikke ${G2}arbejde`,
      String.raw`(?:firmaet|produktionen|butikken|forretningen|alt) ${G2}(?:star stille|er gaet i sta)|star stille`,
    ],
    fraud: [
      String.raw`svindel|bedrageri|phishing|datalæk|indbrud`,
      String.raw`(?:træk|betaling|transaktion|kob|hævning)\w*${MONEY}(?:som (?:jeg|vi) ikke (?:har )?(?:foretaget|godkendt|bestilt|lavet|købt)|ikke godkendt|ukendt|uautoriser\w*)|uautoriser\w*`,
      String.raw`(?:konto|profil)\w* ${G2}(?:hacket|kapret|overtaget|kompromitter\w*)|hacket|kapret`,
      String.raw`nogen ${G2}(?:har logget ind|loggede ind|har adgang|har ændret|ændrede|overtaget)|mistænkelig (?:login|aktivitet)`,
      String.raw`(?:adgangskode|password|login-?oplysninger|api-?nogle|nogle|token)\w* ${G3}(?:lækket|stjalet|eksponer\w*|offentliggjort|kompromitter\w*)`,
    ],
    legal: [
      String.raw`(?:vores|min|en) advokat|kontakte (?:en |vores |min )?advokat|retssag|sagsanlæg|retten${END}|juridiske skridt`,
      String.raw`datatilsynet|forbrugerombudsmand\w*|forbrugerklagenævnet|politianmeld\w*|anmelde jer|inkasso`,
    ],
    chargeback: [
      String.raw`chargeback|tilbagefor\w*|indsigelse ${G2}(?:hos|via|til) (?:banken|kortudsteder\w*)|gore indsigelse|spærre (?:kortet|betalingen)|kontakte (?:min |vores )?bank`,
    ],
    data_loss: [
      String.raw`(?:noter|tabel\w*|kolonne\w*|felter|rækker) ${G3}(?:forsvundet|væk|slettet|tomme|tomt|overskrevet)`,
      String.raw`(?:data|filer|poster|projekter|flows|kontakter|dokumenter|historik) ${G3}(?:forsvundet|væk|slettet|mistet|tabt)`,
      String.raw`(?:vi|jeg) har ${G2}mistet ${G2}(?:data|filer|alt)|datatab|tab af data`,
    ],
    data_rights: [
      String.raw`(?:artikel|art\.?)\s*(?:15|17|20)${END}|indsigtsanmodning|ret(?:ten)? til (?:indsigt|sletning|at blive glemt|dataportabilitet)`,
      String.raw`(?:slet|sletning af|kopi af) (?:alle )?mine (?:person)?oplysninger`,
    ],
    churn: [
      String.raw`(?:opsige|opsiger|afslutte|afslutter|ikke forny|forlænge ikke) ${G2}(?:abonnement|aftale|kontrakt|konto|licens)\w*`,
      String.raw`opsigelse|skifte (?:til )?(?:leverandor|værktoj|system)|skifter til|konkurrent\w*`,
    ],
    accessibility: [String.raw`skærmlæser|synshandicap\w*|blind${END}|farveblind|kun (?:med )?tastatur|handicap\w*|nvda|jaws|voiceover`],
    handling: [
      String.raw`ingen ${G2}(?:svarer|har svaret|vender tilbage)|(?:intet|uden) (?:noget )?svar|klage|kundeservice(?:n)? (?:er )?(?:elendig|darlig|ringe)|lukkede ${G2}sagen|lukket uden|standardsvar|automatisk svar`,
    ],
    repeat: [String.raw`(?:tredje|fjerde|femte) gang|(?:allerede|har) ${G2}(?:skrevet|mailet|ringet) ${G2}gange|samme problem igen`],
  },
  trouble: [
    String.raw`gendan|genskab|tomme${END}|tomt${END}`,
    // What only staff can change: invoices, ownership, tax ids, discounts, quotes.
    String.raw`faktur|ejer|moms${END}|rabat|tilbud`,
    String.raw`fejl|error|problem|bug|virker ikke|fungerer ikke|kan ${G2}ikke|lykkes ikke|mislyk|crash|hænger|indlæser ikke|langsom|mangler|forsvundet|væk${END}`,
    String.raw`forkert|dobbelt|to gange|trukket|opkræv|refusion|refunder|blokeret|spærret|suspender|deaktiver|udlobet|hack|virus`,
    String.raw`advokat|jurist|gdpr|databeskyttelse|persondata|aftale|opsig|klage|tilgængelighed|slet (?:min |vores )?konto`,
  ],
  urgency: [
    String.raw`haster|akut|omgaende|straks|hurtigst muligt|asap|i dag|deadline|kritisk|alvorlig|uacceptabel|skandal|latterlig|elendig|skuffet|vred|rasende|træt af`,
  ],
  negation: ["ikke", "aldrig", "ingen", "intet", "ingenting", "uden", "hverken"],
  conditional: ["hvis", "safremt", "i tilfælde af", "skulle"],
  asks: [
    String.raw`hvordan|hvor|hvornar|hvorfor|hvilken|hvilket|hvilke|hvad|hvem|kan jeg|kan vi|kan i${END}|er det muligt|findes der|er der|har i${END}|jeg undrer mig|vil gerne vide`,
  ],
  thanks: [String.raw`tak${END}|tusind tak|mange tak|ros${END}|godt arbejde|flot`],
  wish: [String.raw`ville være (?:godt|fedt|smart|nyttigt|rart|super)|vi vil gerne|onske|forslag|ide${END}|funktion`],
  settles: [String.raw`falsk alarm|virker igen|(?:det er )?lost|i kan ignorere|fandt det|alt er fint|alt virker`],
};
