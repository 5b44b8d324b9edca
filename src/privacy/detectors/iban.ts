/**
 * IBANs, validated by ibantools: country code, the ISO 13616 mod-97 check
 * digits and the country's BBAN format. Written whole or in the printed
 * four-character groups ("DE89 3704 0044 0532 0130 00"), any letter case.
 */
import { countrySpecs, isValidIBAN } from "ibantools";
import type { Span } from "./span.js";

/** The shortest IBAN (Norway) has 15 characters, the longest 34. */
const MIN_LENGTH = 15;
const MAX_LENGTH = 34;

/**
 * Two letters, two check digits, then up to 30 more alphanumerics, each
 * optionally after one space (the bound keeps a candidate short however
 * long the text). The candidate may swallow a following word ("… 0130 00
 * and"), so it is cut to its country's IBAN length before validating.
 */
const CANDIDATE = /(?<![\p{L}\p{N}_])[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]){11,30}/gu;

export function detectIbans(text: string): Span[] {
  const spans: Span[] = [];
  const pattern = new RegExp(CANDIDATE.source, CANDIDATE.flags);
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const end = validPrefixEnd(match[0]);
    if (end === null) {
      // Not an IBAN here; one may still start inside this candidate.
      pattern.lastIndex = match.index + 1;
      continue;
    }
    spans.push({ start: match.index, end: match.index + end, kind: "iban" });
    pattern.lastIndex = match.index + end;
  }
  return spans;
}

/**
 * Where the IBAN inside the candidate ends: after exactly as many
 * characters as its country's IBANs have (ibantools' country table), so
 * each candidate is validated once.
 */
function validPrefixEnd(candidate: string): number | null {
  const length = countrySpecs[candidate.slice(0, 2).toUpperCase()]?.chars;
  if (!length || length < MIN_LENGTH || length > MAX_LENGTH) return null;
  let count = 0;
  for (let i = 0; i < candidate.length; i++) {
    if (candidate[i] === " ") continue;
    count++;
    if (count === length) {
      // The IBAN must end at a group boundary: "DE89 3704 … 00" is one, "DE89 3704 … 00X" is not.
      const next = candidate[i + 1];
      if (next !== undefined && next !== " ") return null;
      return isValidIBAN(
        candidate
          .slice(0, i + 1)
          .replace(/ /g, "")
          .toUpperCase(),
      )
        ? i + 1
        : null;
    }
  }
  return null;
}
