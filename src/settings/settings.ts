/**
 * The parsed configuration, grouped by the part of the product that uses
 * it. Built once at an entry point (loadSettings) and handed down; nothing
 * below the entry points reads the environment.
 */
import type { PrivacySettings } from "../privacy/config.js";
import type { VerdictSource } from "../learning/trust.js";
import type { StructuredOutputMethod } from "../llm/policy.js";
import type { ChannelSettings } from "./channels.js";

export interface ModelSettings {
  /** ESCALATION_MODEL as given (checked where `--model` may override it, src/cli/model-option.ts). */
  readonly spec?: string;
  readonly timeoutMs: number;
  readonly structuredOutput: StructuredOutputMethod;
  readonly openaiApiKey?: string;
  readonly openaiBaseUrl?: string;
  /** `openai:<model>` for the similar-case search; lexical when absent. */
  readonly embeddings?: string;
}

export interface StorageSettings {
  /** ESCALATION_DB; the default file when absent (src/persistence/open.ts). */
  readonly db?: string;
  /** ESCALATION_DB_SCHEMA: the PostgreSQL schema when the URL names none. */
  readonly dbSchema?: string;
  readonly journal?: string;
  /** ESCALATION_CONFIG: the routing file. */
  readonly routing?: string;
  readonly outboxDir?: string;
}

export interface QueueOptions {
  /** REDIS_URL as given; absent means the default Redis (and, for `serve`, no queue). */
  readonly redisUrl?: string;
  readonly prefix: string;
}

export interface ServerSettings {
  readonly host?: string;
  readonly port?: number;
  readonly intakeSecret?: string;
  readonly intakeSignedBodyLimit?: number;
  readonly slackSigningSecret?: string;
  readonly consoleToken?: string;
  /** ESCALATION_CONSOLE_USERS as given; parsed with CONSOLE_TOKEN by the server (src/server/console/users.ts). */
  readonly consoleUsers?: string;
  readonly shutdownTimeoutMs: number;
  readonly trustProxy: boolean;
}

export interface MetricsSettings {
  readonly token?: string;
  readonly scanIntervalMs: number;
}

export type { PrivacySettings } from "../privacy/config.js";

export interface LearningOptions {
  /** null: every source is trusted. */
  readonly trust: ReadonlySet<VerdictSource> | null;
  readonly reviewChannel?: string;
}

export interface ProcessSettings {
  readonly logLevel?: string;
  readonly debug: boolean;
  /** USER or USERNAME: who runs the CLI, where the OS has no passwd entry. */
  readonly user?: string;
}

export interface Settings {
  readonly model: ModelSettings;
  readonly storage: StorageSettings;
  readonly queue: QueueOptions;
  readonly server: ServerSettings;
  readonly metrics: MetricsSettings;
  readonly channels: ChannelSettings;
  readonly privacy: PrivacySettings;
  readonly learning: LearningOptions;
  readonly process: ProcessSettings;
  /** Every configured secret value (src/privacy/secrets.ts), longest first: scrubbed from every message. */
  readonly secrets: readonly string[];
}
