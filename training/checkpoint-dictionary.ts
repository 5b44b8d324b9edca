/**
 * `npx tsx training/checkpoint-dictionary.ts`: builds the preset dictionary
 * the checkpointers deflate checkpoint JSON with (src/persistence/checkpoint/
 * compression.ts), from the state of the bundled eval sets' tickets (a few
 * from each theme and language) taken through a follow-up, a claim, a human
 * reply and a resolve. Nothing from a real customer goes in; and nothing
 * from bench/tickets.ts, which the storage benchmark measures with.
 *
 * A dictionary is frozen once data is written with it: this writes
 * models/checkpoint-dictionary-v1.txt only when it does not exist. A better
 * dictionary is a v2 (a new file and storage type), never a new v1.
 */
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { InMemoryStore, MemorySaver } from "@langchain/langgraph";
import { JsonPlusSerializer, type Checkpoint } from "@langchain/langgraph-checkpoint";
import { createEscalationAgent } from "../src/agent/graph.js";
import { ThreadClient } from "../src/runtime/thread-client.js";
import { InMemoryDeliveryLedger } from "../src/delivery/ledger.js";
import { OutboxChannels } from "../src/delivery/outbox.js";
import { DICTIONARY_V1 } from "../src/persistence/checkpoint/compression.js";
import { isSmall } from "../src/persistence/checkpoint/compact-sqlite-saver.js";
import { externalizeTexts, jsonText } from "../src/persistence/checkpoint/long-texts.js";
import { loadDataset } from "../evals/dataset.js";

/** Deflate looks back 32 KB at most. */
const DICTIONARY_BYTES = 32 * 1024;
/** Tickets taken from each eval set (file). */
const PER_SET = 4;
/** Distinct samples kept of each kind of stored JSON (a channel, the checkpoint row). */
const SAMPLES_PER_KIND = 3;

const checkpointer = new MemorySaver();
const agent = createEscalationAgent({
  checkpointer,
  store: new InMemoryStore(),
  channels: new OutboxChannels(mkdtempSync(join(tmpdir(), "dictionary-outbox-"))),
  ledger: new InMemoryDeliveryLedger(),
});
const client = new ThreadClient(agent);
const perSet = new Map<string, number>();
const generated = loadDataset()
  .items.filter((item) => {
    const set = item.id.replace(/-?\d+$/, "");
    perSet.set(set, (perSet.get(set) ?? 0) + 1);
    return (perSet.get(set) ?? 0) <= PER_SET;
  })
  .map((item, i) => ({ ticket: { ...item.ticket, id: `DICT-${i}` }, followUp: "Any news on this? Thanks." }));
for (const [i, { ticket, followUp }] of generated.entries()) {
  const result = await client.triage(ticket);
  if (i % 2 === 0) await client.message(ticket.id, followUp);
  if (result.status === "awaiting_human") {
    await client.act(ticket.id, { action: "claim", agent: "alice" });
    await client.act(ticket.id, { action: "reply", agent: "alice", text: "Thanks for your patience, we are on it." });
    await client.act(ticket.id, { action: "resolve", agent: "alice", resolved: true, appropriate: true, via: "cli", osUser: "alice" });
  }
}

// Samples of each kind of stored JSON, counted: the most frequent go last, where deflate finds them nearest.
const serde = new JsonPlusSerializer();
const samples = new Map<string, { count: number; texts: string[] }>();
const add = (kind: string, json: string) => {
  const entry = samples.get(kind) ?? { count: 0, texts: [] };
  entry.count++;
  if (entry.texts.length < SAMPLES_PER_KIND && !entry.texts.includes(json)) entry.texts.push(json);
  samples.set(kind, entry);
};
for (const { ticket } of generated) {
  for await (const tuple of checkpointer.list({ configurable: { thread_id: ticket.id } })) {
    const checkpoint: Checkpoint = tuple.checkpoint;
    const inline = Object.fromEntries(Object.entries(checkpoint.channel_values).filter(([, value]) => isSmall(value)));
    add("checkpoint", jsonText((await serde.dumpsTyped({ ...checkpoint, channel_values: inline }))[1]));
    for (const [channel, value] of Object.entries(checkpoint.channel_values)) {
      if (isSmall(value)) continue;
      const [type, bytes] = await serde.dumpsTyped(value);
      if (type === "json") add(channel, externalizeTexts(jsonText(bytes)).json);
    }
  }
}

const ordered = [...samples.values()].sort((a, b) => a.count - b.count).flatMap((entry) => entry.texts);
const dictionary = Buffer.from(ordered.join("\n"), "utf8");
const kept = dictionary.subarray(Math.max(0, dictionary.length - DICTIONARY_BYTES));
if (existsSync(DICTIONARY_V1)) {
  process.stderr.write(`${DICTIONARY_V1} exists and is frozen (stored data needs it); write a v2 instead\n`);
  process.exitCode = 1;
} else {
  writeFileSync(DICTIONARY_V1, kept);
  process.stdout.write(`wrote ${DICTIONARY_V1}: ${kept.length} bytes from ${samples.size} kinds of stored JSON\n`);
}
