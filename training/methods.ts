/**
 * The feature sets compared on the same protocol (`npm run train -- --compare`).
 * The chosen one is the default of `npm run train`; evals/RESULTS.md has the table.
 */
import type { FeatureConfig } from "../src/rules/concepts/features.js";

export const BITS = 17;

export const METHODS: Readonly<Record<string, FeatureConfig>> = {
  words: { words: true, chars: false, stems: false, bits: BITS },
  "words+stems": { words: true, chars: false, stems: true, bits: BITS },
  chars: { words: false, chars: true, stems: false, bits: BITS },
  "words+chars": { words: true, chars: true, stems: false, bits: BITS },
  "words+stems+chars": { words: true, chars: true, stems: true, bits: BITS },
  "words+stems+chars+clusters": { words: true, chars: true, stems: true, clusters: true, bits: BITS },
};

export const DEFAULT_METHOD = "words+stems+chars";
