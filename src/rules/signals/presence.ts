/**
 * Whether someone is there, asked in chat: "hello?? anyone", "is anyone
 * there?", "Ist da jemand?", "hola?? hay alguien", "allo ? il y a
 * quelqu'un ?". The customer checks that the chat is answered before they
 * ask their question, and the bot answers it ("I'm here, how can I help?").
 * It asks for nobody in particular: "is there a HUMAN reading this?",
 * "anyone REAL there?", "is there a person I can talk to?" name a person
 * rather than the bot and are requests for one; they are not presence
 * checks, because the sentence must consist of nothing but the check.
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
