/**
 * Questions that close a report rather than ask how to use the product: after
 * a description of something broken, "could someone have a look?", "is this a
 * bug on your side?", "how is that possible?", "can you pass this on to your
 * developers?", "…or is this a bug?", and an aside ("by the way, …") are part
 * of the report (issue-type.ts reads the message as a problem). Only these
 * shapes are discounted, so "Can I export to CSV?" stays a question.
 */

/**
 * "Could someone have a look?" or "can someone from your technical team help
 * clarify?" after a description of something broken asks for help with a
 * problem; it is not a how-to question. Only a polite closing
 * like this is discounted, so "Can I export to CSV?" stays a question.
 */
const LOOK_AT_THIS =
  /^(?:(?:hi|hello)[^,]{0,20},\s*)?(?:could|can|would) (?:someone|somebody|you|your team|anyone|one of your (?:[\w-]+ )?(?:engineers|developers|devs|specialists|experts|techs|people)|an? (?:[\w-]+ )?(?:person|engineer|developer|dev|specialist|expert|tech))(?: who [^?]{1,60}| from your [\w ]{1,30}?)? (?:please )?(?:look|have a look|take a look|check|investigate|fix|help (?:(?:us |me )?(?:clarify|understand what|figure (?:this|it) out|sort (?:this|it) out)|with (?:this|that|it)))\b|^(?:könnt|können|koennen) (?:ihr|sie|jemand)\b[^?]{0,40}\b(?:ansehen|anschauen|prüfen|pruefen|nachsehen)\b|^(?:pueden|podrían|puede|podría) (?:revisar|mirar|echar un vistazo)\b|^(?:pouvez|pourriez)-vous (?:regarder|vérifier|jeter un (?:œil|oeil))\b/iu;
/**
 * Questions that ask for help with the problem just described, not how to
 * use the product: "What do we do?", "Pagination bug on your side?", "Is
 * this a known issue?", "Any workaround?". After a description they are
 * part of a problem report, like "could someone have a look".
 */
