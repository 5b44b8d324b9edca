/**
 * Requests only a person can carry out. A refund, a corrected invoice, a
 * transferred workspace, a deleted account, custom contract terms: the bot
 * can explain the policy but cannot do the thing, and telling the customer
 * how to do it themselves is no answer when only staff have the lever. Such
 * a ticket goes to the team that can act (scheduled, not urgent: nothing is
 * on fire, but a person must pick it up).
 *
 * The patterns look for the REQUEST, not the topic: "please refund us" is a
 * need, "what is your refund policy?" is a how-to question the bot answers;
 * "delete my account" is a need, "will my account be deleted if…?" is not.
 * English, German, Spanish and French, like the rest of the rules engine.
 *
 * The finding travels to the decision as classification evidence (signal
 * `needs_human_action`), so the human who picks the ticket up sees in the
 * handoff which words asked for what.
 */
import { unwrapLines } from "./signals/wrapped-lines.js";
import { foldText } from "./signals/fold.js";
import { MONEY_BACK } from "./signals/money-back.js";
import type { Evidence } from "../domain/triage.js";
import { askedOfUs } from "./asked-of-us.js";
import { ownerCanHandOver } from "./signals/orderly-handover.js";
import { HUMAN_ACTION_KINDS, type HumanActionKind, type HumanActionNeed } from "./human-action-kinds.js";
import { BEYOND_THE_PRODUCT_WINDOW } from "./human-action-patterns/account.js";
import { PATTERNS, type Rule } from "./human-action-patterns/index.js";

/** The `signal` of the evidence entries this module writes. */
export const HUMAN_ACTION_SIGNAL = "needs_human_action";
const RULE_PREFIX = "human-action:";

/** What the customer can do themselves: asking how is no request (asked-of-us.ts). */
const SELF_SERVICE_KINDS: ReadonlySet<HumanActionKind> = new Set(["account_deletion"]);

/** Money asked back or put right: moot once the customer says it already came back. */
const MONEY_KINDS: ReadonlySet<HumanActionKind> = new Set(["refund", "billing_correction"]);

/**
 * "…and now you charged us twice AGAIN": a settled charge does not settle a
 * new one. The repeat must be the charge's, in its sentence ("how do I stop
 * that happening again?" asks about the future).
 */
const CHARGE_WORD = String.raw`(?<![\p{L}\p{N}])(?:charg|bill|took|taken|debit|abgebucht|belastet|berechnet|abbuchung|cobr|carg|prélev|factur)\p{L}*`;
const AGAIN_WORD = String.raw`(?<![\p{L}\p{N}])(?:again|once more|erneut|nochmal|wieder|otra vez|de nuevo|de nouveau|à nouveau)(?![\p{L}\p{N}])`;
const AGAIN = new RegExp(String.raw`${CHARGE_WORD}[^.!?\n]{0,40}${AGAIN_WORD}|${AGAIN_WORD}[^.!?\n]{0,40}${CHARGE_WORD}`, "iu");

/** A money need the same message calls settled. */
function moneyAlreadyBack(text: string, kind: HumanActionKind): boolean {
  return MONEY_KINDS.has(kind) && MONEY_BACK.test(foldText(text).text) && !AGAIN.test(text);
}

/**
 * Each pattern's global twin, made once: every match is tried, not only the
 * first, and findHumanActions runs on every message, so no RegExp is
 * compiled per call.
 */
const everyMatch = new Map<RegExp, RegExp>();
function globalOf(rule: RegExp): RegExp {
  let global = everyMatch.get(rule);
  if (!global) {
    global = new RegExp(rule.source, rule.flags.includes("g") ? rule.flags : `${rule.flags}g`);
    everyMatch.set(rule, global);
  }
  return global;
}

function matchRule(text: string, rule: Rule, kind: HumanActionKind): string | null {
  if (rule instanceof RegExp) {
    for (const match of text.matchAll(globalOf(rule))) {
      if (askedOfUs(text, match.index, match.index + match[0].length, SELF_SERVICE_KINDS.has(kind))) return match[0];
    }
    return null;
  }
  const parts = rule.map((r) => r.exec(text)?.[0] ?? null);
  return parts.every((p) => p !== null) ? parts.join(" … ") : null;
}

/**
 * The customer still has a way in: the old phone still works, the backup
 * codes are saved or one was used ("got a new phone, old one still works",
 * "tengo guardados los códigos de respaldo", "used one of my backup codes").
 * Moving the second factor is then a how-to, not an identity check.
 */
