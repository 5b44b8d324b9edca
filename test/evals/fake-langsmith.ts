/**
 * A stand-in for the LangSmith API on 127.0.0.1, just enough for dataset
 * sync and evaluate(): datasets, examples (multipart upload, list, update,
 * delete), experiment sessions, run batches and feedback. It records what
 * it was sent so tests can check what LangSmith would have stored.
 */
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

type Json = Record<string, unknown>;

export interface FakeLangSmith {
  url: string;
  datasets: Json[];
  examples: Json[];
  sessions: Json[];
  /** Every run posted or patched in a batch, by id, merged. */
  runs: Map<string, Json>;
  feedback: Json[];
  close(): Promise<void>;
}

export async function startFakeLangSmith(): Promise<FakeLangSmith> {
  const state = { datasets: [] as Json[], examples: [] as Json[], sessions: [] as Json[], runs: new Map<string, Json>(), feedback: [] as Json[] };
  const now = () => new Date().toISOString();

  async function handle(req: IncomingMessage, res: ServerResponse, body: Buffer): Promise<void> {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const path = url.pathname;
    const method = req.method ?? "GET";
    const send = (value: unknown) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(value));
    };
    const json = () => (body.length ? (JSON.parse(body.toString("utf8")) as Json) : {});
    let match: RegExpMatchArray | null;

    if (path === "/info") {
      return send({ version: "fake", batch_ingest_config: { use_multipart_endpoint: false }, instance_flags: { dataset_examples_multipart_enabled: true } });
    }
    if (path === "/datasets" && method === "GET") {
      const name = url.searchParams.get("name");
      return send(state.datasets.filter((d) => !name || d.name === name));
    }
    if (path === "/datasets" && method === "POST") {
      const dataset = { ...json(), id: randomUUID(), created_at: now(), modified_at: now(), tenant_id: "tenant" };
      state.datasets.push(dataset);
      return send(dataset);
    }
    if ((match = path.match(/^\/datasets\/([^/]+)$/))) return send(state.datasets.find((d) => d.id === match?.[1]) ?? {});
    if (path === "/examples" && method === "GET") {
      const offset = Number(url.searchParams.get("offset") ?? 0);
      const limit = Number(url.searchParams.get("limit") ?? 100);
      return send(state.examples.filter((e) => e.dataset_id === url.searchParams.get("dataset")).slice(offset, offset + limit));
    }
    if ((match = path.match(/^\/v1\/platform\/datasets\/([^/]+)\/examples$/)) && method === "POST") {
      const form = await new Request("http://127.0.0.1", { method: "POST", headers: { "content-type": String(req.headers["content-type"]) }, body }).formData();
      const created = new Map<string, Json>();
      for (const [key, value] of form.entries()) {
        const [id = "", part] = key.split(".");
        const example = created.get(id) ?? { id, dataset_id: match[1], created_at: now(), modified_at: now() };
        const parsed = JSON.parse(await (value as Blob).text()) as Json;
        if (part) example[part] = parsed;
        else Object.assign(example, parsed);
        created.set(id, example);
      }
      state.examples.push(...created.values());
      return send({ count: created.size, example_ids: [...created.keys()] });
    }
    if ((match = path.match(/^\/examples\/([^/]+)$/))) {
      const index = state.examples.findIndex((e) => e.id === match?.[1]);
      if (method === "DELETE") {
        if (index >= 0) state.examples.splice(index, 1);
        return send({});
      }
      if (method === "PATCH" && index >= 0) state.examples[index] = { ...state.examples[index], ...json(), modified_at: now() };
      return send(state.examples[index] ?? {});
    }
    if (path === "/sessions" && method === "POST") {
      const session = { ...json(), id: randomUUID(), tenant_id: "tenant" };
      state.sessions.push(session);
      return send(session);
    }
    if (path === "/sessions" && method === "GET") return send(state.sessions.length ? state.sessions : [{ id: randomUUID(), tenant_id: "tenant" }]);
    if (path === "/runs/batch" && method === "POST") {
      const batch = json() as { post?: Json[]; patch?: Json[] };
      for (const run of [...(batch.post ?? []), ...(batch.patch ?? [])]) {
        const id = String(run.id);
        state.runs.set(id, { ...(state.runs.get(id) ?? {}), ...run });
      }
      return send({});
    }
    if (path === "/feedback" && method === "POST") {
      state.feedback.push(json());
      return send({});
    }
    return send({});
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      handle(req, res, Buffer.concat(chunks)).catch((error: unknown) => {
        res.writeHead(500, { "content-type": "application/json" });
        res.end(JSON.stringify({ detail: String(error) }));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    ...state,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
