/**
 * `chat` as a terminal conversation: slash commands are for the chat, never
 * sent as the customer's words; the thread id is shown from the start; a
 * resumed thread shows its history; replies fit a chat.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCliInProcess } from "../helpers/cli-in-process.js";
import { runCli, tempDir } from "./run-cli.js";

describe("escalation-agent chat commands", { timeout: 300_000 }, () => {
  it("takes /help, /thread, /history and /quit as commands, shows the id at start and the history on resume", async () => {
    const dir = tempDir();
    const env = { ESCALATION_DB: join(dir, "agent.db"), ESCALATION_OUTBOX: join(dir, "outbox") };
    const first = runCli(["chat", "--thread", "CHAT-CMD"], { env, input: "/help\n/thread\nHow do I reset my password?\n/frobnicate\n/history\n/quit\n" });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout.split("\n")[0]).toContain("on thread CHAT-CMD");
    expect(first.stdout).toContain("/history   the conversation so far");
    expect(first.stdout).toContain("thread: CHAT-CMD");
    expect(first.stdout).toContain("unknown command /frobnicate; /help lists them");
    expect(first.stdout).toMatch(/agent> .*password/is);
    expect(first.stdout).not.toMatch(/reply to this email/i);
    expect(first.stdout).toMatch(/you> How do I reset my password\?/);

    // Only the one real message reached the thread: no command became a customer turn.
    // (Read in this process: the chat's own process wrote the file.)
    const thread = JSON.parse((await runCliInProcess(["threads", "--thread", "CHAT-CMD", "--json"], { env })).stdout);
    expect(thread.conversation.filter((t: { role: string }) => t.role === "customer").map((t: { content: string }) => t.content)).toEqual([
      "How do I reset my password?",
    ]);

    const resumed = runCli(["chat", "--thread", "CHAT-CMD"], { env, input: "/quit\n" });
    expect(resumed.code).toBe(0);
    expect(resumed.stdout).toMatch(/you> How do I reset my password\?\nagent> /);
  });
});
