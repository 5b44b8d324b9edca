/**
 * Every JSON Schema the agent sends, walked keyword by keyword against the
 * subset OpenAI's strict structured outputs accept. The schemas are taken
 * from the requests a real ChatOpenAI client sends to a local server on
 * every path that asks a model (one shared model, classify and analyze on
 * different models, decide with a model of its own), not from our own
 * description of them; every json_schema request must say `strict: true`.
 */
import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import * as judgements from "../../src/domain/judgement.js";
import * as wire from "../../src/agent/nodes/read/wire.js";
import { triageTicket } from "../../src/runtime/triage.js";
import { STRICT_KEYWORDS, strictJsonSchema } from "../../src/llm/strict-schema.js";
import { seedTicket, testAgent } from "../helpers/agent.js";
import { answerBySchema } from "../helpers/judgements.js";
import { fakeOpenAIModel, TEST_POLICY } from "../helpers/model-agent.js";
import { startFakeOpenAI, type FakeOpenAI, type RecordedRequest } from "../helpers/openai-server.js";

/**
 * Every problem strict mode would refuse the schema for, with where it is: a
 * keyword outside OpenAI's strict subset (numeric and length bounds included),
 * an object that allows more properties or leaves one out of `required`.
 */
function strictProblems(schema: unknown, path = "(root)"): string[] {
  if (Array.isArray(schema)) return schema.flatMap((s, i) => strictProblems(s, `${path}[${i}]`));
  if (typeof schema !== "object" || schema === null) return [];
  const node = schema as Record<string, unknown>;
  const problems = Object.keys(node)
    .filter((k) => !STRICT_KEYWORDS.has(k))
    .map((k) => `${path}: unsupported keyword '${k}'`);
  if (node.type === "object") {
    if (node.additionalProperties !== false) problems.push(`${path}: additionalProperties must be false`);
    const required = new Set((node.required as string[] | undefined) ?? []);
    for (const p of Object.keys((node.properties as object | undefined) ?? {})) if (!required.has(p)) problems.push(`${path}.${p}: not required`);
  }
  for (const [key, value] of Object.entries(node)) {
    if (key === "properties" || key === "$defs") {
      for (const [name, sub] of Object.entries(value as object)) problems.push(...strictProblems(sub, `${path}.${name}`));
    } else if (key === "items" || key === "anyOf") {
      problems.push(...strictProblems(value, `${path}.${key}`));
    }
  }
  return problems;
}

let server: FakeOpenAI | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const SEEDS = ["TICK-STD-001", "TICK-ENT-001", "TICK-TECH-001", "TICK-REPEAT-001"];

async function requestsOnEveryPath(): Promise<RecordedRequest[]> {
  server = await startFakeOpenAI(answerBySchema());
  const s = server;
  const shared = await fakeOpenAIModel(s);
  const layouts = [
    { model: shared },
    { model: shared, models: { analyze: await fakeOpenAIModel(s, "gpt-4o") } },
    { model: shared, models: { decide: await fakeOpenAIModel(s, "o4-mini") } },
  ];
  for (const [i, layout] of layouts.entries()) {
    const { agent } = testAgent(layout);
    for (const id of SEEDS) {
      // The whole risk range is ambiguous, so decide's own model is asked too.
      await triageTicket(agent, seedTicket(id), {
        threadId: `${id}-${i}`,
        context: { modelPolicy: TEST_POLICY, thresholds: { ambiguousLow: 0, ambiguousHigh: 100 } },
      });
    }
  }
  return s.requests;
}

describe("strict structured outputs", () => {
  it("sends every schema in strict mode's subset, with strict: true on every json_schema request", async () => {
    const requests = await requestsOnEveryPath();
    const names = new Set(requests.map((r) => r.schemaName));
    expect(names).toEqual(new Set(["ticket_assessment", "ticket_classification", "ticket_analysis", "escalation_decision", "customer_reply"]));
    for (const request of requests) {
      expect(request.method).toBe("json_schema");
      expect(request.body.response_format?.json_schema).toMatchObject({ strict: true });
      expect(strictProblems(request.body.response_format?.json_schema?.schema), request.schemaName).toEqual([]);
    }
  });

  it("keeps functionCalling for servers that need it, without the strict flag", async () => {
    server = await startFakeOpenAI(answerBySchema());
    const { agent } = testAgent({ model: await fakeOpenAIModel(server) });
    await triageTicket(agent, seedTicket("TICK-STD-001"), { context: { modelPolicy: { ...TEST_POLICY, structuredOutput: "functionCalling" } } });
    expect(server.requests.map((r) => r.method)).toEqual(["tool_calling"]);
    for (const request of server.requests) {
      expect(request.body.response_format).toBeUndefined();
      expect(strictProblems(request.body.tools?.[0]?.function?.parameters)).toEqual([]);
    }
  });

  it("converts every judgement schema the domain defines and the one request's wire form, and the walker catches what strict mode refuses", () => {
    const schemas = Object.entries({ ...judgements, ...wire } as Record<string, unknown>).filter(
      (e): e is [string, z.ZodObject] => e[1] instanceof z.ZodObject,
    );
    expect(schemas.length).toBeGreaterThanOrEqual(8);
    for (const [name, schema] of schemas) expect(strictProblems(strictJsonSchema(schema)), name).toEqual([]);

    // The walker is not blind: zod's own output breaks strict mode, and an optional field cannot be sent at all.
    expect(strictProblems(z.toJSONSchema(judgements.ReplyJudgement))).toEqual(
      expect.arrayContaining(["(root): unsupported keyword '$schema'", "(root).message: unsupported keyword 'minLength'"]),
    );
    expect(() => strictJsonSchema(z.object({ note: z.string().optional() }))).toThrow(/note must be required/);
  });
});
