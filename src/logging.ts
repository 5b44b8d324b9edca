/**
 * Structured logging (pino) that cannot leak credentials, and the scrubber
 * every message that leaves the process (logs, CLI errors) goes through.
 *
 * Three layers, because each catches what the others miss:
 * - `redact` paths blank fields whose name says they hold a credential
 *   (`password`, `token`, `apiKey`, `authorization`, `smtpUrl`…);
 * - every configured secret value (see configuredSecrets) is replaced
 *   wherever it appears in a logged string or error, whatever the field is
 *   called — a library's error message may quote the URL it was given;
 * - credential shapes (API keys, bearer tokens, `user:pass@` in URLs,
 *   `password: …`) are redacted even when they come from somewhere else
 *   than the environment (a routing file, a server's reply).
 *
 * Logs go to stderr, so stdout stays the CLI's results. LOG_LEVEL sets the
 * level (default `warn`; `silent` for none).
 */
import { pino, stdSerializers, type DestinationStream, type Logger, type SerializerFn } from "pino";
import { redactText } from "./privacy/redact.js";

/**
 * Variables whose value is a credential, by the end of their name:
 * SLACK_BOT_TOKEN, ZENDESK_API_TOKEN, OPENAI_API_KEY, PGPASSWORD,
 * AWS_SECRET_ACCESS_KEY, SLACK_SIGNING_SECRET… Anchored at the end so
 * TOKENIZERS_PARALLELISM=false is not one.
 */
const SECRET_NAME = /(?:TOKEN|SECRET|PASSWORD|PASSWD|PASSPHRASE|API_?KEY|ACCESS_KEY|PRIVATE_KEY|CREDENTIALS?)$/i;

/**
 * Shorter values cannot be told from ordinary words and would blank them out
 * of every message; the channel layer uses the same floor.
 */
const MIN_SECRET_LENGTH = 4;

const REPLACEMENT = "[redacted]";

/** Fields blanked by name wherever they appear (top level and one level down). */
const SECRET_FIELDS = [
  "password",
  "pass",
  "token",
  "apiKey",
  "apiToken",
  "api_key",
  "secret",
  "authorization",
  "cookie",
  "smtpUrl",
  "databaseUrl",
  "connectionString",
];
export const REDACT_PATHS = [
  ...SECRET_FIELDS,
  ...SECRET_FIELDS.map((field) => `*.${field}`),
  "headers.authorization",
  "*.headers.authorization",
  "headers.cookie",
  "*.headers.cookie",
];

type Env = Record<string, string | undefined>;

/**
 * The secret values of this configuration: every variable named like a
 * credential, the tokens of ESCALATION_CONSOLE_USERS, and the password of every URL that carries one (SMTP_URL,
 * DATABASE_URL, REDIS_URL…, whatever the variable is called), raw and
 * percent-decoded. Longest first, so a secret containing another is
 * replaced whole.
 */
export function configuredSecrets(env: Env = process.env): string[] {
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
  return [...secrets].filter((s) => s.length >= MIN_SECRET_LENGTH).sort((a, b) => b.length - a.length);
}

/** Replaces configured secret values (also percent-encoded) and credential shapes in a message. */
export function scrubSecrets(text: string, secrets: readonly string[] = configuredSecrets()): string {
  let clean = text;
  for (const secret of secrets) {
    for (const form of new Set([secret, encodeURIComponent(secret)])) clean = clean.split(form).join(REPLACEMENT);
  }
  return redactText(clean, ["api_key", "password"]).text;
}

/**
 * Beyond this depth a record is cut short. pino itself prints only five
 * levels (its depthLimit), so nothing printable is lost, and a live object
 * graph (a request with its socket and server) cannot make one log line
 * walk half the heap.
 */
const MAX_SCRUB_DEPTH = 10;

/**
 * Every string in a log record scrubbed; errors are left to the serializer,
 * which keeps their stack. A reference back to an object being walked (a
 * cycle) becomes "[Circular]", as pino's own stringifier writes it; the same
 * object met twice on separate branches is not a cycle and is scrubbed twice.
 */
export function scrubDeep(value: unknown, secrets: readonly string[]): unknown {
  return scrubValue(value, secrets, new Set<object>(), 0);
}

function scrubValue(value: unknown, secrets: readonly string[], ancestors: Set<object>, depth: number): unknown {
  if (typeof value === "string") return scrubSecrets(value, secrets);
  if (value === null || typeof value !== "object" || value instanceof Error) return value;
  if (ancestors.has(value)) return "[Circular]";
  if (depth >= MAX_SCRUB_DEPTH) return Array.isArray(value) ? "[Array]" : "[Object]";
  // Dates, Buffers, URLs…: scrub what JSON would print for them, not their (often empty) own fields.
  const toJSON = (value as { toJSON?: unknown }).toJSON;
  if (typeof toJSON === "function") return scrubValue(toJSON.call(value), secrets, ancestors, depth);
  ancestors.add(value);
  try {
    if (Array.isArray(value)) return value.map((item) => scrubValue(item, secrets, ancestors, depth + 1));
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, scrubValue(child, secrets, ancestors, depth + 1)]));
  } finally {
    ancestors.delete(value);
  }
}

type Serializer = SerializerFn;

export interface LoggerOptions {
  level?: string;
  /** Default: stderr. Tests pass a stream to read what was logged. */
  destination?: DestinationStream;
  env?: Env;
  /**
   * Serializers by key (e.g. `req`, `res` for an HTTP server), beside the
   * error ones. What they return is scrubbed; what they are given is not,
   * so they see the live object (a request's getters, an error's stack).
   */
  serializers?: Record<string, Serializer>;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const env = options.env ?? process.env;
  // Read once: the configuration does not change while the process runs.
  const secrets = configuredSecrets(env);
  const scrubbed = (serialize: Serializer) => (value: unknown) => scrubDeep(serialize(value), secrets);
  const serializers: Record<string, Serializer> = {};
  for (const [key, serialize] of Object.entries({ ...options.serializers, err: stdSerializers.err, error: stdSerializers.err })) {
    serializers[key] = scrubbed(serialize);
  }
  // pino runs the log formatter before the serializers: values they will turn into something else pass untouched.
  const serialized = new Set(Object.keys(serializers));
  const scrubRecord = (record: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(record).map(([key, value]) => [key, serialized.has(key) ? value : scrubDeep(value, secrets)]));
  return pino(
    {
      name: "escalation-agent",
      level: options.level ?? env.LOG_LEVEL ?? "warn",
      redact: { paths: REDACT_PATHS, censor: REPLACEMENT },
      serializers,
      formatters: { log: scrubRecord },
      hooks: {
        logMethod(args, method) {
          const scrubbed = args.map((arg: unknown) => (typeof arg === "string" ? scrubSecrets(arg, secrets) : arg));
          method.apply(this, scrubbed as Parameters<typeof method>);
        },
      },
    },
    options.destination ?? pino.destination(2),
  );
}

let shared: Logger | undefined;

/** The process's logger, created on first use (after the environment is loaded). */
export function logger(): Logger {
  return (shared ??= createLogger());
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
