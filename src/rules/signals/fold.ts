/**
 * Folds ticket text into the one spelling the pattern families are written
 * against: lowercase, without diacritics, with typographic apostrophes made
 * plain. The fold keeps a map back to the original text so that evidence
 * quotes the customer's own words, not our folded version of them.
 */

/** The folded text plus the way back to the customer's words. */
export interface FoldedText {
  readonly text: string;
  /** The original text that produced folded[start, end). */
  original(start: number, end: number): string;
  /** Position in the folded text of an original position (a sentence border, say). */
  foldedIndex(originalIndex: number): number;
}

const COMBINING_MARKS = /\p{M}/gu;
/** ’ ‘ ʼ ` ´ all stand for an apostrophe in "don’t" or "l’avocat". */
const APOSTROPHES = new Set(["\u2019", "\u2018", "\u02BC", "`", "\u00B4"]);

/**
 * Folds one code point. NFKD (rather than plain NFD) also takes apart
 * ligatures and full-width letters, which customers paste from PDFs and
 * phones. German umlauts fold to their base letter ("Ausfälle" → "ausfalle");
 * the German families accept the "ae/oe/ue" spelling as well by writing
 * umlaut positions as `ae?`, `oe?`, `ue?`. "ß" becomes "ss" so that both
 * spellings of "Geschäftsschluss" meet.
 */
function foldCodePoint(char: string): string {
  // ASCII, most of any ticket, only changes case (NFKD leaves it alone); "`" is one of the apostrophes.
  if (char.length === 1 && char < "\u0080" && char !== "`") return char.toLowerCase();
  if (APOSTROPHES.has(char)) return "'";
  return char.normalize("NFKD").toLowerCase().replace(COMBINING_MARKS, "").replace(/ß/g, "ss");
}

export function foldText(source: string): FoldedText {
  const pieces: string[] = [];
  // For each folded UTF-16 unit: where its original code point starts and ends.
  const starts: number[] = [];
  const ends: number[] = [];
  // For each original UTF-16 position: the folded length before it.
  const foldedAt: number[] = new Array<number>(source.length + 1);
  let originalIndex = 0;
  let foldedLength = 0;
  for (const char of source) {
    const folded = foldCodePoint(char);
    for (let unit = 0; unit < char.length; unit++) foldedAt[originalIndex + unit] = foldedLength;
    for (let unit = 0; unit < folded.length; unit++) {
      starts.push(originalIndex);
      ends.push(originalIndex + char.length);
    }
    // A lone combining mark folds to nothing: let the previous letter's
    // original span take it in, so quotes keep "é" whole in NFD input.
    if (folded.length === 0 && ends.length > 0) ends[ends.length - 1] = originalIndex + char.length;
    pieces.push(folded);
    foldedLength += folded.length;
    originalIndex += char.length;
  }
  foldedAt[source.length] = foldedLength;
  const text = pieces.join("");
  return {
    text,
    original(start, end) {
      if (end <= start) return "";
      return source.slice(starts[start] ?? source.length, ends[end - 1] ?? source.length);
    },
    foldedIndex(index) {
      return foldedAt[Math.min(Math.max(index, 0), source.length)] ?? foldedLength;
    },
  };
}
