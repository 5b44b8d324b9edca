/** `--model` / ESCALATION_MODEL: what is accepted, and what stops the command with a usage error. */
import { describe, expect, it } from "vitest";
import { resolveModel } from "../../src/cli/model-option.js";
import { loadSettings } from "../../src/settings/index.js";

const resolve = (flag: string | undefined, env: Record<string, string>) => resolveModel(flag, loadSettings(env).model);

describe("resolveModel", () => {
  it("defaults to the offline rules and accepts openai:<model> with a key", () => {
    expect(resolve(undefined, {})).toBe("rules");
    expect(resolve(undefined, { ESCALATION_MODEL: "openai:llama3.1", OPENAI_API_KEY: "ollama" })).toBe("openai:llama3.1");
    expect(resolve(" openai:gpt-4o-mini ", { OPENAI_API_KEY: "k" })).toBe("openai:gpt-4o-mini");
  });

  it("names the option and the fix when the model or its environment is wrong", () => {
    expect(() => resolve("gpt-4o", {})).toThrow(/--model: unsupported model 'gpt-4o'; use 'rules' .* or 'openai:<model>'/);
    expect(() => resolve(undefined, { ESCALATION_MODEL: "openai:" })).toThrow(/ESCALATION_MODEL: unsupported model/);
    expect(() => resolve("openai:gpt-4o-mini", {})).toThrow(/needs OPENAI_API_KEY/);
    // The model's timeout and method are checked with the rest of the settings, before any command runs.
    expect(() => resolve("openai:gpt-4o-mini", { OPENAI_API_KEY: "k", ESCALATION_MODEL_TIMEOUT_MS: "soon" })).toThrow(
      /ESCALATION_MODEL_TIMEOUT_MS: must be a positive whole number/,
    );
    expect(() => resolve("openai:gpt-4o-mini", { OPENAI_API_KEY: "k", ESCALATION_MODEL_METHOD: "xml" })).toThrow(/ESCALATION_MODEL_METHOD/);
  });
});
