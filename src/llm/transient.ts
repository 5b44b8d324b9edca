/**
 * Which provider errors may pass if asked again, recognised by what they
 * are rather than by their name: the openai SDK's errors carry
 * `name === "Error"`, only their class says `APIConnectionError`. So the
 * SDK's classes are checked with `instanceof`, and a connection that was
 * refused, reset or closed under us (from any client: `fetch failed`,
 * undici's socket errors, Node's ECONNRESET) by its cause chain.
 *
 * The SDK's classes come from `@langchain/openai` (which bundles `openai`),
 * loaded on the first failure only, so the rules-only path never loads it.
 */

type ErrorClass = abstract new (...args: never[]) => Error;

let sdkClasses: readonly ErrorClass[] | undefined;

/** Loads the openai SDK's transient error classes once; later calls are free. */
export async function loadTransientErrorClasses(): Promise<void> {
  if (sdkClasses) return;
  try {
    const { OpenAIClient } = await import("@langchain/openai");
    // APIConnectionTimeoutError is an APIConnectionError; it is named for the reader.
    sdkClasses = [OpenAIClient.APIConnectionError, OpenAIClient.APIConnectionTimeoutError, OpenAIClient.RateLimitError, OpenAIClient.InternalServerError];
  } catch {
    // Without the SDK installed no error can be one of its classes.
    sdkClasses = [];
  }
}

/** Node and undici codes for a connection that failed or dropped before an answer arrived. */
const CONNECTION_CODES = new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "ECONNABORTED",
  "EPIPE",
  "ENOTCONN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN",
  "UND_ERR_SOCKET",
  "UND_ERR_CLOSED",
  "UND_ERR_CONNECT_TIMEOUT",
]);

/** The messages those failures surface with when no code survives the wrapping. */
const CONNECTION_MESSAGES = [/^fetch failed$/i, /socket hang up/i, /other side closed/i, /^terminated$/i];

/** How deep to follow `cause`: SDKs wrap fetch's error, which wraps the socket's. */
const MAX_CAUSE_DEPTH = 5;

/** An instance of one of the openai SDK's transient error classes (loaded by loadTransientErrorClasses). */
export function isTransientSdkError(error: unknown): boolean {
  return (sdkClasses ?? []).some((cls) => error instanceof cls);
}

/** A refused, reset or dropped connection, anywhere in the error's cause chain. */
export function isDroppedConnection(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < MAX_CAUSE_DEPTH && typeof current === "object" && current !== null; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && CONNECTION_CODES.has(code)) return true;
    const message = (current as { message?: unknown }).message;
    if (typeof message === "string" && CONNECTION_MESSAGES.some((re) => re.test(message.trim()))) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
