/**
 * Puts a customer's sentence into the one spelling the concept model was
 * trained on: lowercase, no diacritics, contractions and chat shorthand
 * written out ("cant" → "can not", "ur" → "your", "pls" → "please").
 *
 * Written by hand because no maintained library covers chat shorthand in
 * English, German, Spanish and French together; the table is short on
 * purpose — the character n-grams of features.ts absorb the long tail of
 * typos, this only joins the spellings that n-grams cannot (a dropped
 * apostrophe changes "can't" into a different word).
 */

const COMBINING_MARKS = /\p{M}/gu;
const APOSTROPHES = /[\u2019\u2018\u02BC`\u00B4]/g;

/** Contractions whose short form would otherwise hide the negation or the person. */
const CONTRACTIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bwon'?t\b/g, "will not"],
  [/\bcan'?t\b/g, "can not"],
  [/\bcannot\b/g, "can not"],
  [/\b(do|does|did|is|are|was|were|have|has|had|would|should|could|must)n'?t\b/g, "$1 not"],
  [/\b(i|you|we|they|he|she|it|that|there|what|who)'(m|re|ve|ll|d|s)\b/g, "$1 $2"],
  [/\bi'?m\b/g, "i am"],
  [/\bim\b/g, "i am"],
];

/** Chat shorthand and frequent misspellings, whole words only. */
const SHORTHAND: Readonly<Record<string, string>> = {
  u: "you",
  ur: "your",
  r: "are",
  pls: "please",
  plz: "please",
  plse: "please",
  thx: "thanks",
  ty: "thanks",
  sb: "somebody",
  smb: "somebody",
  sombody: "somebody",
  somone: "someone",
  someon: "someone",
  ppl: "people",
  w: "with",
  wanna: "want to",
  gonna: "going to",
  gotta: "have to",
  cuz: "because",
  bc: "because",
  asap: "as soon as possible",
  acct: "account",
  rep: "representative",
  cust: "customer",
  svc: "service",
  hv: "have",
  dont: "do not",
  doesnt: "does not",
  didnt: "did not",
  isnt: "is not",
  wasnt: "was not",
  havent: "have not",
  hasnt: "has not",
  wouldnt: "would not",
  couldnt: "could not",
  ive: "i have",
  youre: "you are",
  theyre: "they are",
  // German, Spanish, French chat spellings.
  nich: "nicht",
  xq: "porque",
  pq: "porque",
  tb: "tambien",
  stp: "s'il te plait",
  svp: "s'il vous plait",
  pb: "probleme",
  jsp: "je ne sais pas",
};

export function normaliseText(text: string): string {
  let folded = text.replace(APOSTROPHES, "'").normalize("NFKD").replace(COMBINING_MARKS, "").toLowerCase().replace(/ß/g, "ss");
  for (const [pattern, replacement] of CONTRACTIONS) folded = folded.replace(pattern, replacement);
  return folded.replace(/[a-z]+/g, (word) => SHORTHAND[word] ?? word);
}
