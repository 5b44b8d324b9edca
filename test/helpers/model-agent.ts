/**
 * Agents that consult a real ChatOpenAI client pointed at the fake server.
 */
import { createOpenAIModel } from "../../src/llm/openai.js";
import type { ModelPolicy } from "../../src/llm/policy.js";
import type { FakeOpenAI } from "./openai-server.js";

/** Must never appear in any output, error or state. */
export const TEST_API_KEY = "sk-test-NEVER-PRINT-ME-0123456789";

export async function fakeOpenAIModel(server: FakeOpenAI, name = "gpt-4o-mini") {
  return createOpenAIModel(`openai:${name}`, { openaiBaseUrl: server.baseURL, openaiApiKey: TEST_API_KEY });
}

/** Short waits so fault tests stay fast; the production defaults are in src/llm/policy.ts. */
export const TEST_POLICY: Partial<ModelPolicy> = { retryBaseMs: 5, maxRetryDelayMs: 2_000, timeoutMs: 5_000 };
