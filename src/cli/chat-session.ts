/**
 * `escalation-agent chat`: talk to the agent as a customer in the terminal.
 * The first line opens a ticket; later lines are follow-ups on its thread.
 * Once a human owns the ticket the bot stays silent, as it would in
 * production, and says so. Loaded by the command's action (chat-command.ts).
 */
import { createInterface } from "node:readline";
import pc from "picocolors";
import { generateTicketId } from "../domain/ticket.js";
import type { TriageResult } from "../runtime/output.js";
import { oneLine } from "../privacy/one-line.js";
import type { AgentCliOptions } from "./agent-options.js";
import { openThreadClient } from "./open-agent.js";
import { terminalText } from "./terminal-text.js";

export type ChatOptions = AgentCliOptions & { thread?: string; tier: string };

const CHAT_HELP = [
  "/help      these commands",
  "/thread    the thread id (give it to --thread to come back later)",
  "/history   the conversation so far",
  "/quit      leave (also /exit)",
  "Anything else is your message to support.",
].join("\n");

export async function runChat(options: ChatOptions): Promise<void> {
  const client = openThreadClient(options);
  // The id is fixed before the first message, so it can be shown now and the customer can come back to it.
  const threadId = options.thread ?? generateTicketId();
  const existing = await client.read(threadId);
  process.stdout.write(pc.dim(`Chatting as a customer on thread ${threadId}. /help for commands, /quit to leave.\n`));
  if (options.thread && !existing) process.stdout.write(pc.dim(`thread ${threadId} does not exist yet; your first message opens it\n`));
  if (existing) showHistory(existing);
  const rl = createInterface({ input: process.stdin, terminal: false });
  const prompt = () => process.stdout.write(pc.bold("you> "));
  prompt();
  // The async iterator buffers lines that arrive while a turn is being
  // processed (pasted or piped input); question() would drop them.
  for await (const raw of rl) {
    const line = raw.trim();
    // Commands are for the chat, never the customer's words: an unknown /word is refused, not sent to support.
    if (line.startsWith("/")) {
      const command = line.split(/\s+/)[0]!.toLowerCase();
      if (command === "/quit" || command === "/exit") break;
      if (command === "/help") process.stdout.write(`${CHAT_HELP}\n`);
      else if (command === "/thread") process.stdout.write(`thread: ${threadId}\n`);
      else if (command === "/history") {
        const current = await client.read(threadId);
        if (current) showHistory(current);
        else process.stdout.write(pc.dim("no messages yet\n"));
      } else process.stdout.write(pc.dim(`unknown command ${oneLine(command)}; /help lists them\n`));
    } else if (line) {
      const result = (await client.read(threadId))
        ? await client.message(threadId, line, "chat")
        : await client.triage({ id: threadId, description: line, channel: "chat", customerTier: options.tier as "paid" }, threadId);
      showTurn(result);
    }
    prompt();
  }
  rl.close();
  process.stdout.write("\n");
  process.stdout.write(pc.dim(`thread: ${threadId}\n`));
}

const SPEAKER: Record<TriageResult["conversation"][number]["role"], string> = { customer: "you", agent: "agent", human: "support", system: "note" };

function showHistory(result: TriageResult): void {
  for (const turn of result.conversation) {
    const who = turn.role === "human" && turn.author ? turn.author : SPEAKER[turn.role];
    const text = terminalText(turn.content);
    process.stdout.write(turn.role === "system" ? pc.dim(`  [${text}]\n`) : `${pc.bold(`${who}>`)} ${text}\n`);
  }
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
