/**
 * The `escalation-agent` command line.
 */
import { Command, CommanderError } from "commander";
import { ConfigError } from "../config/errors.js";
import { configuredSecrets, scrubSecrets as scrub } from "../privacy/secrets.js";
import type { Env, Settings } from "../settings/index.js";
import { EXIT_INTERNAL, EXIT_USAGE, UsageError } from "./errors.js";
import { registerTriage } from "./triage-command.js";
import { registerHuman, registerMessage, registerThreads } from "./conversation-commands.js";
import { registerChat } from "./chat-command.js";
import { registerNotifications } from "./notifications-command.js";
import { registerEval } from "./eval-command.js";
import { registerServe } from "./serve-command.js";
import { registerEnqueue, registerWorker } from "./queue-commands.js";
import { registerLearning } from "./learning-command.js";
import { registerFollowUps } from "./followups-command.js";
import { registerReport } from "./report-command.js";
import { addHelpExamples } from "./help-examples.js";
import { packageVersion } from "./version.js";
import { SETTINGS_OPTION } from "./settings-option.js";

/**
 * Every subcommand lives in its own module and registers itself here; add a
 * command by adding its register function to this list. A register module
 * holds the command's definition only and imports what the command does
 * inside its action, so --help and each command load no more than they use.
 */
const COMMANDS: Array<(program: Command) => void> = [
  registerTriage,
  registerMessage,
  registerHuman,
  registerThreads,
  registerChat,
  registerNotifications,
  registerEval,
  registerServe,
  registerEnqueue,
  registerWorker,
  registerLearning,
  registerFollowUps,
  registerReport,
];

/**
 * `settings`: the environment parsed once for this run (on first use, so
 * `--help` and `--version` work whatever it holds, and do not load the
 * settings code). Every command's action is handed it as its `settings`
 * option (src/cli/settings-option.ts), before it runs.
 */
export function buildProgram(settings: () => Settings | Promise<Settings> = readSettings(process.env)): Command {
  const program = new Command("escalation-agent")
    .description("Triage support tickets, decide on escalation, answer customers and hand off to humans.")
    .version(packageVersion(), "-V, --version", "print the version")
    .showHelpAfterError()
    // Options belong to the command they follow (`threads delete --thread X` is delete's --thread); commander needs it here to allow it below.
    .enablePositionalOptions()
    .exitOverride()
    .hook("preAction", async (_program, action) => void action.setOptionValue(SETTINGS_OPTION, await settings()));
  for (const register of COMMANDS) register(program);
  addHelpExamples(program);
  return program;
}

/** The command line's entry point: the one place it reads the environment. */
export async function main(argv: string[], env: Env = process.env): Promise<number> {
  let settings: Settings | undefined;
  const read = readSettings(env);
  try {
    await buildProgram(async () => (settings ??= await read())).parseAsync(argv);
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander already printed the problem and the help.
      return error.exitCode === 0 ? 0 : EXIT_USAGE;
    }
    // Every message is scrubbed: a library's error may quote a URL with its password or a token.
    // Without settings (a bad variable is the error) the secrets are taken from the environment directly.
    const secrets = settings?.secrets ?? configuredSecrets(env);
    const scrubSecrets = (text: string) => scrub(text, secrets);
    if (error instanceof UsageError || error instanceof ConfigError) {
      process.stderr.write(`error: ${scrubSecrets(error.message)}\n`);
      return EXIT_USAGE;
    }
    if (isNodeFsError(error)) {
      process.stderr.write(`error: ${scrubSecrets(error.path)}: ${fsReason(error.code)}\n`);
      return EXIT_USAGE;
    }
    process.stderr.write(`internal error: ${scrubSecrets((error as Error).message ?? String(error))}\n`);
    // The structured record (with the stack, scrubbed) is for whoever collects the logs; LOG_LEVEL=silent drops it.
    // Without settings LOG_LEVEL is unchecked, so the logger keeps its own default level.
    const level = settings?.process.logLevel;
    const { createLogger } = await import("../logging.js");
    createLogger({ secrets, ...(level ? { level } : {}) }).error({ err: error }, "internal error");
    if (settings ? settings.process.debug : env.DEBUG) process.stderr.write(`${scrubSecrets(String((error as Error).stack))}\n`);
    return EXIT_INTERNAL;
  }
}

/** Parses the environment when a command first asks; the settings code (zod schemas) loads only then. */
function readSettings(env: Env): () => Promise<Settings> {
  return async () => (await import("../settings/index.js")).loadSettings(env);
}

function isNodeFsError(error: unknown): error is NodeJS.ErrnoException & { path: string } {
  return error instanceof Error && "code" in error && "path" in error && typeof (error as { path: unknown }).path === "string";
}

function fsReason(code: string | undefined): string {
  if (code === "ENOENT") return "no such file";
  if (code === "EISDIR") return "is a directory, not a ticket file";
  if (code === "EACCES") return "permission denied";
  return `cannot read (${code})`;
}
