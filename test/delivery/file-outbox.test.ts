/**
 * The file outbox writes one file per idempotency key, makes its folder
 * once, and makes it again when someone clears the outbox while it runs.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Artefact } from "../../src/delivery/artefact.js";
import { FileOutbox } from "../../src/delivery/file-outbox.js";

const slack = (text: string): Artefact => ({
  medium: "slack",
  message: {
    channel: "#engineering-support",
    text,
    blocks: [],
    metadata: { event_type: "escalation_handoff", event_payload: { idempotency_key: "T-1:slack", ticket_id: "T-1" } },
    unfurl_links: false,
    unfurl_media: false,
  },
});

describe("FileOutbox", () => {
  const roots: string[] = [];
  afterEach(() => {
    for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
  });
  const outboxIn = () => {
    const root = mkdtempSync(join(tmpdir(), "outbox-test-"));
    roots.push(root);
    return new FileOutbox(join(root, "nested", "outbox"));
  };

  it("creates its folder and overwrites the file of a key written again", async () => {
    const outbox = outboxIn();
    const first = await outbox.write(slack("first"), "T-1:slack");
    const second = await outbox.write(slack("second"), "T-1:slack");
    expect(second).toBe(first);
    expect(readdirSync(outbox.dir)).toHaveLength(1);
    expect(JSON.parse(readFileSync(second, "utf8")).text).toBe("second");
  });

  it("makes the folder again when it was removed between writes", async () => {
    const outbox = outboxIn();
    await outbox.write(slack("before"), "T-1:slack");
    rmSync(outbox.dir, { recursive: true });
    const path = await outbox.write(slack("after"), "T-2:slack");
    expect(JSON.parse(readFileSync(path, "utf8")).text).toBe("after");
  });

  it("writes mail as an RFC 822 message", async () => {
    const outbox = outboxIn();
    const path = await outbox.write(
      {
        medium: "email",
        message: { from: "support@company.com", to: "team@company.com", subject: "Escalation T-1", text: "Body", messageId: "<T-1.team_email@company.com>" },
      },
      "T-1:team_email",
    );
    expect(path.endsWith(".eml")).toBe(true);
    expect(readFileSync(path, "utf8")).toMatch(/^Subject: Escalation T-1$/m);
  });
});
