/**
 * A scripted OpenAI-compatible server (POST /v1/chat/completions) on
 * 127.0.0.1, port 0, so tests run the real @langchain/openai client over
 * real HTTP without the internet. A script decides each answer: a structured
 * answer (sent as JSON content for response_format json_schema, as a tool
 * call for tool calling), raw text, an HTTP error, or no answer at all.
 * Requests are recorded with their bodies and the order in which they
 * started and ended, so tests can assert overlap by ordering, not by time.
 * The benchmark uses it too, with a fixed latency.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";

export interface RecordedRequest {
  index: number;
  /** response_format.json_schema.name, or the forced tool's name; "" for plain chat. */
  schemaName: string;
  method: "json_schema" | "tool_calling" | "plain";
  body: ChatRequestBody;
  /** Every message's content, joined: what the prompt said. */
  prompt: string;
  /** The last message's content (a repair request, on a repair). */
  lastMessage: string;
  /** The usage reported back, when the request was answered. */
  usage?: { prompt_tokens: number; completion_tokens: number };
}

export interface ChatRequestBody {
  model?: string;
  messages?: Array<{ role: string; content?: unknown }>;
  response_format?: { type?: string; json_schema?: { name?: string; schema?: unknown } };
  tools?: Array<{ type?: string; function?: { name?: string; parameters?: unknown } }>;
  tool_choice?: { type?: string; function?: { name?: string } } | string;
}

export type FakeReply =
  /** A structured answer, delivered the way the request asked for it. */
  | { answer: unknown; delayMs?: number }
  /** Raw assistant text (e.g. broken JSON) as content, or as tool-call arguments on the tool path. */
  | { raw: string; delayMs?: number }
  | { status: number; error?: string; headers?: Record<string, string>; delayMs?: number }
  /** Never answers; the client has to give up. */
  | { hang: true }
  /** Closes the socket without a word (a connection reset under the client). */
  | { drop: true };

export type Script = (request: RecordedRequest) => FakeReply | Promise<FakeReply>;

export interface FakeOpenAI {
  /** The base URL to give the client (OPENAI_BASE_URL). */
  baseURL: string;
  requests: RecordedRequest[];
  /** `start:<index>` and `end:<index>` in the order they happened. */
  events: string[];
  close(): Promise<void>;
}

/** Roughly what a tokenizer would say: about four characters per token. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

export async function startFakeOpenAI(script: Script): Promise<FakeOpenAI> {
  const requests: RecordedRequest[] = [];
  const events: string[] = [];

  const server = createServer(async (req, res) => {
    if (req.method !== "POST" || !req.url?.endsWith("/chat/completions")) {
      send(res, 404, { error: { message: `no route ${req.method} ${req.url}` } });
      return;
    }
    const body = JSON.parse(await readBody(req)) as ChatRequestBody;
    const request = record(requests.length, body);
    requests.push(request);
    events.push(`start:${request.index}`);
    const reply = await script(request);
    if ("hang" in reply) return;
    if ("drop" in reply) {
      events.push(`drop:${request.index}`);
      req.socket.destroy();
      return;
    }
    if (reply.delayMs) await sleep(reply.delayMs);
    events.push(`end:${request.index}`);
    if ("status" in reply) {
      send(res, reply.status, { error: { message: reply.error ?? `status ${reply.status}`, type: "fake_error" } }, reply.headers);
      return;
    }
    const text = "answer" in reply ? JSON.stringify(reply.answer) : reply.raw;
    send(res, 200, completion(request, text));
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    events,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function record(index: number, body: ChatRequestBody): RecordedRequest {
  const contents = (body.messages ?? []).map((m) => (typeof m.content === "string" ? m.content : JSON.stringify(m.content ?? "")));
  const toolName = typeof body.tool_choice === "object" ? body.tool_choice.function?.name : undefined;
  const schemaName = body.response_format?.json_schema?.name ?? toolName ?? "";
  const method = body.response_format?.type === "json_schema" ? "json_schema" : toolName ? "tool_calling" : "plain";
  return { index, schemaName, method, body, prompt: contents.join("\n"), lastMessage: contents.at(-1) ?? "" };
}

function completion(request: RecordedRequest, text: string) {
  const promptText = JSON.stringify(request.body.messages ?? []) + JSON.stringify(request.body.response_format ?? request.body.tools ?? "");
  const usage = { prompt_tokens: estimateTokens(promptText), completion_tokens: estimateTokens(text) };
  request.usage = usage;
  const message =
    request.method === "tool_calling"
      ? {
          role: "assistant",
          content: null,
          tool_calls: [{ id: `call_${request.index}`, type: "function", function: { name: request.schemaName, arguments: text } }],
        }
      : { role: "assistant", content: text, refusal: null };
  return {
    id: `chatcmpl-${request.index}`,
    object: "chat.completion",
    created: Math.floor(Date.now() / 1000),
    model: request.body.model ?? "fake",
    choices: [{ index: 0, message, finish_reason: request.method === "tool_calling" ? "tool_calls" : "stop", logprobs: null }],
    usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
  };
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
