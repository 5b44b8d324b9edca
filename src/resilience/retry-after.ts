/**
 * The one Retry-After parser (RFC 9110 §10.2.3: delay-seconds or an
 * HTTP-date), in milliseconds. Hand-written because no maintained package on
 * npm does only this; the ones that do it come inside HTTP clients
 * (axios-retry-after) or frameworks, and the rule fits in four lines.
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  const text = value?.trim();
  // A blank header asks for nothing; Number("") would read it as "now".
  if (!text) return undefined;
  const seconds = Number(text);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
