/**
 * A later message that takes an earlier alarm back: "false alarm, our
 * firewall blocked you — all loading again", "nvm, found it, no need for a
 * call", "era mi socio… todo en orden". Signals are read message by message
 * and a threat stands once made (src/agent/nodes/classify/rules.ts), so without
 * this the first message's outage or fraud report would keep the thread
 * escalated after the customer said it is over.
 *
 * Only what can be over is withdrawn (see scan.ts and concepts/engine.ts):
 * a present outage or business stop, a fraud report, a request for a person
 * the customer no longer needs, and a chargeback threat once the money is
 * back or the matter settled. A legal threat, churn or a complaint about
 * handling stays, whatever comes after.
 */
import { settlingPoints } from "./retraction.js";
import { confirmsOwnActivity } from "./confirmation.js";
import { describesExercise } from "./rehearsal.js";
import { foldText } from "./fold.js";
import { splitSentences } from "./sentences.js";

export interface Withdrawal {
  /** The customer says the alarm is over ("false alarm", "it's sorted", "Entwarnung"). */
  readonly retracted: boolean;
  /**
   * After the words that settle it, the message turns to a new matter ("It's
   * back. But we lost the morning's orders"): what it took back stays taken
   * back, the thread is not settled.
   */
  readonly movesOn?: boolean;
  /** The customer says the activity was their own ("that was my partner"). */
  readonly ownActivity: boolean;
  /**
   * They take it back as their own exercise ("Entwarnung: das war ein
   * Phishing-Test unserer IT"): like a ticket that declares a rehearsal,
   * the earlier report names no event at all, a breach included.
   */
  readonly exercise: boolean;
}

export const NOTHING_WITHDRAWN: Withdrawal = { retracted: false, ownActivity: false, exercise: false };

/** What `message` takes back of the messages before it. */
export function readWithdrawal(message: string, language: string): Withdrawal {
  const folded = foldText(message);
  const sentences = splitSentences(message, folded, language).map((sentence) => sentence.text);
  const { lastRetraction, newMatter } = settlingPoints(sentences);
  const retracted = lastRetraction >= 0;
  return {
    retracted,
    movesOn: newMatter >= 0,
    ownActivity: confirmsOwnActivity(sentences),
    exercise: retracted && sentences.some(describesExercise),
  };
}

/** What the messages after message `index` take back of it, together (null: a message not read for this). */
export function withdrawnLater(withdrawals: readonly (Withdrawal | null)[], index: number): Withdrawal {
  const later = withdrawals.slice(index + 1);
  return {
    retracted: later.some((w) => w?.retracted === true),
    ownActivity: later.some((w) => w?.ownActivity === true),
    exercise: later.some((w) => w?.exercise === true),
  };
}
