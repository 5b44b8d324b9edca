/**
 * Routes the LangGraph dev server mounts before its own (langgraph.json
 * `http.app`). One job: give Studio the graph's context schema.
 *
 * Why: @langchain/langgraph-api (1.5.x) reads a StateSchema graph's schemas
 * from the StateSchema and never looks at the context schema, so
 * GET /assistants/:id/schemas answers without `context_schema` and Studio
 * shows no configuration form (langgraphjs#2466; the upstream fix covers
 * zod-object states only). This fills the field in — only when it is
 * missing, so it becomes a no-op once the server does it itself.
 */
import { toJsonSchema } from "@langchain/core/utils/json_schema";
import { Hono } from "hono";
import { EscalationContext } from "../agent/context.js";

/** The graph id in langgraph.json; other graphs' schemas are left alone. */
export const STUDIO_GRAPH_ID = "escalation_agent";

const CONTEXT_JSON_SCHEMA = toJsonSchema(EscalationContext);

export const app = new Hono();

app.use("/assistants/:assistant_id/schemas", async (c, next) => {
  await next();
  if (c.req.method !== "GET" || c.res.status !== 200) return;
  const body: unknown = await c.res.clone().json();
  if (!isSchemasOf(body, STUDIO_GRAPH_ID) || body.context_schema) return;
  const headers = new Headers(c.res.headers);
  headers.delete("content-length");
  c.res = new Response(JSON.stringify({ ...body, config_schema: body.config_schema ?? CONTEXT_JSON_SCHEMA, context_schema: CONTEXT_JSON_SCHEMA }), {
    status: 200,
    headers,
  });
});

interface SchemasBody {
  graph_id: string;
  config_schema?: unknown;
  context_schema?: unknown;
}

function isSchemasOf(body: unknown, graphId: string): body is SchemasBody {
  return typeof body === "object" && body !== null && (body as { graph_id?: unknown }).graph_id === graphId;
}
