/**
 * "The steps didn't work": a customer telling us the answer we sent did not
 * solve it. Sending the same article again is the worst reply there is; the
 * agent offers a different one, or hands over to a person. Phrasings in the
 * languages the knowledge base covers (en, de, fr, es).
 */
const STEPS_FAILED: RegExp[] = [
  // English
  /\b(didn'?t|did\s+not|doesn'?t|does\s+not|won'?t|still\s+(?:doesn'?t|does\s+not|not))\s+(work|help|fix|solve|change)/i,
  /\bstill\s+(not\s+working|broken|the\s+same|failing|stuck)\b/i,
  /\b(already|i'?ve)\s+(tried|done|followed)\b|\btried\s+(that|this|it|those|these|everything|all)\b/i,
  /\bfollowed\s+(the|your|all|those|these|every)\s+(steps|instructions|guide|article)/i,
  /\bno\s+luck\b|\bnever\s+(arrives?|arrived|came|comes|shows?\s+up)\b|\bnothing\s+(happens|happened|changed)\b/i,
  // German
  /\b(hat|haben)\s+(leider\s+)?nicht\s+(funktioniert|geholfen|geklappt)|\bfunktioniert\s+(immer\s+noch\s+|noch\s+immer\s+|leider\s+)?nicht\b/i,
  /\b(schon|bereits)\s+(versucht|probiert|gemacht)\b|\b(schritte|anleitung)\s+(befolgt|durchgef[üu]hrt)\b|\bkommt\s+(nie|nicht)\s+an\b/i,
  // French
  /\bn'?a\s+pas\s+(fonctionn[ée]|march[ée]|aid[ée]|r[ée]solu)|\bne\s+(fonctionne|marche)\s+(toujours\s+)?pas\b/i,
  /\bd[ée]j[àa]\s+(essay[ée]|fait|test[ée])(?![a-zàâçéèêëîïôûùüÿ])|\bj'?ai\s+suivi\s+(les|vos|toutes\s+les)\s+([ée]tapes|instructions)\b|\bn'?arrive\s+jamais\b/i,
  // Spanish
  /\bno\s+(funcion[óo]|ha\s+funcionado|sirvi[óo]|ayud[óo]|resolvi[óo])(?![a-záéíóúñ])|\bsigue\s+sin\s+funcionar\b|\btodav[íi]a\s+no\s+funciona\b/i,
  /\bya\s+(lo\s+)?(intent[ée]|prob[ée]|hice)(?![a-záéíóúñ])|\bsegu[íi]\s+(los|sus|todos\s+los)\s+(pasos|instrucciones)\b|\bnunca\s+llega\b/i,
];

export function saysStepsFailed(text: string): boolean {
  return STEPS_FAILED.some((pattern) => pattern.test(text));
}