const STILL_HAS_A_FACTOR = new RegExp(
  [
    String.raw`(?<![\p{L}])old (?:one|phone|device)(?: is)? still (?:works|working|work)`,
    String.raw`(?<![\p{L}])(?:i|we) (?:still )?(?:have|saved|kept|stored) (?:my |our |the |all (?:my|our|the) )?(?:backup|recovery) codes`,
    String.raw`(?<![\p{L}])(?:used|using) (?:one of )?(?:my |our |a )?(?:backup|recovery) codes?`,
    String.raw`(?<![\p{L}])found (?:my|our|the) (?:backup|recovery) codes`,
    // Not "No tengo los códigos" nor "habe die Backup-Codes nicht": having them, not lacking them.
    String.raw`(?<![\p{L}])(?<!no )tengo (?:guardad[oa]s )?(?:los|mis) códigos`,
    String.raw`(?<![\p{L}])(?:habe|hab) (?:die|meine|unsere) (?:backup|wiederherstellungs)-?codes(?! nicht)`,
    String.raw`(?<![\p{L}])(?:altes (?:handy|telefon) funktioniert noch)`,
    String.raw`(?<![\p{L}])(?:j'ai (?:gardé |conservé )?(?:mes|les) codes)`,
  ].join("|"),
  "iu",
);

/**
 * A need the same message already settles: money back, a second factor still at hand, an owner handing on in
 * order. `conversation`: everything the customer wrote in the thread, so that a later "he can't log in to do the
 * transfer" takes the hand-over out of order again.
 */
function alreadySettled(text: string, kind: HumanActionKind, conversation: string): boolean {
  if (kind === "account_recovery") return STILL_HAS_A_FACTOR.test(text);
  // The owner does it themselves, which the product lets them, unless they ask us to (signals/orderly-handover.ts).
  if (kind === "ownership_transfer") return ownerCanHandOver(text) && ownerCanHandOver(conversation);
  return moneyAlreadyBack(text, kind);
}

/**
 * "Where do I find the audit log, and can I export it? Our auditor wants the
 * Q3 permission changes", « ¿dónde encuentro el registro de auditoría? »: the
 * customer asks where to find what the product shows them.
 */
const WHERE_TO_FIND_IT =
  /(?:where|how)\s+(?:do|can|could|would|should)\s+(?:i|we)\s+(?:find|see|get to|access|export|download|view|open|pull)\b|\bwhere\s+(?:is|are)\s+(?:the|our)\b|\bwo\s+(?:finde|sehe|kann)\s+(?:ich|man)\b|\bwie\s+(?:exportiere|finde|sehe)\s+ich\b|\bd[oó]nde\s+(?:encuentro|est[aá]n?|puedo|veo|se\s+(?:ve|encuentra|exporta))\b|\bc[oó]mo\s+(?:exporto|descargo|veo)\b|\bo[uù]\s+(?:trouver|puis-je|se\s+trouve|voir)\b|\bcomment\s+(?:exporter|trouver|voir|t[eé]l[eé]charger)\b/iu;

/** A request the customer can carry out themselves, asked as a how-to: the audit records the product shows. */
function findsItThemselves(text: string, kind: HumanActionKind): boolean {
  return kind === "records_export" && WHERE_TO_FIND_IT.test(text) && !BEYOND_THE_PRODUCT_WINDOW.test(text);
}

/** The words of the first pattern of `kind` that asks for it in `text`, or null. */
function firstMatch(text: string, kind: HumanActionKind): string | null {
  for (const rule of PATTERNS[kind]) {
    const match = matchRule(text, rule, kind);
    if (match) return match;
  }
  return null;
}

/**
 * Every kind of person-only request in `written`, with the words that asked for it. `conversation`: the whole
 * thread as the customer wrote it (default: this message alone), for what a later message can undo.
 */
export function findHumanActions(written: string, conversation: string = written): HumanActionNeed[] {
  // A hard-wrapped e-mail breaks a request over lines ("the clause has to be\nreplaced"); the patterns read within a line.
  const text = unwrapLines(written);
  const needs: HumanActionNeed[] = [];
  for (const kind of HUMAN_ACTION_KINDS) {
    const match = firstMatch(text, kind);
    // Whether the message or the thread settles the need is read only for a need the patterns found: it folds the
    // whole conversation, which no message should pay for when it asks nothing of staff.
    if (match && !alreadySettled(text, kind, conversation) && !findsItThemselves(text, kind)) needs.push({ kind, match });
  }
  return needs;
}

export function humanActionEvidence(need: HumanActionNeed): Evidence {
  return { signal: HUMAN_ACTION_SIGNAL, match: need.match, rule: `${RULE_PREFIX}${need.kind}` };
}

/** The rule name of a need the learned concept reader found: `human-action:<kind> (learned)`. */
export function learnedHumanActionRule(kind: HumanActionKind): string {
  return `${RULE_PREFIX}${kind} (learned)`;
}

/** The needs recorded in a classification's evidence (what decide sees). */
export function humanActionsFromEvidence(evidence: readonly Evidence[]): HumanActionNeed[] {
  return evidence.flatMap((e) => {
    if (e.signal !== HUMAN_ACTION_SIGNAL || !e.rule.startsWith(RULE_PREFIX)) return [];
    // "human-action:refund", or "human-action:data_rights (learned)".
    const kind = e.rule.slice(RULE_PREFIX.length).split(" ")[0] ?? "";
    return isKind(kind) ? [{ kind, match: e.match, learned: e.rule === learnedHumanActionRule(kind) }] : [];
  });
}

function isKind(value: string): value is HumanActionKind {
  return (HUMAN_ACTION_KINDS as readonly string[]).includes(value);
}
