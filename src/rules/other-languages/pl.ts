/** Polish, folded ("ą" → "a", "ż" → "z"; the reader folds "ł" to "l"). */
import { END, gap, type LanguageTable } from "./table.js";

const G2 = gap(2);
const G3 = gap(3);
/** Between a payment and what the customer says of it, across a comma ("a charge on the card, which I never made"). */
const MONEY = String.raw`[^.!?]{0,40}?`;

export const pl: LanguageTable = {
  script: "latin",
  concepts: {
    person: [
      String.raw`(?:rozmawiac|porozmawiac|rozmowy|rozmowe|polaczyc|polaczenie|kontakt|kontaktu) z ${G2}(?:czlowiekiem|konsultant\w*|pracownikiem|osoba|kims|kierownikiem|przelozonym|menedzerem|managerem|doradca|opiekunem|specjalista|agentem)`,
      String.raw`(?:prawdziw|zyw)\w* (?:czlowie|osob|konsultant|pracownik)\w*`,
      String.raw`prosze o kontakt telefoniczny|(?:zadzwoncie|oddzwoncie|prosze (?:za|od)dzwonic)`,
      String.raw`nie (?:chce |chcemy )?(?:rozmawiac z )?(?:botem|robotem|chatbotem|automatem)|czlowiek\w*,? prosze`,
    ],
    outage: [
      String.raw`wszystkie (?:nasze )?(?:przeplywy|workflowy|automatyzacje|integracje|procesy) ${G2}(?:stoja|zawieszon\w*|nie dzialaja|w kolejce|nie uruchamiaja)|zaden (?:przeplyw|workflow) nie (?:dziala|uruchamia)`,
      String.raw`awari\w*|nic nie dziala|wszystko ${G2}(?:przestalo dzialac|nie dziala|stoi|padlo|lezy)`,
      String.raw`(?:system|serwis|platforma|aplikacja|strona|serwer|api|lumaflow|usluga|panel) ${G2}(?:padl\w*|lezy|nie dziala|jest niedostepn\w*|przestal\w* dzialac)`,
      String.raw`nikt nie moze (?:sie zalogowac|pracowac|wejsc)|nie mozemy ${G2}pracowac|(?:firma|produkcja|sklep|praca) ${G2}stoi|stoimy${END}|przestoj\w*|niedostepnosc`,
    ],
    fraud: [
      String.raw`oszust\w*|oszuka\w*|wyludz\w*|fraud|phishing|wyciek\w*`,
      String.raw`(?:transakcj|platnos|obciazeni|zakup|pobrani)\w*${MONEY}(?:ktor\w* nie (?:zlecal|robil|wykonal|autoryzowal)\w*|nieautoryzowan\w*|nieznan\w*)|nieautoryzowan\w*`,
      String.raw`(?:konto|profil) ${G2}(?:zhakowan|przejet|wlaman)\w*|zhakowa\w*|wlamanie|ktos ${G2}(?:zalogowal|zmienil|ma dostep|uzyskal dostep|wszedl)`,
      String.raw`podejrzan\w* (?:logowan|aktywnos)\w*|(?:haslo|hasla|dane logowania|klucz\w* api|token)\w* ${G3}(?:wyciekl\w*|wykradzion\w*|skradzion\w*|upublicznion\w*|ujawnion\w*)`,
    ],
    legal: [
      String.raw`(?:moj|nasz|naszego|mojego|naszym|moim) (?:prawnik|adwokat|radc)\w*|(?:skontaktuj|skieruj|przekaz|oddam|oddamy)\w* ${G3}(?:prawnik|adwokat|do sadu)`,
      String.raw`pozew|pozwiemy|pozwe|do sadu|w sadzie|sprawa sadowa|kroki prawne|dzialania prawne|uodo|uokik|rzecznik\w* praw konsument\w*|wezwanie do zaplaty|policj\w*`,
    ],
    chargeback: [
      String.raw`chargeback|obciazenie zwrotne|zwrot ${G2}przez bank|reklamacj\w* (?:w|do) bank\w*|zakwestion\w*|kwestionowa\w*`,
      String.raw`zablokuj\w* (?:platnos|karte)\w*|zglos\w* ${G2}(?:w|do) bank\w*|spor z bankiem`,
    ],
    data_loss: [
      String.raw`(?:notatki|tabel\w*|kolumn\w*|pola|wiersze|wpisy) ${G3}(?:znikn\w*|usuniet\w*|wyczyszczon\w*|puste|nadpisan\w*)`,
      String.raw`(?:dane|pliki|rekordy|projekty|przeplywy|kontakty|dokumenty|historia) ${G3}(?:znikn\w*|przepad\w*|usuniet\w*|skasowan\w*|utracon\w*|stracon\w*|wymazan\w*)`,
      String.raw`(?:stracilismy|stracilem|stracilam|utracilismy) ${G2}(?:dane|pliki|rekordy|prace|wszystko)|utrata danych|utracone dane`,
    ],
    data_rights: [
      String.raw`art(?:ykul|\.)?\s*(?:15|17|20)${END}|prawo (?:dostepu|do usuniecia|do bycia zapomnianym|do przenoszenia)`,
      String.raw`(?:usun\w*|usuniecie|kopi\w*) ${G2}(?:moich |moje )?dan\w* osobow\w*|zadanie usuniecia`,
    ],
    churn: [
      String.raw`(?:rezygn|wypowiedz|wypowiem|anul|zrezygn|zakoncz|nie przedluz)\w* ${G2}(?:subskrypc|umow|abonament|konto|kontrakt|licencj)\w*`,
      String.raw`przejdziemy do|przechodzimy (?:do|na)|zmienimy dostawc\w*|konkurencj\w*`,
    ],
    accessibility: [String.raw`czytnik\w* ekranu|niewidom\w*|slabowidz\w*|daltoni\w*|tylko (?:z )?klawiatur\w*|niepelnospraw\w*|nvda|jaws|voiceover`],
    handling: [
      String.raw`nikt ${G2}nie (?:odpowiada|odpisal|odpowiedzial|oddzwonil)|bez (?:zadnej )?odpowiedzi|brak odpowiedzi|skarg\w*|obsluga (?:klienta )?(?:jest )?(?:fatalna|tragiczna|beznadziejna|skandaliczna)|automatyczn\w* odpowiedz\w*|szablonow\w*`,
    ],
    repeat: [String.raw`(?:trzeci|czwarty|piaty|kolejny|ktorys) raz|juz ${G2}(?:razy|raz) (?:pisze|pisalem|pisalam|zglaszam)|znowu to samo`],
  },
  trouble: [
    String.raw`przywroc|przywrocenie|odzyska|pust[aey]${END}|wyczyszcz`,
    // What only staff can change: invoices, ownership, tax ids, discounts, quotes.
    String.raw`faktur|wlasciciel|nip${END}|vat${END}|rabat|znizk|wycen`,
    String.raw`blad|bledy|bledu|problem|usterk|bug|nie dziala|nie moge|nie mozemy|nie da sie|nie udaje|nie laduje|nie synchroniz|nie laczy|nie pojawia|nie dochodz|zawiesz|zawiesza|crash|wolno|wolne`,
    String.raw`brak|znikn|niepoprawn|nieprawidlow|bledn|podwojn|dwa razy|dwukrotnie|obciaz|pobrali|pobrano|pobral|zwrot|zablokowan|zawieszon|dezaktyw|wygas|hak|wirus`,
    String.raw`prawn|adwokat|rodo|gdpr|prywatnos|umow|rezygn|skarg|reklamacj|usun\w* konto`,
  ],
  urgency: [
    String.raw`pilne|pilnie|natychmiast|jak najszybciej|asap|dzis|dzisiaj|termin|krytyczn|powazn|niedopuszczaln|skandal|zenujac|fataln|rozczarowa|wsciek|zdenerwowan|mam dosc|mamy dosc`,
  ],
  negation: ["nie", "nigdy", "zaden", "zadna", "zadne", "nic", "bez", "ani", "nikt"],
  conditional: ["jesli", "jezeli", "gdyby", "w razie", "w przypadku", "o ile"],
  asks: [
    String.raw`jak|gdzie|kiedy|dlaczego|czemu|ktory|ktora|ktore|co${END}|ile|kto|czy|mozna|da sie|moge|mozemy|czy jest|czy istnieje|chcial(?:bym|abym) wiedziec|prosze o informacj`,
  ],
  thanks: [String.raw`dziekuj|dzieki|gratulacj|swietna robota`],
  wish: [String.raw`byloby (?:super|fajnie|dobrze|wspaniale|przydatne|swietnie)|chcielibysmy|sugesti|propozycj|pomysl|funkcj`],
  settles: [
    String.raw`falszywy alarm|juz dziala|dziala ponownie|(?:problem )?(?:zostal )?rozwiazany|rozwiazane|mozna zignorowac|(?:juz )?znalazlem|znalazlam|wszystko w porzadku`,
  ],
};
