/**
 * A PostgreSQL location as the user gives it: `postgres://user:pw@host/db`,
 * optionally with `?schema=name` (ESCALATION_DB_SCHEMA puts it there when the
 * URL names none: withDefaultSchema, at the entry point) so several
 * deployments — or tests — share one database without seeing each other's
 * tables. The schema is our option, not libpq's, so it is taken out of the
 * URL before the URL reaches the driver.
 */

export interface PostgresLocation {
  /** The URL for `pg`, without our `schema` parameter. */
  connectionString: string;
  /** Where our tables live; `public` unless told otherwise. */
  schema: string;
  /** The URL with any password replaced, safe for logs and error messages. */
  redacted: string;
}

/** Both spellings libpq accepts. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/**
 * Schema names are interpolated into DDL by the LangGraph savers (quoted, but
 * a quote in the name would still break out), so only plain identifiers pass.
 */
const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

/** The location with `?schema=` added when it is a PostgreSQL URL naming none and a default schema is configured. */
export function withDefaultSchema(location: string, schema: string | undefined): string {
  if (!schema || !isPostgresUrl(location)) return location;
  let url: URL;
  try {
    url = new URL(location);
  } catch {
    return location; // parsePostgresLocation says what is wrong with it
  }
  if (url.searchParams.has("schema")) return location;
  url.searchParams.set("schema", schema);
  return url.toString();
}

export function parsePostgresLocation(location: string): PostgresLocation {
  let url: URL;
  try {
    url = new URL(location);
  } catch {
    throw new Error(`not a valid PostgreSQL URL: ${redactUrl(location)}`);
  }
  const schema = url.searchParams.get("schema") ?? "public";
  if (!SCHEMA_NAME.test(schema)) {
    throw new Error(`PostgreSQL schema '${schema}' must be a plain identifier (letters, digits, underscore)`);
  }
  url.searchParams.delete("schema");
  const connectionString = url.toString();
  return { connectionString, schema, redacted: redactUrl(connectionString) };
}

/** Replaces the password of any URL-looking string; leaves other text alone. */
export function redactUrl(text: string): string {
  return text.replace(/(\b[a-z][a-z0-9+.-]*:\/\/[^:/?#@\s]*:)[^@/\s]*@/gi, "$1***@");
}
