/**
 * "How do I report a stolen card?", "Who do I tell about a charge I didn't
 * make?", "Wie melde ich eine gestohlene Karte?", "¿Dónde denuncio un cargo
 * que no hice?", "Comment signaler une carte volée ?": asking the way to
 * report something is how a customer reports it. The customer asks how to
 * tell us (or their bank, or us through a form) about an event of their own,
 * so the question is no topic question: what it names is theirs, and now.
 *
 * Only the customer's own act of reporting counts ("how do I", "where can we",
 * "what's the process for reporting"): "how do you handle fraud reports?" and
 * "do you report outages on a status page?" ask about ours and stay topics.
 * Whether the thing named is an alarm at all is left to the concept reader
 * (src/rules/concepts/engine.ts), which reads "how do I report a bug" as
 * routine; the pattern families keep the topic rule, since their words alone
 * ("how do I report a phishing email?") name no event of the customer's.
 * A condition still wins: the reader drops "if my card is stolen, where do I
 * report it" as hypothetical before it asks whether this is a topic.
 */

/** English: how/where/who + I/we + a verb of reporting, or the process of reporting. */
const EN =
  /^(?:(?:how|where)\s+(?:do|can|could|should|would|shall|must)\s+(?:i|we)\s+(?:go\s+(?:to\s+)?|(?:officially\s+|formally\s+)?)(?:report|notify|inform|tell|let\s+(?:\S+\s+){1,3}know|flag|file\s+(?:a\s+)?(?:\w+\s+)?(?:report|claim))|(?:how|where)\s+to\s+(?:report|notify|tell|flag)|who\s+(?:do|can|should|must)\s+(?:i|we)\s+(?:report|notify|inform|tell|contact|call)|what(?:'s|\s+is|\s+are)\s+the\s+(?:process|procedure|steps?|way)\s+(?:of|for|to)\s+(?:report(?:ing)?|notify(?:ing)?|tell(?:ing)?|flag(?:ging)?))\b/;

/** German: "wie melde ich", "wo kann ich … melden", "an wen wende ich mich", "wem melde ich". */
const DE =
  /^(?:(?:wie|wo)\s+(?:melde|melden)\s+(?:ich|wir)|(?:wie|wo)\s+(?:kann|koe?nnen|soll|sollen|muss|mue?ssen)\s+(?:ich|wir)\s+(?:[^\s.!?;:,]+\s+){0,5}?(?:melden|mitteilen|anzeigen)|(?:an wen|bei wem)\s+(?:wende|melde|wenden|melden)\s+(?:ich|wir)|wem\s+(?:melde|sage)\s+(?:ich|wir))\b/;

/** Spanish: "cómo denuncio", "cómo puedo reportar", "dónde aviso", "a quién informo". */
const ES =
  /^(?:(?:como|donde)\s+(?:denuncio|reporto|informo|aviso|notifico|comunico|denunciamos|reportamos|informamos|avisamos)|(?:como|donde)\s+(?:puedo|podemos|debo|debemos|tengo que|tenemos que|se puede)\s+(?:denunciar|reportar|informar|avisar|notificar|comunicar)|a quien\s+(?:denuncio|reporto|informo|aviso|debo avisar|debo informar|tengo que avisar))\b/;

/** French: "comment signaler", "comment je déclare", "où puis-je signaler", "à qui dois-je signaler", "comment faire opposition". */
const FR =
  /^(?:(?:comment|ou)\s+(?:(?:est-ce que|est ce que)\s+)?(?:je\s+|on\s+|nous\s+)?(?:puis-je\s+|peut-on\s+|dois-je\s+|doit-on\s+|faut-il\s+|pouvons-nous\s+|peux\s+|dois\s+|peut\s+|faire\s+pour\s+)?(?:signaler|signale|declarer|declare|faire opposition|fais opposition|prevenir|previens|notifier)|a qui\s+(?:dois-je\s+|faut-il\s+|je\s+dois\s+)?(?:signaler|signale|declarer|declare|m'adresser))\b/;

/** True when the folded sentence, its lead-in removed (questions.ts), asks the way to report something. */
export function namesTheWayToReport(body: string): boolean {
  return EN.test(body) || DE.test(body) || ES.test(body) || FR.test(body);
}
