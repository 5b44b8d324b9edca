/**
 * One account of a missed escalation against a calm ticket escalated, for
 * every threshold training chooses: the concept model's (tune-thresholds.ts),
 * each head's (head-replay.ts) and the ticket reader's (ticket-reader/choose.ts).
 * A step is worth taking when MISS_WEIGHT times the share of missed
 * escalations it finds exceeds the share of calm cases it escalates. A miss
 * is the failure an escalation agent exists to prevent; a person reading a
 * calm ticket costs minutes. Before this account the concept model and the
 * heads weighed the two shares the same while the reader counted a miss
 * twice, so the three stopped at different trade-offs (evals/RESULTS.md,
 * sixteenth pass).
 */
export const MISS_WEIGHT = 2;
