/**
 * Similar resolved cases: found lexically offline, by embeddings when an
 * embedder is configured (here an OpenAI-compatible fake server), and
 * lexically again when the provider fails.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { InMemoryStore } from "@langchain/langgraph";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OpenAICaseEmbedder } from "../../src/learning/embeddings.js";
import { writeOutcome } from "../../src/learning/outcomes.js";
import { saveSettings } from "../../src/learning/settings.js";
import { similarCases, storeCaseVector } from "../../src/learning/similar-cases.js";
import { makeClassification } from "../fixtures/triage.js";
import { outcome } from "../helpers/outcomes.js";

const RESOLVED = [
  outcome({ ticketId: "SSO-1", category: "technical", tier: "enterprise", terms: ["sso", "authenticat"], decision: "specialist_escalation", verdict: {} }),
  outcome({ ticketId: "HOOK-1", category: "integration", tier: "paid", terms: ["webhook", "payload"], decision: "specialist_escalation", verdict: {} }),
  outcome({ ticketId: "BILL-1", category: "billing", tier: "paid", terms: [], verdict: { appropriate: true } }),
];
const UNRESOLVED = outcome({ ticketId: "SSO-2", category: "technical", tier: "enterprise", terms: ["sso"] });

const ssoTicket = makeClassification({ category: "technical", customerType: "enterprise", complexity: "moderate", issueType: "problem" });

async function seededStore() {
  const store = new InMemoryStore();
  for (const r of [...RESOLVED, UNRESOLVED]) await writeOutcome(store, r);
  return store;
}

describe("similar cases, lexically", () => {
  it("ranks the resolved case of the same kind first and skips unresolved ones", async () => {
    const store = await seededStore();
    const found = await similarCases(store, ssoTicket, 2, { terms: ["sso"] });
    expect(found[0]).toMatchObject({ ticketId: "SSO-1", ranking: "lexical", decision: { type: "specialist_escalation" } });
    expect(found.map((c) => c.ticketId)).not.toContain("SSO-2");
    expect(found[0]?.summary).toContain("technical ticket, enterprise customer");
  });

  it("never offers a ticket as its own example, and honours a reset", async () => {
    const store = await seededStore();
    expect((await similarCases(store, ssoTicket, 3, { excludeTicketId: "SSO-1" })).map((c) => c.ticketId)).not.toContain("SSO-1");
    await saveSettings(store, { frozenAt: null, resetAt: "2025-03-02T00:00:00.000Z" });
    expect(await similarCases(store, ssoTicket, 3)).toEqual([]);
  });
});

/**
 * A stand-in for the OpenAI embeddings endpoint: each text becomes counts
 * of a few marker words, so "sso" texts lie close together. Answers in
 * base64 floats when asked (the SDK's default), as the real API does.
 */
const MARKERS = ["sso", "webhook", "billing", "technical", "integration", "enterprise"];
let failing = false;
let requests = 0;
function startFakeOpenAI(): Promise<Server> {
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      requests++;
      if (failing || req.url !== "/v1/embeddings") {
        res.writeHead(500, { "content-type": "application/json" }).end(JSON.stringify({ error: { message: "down" } }));
        return;
      }
      const { input, encoding_format } = JSON.parse(body) as { input: string[]; encoding_format?: string };
      const data = input.map((text, index) => {
        const vector = MARKERS.map((m) => text.toLowerCase().split(m).length - 1 + 0.01);
        const embedding = encoding_format === "base64" ? Buffer.from(new Float32Array(vector).buffer).toString("base64") : vector;
        return { object: "embedding", index, embedding };
      });
      res
        .writeHead(200, { "content-type": "application/json" })
        .end(JSON.stringify({ object: "list", data, model: "fake", usage: { prompt_tokens: 1, total_tokens: 1 } }));
    });
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

describe("similar cases, by embeddings", () => {
  let server: Server;
  let embedder: OpenAICaseEmbedder;
  beforeAll(async () => {
    server = await startFakeOpenAI();
    const { port } = server.address() as AddressInfo;
    embedder = new OpenAICaseEmbedder({ model: "text-embedding-3-small", apiKey: "test-key", baseURL: `http://127.0.0.1:${port}/v1` });
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("ranks by cosine similarity of the embedded summaries", async () => {
    const store = await seededStore();
    for (const r of RESOLVED) await storeCaseVector(store, embedder, r);
    const found = await similarCases(store, ssoTicket, 3, { terms: ["sso"], embedder });
    expect(found[0]).toMatchObject({ ticketId: "SSO-1", ranking: "embedding" });
    expect(found[0]?.score).toBeGreaterThan(found[2]?.score ?? 1);
  });

  it("falls back to the lexical ranking when the provider fails", async () => {
    const store = await seededStore();
    for (const r of RESOLVED) await storeCaseVector(store, embedder, r);
    failing = true;
    try {
      const before = requests;
      const found = await similarCases(store, ssoTicket, 2, { terms: ["sso"], embedder });
      expect(requests).toBeGreaterThan(before);
      expect(found[0]).toMatchObject({ ticketId: "SSO-1", ranking: "lexical" });
    } finally {
      failing = false;
    }
  });
});
