/**
 * Every environment variable the product reads, as one zod object: name,
 * type, default and meaning (the README's configuration table is rendered
 * from it, src/settings/readme.ts). Credentials that are not ours (PGPASSWORD,
 * AWS_SECRET_ACCESS_KEY…) are not listed: they are only scrubbed, by name
 * (src/privacy/secrets.ts).
 */
import { z } from "zod";
import { ConfigError } from "../config/errors.js";
import { parseRedactionKinds } from "../privacy/config.js";
import { trustedSources } from "../learning/trust.js";
import { DEFAULT_TIMEOUT_MS, METHOD_ENV, STRUCTURED_OUTPUT_METHODS, StructuredOutputMethod, TIMEOUT_ENV } from "../llm/policy.js";
import { BODY_LIMIT, DEFAULT_SCAN_INTERVAL_MS, DEFAULT_SHUTDOWN_TIMEOUT_MS, milliseconds, port, secret, url } from "./values.js";
import { text, variable } from "./variable.js";

const ON = new Set(["1", "true", "on", "yes"]);
const OFF = new Set(["0", "false", "off", "no"]);
/** Queue key prefixes go into SCAN patterns, so no glob characters. */
const QUEUE_PREFIX = /^[A-Za-z0-9_.-]{1,64}$/;
const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];

const modelVariables = {
  ESCALATION_MODEL: text({ type: "`rules` \\| `openai:<model>`", default: "`rules`", flag: "`--model`", description: "the judgement engine" }),
  OPENAI_API_KEY: text({ type: "secret", description: "the key for `openai:<model>` (any non-empty value for a local server)", secret: true }),
  OPENAI_BASE_URL: text({ type: "URL", default: "OpenAI", description: "an OpenAI-compatible server (Ollama, vLLM, LM Studio)" }),
  ESCALATION_MODEL_TIMEOUT_MS: variable({ type: "milliseconds", default: "`30000`", description: "per model request" }, (value) => {
    if (value === undefined) return DEFAULT_TIMEOUT_MS;
    const ms = Number(value);
    if (!Number.isInteger(ms) || ms <= 0) throw new ConfigError(`${TIMEOUT_ENV}: must be a positive whole number of milliseconds, got '${value}'`);
    return ms;
  }),
  ESCALATION_MODEL_METHOD: variable(
    { type: "`jsonSchema` \\| `functionCalling`", default: "`jsonSchema`", description: "structured output by JSON schema or by a forced tool call" },
    (value) => {
      if (value === undefined) return "jsonSchema";
      const parsed = StructuredOutputMethod.safeParse(value);
      if (!parsed.success) throw new ConfigError(`${METHOD_ENV}: must be one of ${STRUCTURED_OUTPUT_METHODS.join(", ")}, got '${value}'`);
      return parsed.data;
    },
  ),
  ESCALATION_EMBEDDINGS: variable(
    {
      type: "`openai:<model>`",
      default: "none",
      description: "rank similar past cases by embeddings (e.g. `openai:text-embedding-3-small`) instead of lexically",
    },
    (value) => {
      if (value !== undefined && !/^openai:.+$/.test(value)) {
        throw new ConfigError("ESCALATION_EMBEDDINGS must be 'openai:<model>', e.g. openai:text-embedding-3-small");
      }
      return value;
    },
  ),
};

const storageVariables = {
  ESCALATION_DB: text({
    type: "path \\| `postgres://` URL \\| `:memory:`",
    default: "`.escalation/agent.db`",
    flag: "`--db`",
    description: "SQLite file for threads and outcome memory, or a `postgres://` URL (see [Deployment](#deployment)); `:memory:` for none",
  }),
  ESCALATION_DB_SCHEMA: text({
    type: "identifier",
    default: "`public`",
    flag: "`?schema=`",
    description: "the PostgreSQL schema for all of the agent's tables",
  }),
  INTAKE_JOURNAL: text({
    type: "path \\| `postgres://` URL \\| `:memory:`",
    default: "beside the threads",
    flag: "`--journal`",
    description: "the intake journal of `serve` (and of `threads delete`)",
  }),
  ESCALATION_CONFIG: text({
    type: "path",
    default: "built-in routing",
    flag: "`--config`",
    description: "routing config JSON: teams (email, Slack channel, ticketing group), escalation address and channel, category → team",
  }),
  ESCALATION_OUTBOX: text({
    type: "folder",
    default: "unset",
    description: "notifications of channels without settings are written there (`outbox`); unset, they are `not_configured`",
  }),
};

