/**
 * `openai:<model>` specs: ChatOpenAI against api.openai.com, or against any
 * OpenAI-compatible server (Ollama, vLLM, LM Studio…) named by
 * OPENAI_BASE_URL. The key (OPENAI_API_KEY, from the settings) is handed to
 * the client only. The SDK is imported on first use, so the rules-only path
 * never pays for loading it.
 */
import type { ChatOpenAI } from "@langchain/openai";
import { openAIModelName } from "./model-spec.js";

/** OPENAI_API_KEY and OPENAI_BASE_URL, as the settings hold them (src/settings). */
export interface OpenAIConnection {
  openaiApiKey?: string | undefined;
  openaiBaseUrl?: string | undefined;
}

export async function createOpenAIModel(spec: string, connection: OpenAIConnection): Promise<ChatOpenAI> {
  const { ChatOpenAI } = await import("@langchain/openai");
  const baseURL = connection.openaiBaseUrl;
  const apiKey = connection.openaiApiKey;
  return new ChatOpenAI({
    model: openAIModelName(spec),
    ...(apiKey ? { apiKey } : {}),
    // Retries are ours (src/llm/retry.ts): they honour Retry-After on every
    // transient status and stay within the ticket's budget.
    maxRetries: 0,
    // One JSON answer per call: streaming it token by token would only slow it down.
    disableStreaming: true,
    ...(baseURL ? { configuration: { baseURL } } : {}),
  });
}
