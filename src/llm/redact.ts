/**
 * Provider error messages may quote the credential that was sent ("Incorrect
 * API key provided: sk-…"). Everything a model call reports goes through
 * here before it reaches state, logs or output.
 */

/** Environment variables whose values are credentials. */
const SECRET_ENV = ["OPENAI_API_KEY", "AZURE_OPENAI_API_KEY", "ANTHROPIC_API_KEY", "LANGSMITH_API_KEY", "LANGCHAIN_API_KEY"];

/** Key-shaped tokens: OpenAI-style `sk-…` keys (also masked ones) and bearer tokens. */
const KEY_SHAPES = [/\bsk-[A-Za-z0-9_*.-]{4,}/g, /\bBearer\s+[A-Za-z0-9._~+/=-]{8,}/gi];

const MAX_MESSAGE_CHARS = 500;

export function redactSecrets(text: string, env: NodeJS.ProcessEnv = process.env): string {
  let out = text;
  for (const name of SECRET_ENV) {
    const value = env[name];
    // Short values (e.g. "x" for a local server) would blank out ordinary words.
    if (value && value.length >= 8) out = out.split(value).join("[redacted]");
  }
  for (const shape of KEY_SHAPES) out = out.replace(shape, "[redacted]");
  return out.length > MAX_MESSAGE_CHARS ? `${out.slice(0, MAX_MESSAGE_CHARS)}…` : out;
}