const queueVariables = {
  REDIS_URL: text({
    type: "URL",
    default: "`redis://127.0.0.1:6379`",
    description: "the queue for `enqueue` and `worker`; set, `serve` hands its intake to the workers",
  }),
  ESCALATION_QUEUE_PREFIX: variable(
    { type: "name", default: "`esc`", description: "prefix of every queue key in Redis, so deployments can share one" },
    (value) => {
      const prefix = value ?? "esc";
      if (!QUEUE_PREFIX.test(prefix)) throw new ConfigError(`ESCALATION_QUEUE_PREFIX '${prefix}' may only hold letters, digits, '.', '_' and '-'`);
      return prefix;
    },
  ),
};

const serverVariables = {
  HOST: text({ type: "host", default: "`127.0.0.1`", flag: "`--host`", description: "interface `serve` listens on (`0.0.0.0` in a container)" }),
  PORT: variable({ type: "port", default: "`8080`", flag: "`--port`", description: "port `serve` listens on (`0` picks a free one)" }, (value) =>
    value === undefined ? undefined : port("PORT", value),
  ),
  INTAKE_SECRET: variable(
    { type: "secret (16+)", description: "shared secret of `POST /tickets` (Bearer or HMAC); unset, intake is off", secret: true },
    (value) => secret("INTAKE_SECRET", value),
  ),
  INTAKE_SIGNED_BODY_LIMIT: variable(
    { type: "bytes", default: "1 MiB", description: "bytes a signed intake body may have until its HMAC is checked" },
    (value) => {
      if (value === undefined) return undefined;
      const bytes = Number(value);
      if (!/^\d+$/.test(value) || bytes < 1024 || bytes > BODY_LIMIT) {
        throw new ConfigError(`INTAKE_SIGNED_BODY_LIMIT must be a number of bytes from 1024 to ${BODY_LIMIT}, got '${value}'`);
      }
      return bytes;
    },
  ),
  SLACK_SIGNING_SECRET: text({ type: "secret", description: "verifies `POST /slack/actions`; unset, Slack buttons are off", secret: true }),
  CONSOLE_TOKEN: variable({ type: "secret (16+)", description: "one shared console login token", secret: true }, (value) => secret("CONSOLE_TOKEN", value)),
  ESCALATION_CONSOLE_USERS: text({
    type: "`name:token,…`",
    description: "console sign-in per person (a token or `sha256:<hex>` each): they act, and give verdicts, as themselves",
    secret: true,
  }),
  CONSOLE_LINK_SECRET: variable({ type: "secret (16+)", description: "signs the ticket links in handoff messages", secret: true }, (value) =>
    secret("CONSOLE_LINK_SECRET", value),
  ),
  PUBLIC_URL: variable({ type: "URL", description: "the base URL people reach the console at (links in messages, cookie security)" }, (value) =>
    url("PUBLIC_URL", value, ["http:", "https:"]),
  ),
  SHUTDOWN_TIMEOUT_MS: variable({ type: "milliseconds", default: "`30000`", description: "how long shutdown waits for triage under way" }, (value) =>
    milliseconds("SHUTDOWN_TIMEOUT_MS", value, DEFAULT_SHUTDOWN_TIMEOUT_MS),
  ),
  TRUST_PROXY: variable(
    { type: "`true` \\| `1`", default: "off", description: "behind a reverse proxy: trust `X-Forwarded-*`" },
    (value) => value === "true" || value === "1",
  ),
  METRICS_TOKEN: variable(
    { type: "secret (16+)", description: "required of scrapers of `GET /metrics`; unset, only loopback callers may scrape", secret: true },
    (value) => secret("METRICS_TOKEN", value),
  ),
  METRICS_SCAN_INTERVAL_MS: variable(
    { type: "milliseconds", default: "`60000`", description: "between the metrics' scans of the threads and the store" },
    (value) => milliseconds("METRICS_SCAN_INTERVAL_MS", value, DEFAULT_SCAN_INTERVAL_MS),
  ),
};

