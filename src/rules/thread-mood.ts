/**
 * The customer's mood over the whole thread, not the last message alone. A
 * short follow-up ("Any update? Still down.") reads calm on its own, yet the
 * customer who threatened legal action an hour ago has not calmed down: the
 * thread's frustration decays slowly from turn to turn and rises at once.
 * Chasing ("still down", "Hello??", "any update?") and every further contact
 * before the problem is solved raise it; a calm, thankful turn lets it fall
 * faster.
 */
import { SENTIMENTS, type Sentiment } from "../domain/taxonomy.js";
import type { TurnReading } from "../domain/triage.js";
import { frustrationBand, readsSettled } from "./emotion/sentiment-label.js";

/** Per turn, the thread keeps 85% of its frustration: 96 needs about five calm turns to fall below 50. */
const DECAY = 0.85;
/** A calm, thankful turn ("thanks, that fixed it") halves it instead. */
const SETTLED_DECAY = 0.5;
/** Chasing a problem that is not fixed adds 15 to where the thread stood. */
const CHASE = 15;
/** Writing again at all, problem unsolved: +6 per contact. */
const REPEAT_CONTACT = 6;

/**
 * Chasing and "it is still broken", in the languages the rules read. Short
 * on purpose: each phrase must mean the customer is waiting on us, not
 * merely mention time.
 */
const CHASING: RegExp[] = [
  /\bstill\s+(down|broken|failing|not\s+working|(?:doesn'?t|does\s+not|won'?t|can'?t|cannot)\b|waiting|nothing|no\s+(?:reply|answer|response|fix|news))/i,
  /\bany\s+(update|news|progress)\b/i,
  /\bhello\s*\?{1,}|\bhallo\s*\?{1,}|\bhola\s*\?{1,}|\ballo\s*\?{1,}|\bbonjour\s*\?{1,}/i,
  /\b(is\s+)?any(one|body)\s+(there|here|home)?\s*\?/i,
  /\b(no\s*one|nobody)\s+(has\s+)?(answered|replied|responded|got\s+back)/i,
  /\b(immer\s+noch|noch\s+immer)\s+(nicht|kaputt|down|offline|keine?)\b|\bgibt\s+es\s+(schon\s+)?(neuigkeiten|ein\s+update)\b|\bist\s+da\s+jemand\b/i,
  /\btoujours\s+(en\s+panne|pas|rien|bloqu|hors\s+service)|\bdes\s+nouvelles\b|\bil\s+y\s+a\s+quelqu'?un\b/i,
  /\b(sigue|siguen|todav[ií]a)\s+(sin|ca[ií]d|fallando|roto|no\b)|\balguna\s+novedad\b|\bhay\s+alguien\b/i,
];

export function isChasing(text: string): boolean {
  return CHASING.some((pattern) => pattern.test(text));
}

export interface ThreadMood {
  /** The thread's frustration now, 0–100. */
  frustration: number;
  /** Its label, never calmer than the frustration allows. */
  sentiment: Sentiment;
  /** The thread frustration after each customer turn, oldest first. */
  path: number[];
  /** Why it stands above the latest message's own reading, when it does. */
  cues: string[];
}

function atLeast(sentiment: Sentiment, floor: Sentiment): Sentiment {
  // SENTIMENTS runs from very_negative to very_positive: the lower index is the more negative.
  return SENTIMENTS.indexOf(sentiment) <= SENTIMENTS.indexOf(floor) ? sentiment : floor;
}

/**
 * `readings` are the per-turn readings (the latest may already carry a
 * model's raise); `texts` the customer's turns, same order.
 */
export function threadMood(readings: ReadonlyArray<Pick<TurnReading, "frustration" | "sentiment">>, texts: readonly string[]): ThreadMood {
  const path: number[] = [];
  let mood = 0;
  let chased = 0;
  readings.forEach((reading, i) => {
    if (i === 0) {
      mood = reading.frustration;
    } else {
      const calm = readsSettled(reading);
      const chasing = !calm && isChasing(texts[i] ?? "");
      if (chasing) chased++;
      const carried = mood * (calm ? SETTLED_DECAY : DECAY) + (calm ? 0 : REPEAT_CONTACT) + (chasing ? CHASE : 0);
      // Chasing also reads angrier than its words: "Hello?? Anyone?" on a calm thread is not neutral.
      mood = Math.max(reading.frustration + (chasing ? CHASE : 0), carried);
    }
    mood = Math.min(100, Math.round(mood));
    path.push(mood);
  });
  const latest = readings.at(-1);
  const latestFrustration = latest?.frustration ?? 0;
  const cues: string[] = [];
  if (latest && mood > latestFrustration) {
    cues.push(`thread: ${path.join(" → ")} over ${readings.length} customer turns (latest message alone ${latestFrustration})`);
    if (chased > 0) cues.push(`chasing an unsolved problem (${chased} time${chased === 1 ? "" : "s"})`);
  }
  // The thread's frustration sets the same floor it sets for one message (sentiment-label.ts).
  const own = latest?.sentiment ?? "neutral";
  const band = frustrationBand(mood);
  const sentiment = band ? atLeast(own, band) : own;
  return { frustration: mood, sentiment, path, cues };
}
