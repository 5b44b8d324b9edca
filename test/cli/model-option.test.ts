/** `--model` / ESCALATION_MODEL: what is accepted, and what stops the command with a usage error. */
import { describe, expect, it } from "vitest";
import { resolveModel } from "../../src/cli/model-option.js";

describe("resolveModel", () => {
  it("defaults to the offline rules and accepts openai:<model> with a key", () => {
    expect(resolveModel(undefined, {})).toBe("rules");
    expect(resolveModel(undefined, { ESCALATION_MODEL: "openai:llama3.1", OPENAI_API_KEY: "ollama" })).toBe("openai:llama3.1");
    expect(resolveModel(" openai:gpt-4o-mini ", { OPENAI_API_KEY: "k" })).toBe("openai:gpt-4o-mini");
  });

  it("names the option and the fix when the model or its environment is wrong", () => {
    expect(() => resolveModel("gpt-4o", {})).toThrow(/--model: unsupported model 'gpt-4o'; use 'rules' .* or 'openai:<model>'/);
    expect(() => resolveModel(undefined, { ESCALATION_MODEL: "openai:" })).toThrow(/ESCALATION_MODEL: unsupported model/);
    expect(() => resolveModel("openai:gpt-4o-mini", {})).toThrow(/needs OPENAI_API_KEY/);
    expect(() => resolveModel("openai:gpt-4o-mini", { OPENAI_API_KEY: "k", ESCALATION_MODEL_TIMEOUT_MS: "soon" })).toThrow(
      /ESCALATION_MODEL_TIMEOUT_MS: must be a positive whole number/,
    );
    expect(() => resolveModel("openai:gpt-4o-mini", { OPENAI_API_KEY: "k", ESCALATION_MODEL_METHOD: "xml" })).toThrow(/ESCALATION_MODEL_METHOD/);
  });
});
