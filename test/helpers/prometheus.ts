/**
 * Reading a /metrics scrape in tests: fetched over HTTP, parsed by
 * parse-prometheus-text-format, and checked by Prometheus' own parser
 * (`promtool check metrics`) when promtool is installed.
 *
 * The npm parser folds the series of a labelled histogram into one object
 * and drops their labels (its flattenMetrics keeps only unlabelled ones), so
 * histogram families are handed to it as untyped: each `_bucket`, `_sum` and
 * `_count` line then comes back as a sample with all its labels.
 */
import { spawnSync } from "node:child_process";
import parsePrometheusTextFormat from "parse-prometheus-text-format";

export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

export interface Scrape {
  text: string;
  samples: Sample[];
  /** HELP and TYPE by family name. */
  families: Map<string, { help: string; type: string }>;
}

export async function scrape(url: string, token?: string): Promise<Scrape> {
  const response = await fetch(`${url}/metrics`, token ? { headers: { authorization: `Bearer ${token}` } } : {});
  if (response.status !== 200) throw new Error(`GET ${url}/metrics: ${response.status} ${await response.text()}`);
  return parseScrape(await response.text());
}

export function parseScrape(text: string): Scrape {
  const families = new Map<string, { help: string; type: string }>();
  for (const family of parsePrometheusTextFormat(text)) families.set(family.name, { help: family.help, type: family.type });
  const untyped = text.replace(/^# TYPE (\S+) histogram$/gm, "# TYPE $1 untyped");
  const samples = parsePrometheusTextFormat(untyped).flatMap((family) =>
    family.metrics.map((m) => ({ name: family.name, labels: m.labels ?? {}, value: Number(m.value) })),
  );
  return { text, samples, families };
}

/** The sum of the samples named `name` whose labels include `match`. */
export function total(scraped: Scrape, name: string, match: Record<string, string> = {}): number {
  return scraped.samples
    .filter((s) => s.name === name && Object.entries(match).every(([key, value]) => s.labels[key] === value))
    .reduce((sum, s) => sum + s.value, 0);
}

/** Every label set of the samples named `name`. */
export function labelSets(scraped: Scrape, name: string): Array<Record<string, string>> {
  return scraped.samples.filter((s) => s.name === name).map((s) => s.labels);
}

/** promtool's path, or undefined when it is not installed (Debian: apt-get install prometheus). */
export function promtool(): string | undefined {
  const found = spawnSync("sh", ["-c", "command -v promtool"], { encoding: "utf8" });
  return found.status === 0 ? found.stdout.trim() || undefined : undefined;
}
