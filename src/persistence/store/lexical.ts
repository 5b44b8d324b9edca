/**
 * Lexical search in the SQLite store: what text of an item is indexed (FTS5,
 * BM25-ranked) and how a free-text query becomes an FTS5 expression.
 */
import { getTextAtPath } from "@langchain/langgraph-checkpoint";

/** Every string in the value, depth first: the default when a put names no fields. */
function stringLeaves(value: unknown, out: string[]): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringLeaves(v, out);
  else if (typeof value === "object" && value !== null) for (const v of Object.values(value)) stringLeaves(v, out);
  return out;
}

/** The strings at a field path; none when the path runs into a null (getTextAtPath would throw: a record without a verdict yet). */
function textAtPath(value: Record<string, unknown>, path: string): string[] {
  try {
    return getTextAtPath(value, path);
  } catch (error) {
    if (error instanceof TypeError) return [];
    throw error;
  }
}

/**
 * The text to index for a put: `false` indexes nothing (the item is still
 * stored and found by prefix and filter, never by a query); a list of field
 * paths ("title", "chapters[*].content") indexes those; nothing given
 * indexes every string in the value.
 */
export function indexText(value: Record<string, unknown>, index: false | string[] | undefined): string | null {
  if (index === false) return null;
  const parts = index ? index.flatMap((path) => textAtPath(value, path)) : stringLeaves(value, []);
  const text = parts.join("\n").trim();
  return text.length > 0 ? text : null;
}

/**
 * A free-text query as an FTS5 expression: its words, each quoted (so FTS5
 * syntax in user text is inert), joined with OR so any shared word counts
 * and BM25 ranks the items sharing more, and rarer, words first. Null when
 * the query has no words.
 */
export function ftsQuery(query: string): string | null {
  const words = query.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];
  const unique = [...new Set(words)];
  return unique.length > 0 ? unique.map((w) => `"${w}"`).join(" OR ") : null;
}
