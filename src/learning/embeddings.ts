/**
 * Embeddings for finding similar cases, when a provider is configured
 * (ESCALATION_EMBEDDINGS=openai:<model>). Offline, similar cases are found
 * lexically (similar-cases.ts); this is the optional semantic ranking. The
 * interface is tiny so another provider is one class.
 */
import type { OpenAIEmbeddings } from "@langchain/openai";
import { ConfigError } from "../config/errors.js";

export interface CaseEmbedder {
  /** Identifies the model, so vectors from different models are never compared. */
  readonly name: string;
  embed(texts: string[]): Promise<number[][]>;
}

export interface OpenAIEmbedderOptions {
  /** e.g. text-embedding-3-small */
  model: string;
  apiKey?: string;
  /** An OpenAI-compatible endpoint (a proxy, a local server); default api.openai.com. */
  baseURL?: string;
}

type EmbeddingsFields = ConstructorParameters<typeof OpenAIEmbeddings>[0];

export class OpenAICaseEmbedder implements CaseEmbedder {
  readonly name: string;
  private readonly fields: EmbeddingsFields;
  private client: Promise<OpenAIEmbeddings> | undefined;

  constructor(options: OpenAIEmbedderOptions) {
    this.name = `openai:${options.model}`;
    const baseURL = options.baseURL;
    this.fields = {
      model: options.model,
      ...(options.apiKey ? { apiKey: options.apiKey } : {}),
      // Two tries: a decision waits on this; lexical search is the fallback.
      maxRetries: 1,
      ...(baseURL ? { configuration: { baseURL } } : {}),
    };
  }

  embed(texts: string[]): Promise<number[][]> {
    // Loaded on first use, as src/llm/openai.ts loads ChatOpenAI: @langchain/openai brings the
    // OpenAI SDK (about 230 modules), which every process that imports the graph would
    // otherwise load (similar-cases.ts imports this file) although embeddings are optional.
    this.client ??= import("@langchain/openai").then(({ OpenAIEmbeddings }) => new OpenAIEmbeddings(this.fields));
    return this.client.then((client) => client.embedDocuments(texts));
  }
}

/** `openai:<model>` → an embedder, connected as the chat models are (OPENAI_API_KEY, OPENAI_BASE_URL); undefined or empty → none. */
export function embedderFromSpec(spec: string | undefined, connection: { openaiApiKey?: string; openaiBaseUrl?: string } = {}): CaseEmbedder | undefined {
  const value = spec?.trim();
  if (!value) return undefined;
  const match = /^openai:(.+)$/.exec(value);
  if (!match?.[1]) throw new ConfigError("ESCALATION_EMBEDDINGS must be 'openai:<model>', e.g. openai:text-embedding-3-small");
  return new OpenAICaseEmbedder({
    model: match[1],
    ...(connection.openaiApiKey ? { apiKey: connection.openaiApiKey } : {}),
    ...(connection.openaiBaseUrl ? { baseURL: connection.openaiBaseUrl } : {}),
  });
}

export function cosine(a: readonly number[], b: readonly number[]): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i] as number;
    const y = b[i] as number;
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}
