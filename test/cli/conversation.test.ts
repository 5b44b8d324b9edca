/**
 * One conversation across CLI runs sharing a SQLite file: customer → bot →
 * escalation → claim → forwarded follow-up → human reply → resolve, then the
 * thread list. The first and the last steps are separate processes (what one
 * process wrote, the next reads from the file, and the exit codes are the
 * real ones); the steps between run the same CLI in this process (main()),
 * each opening and closing the file as a process would.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCliInProcess } from "../helpers/cli-in-process.js";
import { runCli, tempDir } from "./run-cli.js";

// Four CLI processes in sequence; generous for a loaded 2-core machine.
describe("a conversation through the CLI", { timeout: 240_000 }, () => {
  it("goes from bot to human and back to resolved, through separate runs of the CLI", async () => {
    const dir = tempDir();
    const env = { ESCALATION_DB: join(dir, "agent.db"), ESCALATION_OUTBOX: join(dir, "outbox") };
    const lastLine = (run: { code: number | null; stdout: string; stderr: string }) => {
      expect(run.code, run.stderr).toBe(0);
      return JSON.parse(run.stdout.trim().split("\n").at(-1)!);
    };
    const json = async (args: string[]) => lastLine(await runCliInProcess([...args, "--json"], { env }));

    const opened = lastLine(
      runCli(["triage", "-", "--json"], {
        env,
        input: JSON.stringify({ id: "CLI-CONV", subject: "Export", description: "How do I export my projects to CSV?" }),
      }),
    );
    expect(opened).toMatchObject({ status: "bot", decision: { type: "no_escalation" } });
    expect(opened.response.message).toMatch(/export/i);

    const escalated = await json(["message", "--thread", "CLI-CONV", "That did not work. I want to speak to a real person, please."]);
    expect(escalated).toMatchObject({ status: "awaiting_human", decision: { type: "immediate_escalation" } });
    expect(escalated.classification.escalationSignals).toContain("human_requested");

    const claimed = await json(["human", "claim", "--thread", "CLI-CONV", "--agent", "alice"]);
    expect(claimed).toMatchObject({ status: "human_owned", owner: "alice", response: null });

    const followUp = await json(["message", "--thread", "CLI-CONV", "Hello? Is anyone there?"]);
    expect(followUp.response).toBeNull();
    expect(followUp.handoff.notifications.some((n: { channel: string }) => n.channel === "forward_slack")).toBe(true);

    const replied = await json(["human", "reply", "--thread", "CLI-CONV", "Hi, Alice here. Use Settings → Export and pick CSV."]);
    expect(replied.conversation.at(-1)).toMatchObject({ role: "human", author: "alice" });

    const resolved = await json(["human", "resolve", "--thread", "CLI-CONV", "--notes", "walked through export"]);
    expect(resolved.status).toBe("resolved");
    const roles = resolved.conversation.map((t: { role: string }) => t.role);
    expect(roles).toEqual(["customer", "agent", "customer", "agent", "system", "customer", "human", "system"]);

    const threads = runCli(["threads"], { env });
    expect(threads.code).toBe(0);
    expect(threads.stdout).toMatch(/CLI-CONV\s+resolved\s+alice/);

    const late = runCli(["human", "claim", "--thread", "CLI-CONV", "--agent", "bob"], { env });
    expect(late.code).toBe(2);
    expect(late.stderr).toContain("not waiting for a human (status: resolved)");
  });
});

describe("escalation-agent chat", { timeout: 240_000 }, () => {
  it("answers a customer line by line on one thread, and goes quiet once a human is needed", async () => {
    const dir = tempDir();
    const env = { ESCALATION_DB: join(dir, "agent.db"), ESCALATION_OUTBOX: join(dir, "outbox") };
    const run = runCli(["chat", "--thread", "CHAT-1"], {
      env,
      input: "How do I reset my password?\nThanks. Now I want to talk to a real person please.\n/quit\n",
    });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/agent> .*(password|Password)/s);
    expect(run.stdout).toMatch(/waiting for .* to pick it up/);
    expect(run.stdout).toContain("thread: CHAT-1");

    // What the chat process left in the file, read back in this process.
    const threads = await runCliInProcess(["threads", "--json"], { env });
    expect(threads.code, threads.stderr).toBe(0);
    const listed = threads.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(listed).toEqual([expect.objectContaining({ threadId: "CHAT-1", status: "awaiting_human" })]);
  });
});
