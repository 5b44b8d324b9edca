/**
 * deadline: a real date or event the fix is needed by ("by Friday",
 * "before our launch", "bis Freitag"). "ASAP" and "immediately" express
 * urgency, not a deadline, so they are left to the priority rules.
 */
import { familiesOf, re, words } from "../family.js";

const deadline = familiesOf("deadline");

const WEEKDAY_EN = String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)`;
const MONTH_EN = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*`;

export const DEADLINE_FAMILIES = [
  deadline(
    "en",
    "by_date",
    re`\b(?:by|before|no later than)\s+(?:this\s+|next\s+)?(?:${WEEKDAY_EN}|tomorrow|tonight|eod|eow|cob|noon|midnight|end of (?:the\s+)?(?:day|week|month|quarter|year)|the\s+(?:\d{1,2}(?:st|nd|rd|th)?|end of (?:the\s+)?(?:day|week|month|quarter))|\d{1,2}(?::\d\d)?\s*(?:am|pm)|\d{1,2}(?:st|nd|rd|th)|${MONTH_EN}\s+\d{1,2})\b`,
  ),
  deadline(
    "en",
    "before_event",
    re`\bbefore\s+(?:the\s+|our\s+|my\s+|their\s+|its\s+|next\s+week'?s\s+)?(?:launch|release|go-?live|demo|deadline|audit|board meeting|presentation|product launch|event|cutover|migration|renewal date|conference|trade show)\b`,
  ),
  deadline(
    "en",
    "deadline_word",
    re`\b(?:deadline|due date|hard stop|launch date|go-?live date)\b|\b(?:we\s+launch|launching|go(?:ing)?\s+live|goes\s+live|launch\s+is|release\s+is)${words(1)}\s+(?:tomorrow|tonight|today|on\s+(?:${WEEKDAY_EN}|the\s+\d)|next\s+(?:week|${WEEKDAY_EN})|this\s+(?:week|${WEEKDAY_EN})|in\s+(?:\d+|two|three|a few)\s+(?:hours|days))\b|\bwithin\s+(?:the\s+next\s+)?(?:\d+|one|two|three|a few)\s+(?:hours|hrs|days)\b`,
  ),

  deadline(
    "de",
    "bis_termin",
    re`\b(?:bis|spae?testens|vor)\s+(?:zum\s+|zur\s+|diesen\s+|diesem\s+|nae?chsten\s+|kommenden\s+)?(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen(?:\s+fru?e?h)?|heute\s+abend|ende\s+der\s+woche|ende\s+des\s+monats|monatsende|wochenende|\d{1,2}\.(?:\s*\d{1,2}\.)?)(?!\w)`,
  ),
  deadline(
    "de",
    "vor_ereignis",
    re`\bvor\s+(?:dem|unserem|unserer|der|unseren)\s+(?:launch|release|go-?live|start|livegang|messe|audit|termin|prae?sentation|produktstart|deadline)\b|\b(?:frist|deadline|stichtag|abgabetermin)\b`,
  ),

  deadline(
    "es",
    "para_fecha",
    re`\b(?:para|antes del?|a mas tardar(?: el)?)\s+(?:este\s+|el\s+|el proximo\s+|proximo\s+)?(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|manana|esta noche|fin de semana|final de (?:la semana|mes)|fin de mes)\b|\bantes\s+del?\s+(?:lanzamiento|estreno|salida|despliegue|demo|evento|cierre)\b|\b(?:fecha limite|fecha de entrega)\b|\bel\s+plazo\s+(?:vence|termina|es)\b`,
  ),

  deadline(
    "fr",
    "d_ici",
    re`\b(?:d'ici|avant|au plus tard|pour)\s+(?:ce\s+|le\s+|la\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|ce soir|fin de (?:la\s+)?(?:journee|semaine|mois))\b|\b(?:d'ici|avant|au plus tard|pour)\s+le\s+\d{1,2}(?:er)?\b|\bavant\s+(?:le|la|notre|l')\s*(?:lancement|mise en production|mise en ligne|demo|salon|audit|release|sortie)\b|\b(?:date limite|echeance|delai de rigueur)\b`,
  ),
];
