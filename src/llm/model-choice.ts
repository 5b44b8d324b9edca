/**
 * Which chat model, if any, a node consults in a run. Model objects given to
 * createEscalationAgent win (per node, then the shared one); otherwise the
 * run's context spec decides (`rules` for none, `openai:<model>`). Spec
 * models are built once per agent and reused, so every node of a run shares
 * one client — which is what lets classify and analyze share one call.
 */
import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { OPENAI_PREFIX } from "./model-spec.js";
import { createOpenAIModel, type OpenAIConnection } from "./openai.js";

export const MODEL_NODES = ["classify", "analyze", "decide", "respond"] as const;
export type ModelNode = (typeof MODEL_NODES)[number];

/** One chat model per node; a node left out uses the shared `model`, then the context spec. */
export type NodeModels = Partial<Record<ModelNode, BaseChatModel>>;

export interface ChosenModel {
  model: BaseChatModel;
  /** How errors and reasons name the model, e.g. `openai:gpt-4o-mini` or `ChatAnthropic(claude-…)`. */
  label: string;
}

export interface ModelObjects {
  model?: BaseChatModel | undefined;
  models?: NodeModels | undefined;
  /** Where `openai:<model>` specs connect (OPENAI_API_KEY, OPENAI_BASE_URL); the SDK's own defaults when absent. */
  openai?: OpenAIConnection | undefined;
}

export class ModelChoice {
  private readonly fromSpecs = new Map<string, Promise<ChosenModel>>();

  constructor(private readonly objects: ModelObjects = {}) {}

  /** The node's model in a run whose context names `spec`; undefined when the rules decide alone. */
  async forNode(node: ModelNode, spec: string): Promise<ChosenModel | undefined> {
    const object = this.objects.models?.[node] ?? this.objects.model;
    if (object) return { model: object, label: labelOf(object) };
    if (!spec.startsWith(OPENAI_PREFIX)) return undefined;
    let chosen = this.fromSpecs.get(spec);
    if (!chosen) {
      chosen = createOpenAIModel(spec, this.objects.openai ?? {}).then((model) => ({ model, label: spec }));
      this.fromSpecs.set(spec, chosen);
    }
    return chosen;
  }

  /** Whether any node may consult a model in such a run (cheap: builds nothing). */
  anyFor(spec: string): boolean {
    return Boolean(this.objects.model) || Object.values(this.objects.models ?? {}).some(Boolean) || spec.startsWith(OPENAI_PREFIX);
  }
}

function labelOf(model: BaseChatModel): string {
  const name = (model as { model?: unknown }).model;
  return typeof name === "string" ? `${model.getName()}(${name})` : model.getName();
}
