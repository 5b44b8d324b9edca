/**
 * Thread locks on a SQLite file leave nothing behind: each lock goes with
 * its release, and what a crashed process (or an earlier version) left in
 * the locks folder is cleared, while a lock a live process holds is not.
 */
import { existsSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import lockfile from "proper-lockfile";
import { describe, expect, it } from "vitest";
import { sweepLocks, withThreadLock } from "../../src/runtime/thread-lock.js";
import { tempDir } from "../cli/run-cli.js";

describe("thread locks on a SQLite file", () => {
  it("leave no file once the runs end, however many threads ran", async () => {
    const db = join(tempDir("esc-locks-"), "agent.db");
    const order: string[] = [];
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        withThreadLock(db, `T-${i % 5}`, async () => {
          order.push(`T-${i % 5}`);
          await new Promise((resolve) => setTimeout(resolve, 5));
        }),
      ),
    );
    expect(order).toHaveLength(20);
    expect(readdirSync(join(db, "..", "locks"))).toEqual([]);
  });

  it("clear a dead holder's lock and earlier versions' files, and leave a live holder's", async () => {
    const dir = join(tempDir("esc-locks-"), "locks");
    mkdirSync(dir);
    const legacy = join(dir, "0123456789abcdef0123456789abcdef");
    writeFileSync(legacy, "T-OLD");
    const dead = join(dir, "fedcba9876543210fedcba9876543210.lock");
    mkdirSync(dead);
    const minuteAgo = new Date(Date.now() - 60_000);
    utimesSync(dead, minuteAgo, minuteAgo);
    const live = join(dir, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
    const release = await lockfile.lock(live, { realpath: false, stale: 10_000 });
    writeFileSync(join(dir, "notes.txt"), "not ours");

    expect(await sweepLocks(dir)).toBe(2);

    expect(existsSync(legacy)).toBe(false);
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(`${live}.lock`)).toBe(true);
    expect(existsSync(join(dir, "notes.txt"))).toBe(true);
    await release();
    expect(readdirSync(dir)).toEqual(["notes.txt"]);
  });
});
