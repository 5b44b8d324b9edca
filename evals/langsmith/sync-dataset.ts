/**
 * Mirrors the local dataset into a LangSmith dataset: one example per item,
 * keyed by the item id in its metadata. New items are created, changed ones
 * updated, and examples whose item no longer exists deleted, so the
 * LangSmith copy never drifts from the JSONL files (the source of truth).
 */
import type { Client } from "langsmith";
import type { Example } from "langsmith/schemas";
import type { EvalItem } from "../dataset-schema.js";

export interface SyncedDataset {
  name: string;
  id: string;
  /** The dataset's examples after the sync, in the local items' order. */
  examples: Example[];
  created: number;
  updated: number;
  deleted: number;
}

type ExampleContent = { inputs: Record<string, unknown>; outputs: Record<string, unknown>; metadata: Record<string, unknown> };

/** What LangSmith shows for an item: the customer's messages as inputs, the labels as reference outputs. */
export function toExampleContent(item: EvalItem): ExampleContent {
  return {
    inputs: { item_id: item.id, ticket: item.ticket, follow_ups: item.turns.map((t) => t.message) },
    outputs: { labels: item.labels, follow_up_labels: item.turns.map((t) => t.labels ?? null) },
    metadata: { item_id: item.id, tags: item.tags },
  };
}

export async function syncDataset(client: Client, name: string, items: readonly EvalItem[]): Promise<SyncedDataset> {
  const dataset = (await client.hasDataset({ datasetName: name }))
    ? await client.readDataset({ datasetName: name })
    : await client.createDataset(name, { description: "support-escalation-agent eval set: labelled tickets (synced from evals/datasets)" });

  const existing = new Map<string, Example>();
  for await (const example of client.listExamples({ datasetId: dataset.id })) {
    const itemId = example.metadata?.item_id;
    if (typeof itemId === "string") existing.set(itemId, example);
  }

  const toCreate: EvalItem[] = [];
  let updated = 0;
  for (const item of items) {
    const content = toExampleContent(item);
    const current = existing.get(item.id);
    if (!current) toCreate.push(item);
    else if (!sameContent(current, content)) {
      await client.updateExample(current.id, { ...content, dataset_id: dataset.id });
      updated++;
    }
  }
  if (toCreate.length > 0) {
    await client.createExamples(
      toCreate.map((item) => {
        const { inputs, outputs, metadata } = toExampleContent(item);
        return { inputs, reference_outputs: outputs, metadata, dataset_id: dataset.id };
      }),
    );
  }
  const wanted = new Set(items.map((i) => i.id));
  const stale = [...existing.entries()].filter(([itemId]) => !wanted.has(itemId)).map(([, example]) => example.id);
  for (const id of stale) await client.deleteExample(id);

  const examples = new Map<string, Example>();
  for await (const example of client.listExamples({ datasetId: dataset.id })) {
    const itemId = example.metadata?.item_id;
    if (typeof itemId === "string") examples.set(itemId, example);
  }
  return {
    name,
    id: dataset.id,
    examples: items.map((i) => examples.get(i.id)).filter((e): e is Example => e !== undefined),
    created: toCreate.length,
    updated,
    deleted: stale.length,
  };
}

function sameContent(example: Example, content: ExampleContent): boolean {
  return (
    stableJson(example.inputs) === stableJson(content.inputs) &&
    stableJson(example.outputs ?? {}) === stableJson(content.outputs) &&
    stableJson(example.metadata?.tags ?? []) === stableJson(content.metadata.tags)
  );
}

/** JSON with sorted keys, so key order from the server does not count as a change. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}
