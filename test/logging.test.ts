/**
 * scrubDeep on what real log records hold: objects that refer back to
 * themselves (a request and its socket, a parent and its children), with
 * secrets inside. It must end, mark the cycle, and still scrub.
 */
import { describe, expect, it } from "vitest";
import { configuredSecrets, createLogger, scrubDeep } from "../src/logging.js";

const SECRET = "xoxb-999-888-FAKEcyclicToken";
const ENV = { SLACK_BOT_TOKEN: SECRET };
const secrets = configuredSecrets(ENV);

interface Node {
  name: string;
  note: string;
  self?: Node;
  children: Node[];
  parent?: Node;
}

function cyclicTree(): Node {
  const root: Node = { name: "root", note: `token ${SECRET} in the root`, children: [] };
  root.self = root;
  const child: Node = { name: "child", note: `and ${SECRET} in a child`, children: [], parent: root };
  root.children.push(child, child);
  return root;
}

describe("scrubDeep", () => {
  it("marks cycles as [Circular] and scrubs the secrets inside them", () => {
    const clean = scrubDeep(cyclicTree(), secrets) as Record<string, unknown>;
    expect(JSON.stringify(clean)).not.toContain(SECRET);
    expect(clean).toEqual({
      name: "root",
      note: "token [redacted] in the root",
      self: "[Circular]",
      // The same child twice is a shared reference, not a cycle: both copies are kept.
      children: [
        { name: "child", note: "and [redacted] in a child", children: [], parent: "[Circular]" },
        { name: "child", note: "and [redacted] in a child", children: [], parent: "[Circular]" },
      ],
    });
  });

  it("marks a cycle through an array", () => {
    const list: unknown[] = [`secret ${SECRET}`];
    list.push(list);
    expect(scrubDeep(list, secrets)).toEqual(["secret [redacted]", "[Circular]"]);
  });

  it("stops at a bounded depth on a long chain", () => {
    let chain: Record<string, unknown> = { end: SECRET };
    for (let i = 0; i < 100_000; i++) chain = { next: chain };
    const text = JSON.stringify(scrubDeep(chain, secrets));
    expect(text).toContain('"[Object]"');
    expect(text).not.toContain(SECRET);
  });

  it("writes what JSON would for dates, and leaves errors to their serializer", () => {
    const error = new Error(SECRET);
    const clean = scrubDeep({ at: new Date("2026-01-02T03:04:05Z"), error }, secrets) as Record<string, unknown>;
    expect(clean.at).toBe("2026-01-02T03:04:05.000Z");
    expect(clean.error).toBe(error);
  });
});

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
        req: (value: Node) => {
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
