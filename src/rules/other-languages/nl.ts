/** Dutch, folded ("één" → "een", "geïnteresseerd" → "geinteresseerd"). */
import { END, gap, type LanguageTable } from "./table.js";

const G2 = gap(2);
const G3 = gap(3);
/** Between a payment and what the customer says of it, across a comma ("a charge on the card, which I never made"). */
const MONEY = String.raw`[^.!?]{0,40}?`;

export const nl: LanguageTable = {
  script: "latin",
  concepts: {
    person: [
      String.raw`(?:spreken|praten|chatten|bellen) met (?:een |de |uw |jullie |een echte |een menselijke )?(?:mens|medewerker|persoon|iemand|manager|leidinggevende|supervisor|collega|specialist)`,
      // Dutch puts the verb last: "ik wil graag met een medewerker spreken".
      String.raw`met (?:een |de |uw |jullie )?(?:echte |menselijke )?(?:mens|medewerker|persoon|manager|leidinggevende|supervisor) ${G2}(?:spreken|praten|chatten|bellen)`,
      String.raw`(?:echte|menselijke) (?:mens|medewerker|persoon)|(?:ik wil|graag) (?:een )?(?:mens|medewerker)${END}`,
      String.raw`bel (?:me|mij|ons) (?:terug|op)|terugbelverzoek|doorverbinden|verbind (?:me|mij) door`,
      String.raw`(?:geen|niet met een|niet met de) (?:bot|chatbot|robot)|(?:medewerker|mens),? (?:alstublieft|alsjeblieft|graag)`,
    ],
    outage: [
      String.raw`alle (?:onze )?(?:flows|workflows|automatiseringen|integraties|processen) ${G2}(?:hangen|staan stil|mislukken|falen|in de wachtrij|draaien niet|werken niet)|geen enkele (?:flow|workflow|automatisering) (?:\w+ )?(?:draait|werkt|start|loopt)`,
      String.raw`(?:ligt|is|zijn|lag|liggen) ${G3}(?:plat|eruit|down|offline|onbereikbaar)${END}|storing|uitgevallen|uitval`,
      String.raw`niets werkt|(?:werkt|doet) (?:helemaal )?niets|niemand kan (?:meer )?(?:inloggen|werken|erin)|we kunnen niet (?:meer )?werken`,
      String.raw`(?:bedrijf|productie|winkel|alles) ${G2}(?:ligt|staat) stil|ligt stil|staat stil`,
    ],
    fraud: [
      String.raw`fraude|frauduleu\w*|oplichting|phishing|datalek`,
      String.raw`(?:afschrijving|betaling|transactie|aankoop|boeking|incasso)\w*${MONEY}(?:die (?:ik|wij) niet|niet (?:herken|geautoriseerd|gedaan)|onbekend)`,
      String.raw`(?:account|profiel) ${G2}(?:gehackt|gekaapt|overgenomen|gecompromitteerd)|gehackt|gekaapt`,
      String.raw`iemand (?:heeft|is) ${G2}(?:ingelogd|toegang|gewijzigd|veranderd|binnengedrongen)|onbevoegde? toegang|verdachte (?:inlog|activiteit)`,
      // "Vreemde login", "een login op het beheerdersaccount vanuit Rusland": a sign-in nobody here made.
      String.raw`(?:vreemde|onbekende|rare) (?:login|inlog|aanmelding)|(?:login|inlog|aanmelding) (?:op|bij) (?:het |ons |de )?(?:beheerders|admin)\w* ${G3}vanuit`,
      String.raw`(?:wachtwoord|inloggegevens|api[- ]?sleutel|sleutel|token)\w* ${G3}(?:gelekt|uitgelekt|gestolen|openbaar|gecompromitteerd)`,
    ],
    legal: [
      String.raw`(?:mijn|onze|een) advocaat ${G3}(?:inschakelen|ingeschakeld|contacteren|gecontacteerd|benaderen|kijkt|gaat)|advocaat inschakelen|naar (?:een |mijn |onze )?(?:advocaat|rechter)`,
      String.raw`rechtszaak|juridische (?:stappen|actie)|aanklacht|aangifte|dagvaard\w*|ingebrekestelling|sommatie|autoriteit persoonsgegevens|consumentenbond|geschillencommissie`,
    ],
    chargeback: [
      String.raw`chargeback|terugboek\w*|storneren|stornering|storneer|(?:betaling|afschrijving|incasso) ${G2}(?:terugdraaien|betwisten|terugvorderen)|betwist\w*`,
      String.raw`(?:mijn|onze|de) bank ${G2}(?:inschakelen|bellen|terugboeken)`,
    ],
    data_loss: [
      String.raw`(?:notities|tabel(?:len)?|kolom(?:men)?|velden|rijen|invoer)\w* ${G3}(?:verdwenen|kwijt|gewist|leeg|leeggemaakt|overschreven)|(?:zijn|is) (?:allemaal |helemaal )?(?:weg|verdwenen|kwijt)(?![\p{L}])`,
      String.raw`(?:gegevens|data|bestanden|records|projecten|flows|workflows|contacten|documenten|geschiedenis) ${G3}(?:verdwenen|kwijt|verloren|gewist|verwijderd)`,
      String.raw`(?:alles|alle data|alle gegevens) (?:is |zijn )?(?:weg|kwijt|verdwenen)|dataverlies|gegevensverlies`,
    ],
    data_rights: [
      String.raw`(?:artikel|art\.?)\s*(?:15|17|20)${END}|inzageverzoek|recht (?:op|van) (?:inzage|vergetelheid|verwijdering|dataportabiliteit)`,
      String.raw`(?:verwijder|verwijdering van|kopie van) (?:al )?mijn (?:persoons)?gegevens`,
    ],
    churn: [
      String.raw`(?:abonnement|contract|account|licentie)s? ${G3}(?:opzeggen|beeindigen|stopzetten|niet verlengen|opgezegd)|(?:opzeggen|beeindigen) van (?:ons |mijn |het )?(?:abonnement|contract)`,
      String.raw`opzegging|overstappen (?:naar|op)|overstap naar|concurrent|andere (?:leverancier|aanbieder)`,
    ],
    accessibility: [String.raw`schermlezer|screenreader|slechtziend|blind${END}|kleurenblind|alleen (?:met )?(?:het )?toetsenbord|nvda|jaws|voiceover`],
    handling: [
      String.raw`niemand ${G2}(?:reageert|antwoordt|heeft gereageerd|belt terug)|geen (?:enkele )?reactie|zonder (?:enige )?reactie|klacht|klantenservice (?:is )?(?:slecht|waardeloos|belabberd)|gesloten zonder|standaardantwoord|automatisch antwoord`,
    ],
    repeat: [String.raw`(?:derde|vierde|vijfde|zoveelste) keer|al ${G2}keer (?:gemaild|geschreven|gebeld|gemeld)|weer hetzelfde probleem`],
  },
  trouble: [
    String.raw`terugzetten|herstel|leeg${END}|leeggemaakt|(?:is|zijn) (?:\w+ )?weg${END}`,
    // What only staff can change: invoices, ownership, tax ids, discounts, quotes.
    String.raw`factu|eigenaar|eigendom|btw${END}|korting|offerte`,
    String.raw`fout|error|probleem|storing|bug|werkt niet|werken niet|lukt (?:me |ons )?niet|kan ${G2}niet|kunnen ${G2}niet|gaat mis|mislukt|faalt|kapot|vastgelopen|blijft hangen|hangt|crash|traag`,
    String.raw`ontbreek|verdwenen|kwijt|verkeerd|onjuist|dubbel|twee keer|afgeschreven|afschrijving|terugbetal|restitutie|geblokkeerd|opgeschort|gedeactiveerd|verlopen|hack|virus`,
    String.raw`advoca|jurist|avg${END}|gdpr|privacy|verwerkersovereenkomst|contract|opzeg|klacht|account verwijderen`,
  ],
  urgency: [
    String.raw`dringend|urgent|spoed|onmiddellijk|meteen|zo snel mogelijk|asap|vandaag nog|deadline|kritiek|ernstig|onacceptabel|onaanvaardbaar|schandalig|belachelijk|waardeloos|teleurgesteld|boos|woedend|zat van|klaar mee`,
  ],
  negation: ["niet", "geen", "nooit", "niets", "niemand", "zonder", "noch"],
  conditional: ["als", "indien", "stel dat", "mocht", "ingeval", "in geval"],
  asks: [
    String.raw`hoe|waar|wanneer|waarom|welke|wat|wie|hoeveel|kan ik|kunnen we|kunnen jullie|is het mogelijk|bestaat er|is er|zijn er|hebben jullie|ik vraag me af|graag zou ik weten|weet iemand`,
  ],
  thanks: [String.raw`bedankt|dank|top${END}|geweldig|complimenten`],
  wish: [String.raw`zou (?:mooi|handig|fijn|leuk|geweldig) zijn|suggestie|idee|feature|wens|zouden graag`],
  settles: [
    String.raw`(?:vals|loos) alarm|werkt (?:nu )?(?:weer|opnieuw)|(?:is|zijn) (?:al )?opgelost|laat maar|niet meer nodig|alles is (?:weer )?in orde|(?:ik heb het|heb het|we hebben het) gevonden|kunt (?:dit|het) (?:negeren|sluiten)`,
  ],
};
