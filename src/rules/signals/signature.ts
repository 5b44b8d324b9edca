/**
 * An e-mail's signature block: the short lines after its last sign-off
 * ("Kind regards,\nHamish Grant\nRisk & Insurance Manager, Dunmore
 * Logistics") or after a "-- " delimiter. The customer says nothing there,
 * yet a job title or a company name carries a concept's words ("Watts
 * Litigation Support", "Jen (exec assistant)", "Head of Security") and both
 * readers would take them as said. email-furniture.ts judges one line by its
 * shape; a signature is only known from where it stands, after the sign-off,
 * so this reads the message's end. Hand-written: the signature strippers on
 * npm look for "-- " or quoted replies only, not for a sign-off.
 *
 * The block is blanked (spaces, newlines kept), so the text keeps its length
 * and every offset into it still holds.
 */
import { isSignOff } from "./email-furniture.js";
import { foldText } from "./fold.js";

/** A signature is a name, a title, a company, a phone line or two: a handful of short lines. */
const MAX_SIGNATURE_LINES = 6;
const MAX_SIGNATURE_WORDS = 8;
/** "-- " (RFC 3676's delimiter) and "--" as people type it. */
const DELIMITER = /^--\s*$/;
/**
 * What a signature line never is: a sentence that ends, a question, a
 * postscript, or words in the first or second person ("PLEASE CALL ME", "we
 * will see you in court") — those are the customer speaking after the sign-off.
 */
const SPEAKS = /[.!?]\s*$|^\s*p\.?\s?s\b|\b(?:i|me|my|we|us|our|you|your|ich|mich|mir|wir|uns|sie|yo|nosotros|usted|je|moi|nous|vous)\b/i;

/** `text` with its signature block, if it has one, made spaces. */
export function withoutSignature(text: string): string {
  const lines = text.split("\n");
  const signed = signatureStart(lines);
  const start = signed === -1 ? loneNameStart(lines) : signed;
  if (start === -1) return text;
  return [...lines.slice(0, start), ...lines.slice(start).map((line) => " ".repeat(line.length))].join("\n");
}

/** The index of the first line of the signature block, -1 for none. */
function signatureStart(lines: readonly string[]): number {
  let last = lines.length - 1;
  while (last >= 0 && (lines[last] ?? "").trim() === "") last--;
  // Walk up from the end over lines that can be a signature, at most a handful, to the sign-off above them.
  let signatureLines = 0;
  let first = "";
  for (let i = last; i >= 0; i--) {
    const line = (lines[i] ?? "").trim();
    if (line === "") continue;
    const folded = foldText(line).text;
    // A signature opens with the writer's name ("thanks\nstill broken\nall flows down" is no signature).
    const closes = DELIMITER.test(line) || (isSignOff(folded) && !/[.?]$/.test(line));
    if (closes) return signatureLines > 0 && isName(first) ? i + 1 : -1;
    if (!canBeSignatureLine(line, folded)) return -1;
    first = line;
    signatureLines++;
    if (signatureLines > MAX_SIGNATURE_LINES) return -1;
  }
  return -1;
}

/** A name's particles, lowercase in names: "Ana de la Fuente", "Jan van Dijk". */
const PARTICLE = /^(?:de|da|di|del|della|van|von|der|den|la|le|du|dos|das|y|e|bin|al)$/;
/** A capitalised word, an initial ("J.") or a hyphenated name ("Anne-Sophie", "O'Neil"). */
const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*,?$/u;

/** One to four words of a name, what is in brackets set aside ("Jen (exec assistant)", "Maître Anne-Sophie Leroy"). */
function isName(line: string): boolean {
  const words = line
    .replace(/\([^)]*\)/g, " ")
    .split(/\s+/)
    .filter(Boolean);
  return words.length >= 1 && words.length <= 4 && words.some((w) => NAME_WORD.test(w)) && words.every((w) => NAME_WORD.test(w) || PARTICLE.test(w));
}

/**
 * A name written alone under the last sentence, with no sign-off above it
 * ("…weiter so!\nJens", "Please answer fast!!!\n\nJen (exec assistant)"):
 * chat and web forms lose the "Regards," but keep the name. Only a name as
 * people write one — capitalised, not shouted — and never a word that asks
 * for someone ("Agent", "HUMAN PLEASE"), so a one-word request stays read.
 */
const WRITTEN_NAME_WORD = /^(?:\p{Lu}\p{Ll}[\p{L}'’-]*|\p{Lu}\.),?$/u;
const ASKS_FOR_SOMEONE =
  /^(?:human|humans|person|agent|agents|representative|rep|operator|staff|someone|somebody|manager|supervisor|help|please|urgent|mensch|menschen|mitarbeiter|jemand|hilfe|humano|persona|agente|asesor|alguien|ayuda|humain|personne|conseiller|quelqu'un|aide)$/i;

function loneNameStart(lines: readonly string[]): number {
  let last = lines.length - 1;
  while (last >= 0 && (lines[last] ?? "").trim() === "") last--;
  const line = (lines[last] ?? "").trim();
  const words = line
    .replace(/\([^)]*\)/g, " ")
    .split(/\s+/)
    .filter(Boolean);
  const written =
    words.length >= 1 && words.length <= 4 && words.every((w) => WRITTEN_NAME_WORD.test(w) || PARTICLE.test(w)) && WRITTEN_NAME_WORD.test(words[0] ?? "");
  if (!written || words.some((w) => ASKS_FOR_SOMEONE.test(w.replace(/[,.]$/, "")))) return -1;
  // Set off from what the customer said: a blank line, or a sentence that ended on the line above.
  let above = last - 1;
  const blank = above >= 0 && (lines[above] ?? "").trim() === "";
  while (above >= 0 && (lines[above] ?? "").trim() === "") above--;
  if (above < 0) return -1;
  return blank || /[.!?:)…]\s*$|\p{Extended_Pictographic}\s*$/u.test(lines[above] ?? "") ? last : -1;
}

function canBeSignatureLine(line: string, folded: string): boolean {
  if (line.split(/\s+/).length > MAX_SIGNATURE_WORDS) return false;
  // "Ltd." and "Inc." end a company name, not a sentence.
  const withoutCompanyDot = folded.replace(/\b(?:ltd|inc|gmbh|s\.a|sas|sarl|llc|co)\.$/, "");
  return !SPEAKS.test(withoutCompanyDot);
}
