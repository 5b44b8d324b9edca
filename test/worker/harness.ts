/**
 * A queue deployment for tests: a PostgreSQL schema, a Redis prefix, an
 * outbox folder, and as many in-process workers as a test starts — each
 * with its own agent and connections, as separate worker processes would
 * have. stop() shuts everything down and removes the data.
 */
import { pino } from "pino";
import { createEscalationAgent, type EscalationAgentOptions } from "../../src/agent/graph.js";
import { ThreadClient } from "../../src/runtime/thread-client.js";
import { RequestQueue } from "../../src/runtime/queue/producer.js";
import type { QueueSettings } from "../../src/runtime/queue/settings.js";
import { startWorker, type RunningWorker, type WorkerOptions } from "../../src/worker/worker.js";
import { openDeliveryLedger } from "../../src/delivery/create.js";
import { OutboxChannels } from "../../src/delivery/outbox.js";
import type { HandoffChannels } from "../../src/delivery/types.js";
import { closeCheckpointer, openCheckpointer, openStore } from "../../src/persistence/open.js";
import { tempDir } from "../cli/run-cli.js";
import { TEST_REDIS_URL, testRedis, testSchema } from "../helpers/services.js";

export interface Harness {
  settings: QueueSettings;
  location: string;
  schemaName: string;
  outbox: string;
  producer: RequestQueue;
  /** A client over the deployment's database, for reading results. */
  reader: ThreadClient;
  startWorker(options?: Partial<WorkerOptions> & { wrapChannels?: (channels: HandoffChannels) => HandoffChannels }): Promise<RunningWorker>;
  query<R extends Record<string, unknown>>(sql: string): Promise<R[]>;
  stop(): Promise<void>;
}

export function queueHarness(): Harness {
  const schema = testSchema("queue");
  const redis = testRedis("queue");
  const settings: QueueSettings = { redisUrl: TEST_REDIS_URL as string, prefix: redis.prefix };
  const outbox = tempDir("esc-queue-outbox-");
  const closers: Array<() => Promise<void>> = [];
  const workers: RunningWorker[] = [];

  function client(extra: Partial<EscalationAgentOptions> = {}, wrap?: (channels: HandoffChannels) => HandoffChannels): ThreadClient {
    const checkpointer = openCheckpointer(schema.location);
    const store = openStore(schema.location);
    const ledger = openDeliveryLedger(schema.location);
    closers.push(async () => {
      await store.stop();
      await closeCheckpointer(checkpointer);
      await ledger.close?.();
    });
    const agent = createEscalationAgent({
      checkpointer,
      store,
      ledger,
      channels: ({ routing }) => {
        const channels = new OutboxChannels(outbox, { routing, ledger });
        return wrap ? wrap(channels) : channels;
      },
      ...extra,
    });
    return new ThreadClient(agent, schema.location);
  }

  const producer = new RequestQueue(redis.redis, settings);
  return {
    settings,
    location: schema.location,
    schemaName: schema.name,
    outbox,
    producer,
    reader: client(),
    async startWorker(options = {}) {
      const { wrapChannels, ...rest } = options;
      const worker = await startWorker({
        client: client({}, wrapChannels),
        settings,
        logger: pino({ level: "silent" }),
        concurrency: 4,
        lockDurationMs: 5_000,
        stalledIntervalMs: 1_000,
        ...rest,
      });
      workers.push(worker);
      return worker;
    },
    async query<R extends Record<string, unknown>>(sql: string) {
      return (await schema.query<R>(sql)).rows;
    },
    async stop() {
      for (const worker of workers.splice(0)) await worker.close();
      await producer.close();
      for (const close of closers.splice(0)) await close();
      await redis.cleanup();
      await schema.drop();
    },
  };
}
