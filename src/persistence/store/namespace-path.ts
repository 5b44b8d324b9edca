/**
 * Namespaces as the SQLite store keeps them: the labels as a JSON array
 * ('["outcomes","2024"]'). JSON rather than a separator-joined string, so a
 * label may hold any character and decoding is exact; a namespace is under a
 * prefix when its text starts with the prefix's text minus the closing
 * bracket, followed by a comma or by that bracket.
 */
import type { MatchCondition } from "@langchain/langgraph-checkpoint";

export function encodeNamespace(namespace: readonly string[]): string {
  return JSON.stringify(namespace);
}

export function decodeNamespace(text: string): string[] {
  return JSON.parse(text) as string[];
}

/**
 * The SQL condition (and its parameters) for "namespace is the prefix or
 * below it". An empty prefix matches everything.
 */
export function prefixCondition(column: string, prefix: readonly string[]): { sql: string; params: string[] } {
  if (prefix.length === 0) return { sql: "1 = 1", params: [] };
  const exact = encodeNamespace(prefix);
  const below = `${exact.slice(0, -1)},`;
  return { sql: `(${column} = ? OR substr(${column}, 1, ?) = ?)`, params: [exact, String(below.length), below] };
}

/** LangGraph's namespace match conditions: label by label, "*" matches any one label. */
export function matchesCondition(namespace: readonly string[], condition: MatchCondition): boolean {
  const { matchType, path } = condition;
  if (path.length > namespace.length) return false;
  const offset = matchType === "prefix" ? 0 : namespace.length - path.length;
  return path.every((label, i) => label === "*" || namespace[offset + i] === label);
}
