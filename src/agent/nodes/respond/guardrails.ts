/**
 * The last check before a reply goes out: the bot must never promise what
 * only a human can decide or do. Refunds are decided by the billing team,
 * fixes and their dates by engineering, and legal positions by lawyers, so
 * any sentence claiming or promising one of those is a false promise.
 *
 * Deliberately narrow patterns: each one names an outcome (refunded, fix
 * deployed, entitled to…) rather than a topic, so the KB's own sentences
 * such as "only the billing team can approve refunds" stay allowed.
 */

/** Up to `n` words between two parts of a phrase ("wir haben Ihnen den Betrag bereits erstattet"). */
const gap = (n: number) => `(?:\\s+[\\p{L}\\p{N}']+){0,${n}}`;

const PATTERNS: Record<"en" | "de" | "es" | "fr", readonly string[]> = {
  en: [
    // refunds as done or promised
    `(?:we|i)(?:'ve|\\s+have)?\\s+(?:already\\s+|now\\s+|just\\s+)?(?:refunded|reimbursed|credited\\s+(?:you|your))`,
    `(?:we|i)(?:'ve|\\s+have)\\s+(?:already\\s+|now\\s+|just\\s+)?(?:issued|processed|approved|initiated|sent|granted)\\s+(?:a|the|your)\\s+(?:full\\s+|partial\\s+)?refund`,
    `refunds?\\s+(?:has|have|was|were|is|are)${gap(2)}\\s+(?:issued|approved|processed|granted|sent|initiated|completed|on\\s+(?:its|the)\\s+way)`,
    `refunds?\\s+will\\s+be\\s+(?:issued|approved|processed|granted|sent)`,
    `(?:we|i)(?:'ll|\\s+will|\\s+are\\s+going\\s+to|\\s+am\\s+going\\s+to)\\s+(?:\\w+\\s+)?(?:refund|reimburse)`,
    `you(?:'ll|\\s+will)\\s+(?:get|receive|be\\s+getting|be\\s+given)\\s+(?:a\\s+|your\\s+|the\\s+)?(?:full\\s+|partial\\s+)?(?:refund|money\\s+back)`,
    `your\\s+money\\s+(?:will\\s+be|is\\s+being|has\\s+been)\\s+(?:returned|refunded)`,
    // fixes and their timing
    `we(?:'ll|\\s+will)\\s+(?:have\\s+)?(?:this\\s+|it\\s+|the\\s+(?:issue|problem|bug)\\s+)?(?:fix(?:ed)?|resolved?|solved?)${gap(3)}\\s+(?:by|before|within|today|tomorrow|tonight)`,
    `(?:fix|patch|hotfix|correction)\\s+(?:has|have|was)\\s+(?:already\\s+|now\\s+)?been\\s+(?:deployed|released|shipped|rolled\\s+out|applied)`,
    `(?:this|it|the\\s+(?:issue|problem|bug|outage))\\s+(?:has\\s+been|is\\s+now|will\\s+be)\\s+(?:fixed|resolved)`,
    // legal positions and guarantees
    `you(?:'re|\\s+are)\\s+(?:legally\\s+)?entitled\\s+to`,
    `we(?:'re|\\s+are)\\s+not\\s+(?:legally\\s+)?(?:liable|responsible)`,
    `we\\s+(?:accept|admit)\\s+(?:full\\s+|any\\s+)?(?:liability|responsibility|fault)`,
    `we\\s+guarantee`,
    `you(?:'ll|\\s+will)\\s+be\\s+compensated`,
  ],
  de: [
    `wir\\s+haben${gap(4)}\\s+(?:erstattet|rückerstattet|zurückerstattet|zurücküberwiesen|gutgeschrieben)`,
    `(?:rück)?erstattung\\s+(?:wurde|ist)${gap(2)}\\s+(?:veranlasst|genehmigt|ausgezahlt|angewiesen|bearbeitet|freigegeben|durchgeführt|unterwegs)`,
    `wir\\s+(?:erstatten|überweisen)\\s+ihnen`,
    `wir\\s+werden${gap(4)}\\s+(?:erstatten|zurückerstatten|gutschreiben|zurücküberweisen)`,
    `sie\\s+erhalten${gap(3)}\\s+(?:(?:rück)?erstattung|geld\\s+zurück)`,
    `wir\\s+(?:beheben|lösen|reparieren)${gap(4)}\\s+(?:bis|innerhalb|heute|morgen)`,
    `(?:fix|korrektur|patch|bugfix)\\s+(?:wurde|ist)${gap(2)}\\s+(?:ausgerollt|bereitgestellt|eingespielt|veröffentlicht|deployt)`,
    `(?:das\\s+problem|der\\s+fehler|die\\s+störung)\\s+(?:ist|wurde|wird)${gap(2)}\\s+(?:behoben|gelöst)`,
    `sie\\s+haben${gap(2)}\\s+(?:einen\\s+)?(?:rechts)?anspruch\\s+auf`,
    `wir\\s+haften\\s+nicht`,
    `(?:übernehmen|tragen)\\s+keine(?:rlei)?\\s+haftung`,
    `wir\\s+garantieren`,
  ],
  es: [
    `(?:le\\s+)?(?:hemos|he)\\s+(?:realizado|emitido|procesado|aprobado|tramitado|efectuado)\\s+(?:el|su|un|la)\\s+(?:reembolso|devolución)`,
    `(?:le\\s+)?(?:hemos|he)\\s+(?:reembolsado|devuelto)`,
    `(?:el|su|la)\\s+(?:reembolso|devolución)\\s+(?:ha\\s+sido|fue|está|ya\\s+está|se\\s+ha)${gap(1)}\\s+(?:emitid[oa]|aprobad[oa]|procesad[oa]|tramitad[oa]|realizad[oa]|en\\s+camino)`,
    `le\\s+(?:reembolsaremos|devolveremos)`,
    `recibirá\\s+(?:un|el|su|la)\\s+(?:reembolso|devolución)`,
    `(?:lo|la|los)\\s+(?:solucionaremos|resolveremos|arreglaremos|corregiremos)${gap(3)}\\s+(?:antes|para|en|hoy|mañana)`,
    `(?:la\\s+corrección|el\\s+parche|la\\s+solución)\\s+(?:ha\\s+sido|fue|se\\s+ha)\\s+(?:desplegad[oa]|implementad[oa]|publicad[oa]|aplicad[oa])`,
    `(?:el\\s+problema|el\\s+error|la\\s+incidencia)\\s+(?:ha\\s+sido|está|ya\\s+está|quedará)\\s+(?:resuelt[oa]|solucionad[oa]|corregid[oa])`,
    `tiene\\s+derecho\\s+a`,
    `no\\s+(?:somos|nos\\s+hacemos)\\s+responsables`,
    `garantizamos`,
  ],
  fr: [
    `nous\\s+(?:vous\\s+)?avons${gap(1)}\\s+(?:remboursé|effectué\\s+le\\s+remboursement|procédé\\s+au\\s+remboursement)`,
    `(?:le|votre)\\s+remboursement\\s+(?:a\\s+été|a\\s+bien\\s+été|est)${gap(1)}\\s+(?:effectué|approuvé|émis|validé|accordé|traité|en\\s+route)`,
    `nous\\s+vous\\s+rembourserons`,
    `vous\\s+(?:serez\\s+remboursée?s?|recevrez\\s+(?:un|votre|le)\\s+remboursement)`,
    `nous\\s+(?:corrigerons|résoudrons|réglerons|réparerons)${gap(3)}\\s+(?:d'ici|avant|aujourd'hui|demain|sous)`,
    `(?:le\\s+correctif|la\\s+correction|le\\s+patch)\\s+(?:a\\s+été|est)\\s+(?:déployée?|publiée?|appliquée?)`,
    `(?:le\\s+problème|le\\s+bug|l'erreur|l'incident)\\s+(?:a\\s+été|est|sera)\\s+(?:résolue?|corrigée?)`,
    `vous\\s+avez\\s+droit\\s+à`,
    `nous\\s+(?:ne\\s+sommes\\s+pas|ne\\s+pouvons\\s+être\\s+tenus)\\s+responsables`,
    `nous\\s+déclinons\\s+toute\\s+responsabilité`,
    `nous\\s+garantissons`,
  ],
};

