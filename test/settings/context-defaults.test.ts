/**
 * A run's model policy defaults to the agent's settings, not to a fresh read
 * of the environment: ESCALATION_MODEL_TIMEOUT_MS and ESCALATION_MODEL_METHOD
 * reach a run that sets no policy, and a run's own policy wins.
 */
import { InMemoryStore, MemorySaver } from "@langchain/langgraph";
import { describe, expect, it, vi } from "vitest";
import { resolveContext } from "../../src/agent/context.js";
import { createEscalationAgent } from "../../src/agent/graph.js";
import { DEFAULT_SETTINGS, loadSettings } from "../../src/settings/index.js";

const SETTINGS = loadSettings({ ESCALATION_MODEL_TIMEOUT_MS: "1234", ESCALATION_MODEL_METHOD: "functionCalling" });

describe("resolveContext", () => {
  it("fills a run without a policy from the settings", () => {
    expect(resolveContext(undefined, SETTINGS.model).modelPolicy).toMatchObject({ timeoutMs: 1234, structuredOutput: "functionCalling", retries: 2 });
    expect(resolveContext({ model: "rules" }, SETTINGS.model).modelPolicy.timeoutMs).toBe(1234);
  });

  it("lets a run's own policy win", () => {
    expect(resolveContext({ modelPolicy: { timeoutMs: 99 } }, SETTINGS.model).modelPolicy).toMatchObject({
      timeoutMs: 99,
      structuredOutput: "functionCalling",
    });
  });

  it("gives the built-in defaults without settings, whatever the environment says", () => {
    vi.stubEnv("ESCALATION_MODEL_TIMEOUT_MS", "5");
    try {
      expect(resolveContext(undefined).modelPolicy).toMatchObject({ timeoutMs: 30_000, structuredOutput: "jsonSchema" });
      expect(resolveContext({}, DEFAULT_SETTINGS.model).modelPolicy.timeoutMs).toBe(30_000);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe("createEscalationAgent", () => {
  it("carries the settings it was given, for whatever runs it", () => {
    const agent = createEscalationAgent({ checkpointer: new MemorySaver(), store: new InMemoryStore(), settings: SETTINGS });
    expect(agent.settings).toBe(SETTINGS);
  });

  it("parses the environment once when given none", () => {
    vi.stubEnv("ESCALATION_REDACT", "card");
    try {
      const agent = createEscalationAgent({ checkpointer: new MemorySaver(), store: new InMemoryStore() });
      expect(agent.settings.privacy.redactKinds).toEqual(["card"]);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
