import { turnsToNewMatter } from "./contrast.js";
import { MONEY_BACK } from "./money-back.js";
import { findCancellation, statesSomewhere } from "./negation.js";
import { steersTheAgent } from "./steering.js";

/**
 * The customer takes the alarm back: "false alarm, it was our proxy",
 * "it's sorted now", "you can ignore this", "Entwarnung", "hat sich
 * erledigt", "falsa alarma", "todo en orden", "fausse alerte", "c'est
 * réglé". Also when they found the cause or the answer themselves ("oh
 * wait, wrong workspace", "found it, thanks", "gefunden", "ya lo
 * encontré", "c'est bon, j'ai trouvé") or it works now, or they report the
 * matter settled: the money came back and the bank will not be called, what
 * was missing is found, it is running again, it is closed from their side.
 * What they reported is over, so it shows no present outage or fraud; what
 * else the message asks still counts.
 */
/** A cause named as the whole answer: the clause ends there ("it was our router."), not "it was our router that you replaced". */
const CAUSE_ENDS = String.raw`(?=\s*(?:[,.;:!)—–-]|$|\s(?:all along|after all|sorry|not yours|nicht|no|pas)\b))`;

const RETRACTION = new RegExp(
  [
    String.raw`\bfalse alarm\b|\bpanic over\b`,
    // What looked foreign turned out to be theirs: "I checked with her, all 15 are ours", "both logins were our own".
    String.raw`\b(?:all\s+(?:\d+\s+|of them\s+|three\s+|four\s+)?|both\s+|they\s+|these\s+|those\s+)(?:are|were)\s+(?:all\s+)?(?:ours|our own|legit(?:imate)?|our (?:people|staff|colleagues|team|users))(?=\s*(?:[,.;:!—–-]|$|\s(?:after all|thanks|sorry)\b))`,
    // No longer needed: "no longer need the call", "plus besoin de rappel", "ya no hace falta", "nicht mehr nötig".
    String.raw`\bno longer need(?:ed)?\b|\b(?:don'?t|do not)\s+need\s+(?:the|a|that)\s+(?:call|callback|call-back|person|human)\s+any\s?more\b|\bplus besoin\b|\bya no (?:hace falta|es necesario)\b|\bnicht mehr notig\b`,
    // Found it themselves: the phrase ends there ("found it, thanks"), so "found it deleted" is no retraction.
    String.raw`\b(?:i\s+|i've\s+|just\s+)?(?:found it|figured it out|worked it out|sorted it)(?=\s*(?:[,.;:!)—–-]|$|\s(?:thanks|thank you|in|under|on the|myself)\b))`,
    // Not "scratch that": it revises as often as it retracts ("scratch that, it's worse: everything is down").
    String.raw`\b(?:oh wait|my bad|our bad|my mistake|our mistake|sorry for the noise)\b`,
    // The call or the person is no longer wanted: "No call needed, thanks!", "no need for the call anymore".
    String.raw`\bno (?:call|callback|call-back|meeting|person|human) (?:is )?needed\b|\bno need for (?:a|the) (?:call|callback|call-back|meeting)\b`,
    // Fixed by us and confirmed: "the fix is live — the dashboard is current again".
    String.raw`\b(?:the\s+)?fix\s+is\s+(?:now\s+)?(?:live|out|deployed|in place)\b|\b(?:is|are)\s+(?:current|up to date|in sync)\s+again\b`,
    // Back on its own: "back up now, all good here", "it's back online".
    String.raw`\b(?:it'?s|it is|we'?re|we are|everything'?s|everything is|all|site'?s|app'?s)\s+back\s+(?:up|online|to normal)\b|\bback up (?:now|again)\b|\ball good (?:here|now)\b`,
    String.raw`\bwrong (?:workspace|account|tab|window|login)\b`,
    // The cause was on the customer's side: "it was our router", "lag an unserer Firewall", "era nuestro proxy", "c'était notre VPN", "your tool had nothing to do with it".
    String.raw`\b(?:it was|turned out(?: to be| it was)?|turns out(?: it was| it's)?) (?:just |only |actually )?(?:our|my) (?:own )?(?:router|firewall|proxy|vpn|network|wi-?fi|internet|isp|browser|ad ?blocker)(?:${CAUSE_ENDS}|\s+(?:was|had|blocked|blocking|did))`,
    String.raw`\blag (?:an|bei) (?:unserem|unserer|meinem|meiner) (?:router|firewall|proxy|vpn|netzwerk|wlan|internet)${CAUSE_ENDS}|\bera (?:nuestro|nuestra|mi) (?:router|cortafuegos|proxy|vpn|red|wifi|conexion|portatil|movil|ordenador|telefono|tablet)(?:\s+del trabajo)?${CAUSE_ENDS}|\bc'etait (?:notre|mon|ma) (?:routeur|pare-feu|proxy|vpn|reseau|wifi|connexion)${CAUSE_ENDS}`,
    String.raw`\b(?:votre|ton) (?:outil|logiciel|service|application|appli|plateforme) n'y est pour rien\b|\b(?:your|the) (?:tool|product|app|platform|service) (?:had|has) nothing to do with it\b`,
    // Nothing left to do: "Nothing more to do.", "todo resuelto", "nichts mehr zu tun".
    String.raw`\bnothing (?:more|else) (?:to do|needed)(?=\s*(?:[,.;:!]|$))|\btodo resuelto\b|\bnichts mehr zu tun\b|\bplus rien a faire\b`,
    String.raw`\b(?:it\s+)?(?:works|working)\s+now\b`,
    String.raw`\b(?:it'?s|it is|that'?s|that is|all|everything'?s|everything is|everything)\s+(?:all\s+|now\s+)?(?:sorted|resolved|fixed|fine now|ok now|okay now|back to normal|working again|loading again|running again)\b`,
    String.raw`\b(?:everything|it|all)\s+(?:is\s+)?(?:working|loading|running)\s+again\b`,
    // "Please ignore!", "ignore my last message" — not "please ignore the first attachment".
    String.raw`\b(?:you can|please|pls|feel free to)\s+(?:just\s+)?(?:ignore|disregard)(?=\s*(?:[,.;:!]|$)|\s+(?:this|that|it|me|my (?:last |previous |earlier )?(?:message|email|e-mail|ticket|request)|the (?:above|previous|last|earlier) (?:message|email|e-mail|ticket))\b)`,
    // Asking us to close it: what they reported needs nothing more ("you can close this", "das Ticket kann zu").
    String.raw`\b(?:you can|please|feel free to)\s+(?:go ahead and\s+)?close\s+(?:this|it|the (?:ticket|case))\b|\b(?:you can|feel free to)\s+close(?=\s*(?:[.!]|$))|\b(?:ticket|anfrage)\s+kann\s+(?:zu|geschlossen werden)\b|\bbitte ignorieren\b|\bpuede[ns]?\s+cerrar\s+(?:el|este)\s+(?:ticket|caso)\b|\bvous pouvez\s+(?:fermer|clore|cloturer)\s+(?:le|ce)\s+(?:ticket|dossier)\b`,
    String.raw`\b(?:never\s?mind|nvm)\b`,
    String.raw`\bentwarnung\b`,
    String.raw`\bhat sich (?:\w+\s+)?erledigt\b`,
    String.raw`\b(?:alles\s+)?(?:lauft|funktioniert)\s+(?:jetzt\s+|bei uns\s+|inzwischen\s+)?wieder\b|\bwieder\s+(?:alles\s+)?stabil\b`,
    String.raw`\b(?:hab(?:e|'s)?\s+(?:es\s+)?)?gefunden(?=\s*(?:[,.;:!]|$|\s(?:danke|unter)\b))`,
    String.raw`\bmein fehler\b`,
    // Settled with the bank or the payment provider: "mit der Bank geklärt", "sorted it with the bank", "el pago se hizo bien".
    String.raw`\b(?:mit|bei)\s+(?:der|meiner|unserer)\s+bank\s+(?:\w+\s+){0,2}?(?:geklart|erledigt)\b|\b(?:ist|sind)\s+(?:jetzt|inzwischen|nun)\s+(?:durch|geklart|erledigt)\b`,
    String.raw`\b(?:sorted|cleared|resolved|settled)\s+(?:it\s+|this\s+|that\s+)?(?:out\s+)?with\s+(?:the|my|our)\s+bank\b|\b(?:payment|charge)\s+(?:has\s+|have\s+)?(?:now\s+)?gone\s+through\b`,
    String.raw`\b(?:el\s+pago|la\s+transferencia|el\s+cobro)\s+(?:ya\s+)?se\s+(?:hizo|ha\s+hecho|realizo|ha\s+realizado)\s+(?:bien|correctamente)\b|\bya\s+(?:lo|la)\s+(?:confirme|aclare|arregle|solucione)\b`,
    String.raw`\b(?:regle|reglee|clarifie|resolu)\s+avec\s+(?:la|ma|notre)\s+banque\b|\ble\s+paiement\s+est\s+(?:bien\s+)?passe\b`,
    String.raw`\bfunktioniert jetzt\b`,
    String.raw`\bfalsa alarma\b`,
    String.raw`\btodo (?:esta\s+)?en orden\b|\btodo bien(?=\s*(?:[,.;:!]|$))`,
    // Phone notes: "she's happy. ok to close", "fine now", "… after he logged into the wifi. sorted".
    String.raw`\bok(?:ay)? to close\b|\b(?:she|he|they|cust(?:omer)?|client)(?:'s|'re| is| are)?\s+(?:fine|happy|sorted|ok|okay) now\b|\bfine now(?=\s*(?:[.!]|$))|(?:^|[.;,]\s*)(?:all\s+)?sorted\s*[.!]*\s*$`,
    String.raw`\bya (?:esta|quedo)\s+(?:todo\s+)?(?:resuelto|solucionado|arreglado)\b`,
    String.raw`\b(?:funciona de nuevo|vuelve a funcionar|ya funciona)\b`,
    String.raw`\b(?:ya\s+)?lo (?:encontre|he encontrado)\b`,
    String.raw`\berror mio\b`,
    String.raw`\bfausse alerte\b`,
    String.raw`\b(?:c'est|tout est)\s+(?:\w+\s+)?(?:regle|rentre dans l'ordre|resolu)\b`,
    String.raw`\b(?:fonctionne|marche)\s+(?:a|de)\s+nouveau\b`,
    String.raw`\b(?:c'est bon|ca marche maintenant|au temps pour moi|mon erreur)\b`,
    String.raw`\bj'ai trouve(?=\s*(?:[,.;:!]|$|\s(?:merci|dans|la facture|le|la|les)\b))`,
    // Settled: the customer reports the matter done, whoever did it. The money came back (money-back.ts).
    MONEY_BACK.source,
    // …so the bank is not called: "won't be calling the bank", "withdrew the chargeback", "no dispute", "forget what I said about the bank".
    String.raw`\b(?:won'?t|will not|no need to|not going to|don'?t need to)\s+(?:be\s+)?(?:call(?:ing)?|contact(?:ing)?|go(?:ing)? to)\s+(?:them|the bank|my bank|our bank|the card (?:company|issuer))\b|\bwithdr[ae]wn?\s+(?:the|my|our)\s+(?:chargeback|dispute)\b|\bno dispute\b|\b(?:won'?t|will not|not going to)\s+(?:be\s+)?(?:fil(?:e|ing)|rais(?:e|ing)|open(?:ing)?)\s+(?:a|any|the)\s+(?:dispute|chargeback)\b|\bforget (?:what i said )?about the bank\b`,
    String.raw`\bno (?:llamare|voy a llamar|hace falta llamar) al banco\b|\bje n'appellerai pas (?:la|ma|notre) banque\b|\b(?:ich rufe|wir rufen) (?:die|meine|unsere) bank nicht\b`,
    // What was missing is found: "found the records — a colleague moved them", "los encontré", « retrouvées dans le dossier Archive ».
    String.raw`\b(?:we |i )?found (?:them|the (?:records|rows|entries|files|contacts|invoices|orders|owner|user|key))\b(?!\s+(?:were|was|had|have|has|are|is|deleted|gone|missing|empty)\b)|\blos encontre\b|\b(?:las|los) hemos encontrado\b|\bretrouve(?:e|s|es)?\s+(?:dans|sous|en)\b`,
    // It is back: "It's back, everything ran through", "back to normal", "flows are running again", « c'est revenu, tout est reparti ».
    String.raw`\bit'?s back(?=\s*(?:[,.;:!—–-]|$|\s(?:now|up|online|and)\b))|\bback to normal\b|\b(?:flows?|runs?|workflows?|orders|webhooks?|syncs?)\s+(?:are|is)\s+(?:running|working|coming in|going through)\s+again\b|\bc'est revenu\b|\btout est reparti\b`,
    // Closed from their side: "We're square", "closing this from our side", « pour nous, le sujet est clos », "für uns ist alles erledigt", "Für Sie ist nichts zu tun".
    String.raw`\bwe'?re square\b|\bclosing (?:this|it|the ticket) (?:from our side|on our end|on our side)\b|\ble sujet est clos\b|\bpour nous,? (?:le sujet|l'affaire|c'est) (?:est )?(?:clos|regle|termine)e?\b|\bfur uns ist (?:alles|das|die sache) erledigt\b|\bpara nosotros (?:esta|queda) (?:todo )?(?:resuelto|cerrado)\b`,
    String.raw`\bnothing (?:for you|you need) to do\b|\bfur sie ist nichts (?:mehr )?zu tun\b|\brien (?:a faire )?(?:pour vous|de votre cote)\b|\bno (?:tienen|tiene) que hacer nada\b`,
    // Sorted with one of ours: "ya lo resolví con su compañera", "sorted it with your colleague".
    String.raw`\b(?:sorted|resolved|fixed|cleared) (?:it |this |that )?(?:out )?with (?:your|one of your) (?:colleague|team|engineer|support)\b|\bya lo resolvi con\b`,
    String.raw`\ball fine(?=\s*(?:[,.;:!—–-]|$))|\bwe'?re (?:all )?(?:fine|good|ok|okay) now\b`,
    // Not ours after all: "mystery solved", « pas de votre côté », "bei Ihnen lag es also nicht", "sorry for the scare".
    String.raw`\bmystery solved\b|\bsorry for the (?:scare|alarm|panic)\b|\bnot (?:on|from) your (?:side|end)\b|\bnothing (?:wrong )?(?:on|at) your (?:side|end)\b|\bpas de votre cote\b|\b(?:bei|an) ihnen lag es (?:also )?nicht\b|\blag (?:es )?(?:also )?nicht (?:bei|an) ihnen\b|\bno (?:es|era|fue) (?:cosa )?(?:de|por) (?:vuestra|su) parte\b|\bvous pouvez (?:cloturer|fermer|clore)(?=\s*[.!]|\s*$)`,
    // The same in German, Spanish and French: « désolé pour la frayeur », "perdón por el susto", "sorry für den Schreck".
    String.raw`\b(?:desolee?|pardon) pour (?:la frayeur|la fausse alerte|l'alerte|la panique)\b|\b(?:perdon|perdona|perdonad|disculpa|disculpad|disculpen|siento)(?: por)? el susto\b|\b(?:sorry|entschuldigung|entschuldigen sie)\s+(?:fur|for)\s+(?:den schreck|die aufregung|den fehlalarm|die verwirrung|the confusion)\b`,
    // What looked lost is there after all: "the 1,500 rows are all there", « les 1 500 lignes sont bien là », "están todos ahí".
    // Not "the rows are still there" (an exposure that goes on).
    String.raw`\b(?:records|rows|entries|files|submissions|contacts|orders|data|lignes|enregistrements|fichiers|donnees|registros|filas|datos|eintrage|zeilen|datensatze|daten)\s+(?:are|were|sont|etaient|estan|sind|waren)\s+(?:all|bien|toutes|tous|todos|todas|alle)\s+(?:(?:still|noch)\s+)?(?:there|la|ahi|alli|da)\b(?![^.!?\n]*\?)`,
    // The customer's own oversight: "should have looked harder", "should have checked first".
    String.raw`\b(?:i|we)?\s*should have (?:looked|checked|read)(?:\s+\w+)?\s+(?:harder|closer|properly|first|more carefully)\b`,
    // A sentence that is the whole verdict: "all good.", "all legit.", "I'm in." (back in), "sorted, he found the setup email".
    String.raw`(?:^|[.;,!]\s*)(?:all (?:good|legit(?:imate)?)|(?:i'?m|i am|we'?re|we are) (?:back )?in)\s*[.!]*\s*$|^\s*(?:all\s+)?sorted\s*[,;:—–-]`,
    // The way back in was there after all: "found my backup codes in my password manager", "he found the setup email".
    String.raw`\bfound (?:my|our|his|her|their|the) (?:backup codes|recovery codes|codes|old phone|phone|password|login details|setup e-?mail|invite|invitation(?: e-?mail)?)\b(?!\s+(?:were|was|had|have|has|are|is|deleted|gone|missing|stolen|leaked)\b)`,
  ].join("|"),
  "g",
);

