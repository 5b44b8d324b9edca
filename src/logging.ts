/**
 * Structured logging (pino) that cannot leak credentials.
 *
 * Three layers, because each catches what the others miss:
 * - `redact` paths blank fields whose name says they hold a credential
 *   (`password`, `token`, `apiKey`, `authorization`, `smtpUrl`…);
 * - every configured secret value and every credential shape in a logged
 *   string, object or error is replaced by the one secrets scrubber
 *   (src/privacy/secrets.ts), whatever the field is called.
 *
 * Logs go to stderr, so stdout stays the CLI's results. The entry point
 * gives the level (LOG_LEVEL, default `warn`; `silent` for none) and the
 * secrets, both from its settings (src/settings).
 */
import { pino, stdSerializers, type DestinationStream, type Logger, type SerializerFn } from "pino";
import { scrubDeep } from "./privacy/scrub-deep.js";
import { configuredSecrets, scrubSecrets, SECRET_REPLACEMENT as REPLACEMENT } from "./privacy/secrets.js";

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

type Serializer = SerializerFn;

export interface LoggerOptions {
  level?: string;
  /** Default: stderr. Tests pass a stream to read what was logged. */
  destination?: DestinationStream;
  /** The configured secret values to scrub (Settings.secrets); credential shapes are scrubbed without them. */
  secrets?: readonly string[];
  /** An environment to take the secrets and LOG_LEVEL from, as loadSettings would (tests). */
  env?: Env;
  /**
   * Serializers by key (e.g. `req`, `res` for an HTTP server), beside the
   * error ones. What they return is scrubbed; what they are given is not,
   * so they see the live object (a request's getters, an error's stack).
   */
  serializers?: Record<string, Serializer>;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  // Fixed for the logger's life: the configuration does not change while the process runs.
  const secrets = options.secrets ?? (options.env ? configuredSecrets(options.env) : []);
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
      level: options.level ?? options.env?.LOG_LEVEL ?? "warn",
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
