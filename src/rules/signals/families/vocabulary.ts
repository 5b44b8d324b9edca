/**
 * Word lists several families share, as regex alternations over folded text
 * (lowercase, no accents; German umlauts written `ae?`/`oe?`/`ue?` so that
 * "Geschäftsführer", "Geschaeftsfuehrer" and "Geschaftsfuhrer" all match).
 */

/**
 * What a customer means by "it" when something is "down": our service. The
 * outage families need such a subject so that "prices went down" or "the
 * feature is unavailable on the free plan" stay quiet.
 */
export const SYSTEM_EN = String.raw`(?:web ?site|site|app|application|apis?|service|services|servers?|platform|systems?|production|prod|dashboard|portal|database|db|checkout|backend|login|sso|everything|cluster|workspace|instance|tenant|sync|integrations?)`;
export const SYSTEM_DE = String.raw`(?:system|server|seite|webseite|website|plattform|dienst|service|api|app|anwendung|produktion|produktiv|datenbank|dashboard|portal|shop|backend|alles|login|workspace|instanz|synchronisation|sync|integration)\w*`;
export const SYSTEM_ES = String.raw`(?:plataforma|servicio|servidor|sistema|sitio|web|pagina|api|aplicacion|app|produccion|base de datos|panel|portal|tienda|todo)\w*`;
export const SYSTEM_FR = String.raw`(?:service|site|plateforme|serveur|systeme|api|application|appli|production|base de donnees|tableau de bord|portail|boutique|tout)\w*`;

/**
 * A head count of two digits or more, with or without thousands separators
 * ("40", "1,200", "1.200", "1 200"). The look-behind stops the match from
 * starting inside a bigger number, which read "1,200 employees" as "200".
 */
export const COUNT_MANY = String.raw`(?<![\d.,])(?:\d{1,3}(?:[,. ]\d{3}){1,4}|\d{2,})(?![\d.,]\d)`;

/** Who counts as "people" in "400 users can't work", in the four languages. */
export const PEOPLE_EN = String.raw`(?:users|employees|people|staff|colleagues|agents|team members|members|customers|clients|devices|seats|workers|engineers|developers|reps)`;
export const PEOPLE_DE = String.raw`(?:mitarbeitende|mitarbeiter(?:innen)?|nutzer(?:innen)?|benutzer(?:innen)?|kolleg(?:en|innen)|personen|leute|user|kunden|angestellte)`;
export const PEOPLE_ES = String.raw`(?:usuarios|empleados|personas|trabajadores|agentes|clientes|colaboradores)`;
export const PEOPLE_FR = String.raw`(?:utilisateurs|employes|personnes|salaries|collaborateurs|agents|clients)`;

/** Executive titles. "Board" and "leadership" only count inside the escalation frames that use them. */
export const EXEC_EN = String.raw`(?:ceo|cto|cfo|coo|cio|ciso|cmo|cpo|co-?founders?|founders?|vp(?: of \w+)?|svp|evp|vice[- ]president(?: of \w+)?|president|managing director|board(?: of directors)?|chief \w+ officer|head of \w+|c-suite|executives?|executive team|leadership(?: team)?)`;
export const EXEC_DE = String.raw`(?:ceo|cto|cfo|coo|cio|vp|geschae?ftsfue?hrer(?:in)?|geschae?ftsfue?hrung|geschae?ftsleitung|vorstand|vorstae?nde|vorstandsvorsitzende[rn]?|vorstandschef(?:in)?|inhaber(?:in)?|grue?nder(?:in)?|vizeprae?sident(?:in)?|prae?sident(?:in)?|direktor(?:in)?|bereichsleiter(?:in)?|chef(?:in)?|unternehmensleitung|konzernleitung)`;
export const EXEC_ES = String.raw`(?:ceo|cto|cfo|vp|director(?:a)? general|director(?:a)? ejecutiv[oa]|consejer[oa] delegad[oa]|vicepresident[ea]|president[ea]|fundador(?:a)?|gerente general|junta directiva|direccion general)`;
export const EXEC_FR = String.raw`(?:pdg|ceo|cto|dg|daf|directeur general|directrice generale|vice-president(?:e)?|president(?:e)?|fondat(?:eur|rice)|direction generale|direction|conseil d'administration)`;

/** Words that show something is wrong; the "many users" and "production" families need one nearby. */
export const IMPACT_EN = String.raw`\b(?:affect\w*|impact\w*|down|outage|offline|errors?|fail\w*|broken|locked out|logged out|not working|unable|can'?t|cannot|can not|crash\w*|issues?|problems?|bugs?|unusable|unavailable|stuck|blocked|nobody can|no one can)\b`;
export const IMPACT_DE = String.raw`\b(?:betroffen|ausgefallen|ausfall|fehler\w*|koe?nnen nicht|kann nicht|koe?nnen sich nicht|funktioniert nicht|nicht erreichbar|gesperrt|problem\w*|down|offline|niemand kann|keiner kann|blockiert|stoe?rung|kaputt|abgestue?rzt)\b`;
export const IMPACT_ES = String.raw`\b(?:afectad[oa]s?|caid[oa]s?|errore?s?|no pueden|no puede|falla\w*|problemas?|no funciona|bloquead[oa]s?|sin acceso|nadie puede|abajo)\b`;
export const IMPACT_FR = String.raw`\b(?:impacte\w*|affecte\w*|touche\w*|en panne|erreurs?|ne peuvent|ne peut|ne fonctionne|problemes?|bloque\w*|indisponible|hors service|plante\w*)\b`;
