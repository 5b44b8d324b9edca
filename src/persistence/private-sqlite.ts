/**
 * SQLite files readable by their owner only. The threads' database holds
 * the customers' words as written (the checkpoints keep raw text), so it is
 * created 0600 rather than with the umask's usual 0644. SQLite gives the
 * -wal, -shm and -journal files the main file's permissions; files made
 * before this rule are tightened when opened, companions included.
 */
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from "node:fs";
import { dirname } from "node:path";

export const PRIVATE_FILE_MODE = 0o600;
const COMPANIONS = ["", "-wal", "-shm", "-journal"];

/** Call before opening `path` with SQLite, and again after (for the companions it made). `:memory:` is left alone. */
export function privateSqliteFile(path: string): void {
  if (path === ":memory:" || path === "" || path.startsWith("file:")) return;
  mkdirSync(dirname(path), { recursive: true });
  if (!existsSync(path)) closeSync(openSync(path, "a", PRIVATE_FILE_MODE));
  for (const suffix of COMPANIONS) {
    const file = path + suffix;
    try {
      chmodSync(file, PRIVATE_FILE_MODE);
    } catch (error) {
      // A companion that does not exist (yet) is fine; anything else is not ours to hide.
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
  }
}
