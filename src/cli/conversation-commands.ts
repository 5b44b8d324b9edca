/**
 * Commands for a conversation after its first ticket: a customer's follow-up
 * (`message`), a person's actions (`human …`) and the list of threads. Their
 * definitions only; what they do is in conversation-actions.ts, imported
 * when one runs.
 */
import type { Command } from "commander";
import { THREAD_STATUSES, ThreadStatus, type HumanAction } from "../domain/human.js";
import { Team } from "../domain/taxonomy.js";
import { addAgentOptions, type AgentCliOptions } from "./agent-options.js";
import { UsageError } from "./errors.js";
import { osUser } from "./verdict-author.js";
import { oneLine } from "../privacy/one-line.js";
import { registerRetention } from "./retention-commands.js";

export interface ThreadOptions extends AgentCliOptions {
  thread: string;
  json?: boolean;
}

export function registerMessage(program: Command): void {
  const command = program
    .command("message")
    .description("add a customer's follow-up message to a thread and triage the whole conversation again")
    .argument("<text>", "the customer's message")
    .requiredOption("--thread <id>", "the thread (the ticket id)")
    .option("--channel <channel>", "where the message came from (email, chat…)")
    .option("--json", "one JSON object on stdout");
  addAgentOptions(command).action(async (text: string, options: ThreadOptions & { channel?: string }) => {
    const { runMessage } = await import("./conversation-actions.js");
    await runMessage(text, options);
  });
}

export function registerHuman(program: Command): void {
  const human = program.command("human").description("act as the human who owns an escalated ticket");
  const act = async (options: ThreadOptions, action: HumanAction) => {
    const { runHumanAction } = await import("./conversation-actions.js");
    await runHumanAction(options, action);
  };
  const withThread = (command: Command) =>
    addAgentOptions(command.requiredOption("--thread <id>", "the thread (the ticket id)").option("--json", "one JSON object on stdout"));

  withThread(human.command("claim").description("take ownership of the ticket").requiredOption("--agent <name>", "who claims it")).action(
    (options: ThreadOptions & { agent: string }) => act(options, { action: "claim", agent: options.agent }),
  );
  withThread(
    human.command("reply").description("send a reply to the customer and record it").argument("<text>", "the reply").option("--agent <name>", "who writes"),
  ).action((text: string, options: ThreadOptions & { agent?: string }) =>
    act(options, { action: "reply", text, ...(options.agent ? { agent: options.agent } : {}) }),
  );
  withThread(
    human
      .command("resolve")
      .description("close the ticket with a verdict")
      .option("--agent <name>", "who resolves")
      .option("--unresolved", "the customer's problem is not solved")
      .option("--inappropriate", "escalating this ticket was not the right call")
      .option("--satisfaction <1-5>", "customer satisfaction", (v: string) => parseSatisfaction(v))
      .option("--notes <text>", "what happened"),
  ).action((options: ThreadOptions & { agent?: string; unresolved?: boolean; inappropriate?: boolean; satisfaction?: number; notes?: string }) =>
    act(options, {
      action: "resolve",
      resolved: !options.unresolved,
      appropriate: !options.inappropriate,
      // The verdict's author: the OS user always, the --agent name beside it when given (src/learning/trust.ts).
      via: "cli",
      osUser: osUser(options.settings.process.user),
      ...(options.agent ? { agent: options.agent } : {}),
      ...(options.satisfaction !== undefined ? { satisfaction: options.satisfaction } : {}),
      ...(options.notes ? { notes: options.notes } : {}),
    }),
  );
  withThread(
    human.command("release").description("hand the ticket back to the bot").option("--agent <name>", "who releases").option("--notes <text>", "why"),
  ).action((options: ThreadOptions & { agent?: string; notes?: string }) =>
    act(options, { action: "release", ...(options.agent ? { agent: options.agent } : {}), ...(options.notes ? { notes: options.notes } : {}) }),
  );
}

function parseSatisfaction(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 5) throw new UsageError(`--satisfaction: must be a whole number from 1 to 5, got '${value}'`);
  return n;
}

export interface ThreadsOptions extends AgentCliOptions {
  json?: boolean;
  thread?: string;
  status?: ThreadStatus;
  team?: string;
  overdue?: boolean;
  now?: Date;
}

function parseStatus(value: string): ThreadStatus {
  const parsed = ThreadStatus.safeParse(value);
  if (!parsed.success) throw new UsageError(`--status: must be one of ${THREAD_STATUSES.join(", ")}, got '${oneLine(value)}'`);
  return parsed.data;
}

function parseTeam(value: string): string {
  if (!Team.safeParse(value).success) throw new UsageError(`--team: must be one of ${Team.options.join(", ")}, got '${oneLine(value)}'`);
  return value;
}

function parseNow(value: string): Date {
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) throw new UsageError(`--now: not a date or time: '${oneLine(value)}'`);
  return at;
}

export function registerThreads(program: Command): void {
  const command = program
    .command("threads")
    .description("list threads with status, owner and last activity")
    .option("--thread <id>", "show this thread's result instead (notifications as the delivery ledger has them now)")
    .option("--status <status>", `only threads in this status (${THREAD_STATUSES.join(", ")})`, parseStatus)
    .option("--team <team>", "only threads handed to this team", parseTeam)
    .option("--overdue", "only escalations nobody claimed within the promised time")
    .option("--now <time>", "treat this ISO time as now (relative times, --overdue)", parseNow)
    .option("--json", "one JSON object per thread")
    // `threads delete --thread X`: the subcommand's --thread, not the listing's.
    .enablePositionalOptions();
  registerRetention(command);
  addAgentOptions(command).action(async (options: ThreadsOptions) => {
    const { listThreads } = await import("./conversation-actions.js");
    await listThreads(options);
  });
}
