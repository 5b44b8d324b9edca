/**
 * HTML email bodies as text. Helpdesks and mail gateways forward the HTML
 * part of a customer's mail; the rules engine, the model and the people
 * handed the ticket need the words, not the markup. html-to-text drops
 * scripts, styles and the head, keeps link targets, lists and quotes.
 */
import { convert } from "html-to-text";

/** A document opener, or an element an HTML mail starts with. */
const STARTS_LIKE_HTML = /^\s*<(?:!doctype\s+html|html|head|body|div|p|table|span|meta|style|font|center|section|article|h[1-6]|ul|ol|blockquote)\b[^>]*>/i;
/** Closing a document or its body: only HTML does that. */
const CLOSES_DOCUMENT = /<\/(?:html|body)\s*>/i;
/** Markup elements as mail editors write them; one or two can be a quote, not a document. */
const ELEMENT = /<\/?(?:p|div|br|span|td|tr|li|table|b|i|strong|em|a|font|img)\b[^>]*>/gi;
/**
 * Three elements, one of them a closing tag: "my page shows <br> literally"
 * stays text (a customer quoting markup must not lose the quote), a body of
 * <p>…</p><p>…</p> does not.
 */
const MIN_ELEMENTS = 3;

export function looksLikeHtml(text: string): boolean {
  if (STARTS_LIKE_HTML.test(text) || CLOSES_DOCUMENT.test(text)) return true;
  let elements = 0;
  let closing = false;
  for (const match of text.matchAll(ELEMENT)) {
    elements++;
    closing ||= match[0].startsWith("</");
    if (elements >= MIN_ELEMENTS && closing) return true;
  }
  return false;
}

const OPTIONS = {
  // Lines stay as written: signals and sentences must not be split by a wrap.
  wordwrap: false as const,
  selectors: [
    // An image says nothing a person needs; its src may be a tracking pixel.
    { selector: "img", format: "skip" },
    { selector: "a", options: { hideLinkHrefIfSameAsText: true } },
    { selector: "table", format: "dataTable" },
  ],
};

export function htmlToPlainText(html: string): string {
  return convert(html, OPTIONS).trim();
}

/** The text of a customer's message: converted when it is HTML, as it is otherwise. */
export function plainTextOf(text: string): string {
  return looksLikeHtml(text) ? htmlToPlainText(text) : text;
}
