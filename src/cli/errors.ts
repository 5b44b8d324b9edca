/**
 * How the CLI ends: 0 success, 2 bad input or configuration (the user can
 * fix it; the message says what and where), 1 anything else (our bug).
 */
export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_USAGE = 2;

/** An error in what the user gave us; printed without a stack trace. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}
