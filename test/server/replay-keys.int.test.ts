/**
 * The replay keys of the intake journal, in SQLite and in PostgreSQL: a key
 * is new once, a replay until it expires, new again after; a forgotten key
 * (its request could not be journaled) is new again at once. Two journals
 * on one database (two instances, or before and after a restart) agree.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openIntakeJournal, type IntakeJournal } from "../../src/runtime/intake/journal.js";
import { skipWithout, testSchema, type TestSchema } from "../helpers/services.js";

const T0 = new Date("2026-01-01T00:00:00Z");
const later = (ms: number) => new Date(T0.getTime() + ms);

async function behaves(open: () => IntakeJournal): Promise<void> {
  const first = open();
  const second = open();
  try {
    expect(await first.rememberRequest("k1", T0, later(60_000))).toBe(true);
    expect(await first.rememberRequest("k1", later(1_000), later(61_000))).toBe(false);
    expect(await second.rememberRequest("k1", later(2_000), later(62_000))).toBe(false);
    expect(await second.rememberRequest("k1", later(61_000), later(121_000))).toBe(true);
    expect(await first.rememberRequest("k2", T0, later(60_000))).toBe(true);
    await second.forgetRequest("k2");
    expect(await first.rememberRequest("k2", later(1_000), later(60_000))).toBe(true);
  } finally {
    await first.close();
    await second.close();
  }
}

describe("replay keys in SQLite", () => {
  it("are remembered in the database until they expire", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "esc-replay-")), "agent.db");
    await behaves(() => openIntakeJournal(path));
  });
});

describe.skipIf(skipWithout("TEST_DATABASE_URL", "the PostgreSQL replay key tests"))("replay keys in PostgreSQL", () => {
  let schema: TestSchema | undefined;
  afterEach(async () => {
    await schema?.drop();
  });

  it("are remembered in the database until they expire", async () => {
    schema = testSchema("replay");
    const location = schema.location;
    await behaves(() => openIntakeJournal(location));
  });
});
