/**
 * The logger on what real log records hold: objects that refer back to
 * themselves (a request and its socket, a parent and its children), with
 * secrets inside. It must end, mark the cycle, and still scrub. (scrubDeep
 * itself is tested with the scrubber, test/privacy/secrets.test.ts.)
 */
import { describe, expect, it } from "vitest";
import { createLogger } from "../src/logging.js";
import { cyclicTree as tree, type TreeNode } from "./helpers/cyclic-tree.js";

const SECRET = "xoxb-999-888-FAKEcyclicToken";
const ENV = { SLACK_BOT_TOKEN: SECRET };
const cyclicTree = () => tree(SECRET);

describe("createLogger with a cyclic record", () => {
  it("writes one line, the cycle marked and the secret scrubbed", () => {
    const lines: string[] = [];
    const log = createLogger({ level: "info", env: ENV, destination: { write: (line: string) => void lines.push(line) } });
    log.info({ tree: cyclicTree(), err: new Error(`failed with ${SECRET}`) }, `logged ${SECRET}`);
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain(SECRET);
    const record = JSON.parse(lines[0] ?? "{}") as { msg: string; tree: { self: string; note: string }; err: { message: string; stack: string } };
    expect(record.tree.self).toBe("[Circular]");
    expect(record.tree.note).toBe("token [redacted] in the root");
    expect(record.msg).toBe("logged [redacted]");
    expect(record.err.message).toBe("failed with [redacted]");
    expect(record.err.stack).toContain("failed with [redacted]");
  });

  it("hands a serializer the live object and scrubs what it returns", () => {
    const lines: string[] = [];
    const seen: unknown[] = [];
    const live = cyclicTree();
    const log = createLogger({
      level: "info",
      env: ENV,
      destination: { write: (line: string) => void lines.push(line) },
      serializers: {
        req: (value: TreeNode) => {
          seen.push(value);
          return { name: value.name, note: value.note };
        },
      },
    });
    log.info({ req: live }, "incoming");
    expect(seen[0]).toBe(live);
    expect(JSON.parse(lines[0] ?? "{}")).toMatchObject({ req: { name: "root", note: "token [redacted] in the root" } });
  });
});
