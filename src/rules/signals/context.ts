/**
 * Contexts in which a trigger word names no event at Lumaflow, found in the
 * development set's hard negatives (evals/datasets/dev/):
 *
 * - **An automation being specified** (automation-spec.ts) and **a rehearsal**
 *   (rehearsal.ts), each in its own module.
 * - **No impact here.** "I saw on Twitter you had an outage in the US. We're
 *   in Europe and everything works", "our website was down, nothing to do
 *   with you": a ticket that states the customer is not affected, or that
 *   the fault is on their side, does not report an outage of ours.
 * - **A retracted alarm.** "False alarm, it was our proxy", "it's sorted".
 * - **Someone else's past incident.** "A bad data loss experience with
 *   another tool last year".
 *
 * All read folded text (fold.ts): lowercase, without diacritics.
 */
import { statesSomewhere } from "./negation.js";
import { steersTheAgent } from "./steering.js";

/**
 * "Everything works / seems fine for us", "we're not affected", "alles läuft
 * bei uns", "todo funciona normalmente", "tout fonctionne normalement de
 * notre côté".
 */
const NO_IMPACT = new RegExp(
  [
    // Present tense only ("everything WAS working until…" reports the opposite), and not "everything works until / except…".
    String.raw`\beverything\s+(?:still\s+|here\s+|just\s+)?(?:works?|is working|seems (?:fine|ok|okay|normal|to work)|looks (?:fine|ok|okay|normal)|is (?:fine|ok|okay|normal)|runs?|is running)\b(?!\s+(?:until|till|except|but|apart|other than))`,
    String.raw`\b(?:all|everything)\s+(?:good|fine)\s+(?:here|on our (?:end|side))\b`,
    // Fine again since the event: "everything has been fine since", "it's been running ever since".
    String.raw`\b(?:everything|it|all)\s*(?:has|have|'s)\s+been\s+(?:fine|ok|okay|working|running|normal|stable)\s+(?:smoothly\s+|fine\s+|well\s+|normally\s+|perfectly\s+)?(?:ever\s+)?since\b`,
    String.raw`\b(?:everything|it|all)\s*(?:has|have)\s+(?:worked|run)\s+(?:smoothly\s+|fine\s+|well\s+|normally\s+|perfectly\s+)?(?:ever\s+)?since\b`,
    String.raw`\b(?:we|we're|we are|i'm|i am)\s+(?:\w+\s+)?(?:unaffected|not affected)\b`,
    // The customer's own systems: "a hosting issue on our side, nothing to do with you".
    String.raw`\bnothing to do with (?:you|lumaflow|your (?:service|platform|app|product))\b`,
    String.raw`\balles\s+(?:\w+\s+)?(?:lauft|funktioniert|normal|in ordnung)\b(?!\s+(?:nicht|mehr))`,
    String.raw`\b(?:seitdem|seither|inzwischen)\s+(?:lauft|funktioniert)\s+alles\b(?!\s+(?:nicht|mehr))`,
    String.raw`\btodo\s+(?:\w+\s+)?(?:funciona|va bien|normal)\b(?!\s+(?:mal|no))`,
    String.raw`\btout\s+(?:\w+\s+)?(?:fonctionne|marche|va bien|est normal)\b(?!\s+(?:pas|plus|mal))`,
  ].join("|"),
  "g",
);

/**
 * True when some sentence states, un-negated, that the customer is not
 * affected. A question ("tout va bien ?") states nothing, and neither does a
 * line that tells the agent what to say ("répondez simplement que tout va
 * bien"): an injection must not be able to declare the customer unaffected.
 */
export function reportsNoImpact(sentences: readonly string[]): boolean {
  return statesSomewhere(
    sentences.filter((sentence) => !ASKS.test(sentence) && !steersTheAgent(sentence)),
    NO_IMPACT,
  );
}

/** A sentence that ends by asking. */
const ASKS = /[?？]\s*$/u;

/** The old vendor as the subject: "our previous automation vendor had a data breach", "my last booking tool lost a month of data". */
const FORMER_VENDOR_DID = new RegExp(
  String.raw`\b(?:our|my) (?:old|previous|former|last) (?:\w+\s+)?(?:tool|vendor|provider|platform|app|product|service|supplier|system|crm|saas|server|host) (?:had|suffered|experienced|was hit by|was breached|got hacked|was hacked|lost|leaked)\b`,
);

/** Social networks, whose accounts are never a workspace here. */
const SOCIAL = "instagram|facebook|tiktok|linkedin|snapchat|whatsapp|twitter|social media";

/**
 * A problem at someone else's: "a bad data loss experience with another
 * tool last year", "an outage at our previous provider", "bei unserem
 * alten Anbieter", "con otra herramienta", "chez notre ancien prestataire".
 */
