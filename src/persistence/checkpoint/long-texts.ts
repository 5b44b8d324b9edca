/**
 * One copy of a long text per thread. A customer's words reach the state
 * several times over: the ticket, its conversation turn, the mirrored
 * `messages`, the handoff's context package, and each task's writes beside
 * the channel values. The checkpointers (compact-sqlite-saver.ts,
 * postgres-checkpointer.ts) pass every serialized value through here: each
 * long JSON string literal is swapped for a short marker naming its hash,
 * and the literal itself is kept once per thread in `checkpoint_texts`.
 * Loading swaps the markers back, so the graph sees exactly what it wrote.
 *
 * Work is on the JSON text, not on parsed values: the serializer's JSON
 * (LangChain messages and all) goes back byte for byte, and no value is
 * parsed twice. A literal that merely looks like a marker is stored as a
 * text too, so a marker on disk is always ours. Object keys are left alone.
 */
import { createHash } from "node:crypto";

/** Literals at least this long (quotes and escapes included) are stored once per thread. Shorter ones cost more as a reference than as text. */
export const LONG_TEXT_MIN_CHARS = 200;

const MARKER_PREFIX = "@ea-text:";
/** 144 bits of SHA-256 in base64url: no collision among one thread's texts. */
const HASH_CHARS = 24;

/** A JSON string literal (quotes included) and whether a colon follows it (a key). */
const LITERAL = /"(?:[^"\\]|\\.)*"(?=\s*(:?))/g;
const MARKER = new RegExp(`"${MARKER_PREFIX}([A-Za-z0-9_-]{${HASH_CHARS}})"(?!\\s*:)`, "g");

export interface ExternalizedJson {
  json: string;
  /** hash → the JSON literal it stands for (quotes included), to keep in the thread's texts. */
  texts: Map<string, string>;
}

function hashOf(literal: string): string {
  return createHash("sha256").update(literal).digest("base64url").slice(0, HASH_CHARS);
}

/** Whether `json` may hold anything to externalize: a long literal, or one that looks like a marker. */
function mayHoldTexts(json: string, minChars: number): boolean {
  return json.length >= minChars || json.includes(MARKER_PREFIX);
}

/** Replaces long (and marker-like) value literals of `json` with markers. */
export function externalizeTexts(json: string, minChars: number = LONG_TEXT_MIN_CHARS): ExternalizedJson {
  const texts = new Map<string, string>();
  if (!mayHoldTexts(json, minChars)) return { json, texts };
  const out = json.replace(LITERAL, (literal: string, colon: string) => {
    if (colon) return literal;
    if (literal.length < minChars && !literal.startsWith(`"${MARKER_PREFIX}`)) return literal;
    const hash = hashOf(literal);
    texts.set(hash, literal);
    return `"${MARKER_PREFIX}${hash}"`;
  });
  return { json: out, texts };
}

/** The hashes `json` refers to. */
export function referencedHashes(json: string): string[] {
  if (!json.includes(MARKER_PREFIX)) return [];
  return [...json.matchAll(MARKER)].map((match) => match[1] as string);
}

/** A stored text that should be there is not: the database was changed behind the checkpointer's back. */
export class MissingTextError extends Error {
  override readonly name = "MissingTextError";
}

/** Puts the literals back in place of their markers. */
export function internalizeTexts(json: string, texts: ReadonlyMap<string, string>): string {
  if (!json.includes(MARKER_PREFIX)) return json;
  return json.replace(MARKER, (_marker: string, hash: string) => {
    const literal = texts.get(hash);
    if (literal === undefined) throw new MissingTextError(`a stored text (${hash}) of this thread is missing`);
    return literal;
  });
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/** A serialized value as text: the serializer gives bytes, the databases give back bytes or text. */
export function jsonText(value: Uint8Array | string): string {
  return typeof value === "string" ? value : decoder.decode(value);
}

export function jsonBytes(text: string): Uint8Array {
  return encoder.encode(text);
}
