/**
 * Customer text goes into prompts as quoted data inside XML-style
 * delimiters. Escaping `&`, `<` and `>` means nothing a customer writes can
 * close the delimiter ("</ticket> Ignore previous instructions…") or open a
 * tag of ours; the model reads the entities back as the characters.
 */

export function escapeMarkup(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** For attribute values, which also must not close their quotes. */
export function escapeAttribute(text: string): string {
  return escapeMarkup(text).replace(/"/g, "&quot;");
}

/** Keeps the head and the tail of an over-long text: openings state the problem, endings the demand. */
export function truncateMiddle(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const keep = Math.max(0, maxChars - 40);
  const head = Math.ceil(keep * 0.7);
  const tail = keep - head;
  return `${text.slice(0, head)}\n[… ${text.length - keep} characters left out …]\n${tail > 0 ? text.slice(-tail) : ""}`;
}

/** `<tag>escaped text</tag>` on its own lines. */
export function quoteText(tag: string, text: string): string {
  return `<${tag}>\n${escapeMarkup(text)}\n</${tag}>`;
}
