/**
 * A security phrase used as the name of an alert or notification: "who
 * receives the 'suspicious activity' alerts?", "Alertas de inicio de sesión
 * sospechoso", « les notifications de connexion suspecte ». It names a
 * feature the customer configures; it reports an event only when the
 * sentence says such an alert came in ("we got a suspicious login alert at
 * 3am"). Read on folded text.
 */
const NAMED_AFTER = /^['"’”»]?\s*(?:alerts?|notifications?|warnings?|alarms?|settings?)\b/;
const NAMED_BEFORE =
  /\b(?:alerts?|alertas?|alertes?|notifications?|notificaciones?|avisos?|warnungen|benachrichtigungen|meldungen|hinweise)\s+(?:for|about|on|of|de|del|pour|sur|bei|zu|uber|fur)\s+(?:(?:la|el|los|las|les?|une?|an?|the|any)\s+)?['"“«]?\s*$/;
const CAME_IN =
  /\b(?:got|received|triggered|fired|came in|went off|popped up|sent (?:us|me)|me llego|nos llego|recibi|recibimos|saltó|salto|j'ai recu|nous avons recu|on a recu|bekommen|erhalten|kam)\b/;

/** True when the match at [start, end) of the folded sentence names an alert the sentence does not say came in. */
export function namesAnAlert(sentence: string, start: number, end: number): boolean {
  const named = NAMED_AFTER.test(sentence.slice(end)) || NAMED_BEFORE.test(sentence.slice(0, start));
  return named && !CAME_IN.test(sentence);
}