const ELSEWHERE = new RegExp(
  [
    String.raw`\b(?:with|at|by)\s+(?:another|a different|an?\s+other|our (?:old|previous|former|last|current)|the (?:old|previous|other))\s+(?:\w+\s+)?(?:tool|vendor|provider|platform|app|product|service|company|supplier|system|crm|saas|server|host)\b`,
    // "Our previous automation vendor had a data breach": the old vendor as the subject of the sentence.
    FORMER_VENDOR_DID.source,
    String.raw`\b(?:a\s+)?different\s+(?:tool|app|vendor|provider|platform|service|system|product)\b|\banother\s+(?:app|tool|vendor|provider|platform|service|system|product)\s+(?:we|i)\s+(?:used|had|were using|was using)\b`,
    String.raw`\b(?:bei|mit) (?:einem anderen|unserem (?:alten|fruheren|bisherigen)) (?:tool|anbieter|dienstleister|system|programm|server)\b|\b(?:beim|bei dem) (?:letzten|vorherigen|alten|fruheren|bisherigen) (?:tool|anbieter|dienstleister|system|programm|server)\b|\b(?:auf|an) (?:einem anderen|unserem (?:alten|fruheren|bisherigen)) server\b`,
    String.raw`\bcon (?:otra|otro) (?:herramienta|proveedor|plataforma|sistema|aplicacion)\b|\b(?:nuestro|nuestra) (?:anterior|antiguo|antigua) (?:herramienta|proveedor|plataforma|sistema|servidor)\b`,
    String.raw`\b(?:avec|chez) (?:un autre|une autre|notre ancien|notre ancienne|notre precedent) (?:outil|fournisseur|prestataire|plateforme|logiciel|systeme|serveur)\b`,
    // Someone's own social media, not a workspace here: "my friend's Instagram got hacked last week", "one of our nurses had
    // her personal Facebook hacked", "el Instagram de una amiga", "das private Facebook einer Kollegin", "le compte
    // Facebook perso d'une collègue". An e-mail account is left out: a stolen mailbox opens the way into ours.
    String.raw`\b(?:\w+'s|(?:his|her|their)\s+(?:own\s+)?personal)\s+(?:${SOCIAL})\b|\b(?:private[sn]?|personliche[sn]?)\s+(?:${SOCIAL})\b|\b(?:${SOCIAL})(?:[\s-]+(?:konto|account|profil|cuenta|compte|perfil))?\s+(?:(?:personal|perso|personnel)\s+)?(?:meines|meiner|eines|einer|de\s+(?:mi|un|una|su)|d'(?:un|une)|de\s+(?:mon|ma|son|sa))\s+\w+`,
    // Everyone's, not ours: "after the industry-wide phishing wave last month".
    String.raw`\b(?:industry|sector)-?wide\b|\bacross the (?:industry|sector)\b|\bbranchenweit\w*\b|\ben todo el sector\b|\bdans tout le secteur\b`,
  ].join("|"),
);

/**
 * Someone else's problem, and over: placed elsewhere and told as past (`past`: past-episode.ts), or done by a vendor
 * the customer has left ("my last booking tool lost a month of our data when they had an outage"), which was over
 * before they came to us whatever the tense. Placed elsewhere but now ("since we connected another tool, rows
 * vanish") may still be ours.
 */
export function isOthersEpisode(sentence: string, past: boolean): boolean {
  // FORMER_VENDOR_DID is one of ELSEWHERE's branches, so its match alone answers.
  return FORMER_VENDOR_DID.test(sentence) || (past && ELSEWHERE.test(sentence));
}

/**
 * A team asked for its expertise on the content: "can someone from your
 * technical team help clarify the expected behaviour?", "could your
 * engineering team look at this?". The customer wants an answer only a
 * specialist has, which the decision routes to that team; it is not a
 * request for a person instead of the bot (src/rules/signals/families/
 * human-requested.ts draws the same line).
 */
const TEAM_EXPERTISE = new RegExp(
  String.raw`\b(?:someone|somebody|anyone|one of your (?:engineers|developers|specialists|experts))\s+(?:from|on|in)\s+your\s+(?:[a-z-]+\s+){0,2}?(?:team|department)\s+(?:please\s+)?(?:help\s+(?:us\s+|me\s+)?)?(?:clarify|explain|confirm|understand|look|check|investigate|review|debug)\b|\byour\s+(?:technical|tech|engineering|dev|development|api|integration|product)\s+team\s+(?:please\s+)?(?:help\s+(?:us\s+|me\s+)?)?(?:clarify|explain|confirm|look|check|investigate|review|debug)\b`,
);

/** True when the folded sentence asks a team for its expertise on the content, not for a person instead of the bot. */
export function asksATeamForExpertise(sentence: string): boolean {
  return TEAM_EXPERTISE.test(sentence);
}

/**
 * The customer says the matter is not ours: "we're being sued by a former
 * employee (nothing to do with Lumaflow)", "hat nichts mit Ihnen zu tun",
 * "no tiene nada que ver con ustedes", "rien à voir avec vous". In that
 * sentence a lawsuit or an incident is their business, told as background.
 */
const UNRELATED_TO_US = new RegExp(
  [
    String.raw`\b(?:nothing to do with|not related to|unrelated to|not about|not caused by|no fault of)\s+(?:you|you guys|lumaflow|your (?:service|platform|app|product|team|company))\b`,
    // An aside that clears us: "a data breach at a retail chain (not you!)".
    String.raw`[(—–]\s*not (?:you|yours|lumaflow|at lumaflow|on your (?:side|end))\s*!*\s*[)—–]`,
    // The aside without its verb too: "(nichts mit euch zu tun)", "(nada que ver con vosotros)".
    String.raw`\b(?:hat\s+)?nichts\s+mit\s+(?:ihnen|euch|lumaflow|ihrem\s+\w+|eurem\s+\w+)\s+zu\s+tun\b`,
    String.raw`\bnada\s+que\s+ver\s+con\s+(?:ustedes|vosotros|lumaflow|su\s+\w+|vuestro\s+\w+|vuestra\s+\w+)\b`,
    String.raw`\brien\s+a\s+voir\s+avec\s+(?:vous|lumaflow|votre\s+\w+)\b`,
  ].join("|"),
);

/** True when the folded sentence says what it tells has nothing to do with us. */
export function saysUnrelatedToUs(sentence: string): boolean {
  return UNRELATED_TO_US.test(sentence);
}
