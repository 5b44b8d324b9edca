/**
 * Sentence ends that Unicode's rules leave joined. Intl.Segmenter (rightly,
 * for edited prose) never breaks before a lowercase word, but chat is
 * written in lowercase: "need human. password reset link expired" is two
 * sentences, a request and a problem, and read as one the request drowns.
 * So a segment is cut again after ". ", "! " or "? " before a lowercase
 * letter — unless the word before the stop is an abbreviation ("e.g. the",
 * "approx. ten", "z.B. die"), which no library call tells apart here.
 */
const ABBREVIATIONS = new Set([
  "e.g",
  "i.e",
  "etc",
  "vs",
  "approx",
  "incl",
  "excl",
  "no",
  "nr",
  "mr",
  "mrs",
  "ms",
  "dr",
  "st",
  "ca",
  "bzw",
  "z.b",
  "d.h",
  "u.a",
  "usw",
  "evtl",
  "ggf",
  "inkl",
  "p.ej",
  "ej",
  "aprox",
  "sr",
  "sra",
  "env",
  "cf",
  "p.ex",
  "mme",
  "m",
]);

const STOP_BEFORE_LOWERCASE = /([^\s]*?)[.!?]+\s+(?=\p{Ll})/gu;

/** Offsets inside `segment` where a new sentence starts (empty when Unicode's split stands). */
export function chatBreaks(segment: string): number[] {
  const breaks: number[] = [];
  for (const match of segment.matchAll(STOP_BEFORE_LOWERCASE)) {
    const word = (match[1] ?? "").toLowerCase().replace(/^[("'«]+/, "");
    if (ABBREVIATIONS.has(word) || /^\d+$/.test(word)) continue;
    breaks.push(match.index + match[0].length);
  }
  return breaks;
}

/** `segment` cut at its chat breaks, each piece with its offset in `segment`. */
export function cutAtChatBreaks(segment: string): { text: string; offset: number }[] {
  const pieces: { text: string; offset: number }[] = [];
  let from = 0;
  for (const at of [...chatBreaks(segment), segment.length]) {
    if (at > from) pieces.push({ text: segment.slice(from, at), offset: from });
    from = at;
  }
  return pieces;
}
