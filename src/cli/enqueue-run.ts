/**
 * `escalation-agent enqueue`: validates every entry, submits the good ones
 * in order (a thread's requests are processed in the order given) and
 * prints one line per request — its id, thread and kind — on stdout.
 */
import { RequestQueue } from "../runtime/queue/producer.js";
import { describeRedis, openRedis, queueSettings } from "../runtime/queue/settings.js";
import type { WithSettings } from "./settings-option.js";
import { EXIT_OK, EXIT_USAGE, UsageError } from "./errors.js";
import { toSubmissions } from "./enqueue-entries.js";
import { parseJsonEntries, readSource } from "./input.js";

export async function runEnqueue(sources: string[], options: { thread?: string } & WithSettings): Promise<number> {
  const texts = await Promise.all(sources.map((source) => readSource(source)));
  const entries = texts.flatMap(({ text, name }) => parseJsonEntries(text, name));
  if (options.thread && entries.length > 1) throw new UsageError("--thread: can only be used with a single entry");
  const { submissions, bad } = toSubmissions(entries, options.thread);
  for (const entry of bad) for (const issue of entry.issues) process.stderr.write(`error: ${entry.location}: ${issue.field}: ${issue.message}\n`);

  if (submissions.length > 0) {
    const settings = queueSettings(options.settings.queue);
    let lastError: Error | undefined;
    const redis = openRedis(settings, (error) => (lastError = error));
    const queue = new RequestQueue(redis, settings);
    try {
      const items = await withTimeout(
        queue.submit(submissions),
        15_000,
        () => `cannot reach Redis at ${describeRedis(settings)}${lastError ? `: ${lastError.message}` : ""}`,
      );
      items.forEach((item, i) => {
        const location = submissions[i]?.location;
        process.stdout.write(JSON.stringify({ requestId: item.id, threadId: item.threadId, kind: item.request.kind, location }) + "\n");
      });
    } finally {
      await queue.close();
      redis.disconnect();
    }
  }
  if (bad.length > 0) {
    process.stderr.write(`${bad.length} invalid entr${bad.length === 1 ? "y" : "ies"} skipped, ${submissions.length} enqueued\n`);
    return EXIT_USAGE;
  }
  return EXIT_OK;
}

/** ioredis retries forever while Redis is down; a CLI should say so and stop instead. */
async function withTimeout<T>(work: Promise<T>, ms: number, message: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message())), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
