/**
 * The framework's floor: a LangGraph graph of the agent's shape — the same
 * nine nodes (read → classify → analyze → decide since the model pipeline
 * was named, issue #19), edges and conditional routes, the same interrupt at
 * await_human — whose nodes do nothing. Run on the same checkpointer as the
 * agent, the difference between the two is what the project adds per ticket.
 */
import { Annotation, END, interrupt, START, StateGraph, type BaseCheckpointSaver } from "@langchain/langgraph";

/** Which way a ticket goes through the graph, as the agent's decision would send it. */
export type BarePath = "immediate" | "escalated" | "kept";

const BareState = Annotation.Root({
  path: Annotation<BarePath>(),
  status: Annotation<string>(),
  steps: Annotation<number>({ reducer: (a, b) => a + b, default: () => 0 }),
});
type S = typeof BareState.State;

const step = () => ({ steps: 1 });

export function createBareGraph(checkpointer: BaseCheckpointSaver) {
  return new StateGraph(BareState)
    .addNode("read", step)
    .addNode("classify", step)
    .addNode("analyze", step)
    .addNode("decide", step)
    .addNode("respond", step)
    .addNode("hand_off", () => ({ steps: 1, status: "awaiting_human" }))
    .addNode("learn", step)
    .addNode("forward", step)
    .addNode("await_human", () => {
      interrupt({ waiting: true });
      return { steps: 1 };
    })
    .addEdge(START, "read")
    .addEdge("read", "classify")
    .addEdge("classify", "analyze")
    .addConditionalEdges("analyze", (s: S) => (s.status === "awaiting_human" ? "forward" : "decide"), ["decide", "forward"])
    .addConditionalEdges("decide", (s: S) => (s.path === "kept" ? ["respond"] : ["respond", "hand_off"]), ["respond", "hand_off"])
    .addEdge("respond", "learn")
    .addEdge("hand_off", "learn")
    .addConditionalEdges("learn", (s: S) => (s.status === "awaiting_human" ? "await_human" : END), ["await_human", END])
    .addEdge("forward", "await_human")
    .addConditionalEdges("await_human", (s: S) => (s.status === "awaiting_human" ? "await_human" : END), ["await_human", END])
    .compile({ checkpointer, name: "bare" });
}

export function barePathOf(decision: string): BarePath {
  if (decision === "immediate_escalation") return "immediate";
  return decision === "no_escalation" ? "kept" : "escalated";
}
