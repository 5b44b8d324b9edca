/**
 * Redacts every string in a JSON-like value (objects, arrays, strings),
 * except under keys that hold identifiers the systems need intact. Walking
 * the whole value rather than naming fields is deliberate: a field added to
 * the context package later is covered without anyone remembering to.
 */
import type { RedactionKind } from "../domain/redaction-kinds.js";
import { redactText } from "./redact.js";

/**
 * Ids, thread references and timestamps: never customer prose, and mail
 * threading, Slack threads and ticket links break if they change.
 */
export const IDENTIFIER_KEYS: ReadonlySet<string> = new Set([
  "id",
  "ticketId",
  "externalId",
  "slackThreadId",
  "messageId",
  "at",
  "escalatedAt",
  "createdAt",
  "followUpAt",
]);

export interface DeepRedacted<T> {
  value: T;
  redacted: Set<RedactionKind>;
}

export function redactDeep<T>(value: T, kinds: readonly RedactionKind[], skipKeys: ReadonlySet<string> = IDENTIFIER_KEYS): DeepRedacted<T> {
  const redacted = new Set<RedactionKind>();
  if (kinds.length === 0) return { value, redacted };
  const walk = (node: unknown): unknown => {
    if (typeof node === "string") {
      const result = redactText(node, kinds);
      result.redacted.forEach((kind) => redacted.add(kind));
      return result.text;
    }
    if (Array.isArray(node)) return node.map(walk);
    if (node !== null && typeof node === "object") {
      return Object.fromEntries(Object.entries(node).map(([key, child]) => [key, skipKeys.has(key) ? child : walk(child)]));
    }
    return node;
  };
  return { value: walk(value) as T, redacted };
}
