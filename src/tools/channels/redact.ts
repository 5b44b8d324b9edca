/**
 * Error messages end up in state, in the ledger and on the console. Our
 * own messages never include credentials, but a server's reply or a
 * library's message might echo one; this is the last line of defence.
 */
const MIN_SECRET_LENGTH = 4;
const MAX_ERROR_LENGTH = 500;

export function redactSecrets(message: string, secrets: readonly string[]): string {
  let clean = message;
  for (const secret of secrets) {
    if (secret.length < MIN_SECRET_LENGTH) continue;
    for (const form of new Set([secret, encodeURIComponent(secret), Buffer.from(secret).toString("base64")])) {
      clean = clean.split(form).join("[redacted]");
    }
  }
  return clean.length <= MAX_ERROR_LENGTH ? clean : `${clean.slice(0, MAX_ERROR_LENGTH - 1)}…`;
}
