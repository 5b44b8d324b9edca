/**
 * One structured judgement from a chat model, resilient to what providers
 * do: a timeout per request, retries for transient faults (retry.ts), and one
 * repair request when the answer is not valid JSON or breaks the schema (the
 * problem is sent back). Never throws: a failure comes back as a value for
 * the caller to fall back on.
 *
 * The schema goes to `withStructuredOutput` as JSON Schema and the answer is
 * checked with zod here, rather than handing zod to LangChain: with a zod
 * schema, ChatOpenAI validates inside the request on the json_schema path and
 * a violation would throw away the answer, its token usage and the exact
 * validation error the repair request needs.
 */
import type { Callbacks } from "@langchain/core/callbacks/manager";
import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { AIMessage, HumanMessage, type BaseMessage } from "@langchain/core/messages";
import { z } from "zod";
import type { ModelPolicy } from "./policy.js";
import { meterModelRequests, modelFellBack } from "./model-events.js";
import { quoteText } from "./quote.js";
import { redactSecrets } from "./redact.js";
import { errorStatus, withRetries } from "./retry.js";
import { breakerFor } from "./breaker.js";
import { strictJsonSchema } from "./strict-schema.js";
import { noUsage, tokensOf, type CallUsage } from "./usage.js";

export interface StructuredCall<T> {
  model: BaseChatModel;
  schema: z.ZodType<T>;
  /** The schema's name as the provider sees it (response_format name or tool name). */
  name: string;
  messages: BaseMessage[];
  policy: ModelPolicy;
  /** The configured secret values (Settings.secrets), scrubbed from every failure message. */
  secrets: readonly string[];
  /** The run's own cancellation (LangGraph's), combined with the per-request timeout. */
  signal?: AbortSignal;
  /** So model calls show up inside the node's trace (LangSmith, Studio). */
  callbacks?: Callbacks;
  /** How errors name the model (ChosenModel.label); also keys the endpoint's circuit breaker. */
  label?: string;
}

/** `unavailable`: not asked at all, the endpoint's circuit breaker is open (breaker.ts). */
export type ModelFailureKind = "timeout" | "provider" | "malformed" | "aborted" | "unavailable";

export interface ModelFailure {
  kind: ModelFailureKind;
  /** Safe to store and show: secrets are redacted. */
  message: string;
}

export type StructuredResult<T> = { ok: true; value: T; usage: CallUsage } | { ok: false; failure: ModelFailure; usage: CallUsage };

interface RawAnswer {
  raw: BaseMessage;
  parsed: unknown;
}

/** What came back from one request: an answer to check, or text that was not even JSON. */
type Answer = { kind: "answer"; raw: BaseMessage; parsed: unknown } | { kind: "unreadable"; problem: string };

type Checked<T> = { ok: true; value: T } | { ok: false; problem: string; answerText: string };

class ModelTimeoutError extends Error {
  override readonly name = "ModelTimeoutError";
  constructor(readonly ms: number) {
    super(`no answer within ${ms} ms`);
  }
}

const MAX_ECHOED_ANSWER_CHARS = 2_000;
const MAX_ISSUES = 6;

export async function callStructured<T>(call: StructuredCall<T>): Promise<StructuredResult<T>> {
  const breaker = breakerFor(call.model, call.label ?? call.model.getName());
  const admission = breaker.admit();
  if (!admission.go) {
    return {
      ok: false,
      failure: { kind: "unavailable", message: redactSecrets(`not asked: ${admission.reason}`, call.secrets) },
      usage: { ...noUsage(), skipped: 1 },
    };
  }
  const result = await callAdmitted(call);
  // The breaker counts provider trouble only: any answer, even a malformed one, shows the endpoint is alive.
  if (result.ok || result.failure.kind === "malformed") breaker.succeeded();
  else if (result.failure.kind === "timeout" || result.failure.kind === "provider")
    breaker.failed(call.policy, `${result.failure.kind}: ${result.failure.message}`);
  else breaker.released();
  return result;
}

async function callAdmitted<T>(call: StructuredCall<T>): Promise<StructuredResult<T>> {
  const usage = noUsage();
  try {
    const runnable = call.model.withStructuredOutput<Record<string, unknown>>(jsonSchemaOf(call.schema), {
      name: call.name,
      method: call.policy.structuredOutput,
      includeRaw: true,
      // json_schema with `strict: true`: OpenAI enforces the schema while decoding. The tool path
      // leaves `strict` out, for the servers that need tool calls and may not know the flag.
      ...(call.policy.structuredOutput === "jsonSchema" ? { strict: true } : {}),
    });
    const ask = (messages: BaseMessage[]) =>
      answer(
        meterModelRequests(call.model, (m, options) => runnable.invoke(m, options)),
        messages,
        call,
        usage,
      );

    const first = check(call.schema, await ask(call.messages));
    if (first.ok) return { ok: true, value: first.value, usage };

    const repair = new HumanMessage(repairRequest(call.name, first.problem, first.answerText));
    const second = check(call.schema, await ask([...call.messages, repair]));
    if (second.ok) return { ok: true, value: second.value, usage };
    modelFellBack(call.model, "malformed");
    return {
      ok: false,
      failure: { kind: "malformed", message: redactSecrets(`unusable answer after one repair request: ${second.problem}`, call.secrets) },
      usage,
    };
  } catch (error) {
    const failure = describeFailure(error, call.signal, usage.calls, call.secrets);
    modelFellBack(call.model, failure.kind);
    return { ok: false, failure, usage };
  }
}