/** Letters and digits around a match must not continue a word (JS `\b` ignores non-ASCII letters such as "ü"). */
const bounded = (source: string) => `(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`;
const SOURCES = Object.values(PATTERNS).flat();
const COMPILED: readonly RegExp[] = SOURCES.map((source) => new RegExp(bounded(source), "giu"));
/**
 * All patterns as one alternation, without the word boundaries: one pass
 * over the reply instead of one per pattern, and without the lookbehind V8
 * can skip ahead to the letters a pattern starts with. It matches wherever
 * any bounded pattern would, so a reply it passes (almost every reply) is
 * clean, and only one it flags goes through the exact patterns. A third of
 * the check's time (bench/RESULTS.md, "profile").
 */
const ANY = new RegExp(SOURCES.map((source) => `(?:${source})`).join("|"), "iu");

/**
 * The phrases in `message` that claim or promise a refund, a fix or its
 * date, or a legal position, in English, German, Spanish or French.
 * Empty when the message is safe to send.
 */
export function findFalsePromises(message: string): string[] {
  // Typographic apostrophes would otherwise dodge the "we'll" patterns.
  const text = message.replace(/[\u2018\u2019\u02BC]/g, "'");
  if (!ANY.test(text)) return [];
  const found = new Set<string>();
  for (const pattern of COMPILED) {
    for (const match of text.matchAll(pattern)) found.add(match[0].replace(/\s+/g, " ").trim());
  }
  return [...found];
}
