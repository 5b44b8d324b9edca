/**
 * Fields that are one line by nature — a subject, a name — as they may
 * travel: no line breaks (CR, LF, NEL, the Unicode line and paragraph
 * separators) and no other control characters. A customer who types
 * "Refund\r\nBcc: attacker@evil.test" as a subject must not get a second
 * line into a mail header, a Slack field or a ticketing system's subject;
 * the mail composer flattens headers too, this makes every channel agree.
 */
const BREAKS_AND_CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

export function oneLine(text: string): string {
  return text
    .replace(BREAKS_AND_CONTROLS, " ")
    .replace(/\s{2,}/g, " ")
    .trim();
}
