/**
 * The customer says an earlier incident was dealt with and closed: "the case
 * was closed in April", "we had everything locked down within an hour", « le
 * dossier a été clos », "der Fall wurde abgeschlossen", "el caso se cerró".
 * A breach or a data loss stays a problem after the fact, so a past episode
 * alone does not set it aside (scan.ts); one the customer calls closed is
 * background to what they ask now. Read on folded text.
 */
const CLOSED = new RegExp(
  [
    String.raw`\b(?:the|our|that|this) (?:case|ticket|incident|matter|investigation|issue) (?:was|has been|got|is now) (?:closed|resolved|settled|wrapped up)\b`,
    String.raw`\b(?:we|they|you|your team) (?:had|got) (?:everything|it|things|the account) (?:locked down|contained|sorted|cleaned up)\b`,
    String.raw`\b(?:le dossier|l'incident|le ticket|l'affaire) (?:a ete|est) (?:clos|cloture|ferme|regle|resolu)e?\b|\btout est rentre dans l'ordre\b`,
    String.raw`\b(?:der fall|der vorfall|das ticket|die sache) (?:wurde|ist) (?:abgeschlossen|geschlossen|erledigt|behoben)\b`,
    String.raw`\b(?:el caso|el incidente|el ticket|el asunto) (?:se cerro|fue cerrado|esta cerrado|quedo resuelto|se resolvio)\b`,
  ].join("|"),
);

/** True when some folded sentence calls an earlier incident closed. */
export function saysEpisodeClosed(sentences: readonly string[]): boolean {
  return sentences.some((sentence) => CLOSED.test(sentence));
}
