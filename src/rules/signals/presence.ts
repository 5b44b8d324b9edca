/**
 * Whether someone is there — now, or at a time.
 *
 * Now, asked in chat: "hello?? anyone", "is anyone
 * there?", "Ist da jemand?", "hola?? hay alguien", "allo ? il y a
 * quelqu'un ?". The customer checks that the chat is answered before they
 * ask their question, and the bot answers it ("I'm here, how can I help?").
 * It asks for nobody in particular: "is there a HUMAN reading this?",
 * "anyone REAL there?", "is there a person I can talk to?" name a person
 * rather than the bot and are requests for one; they are not presence
 * checks, because the sentence must consist of nothing but the check.
 *
 * At a time, asked while evaluating or planning: "if something breaks on a
 * weekend, is there a way to reach a person, or is it the chat assistant
 * until Monday?", "will anyone be around over Christmas?", "¿hay alguien
 * los fines de semana?". That asks about our support hours, which the bot
 * answers; it is no request to be put through now. "Is there a way to
 * reach an actual agent?" (now) and "can someone call me this weekend?" (a
 * request with a date) still are.
 *
 * Reads folded text (fold.ts): lowercase, without diacritics.
 */

/** "hello?", "hi,", "hallo?", "hola??", "allo ?", "bonjour,", "and", "y", "ok so": what may come before the check. */
const LEAD = String.raw`(?:(?:hello|helo|hellooo*|hi|hey|yo|ok|okay|so|and|hallo|hola|holaa*|oye|y|und|allo|alo|bonjour|salut|et)[\s,.!?…]*)*`;

/** "anyone", "is anyone there", "is there anybody around", "any1 home". */
const SOMEONE_EN = String.raw`(?:(?:is|are)\s+)?(?:there\s+)?(?:anyone|anybody|someone|somebody|any1|some1|any\s+one)(?:\s+(?:there|here|around|home|online|out there|awake|about|on))?(?:\s+at\s+all)?`;
/** "ist da jemand", "jemand da", "ist hier wer". */
const SOMEONE_DE = String.raw`(?:ist\s+)?(?:(?:da|hier)\s+)?(?:jemand|wer)(?:\s+(?:da|hier|online|wach))?`;
/** "hay alguien", "alguien ahí", "hay alguien por ahí". */
const SOMEONE_ES = String.raw`(?:hay\s+)?alguien(?:\s+(?:ahi|alli|aqui|por\s+ahi|por\s+aqui|en\s+linea))?`;
/** "il y a quelqu'un", "y a quelqu'un", "y'a quelqu'un", "quelqu'un est là". */
const SOMEONE_FR = String.raw`(?:(?:il\s+)?y\s*'?\s*a\s+|ya\s+)?quelqu'un(?:\s+(?:est\s+)?(?:la|ici|en\s+ligne))?`;

/**
 * When the check is about: "¿y los fines de semana hay alguien?", "is anyone there at weekends?". A question
 * about when someone is there asks no more for a person than "is anyone there?" does.
 */
const WHEN = String.raw`(?:(?:on|at|over)\s+(?:the\s+)?weekends?|at\s+night|(?:am|an)\s+(?:wochenende|wochenenden)|(?:los|el)\s+fin(?:es)?\s+de\s+semana|(?:le|les)\s+week-?ends?)`;

const CHECK = String.raw`(?:${SOMEONE_EN}|${SOMEONE_DE}|${SOMEONE_ES}|${SOMEONE_FR})`;

const PRESENCE_CHECK = new RegExp(String.raw`^[\s¿¡]*${LEAD}(?:${WHEN}\s+)?${CHECK}(?:\s+${WHEN})?(?:[\s,?!.…]+${CHECK})?[\s?!.…]*$`);

/** True when the folded sentence only asks whether someone is there. */
export function checksPresence(sentence: string): boolean {
  return PRESENCE_CHECK.test(sentence.trim());
}

