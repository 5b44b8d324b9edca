/**
 * Deterministic splits by a hash of the text: the same utterance lands in
 * the same split on every machine and run, and duplicates (same text after
 * lower-casing) never straddle two splits. SHA-256 rather than MD5 because
 * the Bitext part in shared/data was itself cut by MD5 mod 10, which would
 * leave our buckets lopsided.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Split, SourceInput } from "./example.js";

export function bucketOf(text: string, salt: string): number {
  const digest = createHash("sha256").update(`${salt}\n${text.trim().toLowerCase()}`).digest();
  return digest.readUInt32BE(0) % 100;
}

/** train below `trainUpTo`, val below `valUpTo`, test from there (percent). */
export function splitByHash(text: string, salt: string, trainUpTo: number, valUpTo: number): Split {
  const bucket = bucketOf(text, salt);
  return bucket < trainUpTo ? "train" : bucket < valUpTo ? "val" : "test";
}

export function readInput(path: string, rows: (content: string) => number): { content: string; input: SourceInput } {
  const content = readFileSync(path, "utf8");
  const sha256 = createHash("sha256").update(content).digest("hex");
  return { content, input: { path, sha256, rows: rows(content) } };
}
