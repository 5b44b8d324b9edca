/**
 * LangGraph's PostgresStore with its setup made safe to race. The store
 * runs its migrations on first use, but neither remembers a setup already
 * under way (two concurrent first operations both migrate) nor guards
 * against other processes doing the same: with queue workers at
 * concurrency > 1, the second migration fails on store_migrations' primary
 * key. Here setup runs once per instance, under an advisory lock across
 * processes, as the checkpointer's does (postgres-checkpointer.ts).
 */
import { PostgresStore } from "@langchain/langgraph-checkpoint-postgres/store";
import { LOCK_SPACE, withAdvisoryLock } from "./pg-advisory-lock.js";
import type { PostgresLocation } from "./postgres-location.js";

export class PostgresOutcomeStore extends PostgresStore {
  private ready: Promise<void> | undefined;

  constructor(private readonly location: PostgresLocation) {
    super({
      // The store's own pool would otherwise keep a one-shot CLI command alive for pg's 10 s idle timeout
      // after its work is done, as the checkpointer's and the lock pools are told not to.
      connectionOptions: { connectionString: location.connectionString, allowExitOnIdle: true, application_name: "escalation-agent:store" },
      schema: location.schema,
    });
  }

  override setup(): Promise<void> {
    this.ready ??= withAdvisoryLock(this.location, LOCK_SPACE.setup, `${this.location.schema}/store`, () => super.setup()).catch((error: unknown) => {
      this.ready = undefined; // let the next operation try again
      throw new Error(`PostgreSQL store setup failed (${this.location.redacted}): ${(error as Error).message}`);
    });
    return this.ready;
  }
}
