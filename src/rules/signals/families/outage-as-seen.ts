/**
 * outage, as the customer sees it: everything they use has stopped, now
 * ("none of our flows have started for half an hour", "nichts startet mehr
 * seit 20 Minuten"), and the question whether we are down, asked beside such
 * a failure ("the editor won't load. Is there an outage?"). The outage
 * families in outage.ts need a system said to be down; a customer who sees
 * only that nothing works cannot know that, so they report it this way.
 *
 * One surface failing ("the editor won't load") is a defect, not an outage:
 * the scope must be everything ("nothing", "none of our flows", "all flows"),
 * and it must be going on now (a time since, a duration, "anymore").
 */
import { askedBesideSymptom, familiesOf, re, words } from "../family.js";

const outage = familiesOf("outage");

/** What the customer runs on us, each of which can stop. */
const OURS_EN = String.raw`(?:flows?|automations?|workflows?|scenarios|jobs|runs|forms|pages|triggers|zaps|syncs|integrations)`;
const OURS_DE = String.raw`(?:flows?|ablae?uf\w*|automatisierung\w*|formular\w*|workflows?|seiten|jobs)`;
const OURS_ES = String.raw`(?:flujos?|automatizacion\w*|formularios?|procesos?|paginas?)`;
const OURS_FR = String.raw`(?:flux|automatisations?|formulaires?|workflows?|pages?|scenarios?)`;

/** Going on now: a time since, a duration up to now, "anymore". "Last night" alone is history. */
const ONGOING_EN = String.raw`(?:since|for (?:the )?(?:last|past)|for (?:about |over |almost |nearly |more than )?(?:\d+|an?|half an|one|two|three|several) (?:minutes?|mins?|hours?|hrs?)|right now|at the moment|anymore|any more)`;
const ONGOING_DE = String.raw`(?:seit|gerade|momentan|aktuell|derzeit|mehr)`;
const ONGOING_ES = String.raw`(?:desde|hace\s+(?:\d+|una?|media|mas de)|ahora|en este momento|ya no)`;
const ONGOING_FR = String.raw`(?:depuis|en ce moment|actuellement|plus)`;

/**
 * `stopped` with `ongoing` anywhere in its sentence, before or after it. The
 * time word is part of the phrase rather than a separate requirement because
 * the scope itself is a negation ("none of our flows run since 9"), which
 * would cancel a time word read on its own.
 */
function goingOn(stopped: string, ongoing: string): RegExp {
  return new RegExp(String.raw`(?<=\b${ongoing}\b[^.!?;]*)(?:${stopped})|(?=[^.!?;]*\b${ongoing}\b)(?:${stopped})`, "g");
}

/**
 * A failure seen now, anywhere in the ticket: the symptom a question
 * whether we are down stands beside. Error screens and 5xx count; a 401 or
 * 404 is usually the customer's key or link.
 */
const SYMPTOM_EN = re`\b(?:(?:won'?t|will not|doesn'?t|does not|don'?t|do not|isn'?t|is not|aren'?t|are not|can'?t|cannot|couldn'?t|could not)\s+(?:even\s+)?(?:load|open|start|run|work|respond|connect|log ?in|sign ?in|access|reach|get in)\w*|not (?:loading|opening|starting|running|working|responding)|nothing (?:loads|starts|works|runs|opens|happens)|stuck|hangs?|hanging|frozen|timing out|times out|timed out|time-?outs?|crash\w*|(?:error|http)\s+5\d\d|5\d\d\s+errors?|bad gateway|service unavailable|blank (?:page|screen)|unreachable)\b`;
const SYMPTOM_DE = re`\b(?:(?:laedt|lae?dt|startet|starten|lae?uft|laufen|funktioniert|funktionieren|geht|gehen|reagiert|oe?ffnet)\s+(?:\w+\s+)?(?:nicht|nichts)|nichts\s+(?:\w+\s+)?(?:laedt|lae?dt|startet|lae?uft|geht|funktioniert)|hae?ngt|hae?ngen|haengen|nicht erreichbar|(?:fehler\s+)?5\d\d|timeout|zeitueberschreitung|leere seite|weisse seite)\b`;
const SYMPTOM_ES = re`\b(?:no\s+(?:me\s+|nos\s+|se\s+)?(?:carga|cargan|arranca|arrancan|funciona|funcionan|abre|abren|responde|responden|inicia|inician|ejecuta|ejecutan|puedo entrar|podemos entrar|deja entrar)|nada\s+(?:carga|funciona|arranca)|colgad[oa]s?|bloquead[oa]s?|(?:error\s+)?5\d\d|pagina en blanco|pantalla en blanco|tiempo de espera)\b`;
const SYMPTOM_FR = re`\b(?:ne\s+(?:se\s+)?(?:charge|chargent|demarre|demarrent|fonctionne|fonctionnent|marche|marchent|repond|repondent|s'ouvre|s'ouvrent|lance|lancent)(?:\s+(?:pas|plus))?|rien ne\s+(?:se\s+)?(?:charge|marche|fonctionne|demarre)|impossible d'(?:ouvrir|acceder|se connecter)|bloque\w*|plante\w*|(?:erreur\s+)?5\d\d|page blanche|ecran blanc)\b`;

