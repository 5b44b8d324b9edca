/**
 * Where the queue lives: Redis at REDIS_URL, every key under one prefix
 * (ESCALATION_QUEUE_PREFIX, default `esc`) so several deployments — or
 * tests — can share a Redis without seeing each other's work.
 */
import { Redis } from "ioredis";
import { redactUrl } from "../../persistence/postgres-location.js";
import type { QueueOptions } from "../../settings/index.js";

export const DEFAULT_REDIS_URL = "redis://127.0.0.1:6379";
export const QUEUE_NAME = "escalation";

export interface QueueSettings {
  redisUrl: string;
  prefix: string;
}

/** The queue of these settings (REDIS_URL, ESCALATION_QUEUE_PREFIX: checked by src/settings): the default Redis when none is named. */
export function queueSettings(options: QueueOptions): QueueSettings {
  return { redisUrl: options.redisUrl ?? DEFAULT_REDIS_URL, prefix: options.prefix };
}

/**
 * A Redis connection for BullMQ and the inboxes. maxRetriesPerRequest null:
 * BullMQ's blocking commands must wait out a Redis restart rather than fail.
 */
export function openRedis(settings: QueueSettings, onError: (error: Error) => void = () => {}): Redis {
  const redis = new Redis(settings.redisUrl, { maxRetriesPerRequest: null, connectionName: "escalation-agent" });
  // ioredis reconnects by itself; without a listener an 'error' event would crash the process.
  redis.on("error", onError);
  return redis;
}

export function describeRedis(settings: QueueSettings): string {
  return `${redactUrl(settings.redisUrl)} (prefix ${settings.prefix})`;
}
