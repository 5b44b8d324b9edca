/**
 * Outbox file names are injective: ids that differ only in punctuation or
 * case, or only past the readable part's cut, never share a file, and no
 * key can put a file outside the outbox.
 */
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { triageTicket } from "../../src/runtime/triage.js";
import { FileOutbox, outboxFileName } from "../../src/delivery/file-outbox.js";
import { readOutbox } from "../helpers/outbox-artefacts.js";
import { testAgent } from "../helpers/agent.js";

describe("outbox file names", () => {
  it("give each customer of ids differing only in punctuation and case their own reply", async () => {
    const { agent, outbox } = testAgent();
    const ids = ["COL/1", "COL_1", "col_1", "COL-1", "COL 1", "COL..1"];
    for (const [i, id] of ids.entries()) {
      await triageTicket(agent, { id, subject: "Invoices", description: "How do I download my invoices as PDF?", customerEmail: `customer${i}@example.com` });
    }
    const replies = (await readOutbox(outbox)).filter((a) => a.mail);
    expect(replies).toHaveLength(ids.length);
    const recipients = replies.map((a) => (a.mail?.to && !Array.isArray(a.mail.to) ? a.mail.to.text : "")).sort();
    expect(recipients).toEqual(ids.map((_, i) => `customer${i}@example.com`).sort());
    // Distinct even on a disk that ignores case.
    expect(new Set(readdirSync(outbox).map((f) => f.toLowerCase())).size).toBe(ids.length);
  });

  it("keep the Slack and Zendesk artefacts of a 150-character id apart, each valid JSON", async () => {
    const { agent, outbox } = testAgent();
    const id = `OUTAGE-${"x".repeat(143)}`;
    expect(id).toHaveLength(150);
    const result = await triageTicket(agent, {
      id,
      subject: "Production down",
      description: "Our production API is down for all our users, we are losing revenue, urgent!",
      customerTier: "enterprise",
    });
    expect(result.decision?.type).not.toBe("no_escalation");
    const artefacts = await readOutbox(outbox); // parses every .json: invalid JSON would throw
    const slack = artefacts.filter((a) => (a.json as { channel?: unknown } | undefined)?.channel !== undefined);
    const ticketing = artefacts.filter((a) => (a.json as { system?: unknown } | undefined)?.system === "zendesk");
    expect(slack).toHaveLength(1);
    expect(ticketing).toHaveLength(1);
    expect(slack[0]?.file).not.toBe(ticketing[0]?.file);
  });

  it("cannot leave the outbox or carry control characters", async () => {
    const dir = mkdtempSync(join(tmpdir(), "outbox-names-"));
    const outbox = new FileOutbox(join(dir, "outbox"));
    for (const key of ["../../etc/passwd", "..", "a/../../b", "x\u0000y\r\nz", "\u202e.eml", "C:\\Windows\\x"]) {
      const name = outboxFileName(key);
      expect(name).toMatch(/^[A-Za-z0-9_-]*\.[0-9a-f]{16}$/);
      const path = await outbox.write(
        {
          medium: "slack",
          message: {
            channel: "#x",
            text: key,
            blocks: [],
            metadata: { event_type: "t", event_payload: { idempotency_key: key, ticket_id: "T" } },
            unfurl_links: false,
            unfurl_media: false,
          },
        },
        key,
      );
      expect(dirname(path)).toBe(outbox.dir);
      expect(basename(path)).toBe(`${name}.json`);
    }
    expect(readdirSync(outbox.dir)).toHaveLength(6);
    expect(outboxFileName("COL/1")).not.toBe(outboxFileName("COL_1"));
    expect(outboxFileName("a".repeat(500)).length).toBeLessThan(150);
  });
});
