/**
 * Customer text inside a Slack message must stay text. Slack reads `<…>` as
 * control sequences (`<!channel>`, `<@U123>`, `<http://x|label>`) and asks
 * for exactly &, < and > to be escaped as entities; bare `@channel`,
 * `@here` and `@everyone` still notify everyone when the app posts with
 * link_names, so a zero-width space is slipped in after the `@`.
 */
const BROADCAST = /@(channel|here|everyone)\b/gi;

export function escapeSlackText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(BROADCAST, "@\u200b$1");
}

/** Escaped and cut to Slack's per-field limit (counted on the escaped text, as Slack does). */
export function slackText(text: string, limit: number): string {
  const escaped = escapeSlackText(text);
  return escaped.length <= limit ? escaped : `${escaped.slice(0, limit - 1)}…`;
}

/** Plain-text objects (headers, button labels) render no markup, but broadcasts are still neutralised. */
export function slackPlain(text: string, limit: number): string {
  const flat = text.replace(/\s+/g, " ").replace(BROADCAST, "@\u200b$1").trim();
  return flat.length <= limit ? flat : `${flat.slice(0, limit - 1)}…`;
}
