/**
 * API keys, tokens and other credentials, by the shapes their issuers give
 * them, plus a generic rule for `key=value` pairs whose value looks random.
 *
 * Shapes (prefix and minimum length as the issuers document them):
 * OpenAI `sk-…` (also `sk-proj-…`), Stripe `sk_live_…`/`rk_test_…`, GitHub
 * `ghp_`/`gho_`/`ghu_`/`ghs_`/`ghr_` + 36 and `github_pat_…`, Slack
 * `xoxb-`/`xoxa-`/`xoxp-`/`xoxr-`/`xoxs-`, AWS access key ids `AKIA`/`ASIA` +
 * 16, Google `AIza` + 35, JWTs (three base64url parts, the first two JSON
 * objects so starting `eyJ`), `Bearer …` headers and PEM private keys.
 */
import { groupRange, spansOf, type Span } from "./span.js";

const SHAPES: RegExp[] = [
  /(?<![\w-])sk-(?:proj-|live-|test-|ant-)?[A-Za-z0-9_-]{16,}/g,
  /(?<![\w-])[sr]k_(?:live|test)_[A-Za-z0-9]{16,}/g,
  /(?<![\w-])gh[pousr]_[A-Za-z0-9]{36,}/g,
  /(?<![\w-])github_pat_[A-Za-z0-9_]{22,}/g,
  /(?<![\w-])xox[baprs]-[A-Za-z0-9-]{10,}/g,
  /(?<![\w-])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])/g,
  /(?<![\w-])AIza[0-9A-Za-z_-]{35}/g,
  /(?<![\w-])eyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g,
  /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]{0,10000}?-----END [A-Z ]*PRIVATE KEY-----/g,
];

/** `Bearer <token>`: the token only, so the reader still sees an Authorization header was pasted. */
const BEARER = /\bBearer\s+([A-Za-z0-9._~+/-]{16,}=*)/dg;

/**
 * `api_key=…`, `secret: …`, `token="…"`, `client_secret …`: a label, a sign
 * and a value of at least 16 token characters that looks random (see
 * looksRandom); "token: please-help-me-with-login" is words, not a key.
 */
const LABELLED =
  /(?<![\p{L}\p{N}])(?:api[_-]?key|apikey|api[_-]?token|access[_-]?key(?:[_-]?id)?|secret(?:[_-]?access)?[_-]?key|client[_-]?secret|secret|access[_-]?token|auth[_-]?token|refresh[_-]?token|token|private[_-]?key)["']?\s*[:=]\s*["']?([A-Za-z0-9_\-./+=]{16,})/dgiu;

const MIN_RANDOM_LENGTH = 16;
/**
 * Bits of Shannon entropy per character. Generated keys (base62, hex,
 * base64) score about 3.5–6; English words and kebab-case phrases stay
 * below 3.5 once their length passes 16.
 */
const MIN_ENTROPY_BITS = 3.5;

export function detectApiKeys(text: string): Span[] {
  return [
    ...SHAPES.flatMap((shape) => spansOf(text, shape, "api_key")),
    ...spansOf(text, BEARER, "api_key", (m) => groupRange(m, 1)),
    ...spansOf(text, LABELLED, "api_key", (m) => (looksRandom(m[1] ?? "") ? groupRange(m, 1) : null)),
  ];
}

/** Long enough, with letters and digits, and spread over many different characters. */
export function looksRandom(value: string): boolean {
  if (value.length < MIN_RANDOM_LENGTH) return false;
  if (!/[A-Za-z]/.test(value) || !/\d/.test(value)) return false;
  return shannonEntropy(value) >= MIN_ENTROPY_BITS;
}

function shannonEntropy(value: string): number {
  const counts = new Map<string, number>();
  for (const char of value) counts.set(char, (counts.get(char) ?? 0) + 1);
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / value.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}
