/**
 * One eval run, offline or as a LangSmith experiment: the same items, the
 * same runner, the same results either way. Which one is decided by
 * LANGSMITH_API_KEY alone.
 */
import { Client } from "langsmith";
import type { CaseResult } from "./case-result.js";
import type { EvalItem } from "./dataset-schema.js";
import { langsmithDatasetName, langsmithEnabled, OFFLINE_NOTICE } from "./langsmith/config.js";
import { runExperiment } from "./langsmith/experiment.js";
import { syncDataset } from "./langsmith/sync-dataset.js";
import type { LangSmithLink } from "./run-record.js";
import { createEvalAgent, runDataset, type EvalAgentOptions } from "./runner.js";

export interface RunEvalOptions {
  items: readonly EvalItem[];
  model: string;
  /** Short dataset name (see datasetName), for the LangSmith dataset. */
  datasetName: string;
  agent?: EvalAgentOptions;
  onItem?: (item: EvalItem, results: CaseResult[]) => void;
  /** One line of news for the user (stderr in the CLI). */
  log: (line: string) => void;
  env?: NodeJS.ProcessEnv;
}

export interface EvalRun {
  results: CaseResult[];
  langsmith: LangSmithLink | null;
}

export async function runEval(options: RunEvalOptions): Promise<EvalRun> {
  const env = options.env ?? process.env;
  const extras = { ...(options.agent ? { agent: options.agent } : {}), ...(options.onItem ? { onItem: options.onItem } : {}) };
  if (!langsmithEnabled(env)) {
    options.log(OFFLINE_NOTICE);
    return { results: await runDataset(options.items, { model: options.model, ...extras }), langsmith: null };
  }
  const client = new Client({
    apiKey: env.LANGSMITH_API_KEY,
    ...(env.LANGSMITH_ENDPOINT ? { apiUrl: env.LANGSMITH_ENDPOINT } : {}),
  });
  const dataset = await syncDataset(client, langsmithDatasetName(options.datasetName), options.items);
  options.log(
    `LangSmith: dataset ${dataset.name} synced (${dataset.examples.length} examples: ${dataset.created} new, ${dataset.updated} updated, ${dataset.deleted} removed)`,
  );
  const { agent, dispose } = createEvalAgent(options.agent);
  try {
    const outcome = await runExperiment({
      client,
      dataset,
      items: options.items,
      agent,
      model: options.model,
      ...(options.onItem ? { onItem: options.onItem } : {}),
    });
    if (outcome.untraced.length > 0) {
      options.log(`LangSmith: ${outcome.untraced.length} item(s) could not run in the experiment and were run locally: ${outcome.untraced.join(", ")}`);
    }
    options.log(`LangSmith: experiment ${outcome.experimentName} uploaded`);
    return { results: outcome.results, langsmith: { dataset: dataset.name, experiment: outcome.experimentName } };
  } finally {
    dispose();
  }
}
