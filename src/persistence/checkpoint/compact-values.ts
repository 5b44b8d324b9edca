/**
 * How both checkpointers (SQLite and PostgreSQL) store a value the
 * serializer made: JSON has its long texts swapped for markers
 * (long-texts.ts) and is deflated when that is shorter (compression.ts);
 * the serializer's raw bytes are stored as they are. And back.
 */
import type { SerializerProtocol } from "@langchain/langgraph-checkpoint";
import { isJsonType, packJson, unpackJson, type StoredJson } from "./compression.js";
import { externalizeTexts, internalizeTexts, jsonText, referencedHashes } from "./long-texts.js";

export type StoredData = Uint8Array | string | null;

/** A serialized value as stored; `texts` collects the long texts it referred to, for the thread's texts table. */
export function packValue([type, value]: [string, Uint8Array], texts: Map<string, string>): StoredJson | { type: string; data: Uint8Array } {
  if (type !== "json") return { type, data: value };
  const { json, texts: found } = externalizeTexts(jsonText(value));
  for (const [hash, text] of found) texts.set(hash, text);
  return packJson(json);
}

/** A stored value: JSON text (markers still in), or the serializer's bytes. */
export type Unpacked = { json: string } | { type: string; bytes: Uint8Array | string };

export function unpackValue(type: string, data: StoredData): Unpacked {
  return isJsonType(type) ? { json: unpackJson(type, data ?? "") } : { type, bytes: data ?? "" };
}

/** The texts these values refer to. */
export function hashesIn(values: readonly Unpacked[]): string[] {
  const hashes = new Set<string>();
  for (const value of values) if ("json" in value) for (const hash of referencedHashes(value.json)) hashes.add(hash);
  return [...hashes];
}

export function loadUnpacked(serde: SerializerProtocol, value: Unpacked, texts: ReadonlyMap<string, string>): Promise<unknown> {
  return "json" in value ? serde.loadsTyped("json", internalizeTexts(value.json, texts)) : serde.loadsTyped(value.type, value.bytes);
}
