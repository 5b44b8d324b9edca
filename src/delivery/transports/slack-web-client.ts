/**
 * The Slack Web API client as this project makes it, for the handoff
 * transport (slack.ts) and the console's answers to button clicks
 * (src/server/slack/responder.ts): against a configurable API URL (tests,
 * proxies), and silent — the client would print rate-limit and retry
 * chatter to the console, while its failures are thrown and the caller
 * reports them (the delivery ledger, the server's log).
 */
import { LogLevel, WebClient, type Logger } from "@slack/web-api";

export interface SlackClientOptions {
  /** The client's own retries; 0 when the caller has a retry policy of its own. */
  retries: number;
  timeoutMs: number;
  /** Hand a rate limit back (with its Retry-After) instead of sleeping through it. */
  rejectRateLimitedCalls?: boolean;
}

export function slackWebClient(token: string, apiUrl: string, options: SlackClientOptions): WebClient {
  return new WebClient(token, {
    slackApiUrl: apiUrl,
    retryConfig: { retries: options.retries },
    ...(options.rejectRateLimitedCalls ? { rejectRateLimitedCalls: true } : {}),
    logger: silentLogger(),
    timeout: options.timeoutMs,
  });
}

function silentLogger(): Logger {
  let level = LogLevel.ERROR;
  const ignore = () => undefined;
  return {
    debug: ignore,
    info: ignore,
    warn: ignore,
    error: ignore,
    setLevel: (next: LogLevel) => {
      level = next;
    },
    getLevel: () => level,
    setName: ignore,
  };
}
