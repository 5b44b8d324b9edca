/**
 * Delivery failures against closed ports with credentials in the settings:
 * the errors recorded in state (and the outbox, and anything logged) never
 * carry the SMTP password or the tokens.
 */
import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { createHandoffChannels } from "../../src/delivery/create.js";
import { channelSettingsFromEnv } from "../../src/settings/index.js";
import { testAgent } from "../helpers/agent.js";
import { readOutbox } from "../helpers/outbox-artefacts.js";

/** A port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe("secrets in delivery failures", () => {
  it("a closed SMTP port, Slack and Zendesk behind closed ports: failures recorded, credentials nowhere", async () => {
    const secrets = { smtp: "smtp-Cl0sed-Port-Pass", slack: "xoxb-1111-2222-FAKEclosedport", zendesk: "zd-FAKE-closed-port-token" };
    const [smtpPort, slackPort, zendeskPort] = [await closedPort(), await closedPort(), await closedPort()];
    const settings = channelSettingsFromEnv({
      SMTP_URL: `smtp://mailer:${encodeURIComponent(secrets.smtp)}@127.0.0.1:${smtpPort}`,
      SLACK_BOT_TOKEN: secrets.slack,
      SLACK_API_URL: `http://127.0.0.1:${slackPort}/api/`,
      ZENDESK_URL: `http://127.0.0.1:${zendeskPort}`,
      ZENDESK_EMAIL: "agent@example.com",
      ZENDESK_API_TOKEN: secrets.zendesk,
    });
    const { agent, outbox } = testAgent({
      // No retries: a refused connection is the failure under test, not the backoff.
      channels: ({ routing, ledger }) => createHandoffChannels({ routing, ledger, settings, retry: { retries: 0 } }),
    });

    const state = await agent.invoke(
      { ticket: { id: "SECRET-1", subject: "Outage", description: "Our production system is down, nobody can log in." } },
      { configurable: { thread_id: "SECRET-1" } },
    );

    expect(state.handoff?.status).toBe("manual_intervention_required");
    const errors = state.handoff?.notifications.map((n) => n.error ?? "") ?? [];
    expect(errors.join("\n")).toMatch(/ECONNREFUSED|fetch failed|request failed/i);
    const everything = JSON.stringify(state) + (await readOutbox(outbox)).map((a) => a.visible).join("\n");
    for (const secret of Object.values(secrets)) {
      for (const form of [secret, encodeURIComponent(secret), Buffer.from(secret).toString("base64")]) expect(everything).not.toContain(form);
    }
  });
});
