/**
 * Deliveries for the metrics: every notification any node sends (handoff,
 * reply, forward, fallback alert, survey) passes through here, so its
 * channel, outcome, latency and retries are counted once, whichever node
 * planned it. Labels are the notification's channel and status, never its
 * target or key.
 */
import { toNotification } from "./notification.js";
import type { DeliveryResult, HandoffChannels, PlannedNotification } from "./types.js";
import { record } from "../observability/metrics.js";

export class MeteredChannels implements HandoffChannels {
  constructor(private readonly inner: HandoffChannels) {}

  async deliver(notification: PlannedNotification): Promise<DeliveryResult> {
    const started = performance.now();
    const result = await this.inner.deliver(notification);
    // The ledger had it delivered already (a resumed run): nothing went out now, so nothing is counted.
    if (result.attempts === 0 && (result.status === "sent" || result.status === "outbox")) return result;
    // Named as the thread's notifications name it (email, slack, customer_email, fallback_slack…).
    const { channel } = toNotification(notification, result);
    record((m) => {
      m.deliveries.inc({ channel, status: result.status });
      m.deliveryLatency.observe({ channel }, (performance.now() - started) / 1000);
      if (result.attempts > 1) m.deliveryRetries.inc({ channel }, result.attempts - 1);
      if (channel === "fallback_slack" || channel === "fallback_email") m.fallbackAlerts.inc({ channel, status: result.status });
    });
    return result;
  }
}