type Invoke = (messages: BaseMessage[], options: { signal: AbortSignal; runName: string; tags: string[]; callbacks?: Callbacks }) => Promise<RawAnswer>;

/** LangGraph's TAG_NOSTREAM. */
const NO_STREAM_TAG = "langsmith:nostream";

async function answer<T>(invoke: Invoke, messages: BaseMessage[], call: StructuredCall<T>, usage: CallUsage): Promise<Answer> {
  return withRetries(
    async () => {
      usage.calls++;
      const timeout = AbortSignal.timeout(call.policy.timeoutMs);
      const signal = call.signal ? AbortSignal.any([call.signal, timeout]) : timeout;
      try {
        const out = await invoke(messages, {
          signal,
          runName: call.name,
          // Judgements are JSON for the graph, not chat for a UI: keep them out of LangGraph's "messages" stream.
          tags: [NO_STREAM_TAG],
          ...(call.callbacks ? { callbacks: call.callbacks } : {}),
        });
        const tokens = tokensOf(out.raw);
        usage.promptTokens += tokens.promptTokens;
        usage.completionTokens += tokens.completionTokens;
        return { kind: "answer", raw: out.raw, parsed: out.parsed };
      } catch (error) {
        if (timeout.aborted && !call.signal?.aborted) throw new ModelTimeoutError(call.policy.timeoutMs);
        if (isUnreadableOutput(error)) return { kind: "unreadable", problem: (error as Error).message };
        throw error;
      }
    },
    call.policy,
    call.signal,
  );
}

/**
 * On the json_schema path the OpenAI SDK parses the JSON inside the request,
 * so text that is not JSON (or was cut off) surfaces as an error here.
 */
function isUnreadableOutput(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const kind = error.constructor.name;
  return error.name === "SyntaxError" || error.name === "OutputParserException" || kind === "LengthFinishReasonError" || kind === "OutputParserException";
}

function check<T>(schema: z.ZodType<T>, answer: Answer): Checked<T> {
  if (answer.kind === "unreadable") return { ok: false, problem: `the answer is not valid JSON (${answer.problem})`, answerText: "" };
  if (answer.parsed === null || answer.parsed === undefined) {
    return { ok: false, problem: describeUnparsed(answer.raw), answerText: answerText(answer.raw) };
  }
  const result = schema.safeParse(answer.parsed);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, problem: formatIssues(result.error), answerText: JSON.stringify(answer.parsed) };
}

function describeUnparsed(raw: BaseMessage): string {
  if (AIMessage.isInstance(raw) && (raw.invalid_tool_calls?.length ?? 0) > 0) return "the tool call's arguments are not valid JSON";
  if (AIMessage.isInstance(raw) && (raw.tool_calls?.length ?? 0) === 0 && !raw.text.trim()) return "the answer was empty";
  return "the answer is not a JSON object of the requested schema";
}

function answerText(raw: BaseMessage): string {
  const invalid = AIMessage.isInstance(raw) ? raw.invalid_tool_calls?.[0]?.args : undefined;
  return (invalid ?? raw.text).slice(0, MAX_ECHOED_ANSWER_CHARS);
}

export function formatIssues(error: z.ZodError): string {
  const issues = error.issues.slice(0, MAX_ISSUES).map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`);
  const more = error.issues.length > MAX_ISSUES ? `; and ${error.issues.length - MAX_ISSUES} more` : "";
  return `schema violations: ${issues.join("; ")}${more}`;
}

function repairRequest(name: string, problem: string, previous: string): string {
  const echo = previous ? `\nYour previous answer, for reference:\n${quoteText("previous_answer", previous)}` : "";
  return `Your previous answer could not be used: ${problem}.${echo}\nAnswer again with one complete \`${name}\` result that satisfies the schema exactly.`;
}

function describeFailure(error: unknown, runSignal: AbortSignal | undefined, requests: number, secrets: readonly string[]): ModelFailure {
  const tries = `${requests} request${requests === 1 ? "" : "s"}`;
  if (error instanceof ModelTimeoutError) return { kind: "timeout", message: `timed out: ${error.message} (${tries})` };
  if (runSignal?.aborted) return { kind: "aborted", message: "the run was cancelled" };
  const status = errorStatus(error);
  const text = error instanceof Error ? error.message : String(error);
  const what = status !== undefined && !text.startsWith(String(status)) ? `HTTP ${status}: ${text}` : text;
  return { kind: "provider", message: redactSecrets(`${what} (${tries})`, secrets) };
}

const jsonSchemas = new WeakMap<z.ZodType, Record<string, unknown>>();

/** The provider-facing JSON Schema, in the subset strict structured outputs accept (strict-schema.ts). */
function jsonSchemaOf(schema: z.ZodType): Record<string, unknown> {
  let cached = jsonSchemas.get(schema);
  if (!cached) {
    cached = strictJsonSchema(schema);
    jsonSchemas.set(schema, cached);
  }
  return cached;
}
