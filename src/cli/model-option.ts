/**
 * The `--model` / `ESCALATION_MODEL` option: `rules` (the offline engine,
 * the default) or `openai:<model>` (ChatOpenAI; OPENAI_BASE_URL points it at
 * any OpenAI-compatible server). What a model run needs beyond the settings'
 * own checks (src/settings) is checked here, so a misconfiguration stops the
 * command with exit code 2 instead of turning every ticket into a fallback.
 */
import { isModelSpec } from "../llm/model-spec.js";
import type { ModelSettings } from "../settings/index.js";
import { UsageError } from "./errors.js";

export function resolveModel(flag: string | undefined, settings: Pick<ModelSettings, "spec" | "openaiApiKey">): string {
  const spec = (flag ?? settings.spec ?? "rules").trim();
  const source = flag !== undefined ? "--model" : "ESCALATION_MODEL";
  if (!isModelSpec(spec)) {
    throw new UsageError(`${source}: unsupported model '${spec}'; use 'rules' (offline) or 'openai:<model>', e.g. openai:gpt-4o-mini`);
  }
  if (spec === "rules") return spec;
  if (!settings.openaiApiKey) {
    throw new UsageError(`${source}: ${spec} needs OPENAI_API_KEY (for Ollama, vLLM or LM Studio at OPENAI_BASE_URL any non-empty value works)`);
  }
  return spec;
}
