/**
 * Provider error messages may quote the credential that was sent ("Incorrect
 * API key provided: sk-…"). Everything a model call reports goes through
 * the one secrets scrubber (src/privacy/secrets.ts) before it reaches
 * state, logs or output, cut to a length a state field can carry.
 */
import { clipMessage, configuredSecrets, scrubSecrets } from "../privacy/secrets.js";

export function redactSecrets(text: string, env: NodeJS.ProcessEnv = process.env): string {
  return clipMessage(scrubSecrets(text, configuredSecrets(env)));
}
