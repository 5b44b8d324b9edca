/**
 * many_users_affected: the problem hits a whole population (all users, the
 * entire platform, thousands of customers). Scope words are everyday words
 * ("can I invite all my team members?"), so each family also needs an
 * impact word in the same sentence.
 */
import { familiesOf, re } from "../family.js";
import { COUNT_MANY, IMPACT_DE, IMPACT_EN, IMPACT_ES, IMPACT_FR } from "./vocabulary.js";

const manyUsers = familiesOf("many_users_affected");

/**
 * Counted populations start at two digits: "3 users can't log in" is a
 * team's problem, "40 users can't log in" is an incident's reach. "All 40
 * of our field technicians" counts whoever the nouns name: the people a
 * business has are an open class (techs, drivers, nurses, cashiers…). Counts
 * may carry thousands separators ("1,200", "1.200"), see COUNT_MANY.
 */
export const MANY_USERS_AFFECTED_FAMILIES = [
  manyUsers(
    "en",
    "whole_population",
    re`\b(?:all|every|each)\s+(?:of\s+)?(?:our\s+|my\s+|the\s+)?(?:users|customers|clients|accounts|employees|members|team members|tenants|merchants|stores|locations|sites|offices|subscribers|agents|staff|seats)\b|\b(?:entire|whole)\s+(?:platform|team|company|organi[sz]ation|org|user ?base|customer ?base|staff|department|office)\b|\b(?:everyone|everybody)\s+(?:in|at|on)\s+(?:our|my|the)\s+(?:company|team|org|organi[sz]ation|office)\b|\b(?:every|each)\s+(?:single\s+)?(?:user|customer|client|account)\b|\bcompany-?wide\b|\borgani[sz]ation-?wide\b`,
    re`${IMPACT_EN}`,
  ),
  manyUsers(
    "en",
    "counted_users",
    re`\b(?:hundreds|thousands|millions|dozens)\s+of\s+(?:users|customers|clients|people|accounts|employees)\b|${COUNT_MANY}\s+(?:users|customers|clients|employees|accounts|people|seats|staff|colleagues|agents|devices)\b|\b(?:nobody|no one|none of (?:our|the) users)\s+(?:can|is able to|could)\b|\b(?:all|every one of|each of)\s+(?:the\s+)?${COUNT_MANY}\s+of\s+(?:our|my|the)\s+(?:[a-z-]+\s+)?[a-z-]+s\b|\b(?:every one|each|all) of (?:the|our|my)\s+${COUNT_MANY}\s+(?:[a-z-]+\s+)?[a-z-]+s\b`,
    re`${IMPACT_EN}`,
  ),

  manyUsers(
    "de",
    "alle_nutzer",
    re`\b(?:alle|sae?mtliche)\s+(?:unsere[nr]?\s+|meine[nr]?\s+)?(?:nutzer|benutzer|kunden|mitarbeiter|mitarbeitenden|konten|accounts|anwender|teammitglieder|filialen|standorte|user)\b|\b(?:gesamte[nr]?|ganze[nr]?)\s+(?:plattform|team|firma|unternehmen|belegschaft|kundenstamm|abteilung|organisation|system)\b|\b(?:hunderte|tausende|dutzende)\s+(?:von\s+)?(?:nutzern?|kunden|mitarbeitern?|usern?)\b|${COUNT_MANY}\s+(?:nutzer\w*|kunden|mitarbeite\w*|user|benutzer\w*|personen|kolleg\w*)\b|\b(?:niemand|keiner)\s+(?:kann|koe?nnen)\b|\b(?:firmen|unternehmens)weit\b`,
    re`${IMPACT_DE}`,
  ),

  manyUsers(
    "es",
    "todos_los_usuarios",
    re`\b(?:todos|todas)\s+(?:los|las|nuestros|nuestras|mis)\s+(?:usuarios|clientes|empleados|cuentas|tiendas|miembros)\b|\b(?:toda|todo)\s+(?:la|el|nuestra|nuestro)\s+(?:plataforma|equipo|empresa|organizacion|compania|base de usuarios|base de clientes)\b|\b(?:cientos|miles|decenas|millones)\s+de\s+(?:usuarios|clientes|personas|cuentas)\b|${COUNT_MANY}\s+(?:usuarios|clientes|empleados|personas)\b|\bnadie\s+puede\b`,
    re`${IMPACT_ES}`,
  ),

  manyUsers(
    "fr",
    "tous_les_utilisateurs",
    re`\b(?:tous|toutes)\s+(?:les|nos|mes)\s+(?:utilisateurs|clients|employes|comptes|collaborateurs|boutiques|membres|salaries)\b|\b(?:toute|tout)\s+(?:la|le|notre|l')\s*(?:plateforme|equipe|entreprise|societe|organisation|base d'utilisateurs|base clients)\b|\b(?:des\s+)?(?:centaines|milliers|dizaines|millions)\s+d'(?:utilisateurs|clients)\b|${COUNT_MANY}\s+(?:utilisateurs|clients|employes|salaries|personnes|collaborateurs)\b|\bpersonne\s+ne\s+peut\b`,
    re`${IMPACT_FR}`,
  ),
];
