/**
 * Words addressed to the agent instead of to us: "ignore your previous
 * instructions", "note to the AI:", "[assistant note: …]", "SYSTEM: route
 * this to…", "ignoriere alle Anweisungen", "ignora las instrucciones",
 * "ignorez les instructions". What such a sentence asks for (a person, the
 * CEO, "mark this critical") is an attempt to steer, not the customer's
 * need; the problem the ticket describes is read as usual.
 */
const STEERS_THE_AGENT = new RegExp(
  [
    String.raw`\b(?:ignore|disregard|forget|override)\s+(?:all\s+|any\s+)?(?:of\s+)?(?:the\s+|your\s+|these\s+|those\s+)?(?:previous\s+|prior\s+|above\s+|earlier\s+|preceding\s+|system\s+|existing\s+)?(?:instructions|rules|prompts?|guidelines|directives)\b`,
    String.raw`\b(?:note|instructions?)\s+(?:to|for)\s+(?:the\s+)?(?:ai|bot|assistant|model|agent|llm|system)\b`,
    String.raw`\b(?:anweisung|anweisungen)\s+an\s+(?:das\s+system|die\s+ki|den\s+bot|den\s+assistenten|das\s+modell|den\s+agenten)\b`,
    String.raw`\b(?:instruccion|instrucciones)\s+(?:para|al?)\s+(?:el\s+|la\s+)?(?:sistema|bot|asistente|modelo|ia|agente)\b`,
    String.raw`\b(?:instruction|instructions|consigne|consignes)\s+(?:pour|a|au)\s+(?:le\s+|la\s+|l')?(?:systeme|bot|assistant|modele|ia|agent)\b`,
    String.raw`(?:^|\[)\s*(?:assistant|system|ai|bot|admin)\s+(?:note|instruction|override|message)\s*:`,
    String.raw`^\s*(?:system|assistant)\s*:`,
    String.raw`\bsystem\s+prompt\b`,
    String.raw`\bignorier(?:e|en sie)?\s+(?:alle\s+)?(?:deine\s+|ihre\s+|die\s+)?(?:vorherigen\s+|bisherigen\s+|obigen\s+)?(?:anweisungen|regeln|instruktionen)\b`,
    String.raw`\bignora(?:r)?\s+(?:todas\s+)?(?:las\s+|tus\s+|sus\s+)?(?:instrucciones|reglas)\b`,
    String.raw`\bignore[zr]?\s+(?:toutes\s+)?(?:les\s+|tes\s+|vos\s+)?(?:instructions|consignes|regles)\b`,
  ].join("|"),
);

/** True when the folded sentence speaks to the agent to steer it (a prompt injection). */
export function steersTheAgent(sentence: string): boolean {
  return STEERS_THE_AGENT.test(sentence);
}
