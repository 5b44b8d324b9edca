/**
 * Calibrating a decision threshold for one segment (category × tier) from
 * humans' verdicts.
 *
 * The evidence. Each verdict says whether escalating that ticket was
 * warranted (`shouldHaveEscalated`: an escalation a human found appropriate,
 * or a ticket the bot kept that a human says should have gone to a person).
 * A verdict counts for a threshold only if the threshold decided whether that
 * ticket escalated (see `governedBy` in policy.ts); its sample is the score
 * the threshold is compared with (overall risk, technical complexity).
 *
 * The costs. Missing an escalation that was needed costs MISS_COST times a
 * needless one, so escalating pays off when P(warranted) > 1 / (1 + MISS_COST)
 * — the break-even rate, 1/3.
 *
 * The estimate. Moving the threshold from its default d to t changes the
 * decision only for tickets scoring between the two: raising it to t stops
 * escalating scores in [d, t); lowering it starts escalating [t, d). For
 * that band, the rate θ at which escalation was warranted has the posterior
 * Beta(1 + warranted, 1 + unwarranted) (uniform prior). A move to t is
 * admissible when the band holds at least MIN_BAND_VERDICTS verdicts and the
 * posterior is CREDIBILITY sure that θ lies on the other side of break-even
 * (below it to raise, above it to lower). Among the admissible thresholds
 * within ±MAX_SHIFT of the default (and the default itself), the one with
 * the lowest cost of mistakes on the segment's verdicts wins; ties go to the
 * smaller move. So a threshold moves only when the verdicts are both
 * plentiful and lopsided, and never further than the evidence reaches.
 */
import { probabilityRateBelow } from "./beta.js";

/** A needed escalation that was missed costs twice a needless one: a customer left alone with a real problem vs. a few minutes of a person's time. */
export const MISS_COST = 2;
/** Escalating pays off above this rate of "warranted": cost of a needless escalation / (that + cost of a miss). */
export const BREAK_EVEN = 1 / (1 + MISS_COST);
/** 90 %: one move in ten may still be a fluke of the sample; the bounds below cap what such a fluke can do. */
export const CREDIBILITY = 0.9;
/**
 * Fewer verdicts than this in the band never move a threshold. With 8 all
 * one way the posterior is already 96 % sure; with fewer, one customer's bad
 * week could set the policy for everyone in the segment.
 */
export const MIN_BAND_VERDICTS = 8;
/**
 * 15 points: about one step of the risk ladders (a calm enterprise question
 * scores ~25, an angry one ~45, a hard trigger 60+). A segment that needs
 * more than that needs a person to change a rule, not a learned nudge.
 */
export const MAX_SHIFT = 15;

export interface Sample {
  ticketId: string;
  /** The score the threshold is compared with (0–100). */
  score: number;
  /** Whether escalating this ticket was warranted, by a human's verdict. */
  warranted: boolean;
}

export interface BandEvidence {
  /** Scores in [from, to) were affected by the move. */
  from: number;
  to: number;
  warranted: number;
  total: number;
  /** Posterior probability that θ lies on the side of break-even that justifies the move. */
  credibility: number;
}

export interface ThresholdCalibration {
  /** The default the run started from. */
  base: number;
  /** What the segment's verdicts moved it to (equal to base when they did not). */
  learned: number;
  /** Verdicts that bear on this threshold in the segment. */
  samples: number;
  /** Of those, the ones scoring within ±MAX_SHIFT of the default: only these can ever move it. */
  inReach: number;
  /** The band that justified the move; null when the threshold stays. */
  evidence: BandEvidence | null;
}

function costAt(threshold: number, samples: readonly Sample[]): number {
  let cost = 0;
  for (const s of samples) {
    const escalates = s.score >= threshold;
    if (escalates && !s.warranted) cost += 1;
    else if (!escalates && s.warranted) cost += MISS_COST;
  }
  return cost;
}

/** The band between base and t, and whether its verdicts justify moving there. */
function bandFor(base: number, t: number, samples: readonly Sample[]): BandEvidence | null {
  const [from, to] = t > base ? [base, t] : [t, base];
  const band = samples.filter((s) => s.score >= from && s.score < to);
  if (band.length < MIN_BAND_VERDICTS) return null;
  const warranted = band.filter((s) => s.warranted).length;
  const below = probabilityRateBelow(BREAK_EVEN, warranted, band.length - warranted);
  const credibility = t > base ? below : 1 - below;
  return credibility >= CREDIBILITY ? { from, to, warranted, total: band.length, credibility } : null;
}

export function calibrateThreshold(base: number, samples: readonly Sample[]): ThresholdCalibration {
  let best = { t: base, cost: costAt(base, samples), evidence: null as BandEvidence | null };
  const lowest = Math.max(0, base - MAX_SHIFT);
  const highest = Math.min(100, base + MAX_SHIFT);
  for (let t = lowest; t <= highest; t++) {
    if (t === base) continue;
    const evidence = bandFor(base, t, samples);
    if (!evidence) continue;
    const cost = costAt(t, samples);
    const closer = Math.abs(t - base) < Math.abs(best.t - base);
    if (cost < best.cost || (cost === best.cost && closer)) best = { t, cost, evidence };
  }
  const inReach = samples.filter((s) => s.score >= lowest && s.score < highest).length;
  return { base, learned: best.t, samples: samples.length, inReach, evidence: best.evidence };
}
