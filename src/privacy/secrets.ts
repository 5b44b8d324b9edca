/**
 * The one secrets scrubber, for every message that leaves the process (logs,
 * CLI errors, model failures in state, delivery errors in the ledger).
 *
 * Two layers, because each catches what the other misses:
 * - every configured secret value (see configuredSecrets) is replaced
 *   wherever it appears, raw, percent-encoded or base64-encoded — a
 *   library's error may quote the URL or the Basic header it was given;
 * - credential shapes (API keys, bearer tokens, `user:pass@` in URLs,
 *   `password: …`, the masked `sk-…****` keys OpenAI echoes back) are
 *   redacted even when they come from somewhere else than the environment.
 */
import { redactText } from "./redact.js";

export const SECRET_REPLACEMENT = "[redacted]";

/**
 * Shorter values cannot be told from ordinary words and would blank them out
 * of every message.
 */
const MIN_SECRET_LENGTH = 4;

/**
 * Variables whose value is a credential, by the end of their name:
 * SLACK_BOT_TOKEN, ZENDESK_API_TOKEN, OPENAI_API_KEY, PGPASSWORD,
 * AWS_SECRET_ACCESS_KEY, SLACK_SIGNING_SECRET… Anchored at the end so
 * TOKENIZERS_PARALLELISM=false is not one.
 */
const SECRET_NAME = /(?:TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|API_?KEY|ACCESS_KEY|PRIVATE_KEY|CREDENTIALS?)$/i;

/**
 * Shapes the customer-text detectors leave alone on purpose (they would be
 * false alarms in a ticket) but that in an error message can only be a key:
 * OpenAI's masked echo of the key it refused (`sk-abc1****wxyz`) and short
 * bearer tokens.
 */
const ERROR_KEY_SHAPES = [/\bsk-[A-Za-z0-9_*.-]{4,}/g, /\bBearer\s+[A-Za-z0-9._~+/=-]{8,}/gi];

type Env = Record<string, string | undefined>;

/**
 * The secret values of this configuration: every variable named like a
 * credential, the tokens of ESCALATION_CONSOLE_USERS, and the password of
 * every URL that carries one (SMTP_URL, DATABASE_URL, REDIS_URL…, whatever
 * the variable is called), raw and percent-decoded. Longest first, so a
 * secret containing another is replaced whole.
 */
export function configuredSecrets(env: Env): string[] {
  const secrets = new Set<string>();
  for (const [name, raw] of Object.entries(env)) {
    const value = raw?.trim();
    if (!value) continue;
    if (SECRET_NAME.test(name)) secrets.add(value);
    // name:token pairs (the console's users): each token is a secret, the names are not.
    if (name === "ESCALATION_CONSOLE_USERS") for (const entry of value.split(",")) secrets.add(entry.slice(entry.indexOf(":") + 1).trim());
    const password = urlPassword(value);
    if (password) {
      secrets.add(password);
      secrets.add(safeDecode(password));
    }
  }
  return usable(secrets);
}

/** Replaces the given secret values (raw, percent- and base64-encoded) and credential shapes in a message. */
export function scrubSecrets(text: string, secrets: readonly string[]): string {
  let clean = text;
  for (const form of formsOf(secrets)) clean = clean.split(form).join(SECRET_REPLACEMENT);
  // The detectors first, so a key they know is named by its kind; these shapes take what they leave.
  clean = redactText(clean, ["api_key", "password"]).text;
  for (const shape of ERROR_KEY_SHAPES) clean = clean.replace(shape, SECRET_REPLACEMENT);
  return clean;
}

const MAX_MESSAGE_CHARS = 500;

/** A message cut to at most `max` characters, so a server's whole reply page does not land in state or the ledger. */
export function clipMessage(text: string, max: number = MAX_MESSAGE_CHARS): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * Each secret as it may be quoted, longest secret first; kept per list (taken
 * as fixed once used), as a logger scrubs every string of a record with the
 * same one.
 */
const formsCache = new WeakMap<readonly string[], string[]>();

function formsOf(secrets: readonly string[]): string[] {
  let forms = formsCache.get(secrets);
  if (!forms) {
    forms = usable(secrets).flatMap((secret) => [...new Set([secret, encodeURIComponent(secret), Buffer.from(secret).toString("base64")])]);
    formsCache.set(secrets, forms);
  }
  return forms;
}

/** Long enough to tell from a word, longest first so a secret containing another is replaced whole. */
function usable(secrets: Iterable<string>): string[] {
  return [...new Set(secrets)].filter((s) => s.length >= MIN_SECRET_LENGTH).sort((a, b) => b.length - a.length);
}

function urlPassword(value: string): string | undefined {
  if (!value.includes("://") || !value.includes("@")) return undefined;
  try {
    return new URL(value).password || undefined;
  } catch {
    // Not a URL after all; its value may still be a named secret, handled by the caller.
    return undefined;
  }
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
