/**
 * Checkpoint JSON deflated against a preset dictionary. A channel's value
 * is a few hundred bytes of the same keys and shapes every time (the
 * checkpoint's channel versions, a classification, a LangChain message),
 * which plain deflate cannot shorten in so little text; with a dictionary
 * of those shapes it shrinks about fivefold. Long texts are not in here:
 * they are kept once per thread (long-texts.ts); SQLite deflates them with
 * the same dictionary (packText below), and the SQLite store its values.
 *
 * The dictionary (models/checkpoint-dictionary-v1.txt, built by
 * training/checkpoint-dictionary.ts) is frozen: what it deflated can only be
 * inflated with it. A better one is a v2 beside it, with its own type name.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateRawSync, inflateRawSync } from "node:zlib";

/** The storage type of JSON deflated with dictionary v1. */
export const DEFLATED_JSON = "json+deflate1";

/**
 * The same type as the SQLite checkpointer writes it in its type columns:
 * two bytes, not thirteen, in each of a thread's dozen value rows (about
 * 0.15 KB a ticket). Both names read the same everywhere.
 */
export const DEFLATED_JSON_SHORT = "z1";

/** The short name for the deflated type, any other as it is. */
export function shortType(type: string): string {
  return type === DEFLATED_JSON ? DEFLATED_JSON_SHORT : type;
}

/** src/persistence/checkpoint → package root (dist/persistence/checkpoint is as deep). */
export const DICTIONARY_V1 = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "models", "checkpoint-dictionary-v1.txt");

let dictionary: Buffer | undefined;

function dictionaryV1(): Buffer {
  return (dictionary ??= readFileSync(DICTIONARY_V1));
}

export interface StoredJson {
  type: "json" | typeof DEFLATED_JSON;
  data: Uint8Array | string;
}

/** JSON as stored: deflated when that is shorter, as text otherwise. */
export function packJson(json: string): StoredJson {
  const raw = Buffer.from(json, "utf8");
  const packed = deflateRawSync(raw, { dictionary: dictionaryV1() });
  return packed.length < raw.length ? { type: DEFLATED_JSON, data: packed } : { type: "json", data: json };
}

/** The JSON text of a stored value, whichever way it was stored. */
export function unpackJson(type: string, data: Uint8Array | string): string {
  if (type === DEFLATED_JSON || type === DEFLATED_JSON_SHORT)
    return inflateRawSync(typeof data === "string" ? Buffer.from(data, "latin1") : data, { dictionary: dictionaryV1() }).toString("utf8");
  return typeof data === "string" ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString("utf8");
}

/** Whether a stored type is JSON (deflated or not), as opposed to the serializer's raw bytes. */
export function isJsonType(type: string): boolean {
  return type === "json" || type === DEFLATED_JSON || type === DEFLATED_JSON_SHORT;
}

/**
 * A text as a SQLite cell: deflated (a BLOB) when that is shorter — a short
 * ticket's words and reply take about 60% of their length so, an outcome
 * record about a third — else as written (TEXT, as every text was before).
 * The type of the cell says which.
 */
export function packText(text: string): string | Uint8Array {
  const packed = packJson(text);
  return packed.type === DEFLATED_JSON ? packed.data : text;
}

export function unpackText(stored: string | Uint8Array): string {
  return typeof stored === "string" ? stored : unpackJson(DEFLATED_JSON, stored);
}
