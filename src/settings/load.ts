/**
 * loadSettings: the environment parsed once, at an entry point, into a
 * frozen Settings. Every bad variable is reported in one ConfigError (the
 * CLI prints it and exits 2); messages name the variable and never quote a
 * secret's value.
 */
import { ConfigError } from "../config/errors.js";
import { configuredSecrets } from "../privacy/secrets.js";
import type { ZodSafeParseResult } from "zod";
import { ChannelVariables, channelSettings, type ChannelSettings } from "./channels.js";
import { EnvSchema, type EnvValues } from "./schema.js";
import type { Settings } from "./settings.js";

export type Env = Readonly<Record<string, string | undefined>>;

export function loadSettings(env: Env = process.env): Settings {
  return deepFreeze(toSettings(parse(EnvSchema, env), env));
}

/** The delivery settings alone (for a library user who builds channels without an agent); the whole environment is not checked. */
export function channelSettingsFromEnv(env: Env = process.env): ChannelSettings {
  return deepFreeze(channelSettings(parse(ChannelVariables, env)));
}

function parse<T>(schema: { shape: object; safeParse(input: unknown): ZodSafeParseResult<T> }, env: Env): T {
  // Only the variables the schema knows: the rest of the environment is none of its business.
  const known: Record<string, string | undefined> = {};
  for (const name of Object.keys(schema.shape)) known[name] = env[name];
  const parsed = schema.safeParse(known);
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((issue) => issue.message).join("; "));
  return parsed.data;
}

function toSettings(v: EnvValues, env: Env): Settings {
  return {
    model: {
      ...(v.ESCALATION_MODEL ? { spec: v.ESCALATION_MODEL } : {}),
      timeoutMs: v.ESCALATION_MODEL_TIMEOUT_MS,
      structuredOutput: v.ESCALATION_MODEL_METHOD,
      ...(v.OPENAI_API_KEY ? { openaiApiKey: v.OPENAI_API_KEY } : {}),
      ...(v.OPENAI_BASE_URL ? { openaiBaseUrl: v.OPENAI_BASE_URL } : {}),
      ...(v.ESCALATION_EMBEDDINGS ? { embeddings: v.ESCALATION_EMBEDDINGS } : {}),
    },
    storage: {
      ...(v.ESCALATION_DB ? { db: v.ESCALATION_DB } : {}),
      ...(v.ESCALATION_DB_SCHEMA ? { dbSchema: v.ESCALATION_DB_SCHEMA } : {}),
      ...(v.INTAKE_JOURNAL ? { journal: v.INTAKE_JOURNAL } : {}),
      ...(v.ESCALATION_CONFIG ? { routing: v.ESCALATION_CONFIG } : {}),
      ...(v.ESCALATION_OUTBOX ? { outboxDir: v.ESCALATION_OUTBOX } : {}),
    },
    queue: { ...(v.REDIS_URL ? { redisUrl: v.REDIS_URL } : {}), prefix: v.ESCALATION_QUEUE_PREFIX },
    server: {
      ...(v.HOST ? { host: v.HOST } : {}),
      ...(v.PORT !== undefined ? { port: v.PORT } : {}),
      ...(v.INTAKE_SECRET ? { intakeSecret: v.INTAKE_SECRET } : {}),
      ...(v.INTAKE_SIGNED_BODY_LIMIT !== undefined ? { intakeSignedBodyLimit: v.INTAKE_SIGNED_BODY_LIMIT } : {}),
      ...(v.SLACK_SIGNING_SECRET ? { slackSigningSecret: v.SLACK_SIGNING_SECRET } : {}),
      ...(v.CONSOLE_TOKEN ? { consoleToken: v.CONSOLE_TOKEN } : {}),
      ...(v.ESCALATION_CONSOLE_USERS ? { consoleUsers: v.ESCALATION_CONSOLE_USERS } : {}),
      shutdownTimeoutMs: v.SHUTDOWN_TIMEOUT_MS,
      trustProxy: v.TRUST_PROXY,
    },
    metrics: { ...(v.METRICS_TOKEN ? { token: v.METRICS_TOKEN } : {}), scanIntervalMs: v.METRICS_SCAN_INTERVAL_MS },
    channels: channelSettings(v),
    privacy: { redactKinds: v.ESCALATION_REDACT, redactStored: v.ESCALATION_REDACT_STORED },
    learning: { trust: v.ESCALATION_LEARNING_TRUST, ...(v.ESCALATION_REVIEW_CHANNEL ? { reviewChannel: v.ESCALATION_REVIEW_CHANNEL } : {}) },
    process: {
      ...(v.LOG_LEVEL ? { logLevel: v.LOG_LEVEL } : {}),
      debug: v.DEBUG,
      ...(v.USER || v.USERNAME ? { user: v.USER || v.USERNAME } : {}),
    },
    // From the whole environment: a credential of a library (PGPASSWORD…) is scrubbed as well as ours.
    secrets: configuredSecrets(env),
  };
}

/** Frozen all the way down (a Set keeps its own methods; nobody is handed it to change). */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !(value instanceof Set)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** The settings of a library user who configured nothing: every default. */
export const DEFAULT_SETTINGS: Settings = loadSettings({});
