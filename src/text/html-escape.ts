/**
 * The one HTML escaper: the console pages, the mail bodies, the analytics
 * and eval reports and the SVG charts all escape text through this, so they
 * cannot disagree on which characters are markup. It is the `entities`
 * package's escaper, which covers `& < > " '`: safe inside an element and
 * inside an attribute quoted with either quote, and it leaves every other
 * character (accents, emoji, CJK) as it is, the documents being UTF-8.
 */
import { escapeUTF8 } from "entities";

export function escapeHtml(text: string): string {
  return escapeUTF8(text);
}