const HELP_WITH_THIS =
  /^(?:so\s+|and\s+|now\s+)?(?:what\s+(?:do|should|can|shall)\s+(?:we|i)\s+do|what(?:'s|\s+is)\s+(?:going on|happening|wrong)|(?:is|could)\s+(?:this|it|that)\s+(?:be\s+)?(?:a\s+)?(?:bug|known issue|known problem|on your (?:side|end))|(?:is|could)\s+(?:there\s+)?(?:something|anything)\s+(?:be\s+)?(?:wrong|broken|off|going on)\s+(?:on|at|with)\s+your\s+(?:side|end|servers?|system)|any\s+(?:idea|ideas|update|news|fix|workaround|eta)\b|(?:an?\s+)?(?:[\w-]+\s+)?(?:bug|problem|issue|regression)\s+on\s+your\s+(?:side|end)|(?:can|could)\s+you\s+(?:fix|sort|resolve)\b|was\s+(?:sollen|k(?:ö|oe)nnen)\s+wir\s+tun|(?:ist\s+das\s+)?ein\s+(?:bekannter\s+)?(?:fehler|bug)\s+(?:bei\s+euch|auf\s+eurer\s+seite)|qu(?:é|e)\s+(?:hacemos|podemos hacer|debemos hacer)|(?:es\s+)?un\s+(?:error|fallo)\s+(?:de\s+ustedes|vuestro|suyo|de\s+vuestra\s+parte|de\s+su\s+parte)|(?:es|será|sera)\s+(?:algo|un\s+problema)\s+(?:de\s+vuestro\s+lado|de\s+su\s+lado|vuestro|suyo)|que\s+(?:faisons|devons|pouvons)[- ]nous\s+faire|(?:est-ce\s+)?un\s+(?:bug|probl(?:è|e)me)\s+(?:de\s+votre\s+c(?:ô|o)t(?:é|e)|chez\s+vous)|(?:liegt|lag)\s+(?:das|es)\s+(?:an\s+(?:euch|ihnen)|bei\s+(?:euch|ihnen))|(?:ist|gibt\s+es)\s+(?:bei\s+(?:euch|ihnen)\s+)?(?:etwas|was)\s+(?:kaputt|gest(?:ö|oe)rt|nicht\s+in\s+ordnung)(?:\s+bei\s+(?:euch|ihnen))?)/iu;
/**
 * Disbelief at what was just described: "How is that possible if he was
 * removed?", "How could this happen?", "Wie kann das sein?", "¿Cómo es
 * posible?", « Comment est-ce possible ? ». It asks nothing about how to
 * use the product; it says the product did what it should not. Only the
 * shapes that point back at the description ("that", "this", "it"):
 * "How can a user reset a password?" stays a how-to.
 */
const HOW_IS_THAT_POSSIBLE =
  /^(?:so\s+|but\s+|and\s+)?how\s+(?:is\s+(?:that|this|it)\s+(?:even\s+)?possible|(?:can|could|did)\s+(?:that|this)\s+(?:even\s+)?(?:happen|be))\b|^(?:aber\s+)?wie\s+(?:kann|konnte)\s+(?:das|so\s+etwas|sowas)\s+(?:(?:denn|überhaupt|ueberhaupt)\s+)?(?:sein|passieren)\b|^(?:aber\s+)?wie\s+ist\s+das\s+(?:(?:denn|überhaupt|ueberhaupt)\s+)?m(?:ö|oe)glich\b|^(?:pero\s+)?(?:c(?:ó|o)mo\s+es\s+posible|c(?:ó|o)mo\s+(?:puede|pudo)\s+(?:ser|pasar)|c(?:ó|o)mo\s+ha\s+podido\s+pasar)\b|^(?:mais\s+)?comment\s+(?:est-ce|c'est|cela\s+est)\s+possible\b|^(?:mais\s+)?comment\s+(?:ça|cela)\s+a\s+pu\s+(?:arriver|se\s+produire)\b/iu;
/**
 * Asking us to hand the problem just described to the people who can fix
 * it: "Can you pass this on to your developers?", "Können Sie das an Ihre
 * Entwickler weitergeben?", "Pouvez-vous faire vérifier par l'équipe qui
 * gère le connecteur ?", "¿Pueden pasarlo a sus desarrolladores?". Like
 * "could someone look at this?", it closes a report; it asks nothing about
 * the product. "Can you forward me the invoice?" names no team and stays a question.
 */
const PASS_IT_ON =
  /^(?:could|can|would) you (?:please )?(?:pass|forward|escalate|hand|send) (?:this|it|that)(?: on| over)? to (?:your|the) (?:dev|developers?|engineer(?:s|ing)?|tech(?:nical)?|product|integration|connector|right)\b|^(?:könnt|können|koennen) (?:ihr|sie)\b[^?]{0,40}\b(?:entwickl\w*|technik|team|fachabteilung)\w*\b[^?]{0,20}\b(?:weitergeben|weiterleiten|geben)\b|^(?:pouvez|pourriez)-vous (?:faire (?:vérifier|verifier|regarder|examiner|corriger)|transmettre)\b|^¿?(?:pueden|podrían|podrian|puede|podría|podria) (?:pasar|trasladar|reenviar|escalar)(?:lo|la|le)? (?:esto |este caso )?a (?:sus|su|los|el|la) (?:desarrollador|equipo|técnic|tecnic|ingenier)/iu;
/**
 * A question that offers "or is this a bug?" as one of its answers: "Is
 * there a stable-sort option we're missing, or is this a bug?", "… oder ist
 * das ein Fehler?", "¿… o es un error?", "… ou est-ce un bug ?". The
 * customer suspects a defect; a how-to alternative does not make it a how-to.
 */
const OR_IS_IT_A_BUG =
  /[\s,](?:or (?:is (?:this|it|that)|(?:this|it) is)|oder (?:ist (?:das|es)|(?:das|es) ist)|o (?:es|se trata de)|ou (?:est-ce|c'est|s'agit-il d'))\s(?:(?:just |simply |einfach |simplement )?(?:an? |ein |un |une )?)(?:bug|defect|known issue|regression|fehler|error|fallo|défaut|defaut|anomalie)\b[^?]{0,40}[?？]$/iu;
/**
 * A question the customer marks as a side matter: "By the way, does the
 * connector handle multiple attachments?", "Par ailleurs, …", "Übrigens …",
 * "Por cierto, …". After a description it does not say what the message is
 * about; the description does (a bare "By the way, can I …?" still asks).
 */
const ASIDE =
  /^(?:(?:also|and) )?(?:by the way|btw|separately|unrelated(?: to this)?|on a side note|on another note|side question|par ailleurs|au passage|d'autre part|autre question|accessoirement|übrigens|uebrigens|nebenbei(?: bemerkt)?|andere frage|por cierto|aparte de (?:eso|esto)|otra pregunta|por otro lado)\b/iu;

/** After a description: a question that asks for help with it, doubts it could happen, hands it on, suspects a bug, or is an aside. */
export function closesAReport(sentence: string): boolean {
  // Spanish opens a question with "¿" (or an exclamation with "¡"); the patterns start at the first word.
  const words = sentence.replace(/^[¿¡\s]+/u, "");
  return [LOOK_AT_THIS, HELP_WITH_THIS, HOW_IS_THAT_POSSIBLE, PASS_IT_ON, OR_IS_IT_A_BUG, ASIDE].some((pattern) => pattern.test(words));
}
