/** Cue lists written by weight tier; see ../taxonomy.ts for what each tier means. */
import type { Cue } from "../schema.js";

/** Cue weight tiers; see the file comment for what each means. */
export type Tier = 1 | 2 | 3;

/** Builds a cue list from phrases grouped by weight, which reads far better than 400 `{ phrase, weight }` objects. */
export function weighted(tiers: Partial<Record<Tier, string[]>>): Cue[] {
  return ([3, 2, 1] as const).flatMap((weight) => (tiers[weight] ?? []).map((phrase) => ({ phrase, weight })));
}
