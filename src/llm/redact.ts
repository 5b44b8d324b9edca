/**
 * Provider error messages may quote the credential that was sent ("Incorrect
 * API key provided: sk-…"). Everything a model call reports goes through
 * the one secrets scrubber (src/privacy/secrets.ts) before it reaches
 * state, logs or output, cut to a length a state field can carry.
 */
import { clipMessage, scrubSecrets } from "../privacy/secrets.js";

/** `secrets`: the configured secret values (Settings.secrets); credential shapes are scrubbed without them. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  return clipMessage(scrubSecrets(text, secrets));
}