/** True when some sentence takes the alarm back, un-negated ("it's not sorted" is no retraction), and not in words put in the agent's mouth. */
export function retractsAlarm(sentences: readonly string[]): boolean {
  return statesSomewhere(
    sentences.filter((sentence) => !steersTheAgent(sentence)),
    RETRACTION,
  );
}

/**
 * The stretches of one folded sentence that take something back, un-negated: an alarm named inside one
 * ("I have withdrawn the dispute with Amex", "false alarm on the breach") is taken back with it, while one
 * told beside it ("found it, but someone logged in from Russia") is not.
 */
export function retractionSpans(sentence: string): Array<readonly [number, number]> {
  if (steersTheAgent(sentence)) return [];
  const spans: Array<readonly [number, number]> = [];
  for (const match of sentence.matchAll(RETRACTION)) {
    const end = match.index + match[0].length;
    if (end > match.index && findCancellation(sentence, match.index, end) !== "negated") spans.push([match.index, end]);
  }
  return spans;
}

/**
 * Where, in a message's folded sentences, the last one that takes something
 * back stands, and the first after it that opens a new matter with a
 * contrast ("It's back now. But the orders are missing"); -1 for none. The
 * withdrawal of a thread (withdrawal.ts) and the learned reader's context
 * (concepts/engine.ts) read a settling message the same way.
 */
export function settlingPoints(sentences: readonly string[]): { lastRetraction: number; newMatter: number } {
  const lastRetraction = sentences.findLastIndex((sentence) => retractsAlarm([sentence]));
  const after = lastRetraction < 0 ? -1 : sentences.slice(lastRetraction + 1).findIndex(turnsToNewMatter);
  return { lastRetraction, newMatter: after < 0 ? -1 : lastRetraction + 1 + after };
}
