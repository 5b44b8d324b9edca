/**
 * `escalation-agent chat`: talk to the agent as a customer in the terminal.
 * The first line opens a ticket; later lines are follow-ups on its thread.
 * Once a human owns the ticket the bot stays silent, as it would in
 * production, and says so.
 */
import { createInterface } from "node:readline";
import type { Command } from "commander";
import pc from "picocolors";
import { generateTicketId } from "../domain/ticket.js";
import type { TriageResult } from "../graph/output.js";
import { addAgentOptions, openThreadClient, type AgentCliOptions } from "./agent-options.js";

export function registerChat(program: Command): void {
  const command = program
    .command("chat")
    .description("chat with the agent as a customer (type /quit to leave)")
    .option("--thread <id>", "continue an existing thread")
    .option("--tier <tier>", "your customer tier for a new thread (free, paid, enterprise, vip, at_risk)", "paid");
  addAgentOptions(command).action(async (options: AgentCliOptions & { thread?: string; tier: string }) => {
    const client = openThreadClient(options);
    let threadId = options.thread;
    if (threadId && !(await client.read(threadId))) {
      process.stderr.write(`thread ${threadId} does not exist yet; your first message opens it\n`);
    }
    const rl = createInterface({ input: process.stdin, terminal: false });
    const prompt = () => process.stdout.write(pc.bold("you> "));
    process.stdout.write(pc.dim(`Chatting as a customer${threadId ? ` on ${threadId}` : ""}. /quit to leave.\n`));
    prompt();
    // The async iterator buffers lines that arrive while a turn is being
    // processed (pasted or piped input); question() would drop them.
    for await (const raw of rl) {
      const line = raw.trim();
      if (line === "/quit" || line === "/exit") break;
      if (line) {
        const existing = threadId ? await client.read(threadId) : null;
        let result: TriageResult;
        if (existing && threadId) {
          result = await client.message(threadId, line, "chat");
        } else {
          const id = threadId ?? generateTicketId();
          result = await client.triage({ id, description: line, channel: "chat", customerTier: options.tier as "paid" }, id);
          threadId = result.ticketId;
        }
        showTurn(result);
      }
      prompt();
    }
    rl.close();
    process.stdout.write("\n");
    if (threadId) process.stdout.write(pc.dim(`thread: ${threadId}\n`));
  });
}

function showTurn(result: TriageResult): void {
  const d = result.decision;
  const meta = d ? `${d.type}${d.type === "no_escalation" ? "" : ` → ${d.targetTeam}`}, frustration ${result.analysis?.frustration ?? "?"}` : "";
  if (result.response && result.status === "bot") {
    process.stdout.write(`${pc.cyan("agent>")} ${result.response.message}\n${pc.dim(`  [${meta}]`)}\n`);
  } else if (result.status === "human_owned" || result.status === "awaiting_human") {
    const who = result.owner ? `${result.owner} owns this ticket` : `waiting for ${result.handoff?.team ?? "a human"} to pick it up`;
    if (result.response) process.stdout.write(`${pc.cyan("agent>")} ${result.response.message}\n`);
    process.stdout.write(pc.dim(`  [${who}; your messages are passed on; ${meta}]\n`));
  } else {
    process.stdout.write(pc.dim(`  [${result.status}; ${meta}]\n`));
  }
}