/** A time when support may or may not be there, in general: "on a weekend", "outside business hours", "am Wochenende". */
const SUPPORT_TIME = new RegExp(
  [
    String.raw`\b(?:on|at|during)\s+(?:a\s+|the\s+)?weekends?\b|\bat\s+night\b|\bovernight\b|\b(?:outside|out)\s+(?:of\s+)?(?:(?:your|our|the|normal|regular)\s+)?(?:business|office|working|support|opening)\s+hours\b|\bafter\s+hours\b`,
    String.raw`\b(?:on|during)\s+(?:public\s+|bank\s+)?holidays\b|\bover\s+(?:christmas|the\s+holidays|easter|new\s+year)\b|\b24/7\b|\b(?:a)?round\s+the\s+clock\b|\buntil\s+monday\b`,
    String.raw`\b(?:am|an)\s+wochenenden?\b|\bnachts\b|\ban\s+feiertagen\b|\bausserhalb\s+(?:der|ihrer|eurer)\s+(?:geschafts|buro|arbeits|support|service)zeiten\b|\brund\s+um\s+die\s+uhr\b`,
    String.raw`\b(?:los|el)\s+fin(?:es)?\s+de\s+semana\b|\bpor\s+la\s+noche\b|\b(?:en\s+)?(?:los\s+)?(?:dias\s+)?festivos\b|\bfuera\s+del\s+horario\b|\blas\s+24\s+horas\b`,
    String.raw`\b(?:le|les|en)\s+week-?ends?\b|\bla\s+nuit\b|\bjours\s+feries\b|\ben\s+dehors\s+des\s+heures\b|\b24\s*h\s*/\s*24\b`,
  ].join("|"),
);

/** Asking whether someone can be reached, not to be put through: "is there a way to…", "will anyone be around", "gibt es jemanden". */
const CAN_ONE_REACH = new RegExp(
  [
    String.raw`\bis\s+there\s+(?:a|any)\s+(?:way|option|number|phone\s+line|hotline)\b|\bis\s+there\s+(?:anyone|anybody|someone|somebody|a\s+person|a\s+human|support)\b`,
    String.raw`\b(?:can|could)\s+(?:we|i|one|our\s+\w+|customers|users)\s+(?:still\s+)?(?:reach|contact|get\s+hold\s+of|talk\s+to|speak\s+to|call)\b`,
    String.raw`\b(?:will|would|is|are)\s+(?:there\s+)?(?:anyone|anybody|someone|somebody|a\s+person|support|your\s+(?:support\s+)?team|you|your\s+staff)\s+(?:still\s+)?(?:be\s+)?(?:around|available|reachable|on\s+call|on\s+duty|working|there|open)\b|\bdo\s+you\s+(?:have|offer|provide)\s+(?:anyone|someone|people|staff|support|phone\s+support)\b`,
    String.raw`\bgibt\s+es\s+(?:jemanden|eine\s+moglichkeit|einen\s+weg|eine\s+hotline)\b|\b(?:ist|sind)\s+(?:da\s+)?(?:jemand|wer|ihr\s+support|der\s+support|sie|ihr)\b.*\berreichbar\b|\bkann\s+man\s+(?:jemanden\s+)?(?:erreichen|sprechen|anrufen)\b`,
    String.raw`\bhay\s+(?:alguien|alguna\s+(?:forma|manera)|una\s+(?:forma|manera)|soporte)\b|\b(?:se\s+puede|podemos|puedo)\s+(?:contactar|hablar|llamar|localizar)\b|\batiend(?:en|eis)\b`,
    String.raw`\by\s+a-t-il\s+(?:quelqu'un|un\s+moyen)\b|\bil\s+y\s+a\s+quelqu'un\b|\b(?:peut-on|est-ce\s+qu'on\s+peut|pouvons-nous|puis-je)\s+(?:vous\s+)?(?:joindre|contacter|appeler|parler)\b|\betes-vous\s+joignables?\b`,
  ].join("|"),
);

/** True when the folded sentence asks whether someone can be reached at some time in general (a question about support hours). */
export function asksAboutSupportHours(sentence: string): boolean {
  return sentence.includes("?") && SUPPORT_TIME.test(sentence) && CAN_ONE_REACH.test(sentence);
}
