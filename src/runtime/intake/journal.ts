/**
 * The intake journal: every accepted ticket, message or Slack click is
 * written here, and committed, before the server answers — so an answer the
 * caller got is a promise kept even when the process dies right after. On
 * start the server replays what is not marked done.
 *
 * Beside the threads: a table in their SQLite file (sqlite-journal.ts), or
 * in their PostgreSQL schema (postgres-journal.ts), where every instance of
 * the server shares it and takes over what an instance that died left
 * behind.
 */
import { isPostgresUrl, parsePostgresLocation } from "../../persistence/postgres-location.js";
import type { IntakeJournal } from "./journal-contract.js";
import { PostgresIntakeJournal } from "./postgres-journal.js";
import { SqliteIntakeJournal } from "./sqlite-journal.js";

export type { IntakeJournal, JournalRecord, JournalState } from "./journal-contract.js";

/** The journal at `location`: a SQLite file, `:memory:`, or a postgres:// URL (its `?schema=`). */
export function openIntakeJournal(location: string): IntakeJournal {
  return isPostgresUrl(location) ? new PostgresIntakeJournal(parsePostgresLocation(location)) : SqliteIntakeJournal.open(location);
}
