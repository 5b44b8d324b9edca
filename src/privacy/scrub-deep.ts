/**
 * The secrets scrubber (secrets.ts) over a whole log record: every string
 * in it scrubbed; errors are left to the logger's serializer, which keeps
 * their stack.
 */
import { scrubSecrets } from "./secrets.js";

/**
 * Beyond this depth a record is cut short. pino itself prints only five
 * levels (its depthLimit), so nothing printable is lost, and a live object
 * graph (a request with its socket and server) cannot make one log line
 * walk half the heap.
 */
const MAX_SCRUB_DEPTH = 10;

/**
 * A reference back to an object being walked (a cycle) becomes
 * "[Circular]", as pino's own stringifier writes it; the same object met
 * twice on separate branches is not a cycle and is scrubbed twice. Without
 * this guard a cyclic record overflowed the stack.
 */
export function scrubDeep(value: unknown, secrets: readonly string[]): unknown {
  return scrubValue(value, secrets, new Set<object>(), 0);
}

function scrubValue(value: unknown, secrets: readonly string[], ancestors: Set<object>, depth: number): unknown {
  if (typeof value === "string") return scrubSecrets(value, secrets);
  if (value === null || typeof value !== "object" || value instanceof Error) return value;
  if (ancestors.has(value)) return "[Circular]";
  if (depth >= MAX_SCRUB_DEPTH) return Array.isArray(value) ? "[Array]" : "[Object]";
  // Dates, Buffers, URLs…: scrub what JSON would print for them, not their (often empty) own fields.
  const toJSON = (value as { toJSON?: unknown }).toJSON;
  if (typeof toJSON === "function") return scrubValue(toJSON.call(value), secrets, ancestors, depth);
  ancestors.add(value);
  try {
    if (Array.isArray(value)) return value.map((item) => scrubValue(item, secrets, ancestors, depth + 1));
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, scrubValue(child, secrets, ancestors, depth + 1)]));
  } finally {
    ancestors.delete(value);
  }
}
