/**
 * A configured environment with secrets in it, and the secret values (raw
 * and as they appear encoded in URLs) that must never reach a log, an error
 * or an outgoing message. Shared by the logger's and the scrubber's tests.
 */
export const SECRET_ENV = {
  SMTP_URL: "smtps://mailer:p%40ss-W0rd-smtp@mail.example.com:465",
  SLACK_BOT_TOKEN: "xoxb-111-222-FAKEslacktoken",
  ZENDESK_API_TOKEN: "zd-FAKE-token-0042",
  OPENAI_API_KEY: "sk-FAKEopenaikey0123456789",
  DATABASE_URL: "postgres://app:db-Secret-77@db.internal:5432/agent",
  PGPASSWORD: "pg-Secret-88",
  TOKENIZERS_PARALLELISM: "false",
  ESCALATION_MODEL: "rules",
  SHORT_TOKEN: "abc",
};

export const SECRET_VALUES = [
  "p@ss-W0rd-smtp",
  "p%40ss-W0rd-smtp",
  "xoxb-111-222-FAKEslacktoken",
  "zd-FAKE-token-0042",
  "sk-FAKEopenaikey0123456789",
  "db-Secret-77",
  "pg-Secret-88",
];