/** "Or is it me?": the customer suspects their own side, and asks which. */
const NOT_ON_OUR_SIDE_EN = String.raw`(?!\s*(?:\?+\s*)?(?:or|,)\s+(?:is it|is that|it's|its)\s+(?:just\s+)?(?:me|us|my|our)\b)`;

export const OUTAGE_AS_SEEN_FAMILIES = [
  outage(
    "en",
    "nothing_runs",
    goingOn(
      String.raw`\b(?:nothing|none of (?:our|my|the)${words(1)}\s+${OURS_EN}|no ${OURS_EN})\s+(?:(?:has|have|is|are|will|seems? to|appears? to|wants? to)\s+)?(?:been\s+)?(?:loads?|loaded|loading|starts?|started|starting|runs?|ran|running|works?|worked|working|opens?|opened|opening|fires?|fired|firing|triggers?|triggered|executes?|executed|responds?|responding)\b(?!\s+(?:right|properly|well|correctly|smoothly|reliably|as (?:expected|it should)))`,
      ONGOING_EN,
    ),
  ),
  outage(
    "en",
    "everything_stopped",
    goingOn(
      String.raw`\b(?:all|every one)\s+(?:of\s+)?(?:our|my|the)${words(1)}\s+${OURS_EN}\s+(?:(?:have|has|are|is|keep)\s+)?(?:stopped|failing|fail|stuck|hanging|hang|frozen|erroring|down)\b`,
      ONGOING_EN,
    ),
  ),
  // One that stopped and all the others with it: "it hasn't run since 8 am and neither have our other syncs".
  outage(
    "en",
    "neither_run",
    goingOn(
      String.raw`\b(?:hasn'?t|has not|haven'?t|have not|didn'?t|did not|won'?t|will not|isn'?t|is not)\s+(?:\w+\s+){0,2}?(?:run|ran|started|loaded|worked|fired|synced|triggered|running|loading|working|syncing)\b[^.!?;]{0,40}?\b(?:neither|nor)\s+(?:have|has|did|do|does|will|are|is)\s+(?:any\s+of\s+)?(?:our|the|my|all)\s+(?:other\s+)?${OURS_EN}\b`,
      ONGOING_EN,
    ),
  ),
  askedBesideSymptom(
    outage(
      "en",
      "asks_if_down",
      re`\b(?:is there (?:an?\s+)?(?:known\s+)?(?:outage|incident|(?:service\s+)?(?:disruption|interruption)|(?:issue|problem) (?:on|at) your (?:side|end))|(?:is|are)\s+(?:lumaflow|it|something|everything|the (?:app|site|service|platform|api|server|servers|editor)|your (?:app|site|service|platform|api|server|servers|side|end)|you(?: guys)?)\s+(?:currently\s+|still\s+)?(?:down|having (?:an?\s+)?(?:outage|incident|issues|problems))|(?:are|is) you(?: guys)? (?:experiencing|seeing) (?:an?\s+)?(?:outage|incident|issues|problems))\b${NOT_ON_OUR_SIDE_EN}`,
    ),
    SYMPTOM_EN,
  ),

  outage(
    "de",
    "nichts_laeuft",
    goingOn(
      // "nichts startet", and verb-second after a fronted time: "seit 20 Minuten startet nichts mehr".
      String.raw`\b(?:nichts|kein(?:e|er|en)?\s+(?:einzige[rns]?\s+)?${OURS_DE})\s+(?:\w+\s+){0,2}?(?:lae?dt|laedt|startet|starten|lae?uft|laeuft|funktioniert|geht|oe?ffnet)\b|\b(?:lae?dt|laedt|startet|lae?uft|laeuft|funktioniert|geht|oe?ffnet)\s+(?:bei uns\s+)?(?:gar\s+)?(?:nichts|kein(?:e|er)?\s+(?:einzige[rns]?\s+)?${OURS_DE})\b`,
      ONGOING_DE,
    ),
  ),
  outage(
    "de",
    "alles_steht",
    goingOn(String.raw`\balle\s+(?:unsere\s+)?${OURS_DE}\s+(?:\w+\s+){0,3}?(?:hae?ngen|haengen|stehen|laufen nicht|starten nicht|schlagen fehl)\b`, ONGOING_DE),
  ),
  askedBesideSymptom(
    outage(
      "de",
      "fragt_ob_ausgefallen",
      re`\b(?:gibt es|habt ihr|haben sie|liegt)\s+(?:\w+\s+){0,2}?(?:eine?n?\s+)?(?:stoe?rung|ausfall)\b|\bist\s+(?:bei (?:ihnen|euch)\s+)?(?:\w+\s+){0,2}?(?:ausgefallen|down|gestoe?rt)\s*\?`,
    ),
    SYMPTOM_DE,
  ),

  outage(
    "es",
    "nada_funciona",
    goingOn(
      String.raw`\b(?:no\s+(?:se\s+)?(?:carga|cargan|arranca|arrancan|funciona|funcionan|abre|abren|inicia|inician|ejecuta|ejecutan)\s+(?:\w+\s+){0,3}?(?:nada|ningun\w*|ni)\b|nada\s+(?:carga|funciona|arranca)|ningun(?:o|a)?\s+${OURS_ES}\s+(?:\w+\s+)?(?:carga|arranca|funciona|se ejecuta|inicia))`,
      ONGOING_ES,
    ),
  ),
  askedBesideSymptom(
    outage(
      "es",
      "pregunta_si_caido",
      re`\b(?:hay|tienen|teneis)\s+(?:una|alguna)\s+(?:caida|incidencia|interrupcion)\b|\b(?:esta|estan)\s+(?:\w+\s+){0,2}?caid[oa]s?\s*\?|\bse\s+(?:ha\s+)?cayo\s+(?:\w+\s+){0,2}?\?`,
    ),
    SYMPTOM_ES,
  ),

  outage(
    "fr",
    "rien_ne_marche",
    goingOn(
      String.raw`\b(?:rien|aucun(?:e)?\s+(?:de nos\s+|des\s+)?${OURS_FR})\s+ne\s+(?:se\s+)?(?:charge|chargent|demarre|demarrent|fonctionne|fonctionnent|marche|marchent|lance|lancent|tourne|tournent|s'ouvre|s'ouvrent|part|partent)\b`,
      ONGOING_FR,
    ),
  ),
  askedBesideSymptom(
    outage(
      "fr",
      "demande_si_en_panne",
      re`\b(?:y a-t-il|y a t il|y-a-t-il|il y a|avez-vous|avez vous)\s+(?:une\s+)?(?:panne|incident en cours|interruption)\b|\b(?:etes-vous|etes vous|c'est|est-ce)\s+(?:\w+\s+){0,2}?en panne\b`,
    ),
    SYMPTOM_FR,
  ),
  // The floor with nothing to do: "30 drivers without routes", « 30 furgonetas sin ruta », "12 Techniker ohne Aufträge".
  // A count (or all of them) of the people or vehicles that work from what we run, left without their work.
  outage(
    "en",
    "crews_idle",
    re`\b(?:\d+|all (?:of )?(?:our |the )?|the whole|every)\s*(?:drivers?|vans?|trucks?|lorries|technicians?|techs|engineers|pickers?|packers?|couriers?|riders?|crews?|shifts?|stores?|shops?|sites?|warehouses?)\s+(?:are\s+|is\s+|sit(?:ting)?\s+|standing\s+|left\s+)?(?:without|with no|have no|has no|got no|can'?t get|cannot get)\s+(?:a\s+|their\s+|any\s+)?(?:routes?|jobs?|work orders?|orders?|tickets?|tours?|runs?|schedules?|dispatch\w*|work)\b`,
  ),
  outage(
    "es",
    "cuadrillas_paradas",
    re`\b(?:\d+|tod[oa]s (?:los |las |nuestr[oa]s )?)\s*(?:conductores|repartidores|furgonetas|camiones|tecnicos|operarios|tiendas|almacenes|choferes)\s+(?:estan\s+|se quedan\s+|siguen\s+)?(?:sin|no tienen)\s+(?:su\s+|sus\s+)?(?:ruta|rutas|trabajo|ordenes|pedidos|partes|servicio)\b`,
  ),
  outage(
    "de",
    "kolonnen_stehen",
    re`\b(?:\d+|alle (?:unsere\w* )?)\s*(?:fahrer\w*|transporter|lkw|techniker\w*|monteure?|kommissionierer\w*|filialen|lager)\s+(?:stehen\s+|sind\s+|haben\s+)?(?:ohne|keine)\s+(?:ihre\s+)?(?:touren?|routen?|auftrae?ge?|arbeit|jobs?)\b`,
  ),
  outage(
    "fr",
    "equipes_a_l_arret",
    re`\b(?:\d+|tous (?:nos |les )?)\s*(?:chauffeurs|livreurs|camions|camionnettes|techniciens|preparateurs|magasins|entrepots)\s+(?:sont\s+|se retrouvent\s+|restent\s+)?(?:sans|n'ont (?:pas|plus) de|n'ont aucun\w*)\s+(?:leur\s+|leurs\s+)?(?:tournees?|itineraires?|travail|commandes|missions|bons?)\b`,
  ),
];
