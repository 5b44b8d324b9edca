/**
 * Model specs as the CLI, the environment and the graph's context name
 * them: `rules` (no model) or `openai:<model>`. Kept apart from the client
 * code so validating a spec never loads a provider SDK.
 */
export const OPENAI_PREFIX = "openai:";

/** `rules`, or `openai:` followed by a model name. */
export function isModelSpec(spec: string): boolean {
  return spec === "rules" || (spec.startsWith(OPENAI_PREFIX) && openAIModelName(spec).length > 0);
}

export function openAIModelName(spec: string): string {
  return spec.slice(OPENAI_PREFIX.length).trim();
}
