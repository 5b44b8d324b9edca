/**
 * A checkpointer whose implementation is loaded on first use, as
 * store/deferred-store.ts does for the store: a CLI run against SQLite
 * should not load `pg` and the PostgreSQL saver at startup.
 *
 * getNextVersion is inherited, not delegated: it is synchronous (the loop
 * calls it before any await could load the target), and PostgresSaver keeps
 * BaseCheckpointSaver's integer versions, so the inherited one is the same.
 */
import type { RunnableConfig } from "@langchain/core/runnables";
import {
  BaseCheckpointSaver,
  type ChannelVersions,
  type Checkpoint,
  type CheckpointListOptions,
  type CheckpointMetadata,
  type CheckpointTuple,
  type PendingWrite,
} from "@langchain/langgraph-checkpoint";

export interface ClosableCheckpointer extends BaseCheckpointSaver {
  end(): Promise<void>;
}

export class DeferredCheckpointer extends BaseCheckpointSaver {
  private inner: Promise<ClosableCheckpointer> | undefined;

  constructor(private readonly load: () => Promise<ClosableCheckpointer>) {
    super();
  }

  private target(): Promise<ClosableCheckpointer> {
    return (this.inner ??= this.load());
  }

  override async getTuple(config: RunnableConfig): Promise<CheckpointTuple | undefined> {
    return (await this.target()).getTuple(config);
  }

  override async *list(config: RunnableConfig, options?: CheckpointListOptions): AsyncGenerator<CheckpointTuple> {
    yield* (await this.target()).list(config, options);
  }

  override async put(config: RunnableConfig, checkpoint: Checkpoint, metadata: CheckpointMetadata, newVersions: ChannelVersions): Promise<RunnableConfig> {
    return (await this.target()).put(config, checkpoint, metadata, newVersions);
  }

  override async putWrites(config: RunnableConfig, writes: PendingWrite[], taskId: string): Promise<void> {
    return (await this.target()).putWrites(config, writes, taskId);
  }

  override async deleteThread(threadId: string): Promise<void> {
    return (await this.target()).deleteThread(threadId);
  }

  /** Closes the loaded checkpointer; nothing to do when it was never used. */
  async end(): Promise<void> {
    if (this.inner) await (await this.inner).end();
  }
}
