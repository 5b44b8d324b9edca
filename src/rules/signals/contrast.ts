/**
 * A sentence that turns to a new matter: it opens with a contrast ("But the
 * orders from this morning are missing", « mais on a perdu toute la
 * matinée », "Pero faltan los pedidos", "Aber die Bestellungen fehlen") or
 * says it changes the subject ("While I'm here: …"). After words that settle
 * a thread it brings a new matter, so the thread is not settled and the
 * matter is read as said. "Still" is left out: "still annoying" after
 * "found them" grumbles, it reports nothing new. Read on folded text.
 */
const CONTRAST_OPENER =
  /^[\s\p{P}]*(?:but|however|although|though|that said|only|mais|cependant|toutefois|par contre|en revanche|pero|sin embargo|aunque|eso si|aber|jedoch|allerdings|nur)\b/u;

/**
 * A sentence that turns to another matter on purpose ("While I'm here: the card
 * terminal declined every card since noon", « Petite remarque en passant : … »,
 * "Otra cosa: …", "Übrigens …"): what the thanks before it settled was the old
 * matter, not this one.
 */
const ANOTHER_MATTER_OPENER =
  /^[\s\p{P}]*(?:while (?:i'?m|i am|we'?re|we are) (?:here|at it)|by the way|btw|one more thing|another thing|(?:also|separately|unrelated(?:ly)?|on (?:another|a different|a separate) (?:note|matter|topic))\s*[,:;-]|(?:une )?(?:petite )?(?:autre chose|remarque en passant)|au passage|en passant|par ailleurs|d'autre part|otra cosa|por cierto|aparte de eso|una cosa mas|ue?brigens|noch etwas|noch was|ausserdem|nebenbei)\b/u;

export function turnsToNewMatter(folded: string): boolean {
  return CONTRAST_OPENER.test(folded) || ANOTHER_MATTER_OPENER.test(folded);
}
