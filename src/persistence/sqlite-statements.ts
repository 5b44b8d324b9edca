/**
 * Prepared statements kept per connection. better-sqlite3 frees a
 * statement's native memory only when V8 collects its small JS wrapper,
 * and V8 sees no pressure from a few bytes: preparing the same SQL on
 * every call left thousands of finalised-later statements behind in a long
 * batch (most of peak memory's growth from 150 to 1,200 tickets). Each
 * distinct SQL is prepared once; SQL made per call (variable IN lists) is
 * cached only up to a bound.
 */
import type Database from "better-sqlite3";

const MAX_CACHED = 64;

export class StatementCache {
  private readonly statements = new Map<string, Database.Statement>();

  constructor(private readonly db: Database.Database) {}

  /** The statement for `sql`; never call bind() on it (that would bind it for every later user). */
  get(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      if (this.statements.size < MAX_CACHED) this.statements.set(sql, statement);
    }
    return statement;
  }
}
