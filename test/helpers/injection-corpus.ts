/** The prompt-injection corpus in test/fixtures/injection (see its README). */
import { readdirSync, readFileSync } from "node:fs";

export interface InjectionCase {
  id: string;
  attack: string;
  ticket: Record<string, unknown>;
  /** What the rules decide for the ticket as if its injected instructions were not there. */
  expect: { decision: string; team?: string; signals?: string[] };
}

const CORPUS_DIR = new URL("../fixtures/injection/", import.meta.url);

export function loadInjectionCorpus(): InjectionCase[] {
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .flatMap((f) => JSON.parse(readFileSync(new URL(f, CORPUS_DIR), "utf8")) as InjectionCase[]);
}
