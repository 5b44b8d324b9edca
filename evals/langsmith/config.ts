/**
 * LangSmith is optional: with LANGSMITH_API_KEY set, a run syncs its dataset
 * and is uploaded as an experiment; without it, everything stays local. The
 * client itself reads LANGSMITH_ENDPOINT (a self-hosted instance, or a test
 * server) and the key from the environment.
 */
export function langsmithEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.LANGSMITH_API_KEY?.trim());
}

export const OFFLINE_NOTICE = "LangSmith: LANGSMITH_API_KEY is not set, so this run stays offline (results are written locally only)";

/** The LangSmith dataset a local dataset is synced to. */
export function langsmithDatasetName(localName: string): string {
  return localName === "bundled" ? "support-escalation-agent-evals" : `support-escalation-agent-evals-${localName}`;
}
