/**
 * The furniture of an e-mail: a greeting line ("Dear Lumaflow team,", "Hi
 * support,"), a sign-off ("Best regards", "Cordialement") or a signature
 * line ("Data Protection Lead, Caledon Lettings", "Developer, Orchard
 * Analytics"). It states nothing, yet a job title carries a concept's words
 * ("Data Protection", "Security") and the learned reader, trained on
 * statements, leans on them. No library tells a signature from a sentence,
 * so this reads the line's shape: short, unfinished, and either opened by a
 * greeting or made of capitalised names joined by commas.
 */
const GREETING =
  /^(?:dear|hi|hello|hey|good (?:morning|afternoon|evening)|to whom it may concern|hallo|liebe[rs]?|sehr geehrte[rs]?|guten (?:tag|morgen)|hola|estimad[oa]s?|buen(?:os|as) (?:dias|tardes)|bonjour|bonsoir|cher|chere|madame|monsieur)\b/;
const SIGN_OFF =
  /^(?:(?:best|kind|warm)(?:est)?\s+(?:regards|wishes)|regards|cheers|thanks(?:\s+in advance)?|thank you|many thanks|sincerely|yours(?:\s+\w+)?|best|mit freundlichen grussen|viele grusse|beste grusse|(?:liebe|freundliche) grusse|danke(?:\s+im voraus)?|saludos(?:\s+cordiales)?|un saludo|atentamente|gracias|cordialement|bien cordialement|merci(?:\s+d'avance)?|bonne journee)\b/;
/** The longer closing formulas of formal letters, which open with something other than a sign-off word. */
const CLOSING_FORMULA =
  /^(?:veuillez agreer|je vous prie d'agreer|recevez|herzliche grusse|(?:viele|liebe) gruss|gruss|lg|vg|abrazos?|un abrazo|atte\.?|talk soon|speak soon|all the best|take care)\b/;
const MAX_WORDS = 6;

/** Words after which a sign-off line stops being one ("Thanks for the help then and now," still is). */
const MAX_SIGN_OFF_WORDS = 8;

/** Whether the folded line is a sign-off ("Kind regards,", "Thanks again!", "Veuillez agréer nos salutations distinguées,"). */
export function isSignOff(folded: string): boolean {
  const line = folded.trim();
  return (SIGN_OFF.test(line) || CLOSING_FORMULA.test(line)) && !line.endsWith("?") && line.split(/\s+/).length <= MAX_SIGN_OFF_WORDS;
}

/** Whether the folded line opens with a greeting ("Hi, I uploaded a photo…"): it starts a message, it never goes on with a sentence. */
export function opensWithGreeting(folded: string): boolean {
  return GREETING.test(folded.trim());
}

/** `original`: the line as written (capitals matter); `folded`: its fold (see fold.ts). */
export function isEmailFurniture(original: string, folded: string): boolean {
  const line = original.trim();
  if (/[.!?]$/.test(line) && !/\b(?:ltd|inc|gmbh|s\.a|sas|sarl|llc)\.$/i.test(line)) return false;
  const words = line.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > MAX_WORDS) return false;
  const text = folded.trim();
  if (GREETING.test(text) || SIGN_OFF.test(text)) return true;
  // "Head of Operations, Brightwater Ltd": capitalised names and titles joined by a comma or a dash.
  if (!/[,|–—-]/.test(line)) return false;
  return words.every((word) => /^[\p{Lu}\d&(]/u.test(word) || /^(?:of|for|and|&|de|del|la|le|des|du|für|und|y|et|-|–|—|\|)$/i.test(word));
}
