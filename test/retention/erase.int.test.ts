/**
 * `threads delete` leaves no trace: after erasing a customer's threads,
 * their words, address and ticket ids are in no table (deflated values
 * inflated first), no outbox file and — on SQLite — not even in the raw
 * bytes of the database files. Another customer's thread is untouched, and
 * the erasure is recorded without personal data. SQLite and PostgreSQL.
 */
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { threadDigest } from "../../src/retention/erase.js";
import { openIntakeJournal } from "../../src/runtime/intake/journal.js";
import { runCli, tempDir } from "../cli/run-cli.js";
import { runCliInProcess } from "../helpers/cli-in-process.js";
import { skipWithout, testSchema, type TestSchema } from "../helpers/services.js";
import { fileTraces, postgresTraces, sqliteTraces } from "../helpers/traces.js";

const EMAIL = "zanzi.op@example.org";
const NEEDLES = ["Zanzibarine", "Okonkwo-Pettersen", "qz-4471-zebra", EMAIL, "ERASE-7731", "ERASE-7732"];

const escalated = {
  id: "ERASE-7731",
  subject: "Quokka gateway down",
  description:
    "Hello, this is Zanzibarine Okonkwo-Pettersen from the finance platform team. Our production API has been down for an hour and every request fails with 503 (request id qz-4471-zebra). We are losing orders every minute, please escalate this now.",
  customerEmail: EMAIL,
  customerName: "Zanzibarine Okonkwo-Pettersen",
  customerTier: "enterprise" as const,
};
const answered = {
  id: "ERASE-7732",
  subject: "Export question",
  description: "How do I export my projects to CSV? Zanzibarine Okonkwo-Pettersen, ref qz-4471-zebra.",
  customerEmail: EMAIL.toUpperCase(),
  customerName: "Zanzibarine Okonkwo-Pettersen",
  customerTier: "paid" as const,
};
const other = {
  id: "KEEP-1",
  subject: "Invoice copy",
  description: "Could you send me a copy of last month's invoice? Thanks, Ana",
  customerEmail: "ana@example.com",
};

interface Backend {
  db: string;
  traces(needles: readonly string[]): Promise<string[]>;
}

function scenario(open: () => Backend) {
  return async () => {
    const backend = open();
    const outbox = tempDir("esc-erase-outbox-");
    // The deletion itself runs as a spawned CLI, as an operator runs it; the history it deletes is made with
    // main() in this process (the same commands, without paying a process start-up for each).
    const cli = (args: string[], input?: string) => {
      const run = runCli([...args, "--db", backend.db], { ...(input ? { input } : {}), env: { ESCALATION_OUTBOX: outbox } });
      expect(run.code, `${args.join(" ")}: ${run.stderr}`).toBe(0);
      return run.stdout;
    };
    const setUp = async (args: string[]) => {
      const run = await runCliInProcess([...args, "--db", backend.db], { env: { ESCALATION_OUTBOX: outbox } });
      expect(run.code, `${args.join(" ")}: ${run.stderr}`).toBe(0);
    };
    // The other customer first: a later ticket may name an earlier one among its similar cases.
    const tickets = join(tempDir("esc-erase-tickets-"), "tickets.jsonl");
    writeFileSync(tickets, [other, escalated, answered].map((t) => JSON.stringify(t)).join("\n"));
    await setUp(["triage", tickets, "--json"]);
    await setUp(["human", "claim", "--thread", escalated.id, "--agent", "alice"]);
    await setUp(["human", "resolve", "--thread", escalated.id, "--agent", "alice"]);
    await setUp(["followups", "run", "--now", new Date(Date.now() + 3 * 86_400_000).toISOString()]);
    // What a server would have journaled for the ticket: its entry and the replay key of its body.
    const journal = openIntakeJournal(backend.db);
    await journal.append({ kind: "ticket", threadId: escalated.id, ticket: escalated, source: "ticket" }, new Date());
    await journal.rememberRequest(`body:ticket:${escalated.id}:0f0f`, new Date(), new Date(Date.now() + 600_000));
    await journal.close();
    // Everything is there before: the search is able to find what it looks for.
    expect((await backend.traces(NEEDLES)).length).toBeGreaterThan(NEEDLES.length);
    expect(fileTraces([outbox], NEEDLES).length).toBeGreaterThan(0);

    const record = JSON.parse(cli(["threads", "delete", "--customer", EMAIL, "--json"])) as {
      scope: string;
      threadDigests: string[];
      removed: Record<string, number>;
    };

    expect(record.scope).toBe("customer");
    expect(record.threadDigests.sort()).toEqual([threadDigest(escalated.id), threadDigest(answered.id)].sort());
    expect(record.removed).toMatchObject({ checkpoints: expect.any(Number), ledger: expect.any(Number), store: expect.any(Number), journal: 2 });
    expect(record.removed.outbox).toBeGreaterThanOrEqual(4);
    expect(JSON.stringify(record)).not.toMatch(/zanzi|ERASE-77/i);
    expect(await backend.traces(NEEDLES)).toEqual([]);
    expect(fileTraces([outbox], NEEDLES)).toEqual([]);
    // The other customer's thread and notifications are as they were.
    expect(JSON.parse(cli(["threads", "--thread", other.id, "--json"])).ticketId).toBe(other.id);
    expect(readdirSync(outbox).some((file) => file.startsWith("KEEP-1_"))).toBe(true);
    expect(runCli(["threads", "--thread", escalated.id, "--db", backend.db]).code).toBe(2);
  };
}

describe("threads delete on SQLite", () => {
  it(
    "leaves no trace of the customer's threads in any table, file or outbox",
    scenario(() => {
      const db = join(tempDir("esc-erase-"), "agent.db");
      return {
        db,
        // The tables, and the raw bytes of the file and its companions: no freed page or log keeps the words.
        traces: async (needles) => [...sqliteTraces(db, needles), ...fileTraces([db, `${db}-wal`, `${db}-journal`].filter(existsSync), needles)],
      };
    }),
    180_000,
  );

  // Refused before anything opens: main() in this process returns the code a spawned CLI exits with
  // (the scenario above keeps the real processes), without a process start each.
  it("says which option is missing, and refuses both at once", async () => {
    for (const args of [[], ["--thread", "A", "--customer", "a@example.com"]]) {
      const run = await runCliInProcess(["threads", "delete", ...args]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain("exactly one of --thread <id> or --customer <email>");
    }
    const bad = await runCliInProcess(["threads", "delete", "--customer", "not-an-address"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--customer: must be an email address");
  });
});

describe.skipIf(skipWithout("TEST_DATABASE_URL", "threads delete on PostgreSQL"))("threads delete on PostgreSQL", () => {
  let schema: TestSchema | undefined;
  afterEach(async () => {
    await schema?.drop();
    schema = undefined;
  });

  it(
    "leaves no trace of the customer's threads in any table or outbox",
    scenario(() => {
      const own = (schema = testSchema("erase"));
      return { db: own.location, traces: (needles) => postgresTraces(own, needles) };
    }),
    180_000,
  );
});
