/**
 * The search filter of LangGraph stores: top-level keys of the value, each
 * compared exactly or with an operator ($eq, $ne, $gt, $gte, $lt, $lte, $in,
 * $nin). Evaluated in JavaScript so the semantics are InMemoryStore's to the
 * letter (strict equality, numeric comparison); plain string equalities are
 * also pushed into SQL as a pre-filter, which only narrows the rows read.
 */
const OPERATORS = new Set(["$eq", "$ne", "$gt", "$gte", "$lt", "$lte", "$in", "$nin"]);

export type Filter = Record<string, unknown>;

function isOperatorObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && Object.keys(value).every((k) => OPERATORS.has(k));
}

/** Deep equality for JSON values, so a filter on an array or object value can match (InMemoryStore's === cannot). */
function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => jsonEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

function compare(itemValue: unknown, condition: unknown): boolean {
  if (!isOperatorObject(condition)) return jsonEqual(itemValue, condition);
  return Object.entries(condition).every(([op, operand]) => {
    switch (op) {
      case "$eq":
        return jsonEqual(itemValue, operand);
      case "$ne":
        return !jsonEqual(itemValue, operand);
      case "$gt":
        return Number(itemValue) > Number(operand);
      case "$gte":
        return Number(itemValue) >= Number(operand);
      case "$lt":
        return Number(itemValue) < Number(operand);
      case "$lte":
        return Number(itemValue) <= Number(operand);
      case "$in":
        return Array.isArray(operand) && operand.some((v) => jsonEqual(itemValue, v));
      case "$nin":
        return !Array.isArray(operand) || !operand.some((v) => jsonEqual(itemValue, v));
      default:
        return false;
    }
  });
}

export function matchesFilter(value: Record<string, unknown>, filter: Filter | undefined): boolean {
  if (!filter) return true;
  return Object.entries(filter).every(([key, condition]) => compare(value[key], condition));
}

/**
 * SQL narrowing for the common cases — `key: "string"`, `key: { $eq:
 * "string" }` and `key: { $ne: null }` ("has a verdict") — so a search
 * does not parse every row; the JS check stays authoritative.
 */
export function sqlPrefilter(column: string, filter: Filter | undefined): { sql: string[]; params: string[] } {
  const sql: string[] = [];
  const params: string[] = [];
  for (const [key, condition] of Object.entries(filter ?? {})) {
    // A quoted JSON path member takes any key; inner quotes are escaped.
    const path = `$."${key.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
    if (isOperatorObject(condition) && Object.keys(condition).length === 1 && condition.$ne === null) {
      // json_type is 'null' for a JSON null and SQL NULL for a missing key, which $ne null lets through.
      sql.push(`json_type(${column}, ?) IS NOT 'null'`);
      params.push(path);
      continue;
    }
    const wanted = typeof condition === "string" ? condition : isOperatorObject(condition) && typeof condition.$eq === "string" ? condition.$eq : undefined;
    if (wanted === undefined) continue;
    sql.push(`json_extract(${column}, ?) = ?`);
    params.push(path, wanted);
  }
  return { sql, params };
}
