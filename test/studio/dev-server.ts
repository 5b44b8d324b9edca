/**
 * Starts the project's LangGraph dev server (`langgraphjs dev`, what
 * `npm run studio` runs) as a child process, and stops it with everything
 * it spawned. Offline and isolated:
 * - a free port (never 2024, which these machines reserve);
 * - a copy of langgraph.json in a temp folder, its paths pointing back at the
 *   project, because the server keeps its threads in `.langgraph_api/` beside
 *   the config: the test neither writes into the repo nor shares state with
 *   a developer's running Studio;
 * - no reload, so an edit elsewhere in the tree cannot restart it mid-test;
 * - no analytics, tracing, model keys or delivery settings in its environment.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const RESERVED_PORT = 2024;
const HOST = "127.0.0.1";

/** What the server must not see: it would send mail, post to Slack, call a model or trace to LangSmith. */
const SCRUBBED_ENV = [
  "SMTP_URL",
  "SLACK_BOT_TOKEN",
  "SLACK_API_URL",
  "ZENDESK_URL",
  "ZENDESK_EMAIL",
  "ZENDESK_API_TOKEN",
  "PUBLIC_URL",
  "OPENAI_API_KEY",
  "OPENAI_BASE_URL",
  "LANGSMITH_API_KEY",
  "LANGCHAIN_API_KEY",
  "LANGSMITH_ENDPOINT",
  "LANGCHAIN_ENDPOINT",
  "ESCALATION_CONFIG",
  "ESCALATION_MODEL",
  "LANGGRAPH_CONFIG",
];

export interface DevServer {
  url: string;
  port: number;
  /** Where the server's handoff notifications land (its ESCALATION_OUTBOX). */
  outbox: string;
  /** The server's recent output, for failure messages. */
  output: () => string;
  stop: () => Promise<void>;
}

export async function startDevServer(options: { readyTimeoutMs: number }): Promise<DevServer> {
  const work = mkdtempSync(join(tmpdir(), "esc-studio-"));
  const outbox = join(work, "outbox");
  const port = await freePort();
  const config = writeIsolatedConfig(join(work, "project"));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ESCALATION_OUTBOX: outbox,
    LANGGRAPH_CLI_NO_ANALYTICS: "1",
    LANGSMITH_TRACING: "false",
    LANGSMITH_TRACING_V2: "false",
    LANGCHAIN_TRACING: "false",
    LANGCHAIN_TRACING_V2: "false",
    BROWSER: "none",
    NO_COLOR: "1",
  };
  for (const name of SCRUBBED_ENV) delete env[name];

  const args = [cliPath(), "dev", "--config", config, "--host", HOST, "--port", String(port), "--no-browser", "--no-reload"];
  // detached: the CLI, tsx and the server share a new process group, so one kill stops them all.
  const child = spawn(process.execPath, args, { cwd: ROOT, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString("utf8").split("\n"));
    if (lines.length > 200) lines.splice(0, lines.length - 200);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  // Last resort if the test process dies before afterAll: never leave a server behind.
  const killOnExit = () => killGroup(child, "SIGKILL");
  process.once("exit", killOnExit);

  const server: DevServer = {
    url: `http://${HOST}:${port}`,
    port,
    outbox,
    output: () => lines.join("\n"),
    stop: async () => {
      process.removeListener("exit", killOnExit);
      await stopGroup(child);
      rmSync(work, { recursive: true, force: true });
    },
  };
  try {
    await waitUntilReady(server.url, child, options.readyTimeoutMs);
    return server;
  } catch (error) {
    await server.stop();
    throw new Error(`${(error as Error).message}\n--- server output ---\n${server.output()}`, { cause: error });
  }
}

/** langgraph.json as the project has it, with its file paths rewritten to reach the project from `dir`. */
function writeIsolatedConfig(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const config = JSON.parse(readFileSync(join(ROOT, "langgraph.json"), "utf8")) as {
    graphs: Record<string, string>;
    http?: { app?: string };
  };
  // Relative, not absolute: the server joins graph paths onto the config's folder.
  const rebase = (spec: string) => {
    const [file = "", symbol] = spec.split(":");
    return `${relative(dir, resolve(ROOT, file))}:${symbol}`;
  };
  config.graphs = Object.fromEntries(Object.entries(config.graphs).map(([id, spec]) => [id, rebase(spec)]));
  if (config.http?.app) config.http.app = rebase(config.http.app);
  const path = join(dir, "langgraph.json");
  writeFileSync(path, JSON.stringify(config, null, 2));
  return path;
}

function cliPath(): string {
  const pkgPath = join(ROOT, "node_modules/@langchain/langgraph-cli/package.json");
  const pkg = JSON.parse(readFileSync(pkgPath, "utf8")) as { bin: Record<string, string> };
  const bin = pkg.bin["langgraphjs"];
  if (!bin) throw new Error("@langchain/langgraph-cli has no langgraphjs binary");
  return join(dirname(pkgPath), bin);
}

async function freePort(): Promise<number> {
  for (;;) {
    const port = await new Promise<number>((resolvePort, reject) => {
      const probe = createServer();
      probe.once("error", reject);
      probe.listen(0, HOST, () => {
        const address = probe.address();
        probe.close(() => (typeof address === "object" && address ? resolvePort(address.port) : reject(new Error("no port"))));
      });
    });
    if (port !== RESERVED_PORT) return port;
  }
}

async function waitUntilReady(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`the dev server exited before it answered (code ${child.exitCode}, signal ${child.signalCode})`);
    }
    try {
      const response = await fetch(`${url}/ok`, { signal: AbortSignal.timeout(1_000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the dev server did not answer ${url}/ok within ${timeoutMs} ms`);
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // the group is already gone
  }
}

function groupAlive(child: ChildProcess): boolean {
  if (child.pid === undefined) return false;
  try {
    process.kill(-child.pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** SIGTERM lets the server flush and close; whatever is left after 5 s gets SIGKILL. */
async function stopGroup(child: ChildProcess): Promise<void> {
  killGroup(child, "SIGTERM");
  const deadline = Date.now() + 5_000;
  while (groupAlive(child) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (groupAlive(child)) killGroup(child, "SIGKILL");
  while (groupAlive(child) && Date.now() < deadline + 2_000) await new Promise((r) => setTimeout(r, 100));
}
