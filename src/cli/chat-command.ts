/**
 * `escalation-agent chat`: the command's definition; the conversation itself
 * is in chat-session.ts, imported when the command runs.
 */
import type { Command } from "commander";
import { addAgentOptions } from "./agent-options.js";
import type { ChatOptions } from "./chat-session.js";

export function registerChat(program: Command): void {
  const command = program
    .command("chat")
    .description("chat with the agent as a customer (/help for the commands, /quit to leave)")
    .option("--thread <id>", "continue an existing thread (its history is shown first)")
    .option("--tier <tier>", "your customer tier for a new thread (free, paid, enterprise, vip, at_risk)", "paid");
  addAgentOptions(command).action(async (options: ChatOptions) => {
    const { runChat } = await import("./chat-session.js");
    await runChat(options);
  });
}
