/**
 * A sentence that opens with a contrast ("But the orders from this morning
 * are missing", « mais on a perdu toute la matinée », "Pero faltan los
 * pedidos", "Aber die Bestellungen fehlen"): after words that settle a
 * thread it brings a new matter, so the thread is not settled and the
 * matter is read as said. "Still" is left out: "still annoying" after
 * "found them" grumbles, it reports nothing new. Read on folded text.
 */
const CONTRAST_OPENER =
  /^[\s\p{P}]*(?:but|however|though|that said|only|mais|cependant|toutefois|par contre|en revanche|pero|sin embargo|aunque|eso si|aber|jedoch|allerdings|nur)\b/u;

export function opensWithContrast(folded: string): boolean {
  return CONTRAST_OPENER.test(folded);
}