const channelVariables = {
  SMTP_URL: variable({ type: "`smtp(s)://` URL", description: "mail (a nodemailer connection URL)", secret: true }, (value) =>
    url("SMTP_URL", value, ["smtp:", "smtps:"]),
  ),
  SLACK_BOT_TOKEN: text({ type: "secret", description: "Slack notifications (and `chat.update` after a button click)", secret: true }),
  SLACK_API_URL: variable({ type: "URL", default: "Slack's", description: "the Slack API, for a proxy or a test server" }, (value) =>
    url("SLACK_API_URL", value, ["http:", "https:"]),
  ),
  ZENDESK_URL: variable({ type: "URL", description: "ticketing: `https://<subdomain>.zendesk.com` (with the two below)" }, (value) => value),
  ZENDESK_EMAIL: text({ type: "email", description: "ticketing: the agent's address" }),
  ZENDESK_API_TOKEN: text({ type: "secret", description: "ticketing: the API token", secret: true }),
};

const privacyVariables = {
  ESCALATION_REDACT: variable(
    {
      type: "kinds \\| `all` \\| `off`",
      default: "`all`",
      description: "what is redacted: a comma-separated list of `card`, `iban`, `national_id`, `password`, `api_key`",
    },
    (value) => parseRedactionKinds(value),
  ),
  ESCALATION_REDACT_STORED: variable({ type: "`1` \\| `0`", default: "`0`", description: "redact tickets and follow-ups before they are stored" }, (value) => {
    const flag = (value ?? "").toLowerCase();
    if (flag === "" || OFF.has(flag)) return false;
    if (ON.has(flag)) return true;
    throw new ConfigError("ESCALATION_REDACT_STORED must be 1 (redact before storing) or 0");
  }),
};

const learningVariables = {
  ESCALATION_LEARNING_TRUST: variable(
    {
      type: "sources",
      default: "unset (every verdict counts)",
      description:
        "comma-separated sources whose verdicts move thresholds (`console`, `slack`, `cli`, `api`); of those only verdicts with a verified author count (see *Verdicts with an author*)",
    },
    (value) => trustedSources(value),
  ),
  ESCALATION_REVIEW_CHANNEL: text({ type: "Slack channel", description: "where `learning review --digest` posts the review queue" }),
};

const processVariables = {
  LOG_LEVEL: variable(
    { type: LOG_LEVELS.map((l) => `\`${l}\``).join(" \\| "), default: "`warn` (`info` for `serve`, `worker`)", description: "how much is logged" },
    (value) => {
      if (value !== undefined && !LOG_LEVELS.includes(value)) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}, got '${value}'`);
      return value;
    },
  ),
  DEBUG: variable({ type: "any value", default: "unset", description: "print the (scrubbed) stack of an internal error" }, (value) => value !== undefined),
  USER: text({ type: "name", description: "the OS user, where the system has no passwd entry for it (verdict authors)" }),
  USERNAME: text({ type: "name", description: "as `USER`, on Windows" }),
};

export const EnvSchema = z.object({
  ...modelVariables,
  ...storageVariables,
  ...queueVariables,
  ...serverVariables,
  ...channelVariables,
  ...privacyVariables,
  ...learningVariables,
  ...processVariables,
});
export type EnvValues = z.infer<typeof EnvSchema>;
export type VariableName = keyof typeof EnvSchema.shape;

export const VARIABLE_NAMES = Object.keys(EnvSchema.shape) as VariableName[];
