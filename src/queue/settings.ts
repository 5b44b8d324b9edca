/**
 * Where the queue lives: Redis at REDIS_URL, every key under one prefix
 * (ESCALATION_QUEUE_PREFIX, default `esc`) so several deployments — or
 * tests — can share a Redis without seeing each other's work.
 */
import { Redis } from "ioredis";
import { redactUrl } from "../tools/postgres-location.js";

export const DEFAULT_REDIS_URL = "redis://127.0.0.1:6379";
export const QUEUE_NAME = "escalation";

export interface QueueSettings {
  redisUrl: string;
  prefix: string;
}

const PREFIX = /^[A-Za-z0-9_.-]{1,64}$/;

export function queueSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): QueueSettings {
  const prefix = env.ESCALATION_QUEUE_PREFIX || "esc";
  // The prefix goes into SCAN patterns, so no glob characters.
  if (!PREFIX.test(prefix)) throw new Error(`ESCALATION_QUEUE_PREFIX '${prefix}' may only hold letters, digits, '.', '_' and '-'`);
  return { redisUrl: env.REDIS_URL || DEFAULT_REDIS_URL, prefix };
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
