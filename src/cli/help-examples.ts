/**
 * An example under every command's --help, kept in one table so the commands'
 * own modules stay about what they do. Keys are command paths ("human claim").
 */
import type { Command } from "commander";

const EA = "escalation-agent";

export const HELP_EXAMPLES: Record<string, string[]> = {
  "": [
    `${EA} triage examples/tickets/TICK-ENT-001.json`,
    `${EA} message --thread TICK-ENT-001 "Any update? Still down."`,
    `${EA} human claim --thread TICK-ENT-001 --agent alice`,
    `${EA} threads --status awaiting_human`,
  ],
  triage: [`${EA} triage examples/tickets/TICK-ENT-001.json`, `${EA} triage tickets.jsonl --json > results.jsonl`, `cat ticket.json | ${EA} triage -`],
  message: [`${EA} message --thread TICK-STD-001 "I followed the steps but the reset email never arrives."`],
  human: [`${EA} human claim --thread TICK-ENT-001 --agent alice`, `${EA} human resolve --thread TICK-ENT-001 --satisfaction 5`],
  "human claim": [`${EA} human claim --thread TICK-ENT-001 --agent alice`],
  "human reply": [`${EA} human reply --thread TICK-ENT-001 "We found the cause and rolled back; please try again."`],
  "human resolve": [
    `${EA} human resolve --thread TICK-ENT-001 --notes "rolled back the auth change"`,
    `${EA} human resolve --thread TICK-STD-001 --inappropriate`,
  ],
  "human release": [`${EA} human release --thread TICK-ENT-001 --notes "the bot can answer this"`],
  threads: [`${EA} threads --status awaiting_human --team engineering`, `${EA} threads --overdue`, `${EA} threads --thread TICK-ENT-001 --json`],
  "threads prune": [
    `${EA} threads prune   # finished threads older than 30d keep the last checkpoint of each turn`,
    `${EA} threads prune --finished-before 7d --keep latest`,
  ],
  "threads delete": [`${EA} threads delete --thread TICK-STD-001`, `${EA} threads delete --customer jane@example.com --json   # an erasure request`],
  chat: [`${EA} chat`, `${EA} chat --thread TICK-1733390000000-a1b2c3   # come back to a conversation (its history is shown)`],
  notifications: [`${EA} notifications retry`],
  "notifications retry": [`${EA} notifications retry`, `${EA} notifications retry --json`],
  eval: [`${EA} eval`, `${EA} eval --dataset evals/datasets --out /tmp/eval-run`],
  serve: [`CONSOLE_TOKEN=change-me ${EA} serve --port 8080`],
  enqueue: [`${EA} enqueue examples/tickets/*.json`],
  worker: [`REDIS_URL=redis://127.0.0.1:6379 ${EA} worker --db postgres://postgres@127.0.0.1:5432/escalation`],
  learning: [`${EA} learning show`, `${EA} learning show --all`],
  "learning show": [`${EA} learning show`, `${EA} learning show --all   # also the segments without verdicts`],
  "learning freeze": [`${EA} learning freeze`],
  "learning unfreeze": [`${EA} learning unfreeze`],
  "learning reset": [`${EA} learning reset`],
  "learning review": [`${EA} learning review --queue`, `${EA} learning review --thread TICK-STD-001 --warranted no --agent lead-a`],
  "learning configure": [`${EA} learning configure --money-line 500 --review-share 10%`],
  "learning proposals": [
    `${EA} learning proposals`,
    `${EA} learning proposals --apply-passing   # what the gate lets through`,
    `${EA} learning proposals --journal`,
  ],
  "learning apply": [`${EA} learning apply <proposal id>   # from learning proposals`],
  "learning rollback": [`${EA} learning rollback <proposal id>`],
  followups: [`${EA} followups run`, `${EA} followups overdue`],
  "followups run": [`${EA} followups run`, `${EA} followups run --now 2026-03-03T09:00:00Z`],
  "followups answer": [`${EA} followups answer --thread TICK-ENT-001 --satisfaction 4`],
  "followups overdue": [`${EA} followups overdue   # every few minutes (cron); the worker runs it on its follow-up schedule`],
  "followups list": [`${EA} followups list --json`],
  report: [`${EA} report`, `${EA} report --since 2026-03-01 --out /tmp/report`],
};

/** Adds "Examples:" after the help of the program and every (sub)command that has some. */
export function addHelpExamples(program: Command, path: string[] = []): void {
  const examples = HELP_EXAMPLES[path.join(" ")];
  if (examples) program.addHelpText("after", `\nExamples:\n${examples.map((e) => `  $ ${e}`).join("\n")}\n`);
  for (const sub of program.commands) addHelpExamples(sub, [...path, sub.name()]);
}
