/** Italian: the concepts as Italian customers write them, folded (no accents: "è" → "e", "perché" → "perche"). */
import { END, gap, type LanguageTable } from "./table.js";

const G2 = gap(2);
const G3 = gap(3);
/** Between a payment and what the customer says of it, across a comma ("a charge on the card, which I never made"). */
const MONEY = String.raw`[^.!?]{0,40}?`;
const PERSON = String.raw`(?:un[ao']?\s*|una |il |la |lo |qualche |vostr[oa] |un vero |una vera )?(?:persona|operator\w*|essere umano|umano|addett\w*|responsabile|supervisor\w*|consulente|tecnico|qualcuno|referente|manager|dipendente)`;

export const it: LanguageTable = {
  script: "latin",
  concepts: {
    person: [
      String.raw`(?:parlare|parlarne|chattare|mettermi in contatto|metterci in contatto|mettetemi in contatto|passatemi|passarmi|essere messo in contatto) (?:con|a) ${PERSON}`,
      String.raw`(?:persona|operatore|essere umano) (?:reale|vero|vera|in carne)|(?:una )?persona vera|operatore umano`,
      String.raw`(?:richiamatemi|chiamatemi|telefonatemi|contattatemi telefonicamente)`,
      String.raw`non (?:voglio |vogliamo )?(?:parlare con )?(?:un |il |questo )?(?:bot|chatbot|robot|risponditore automatico)`,
      String.raw`(?:operatore|persona|umano),? per favore`,
    ],
    outage: [
      String.raw`tutt[ie] (?:i |le )?(?:nostr[ie] )?(?:flussi|workflow|automazioni|integrazioni|processi|job) ${G2}(?:bloccat|ferm|fallit|in coda|non (?:partono|funzionano|vengono eseguit))\w*|nessun (?:flusso|workflow|automazione) (?:parte|funziona|viene eseguit)\w*`,
      String.raw`(?:e|sono|risulta|risultano|va|vanno) ${G2}(?:down|offline|ferm[oai]|irraggiungibil\w*|fuori uso|fuori servizio|inaccessibil\w*|giu${END})`,
      String.raw`non funziona (?:piu )?(?:niente|nulla)|(?:niente|nulla) funziona|tutto (?:e )?(?:fermo|bloccato|down)`,
      String.raw`disservizi\w*|interruzione del servizio|blackout`,
      String.raw`siamo (?:completamente |totalmente )?(?:fermi|bloccati)|non (?:possiamo|riusciamo a|riesce nessuno a) lavorare|nessuno (?:riesce a|puo) (?:accedere|lavorare|entrare|fare login)`,
      String.raw`(?:l'azienda|l'attivita|la produzione|il negozio|il lavoro) (?:e )?(?:ferm|bloccat)`,
    ],
    fraud: [
      String.raw`frod\w*|fraudolent\w*|truff\w*|phishing`,
      String.raw`(?:addebit|pagament|transazion|acquist|prelievi|prelievo)\w*${MONEY}(?:non (?:autorizzat|riconosciut|effettuat|fatt)\w*|sconosciut\w*|che non (?:ho|abbiamo) (?:mai )?fatto)`,
      String.raw`account ${G2}(?:hackerat|violat|compromess|rubat)\w*|(?:hackerat|violat|compromess)\w* (?:il |l'|mio |nostro )?account`,
      String.raw`qualcuno (?:e entrato|ha (?:accesso|effettuato l'accesso|fatto l'accesso|cambiato|modificato)|accede)`,
      String.raw`accesso non autorizzato|accessi (?:non autorizzati|sospetti)|furto (?:di|d')`,
      String.raw`(?:password|credenziali|chiav\w* api|api key|token) ${G3}(?:rubat|trapelat|espost|pubblicat|compromess)\w*|violazione (?:dei|di) dati|data breach`,
    ],
    legal: [
      String.raw`(?:rivolgermi|rivolgerci|rivolgeremo|contattare|contatteremo|consultare|sentire|passare|passeremo) ${G2}(?:a |al |ai |un |il |nostr\w* |mio )?(?:avvocat|legal)\w*`,
      String.raw`(?:il mio|il nostro|i nostri|dal mio|dal nostro) (?:avvocat\w*|legale${END})`,
      String.raw`(?:azion\w*|vie|procedere per vie|passi) legal\w*|fare causa|faremo causa|vi denunc\w*|denuncer\w*|querel\w*|diffid\w*|tribunale|giudice${END}`,
      String.raw`garante (?:della|per la) privacy|autorita garante|agcom|agcm|codacons|associazion\w* (?:dei )?consumatori`,
    ],
    chargeback: [
      String.raw`chargeback|stornare|contestare (?:l'|il |l )?(?:addebito|pagamento)|contestazione (?:dell'|del )?(?:addebito|pagamento)|disconosc\w*`,
      String.raw`(?:chiamare|contattare|chiedere al?la|rivolgermi alla) (?:la )?(?:mia |nostra )?banca|bloccare il pagamento`,
    ],
    data_loss: [
      String.raw`(?:note|tabell[ae]|colonn[ae]|camp[io]|righe|voci) ${G3}(?:spariti|sparite|scomparsi|scomparse|persi|perse|cancellati|cancellate|svuotat\w*|sovrascritt\w*|vuot[ie])`,
      String.raw`(?:dati|file|record|progetti|flussi|workflow|contatti|documenti|cronologia|storico) ${G3}(?:spariti|sparite|scomparsi|scomparse|persi|perse|cancellati|cancellate|eliminati|eliminate|svaniti|andati persi)`,
      String.raw`(?:abbiamo|ho) perso ${G2}(?:dati|file|lavoro|progetti|record|tutto)|perdita di dati`,
    ],
    data_rights: [
      String.raw`art(?:icolo|\.)?\s*(?:15|16|17|20)${END}|diritto (?:di accesso|all'oblio|alla cancellazione|alla portabilita)`,
      String.raw`(?:cancellazione|cancellate|eliminate|copia) ${G2}(?:miei )?dati personali`,
    ],
    churn: [
      String.raw`(?:disdire|disdetta|recedere|recesso|annullare|cancellare|chiudere|interrompere|non rinnover\w*) ${G2}(?:l'|il |la )?(?:abbonamento|contratto|account|sottoscrizione|rapporto|licenz\w*)`,
      String.raw`passare (?:a|ad) (?:un )?(?:concorrent\w*|altro fornitore|altra soluzione)|cambiare fornitore|concorrent\w*|lasciare lumaflow`,
    ],
    accessibility: [
      String.raw`screen reader|lettore (?:di|dello) schermo|non vedent\w*|ipovedent\w*|daltonic\w*|solo (?:con la )?tastiera|nvda|jaws|voiceover`,
    ],
    handling: [
      String.raw`nessuno (?:mi |ci )?(?:risponde|ha risposto|richiama)|senza (?:alcuna )?risposta|nessuna risposta|reclamo|servizio clienti (?:pessimo|vergognoso|inesistente)|mi avete (?:chiuso|ignorato)|risposte? (?:automatic|preconfezionat)\w*`,
    ],
    repeat: [
      String.raw`(?:terza|quarta|quinta|ennesima) volta|(?:gia|ho gia) scritto ${G2}volte|(?:scrivo|vi scrivo|contatto) per la (?:seconda|terza|quarta)`,
    ],
  },
  trouble: [
    String.raw`ripristin|recuper|svuotat|vuot[oaie]${END}`,
    // What only staff can change: invoices, ownership, tax ids, discounts, quotes.
    String.raw`fattur|proprietar|proprieta|intestazion|partita iva|iva${END}|sconto|preventiv`,
    String.raw`error|problem|guast|bug|non funzion|non va${END}|non riesc|non si (?:apre|carica|avvia|collega|sincronizza)|non (?:e possibile|posso|possiamo|riusciamo|arriva|arrivano|compare|compaiono)`,
    String.raw`blocc|rott|fallit|fallisce|impossibil|sbagliat|errat|manca|mancan|sparit|lent|crash|addebit|rimbors|doppi|due volte|scadut|sospes|disattivat|hacker|virus`,
    String.raw`avvocat|legal|gdpr|privacy|dpa${END}|contratt|disdett|reclam|(?:cancellare|eliminare|chiudere) (?:l'|il )?(?:mio |nostro )?account`,
  ],
  urgency: [
    String.raw`urgent|subito|immediatamente|al piu presto|asap|entro (?:oggi|domani|stasera)|scadenza|critic|grave|inaccettabil|vergogn|assurd|ridicol|pessim|schifo|delus|arrabbiat|furios|stufo|basta${END}`,
  ],
  negation: ["non", "mai", "nessun", "nessuno", "nessuna", "niente", "nulla", "senza", "ne"],
  conditional: ["se", "qualora", "nel caso", "in caso", "ipoteticamente", "eventualmente"],
  asks: [
    String.raw`come|dove|quando|perche|quale|quali|quanto|quanti|quante|chi|cosa|che cosa|e possibile|si puo|posso|possiamo|potete|potreste|c'e|ci sono|esiste|avete|vorrei sapere|mi chiedevo|volevo (?:chiedere|sapere)|sapete`,
  ],
  thanks: [String.raw`grazie|ringrazi|complimenti|ottimo lavoro|bravi`],
  wish: [String.raw`sarebbe (?:bello|utile|fantastico|ottimo|comodo)|vorremmo (?:poter|che)|suggeriment|proposta|funzionalita|idea${END}`],
  settles: [
    String.raw`falso allarme|(?:ora|adesso) funziona|funziona di nuovo|e tornato|(?:e|e stato) risolto|tutto risolto|potete ignorare|l'ho trovato|tutto a posto`,
  ],
};
