/**
 * Where a V8 CPU profile's time went, by area: each sample goes to the
 * innermost frame that is our code (src/<folder>) or a package, so framework
 * time spent on our behalf stays with the framework and our code's own time
 * with us. Module loading and idle time are kept apart from working time.
 */
export interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string }; children?: number[] }>;
  samples: number[];
  timeDeltas: number[];
}

export interface AreaTime {
  area: string;
  ms: number;
  /** Share of the working time (idle and module loading left out); undefined for those two. */
  share?: number;
}

const LOADING = /esm\/(loader|translators|module_job|utils|hooks)|cjs\/loader|\/tsx\/|source_map/;
const NOT_WORKING = new Set(["(module loading)", "(idle)"]);

function areaOf(urls: string[], leafFunction: string): string {
  if (urls.some((url) => LOADING.test(url))) return "(module loading)";
  if (["(idle)", "(program)", "(garbage collector)"].includes(leafFunction)) return leafFunction;
  for (const url of urls) {
    const ours = url.match(/\/src\/([^/]+(?:\/[^/.]+(?=\/))?)/);
    if (ours && !url.includes("node_modules")) return `ours: src/${ours[1]}`;
    const pkg = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
    if (pkg) return `package: ${pkg[1]}`;
  }
  return "node internals";
}

/** Time per area, largest first. */
export function areasOf(profile: CpuProfile): AreaTime[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const urls: string[] = [];
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) urls.push(byId.get(cur)?.callFrame.url ?? "");
    const key = areaOf(urls, byId.get(id)?.callFrame.functionName ?? "");
    totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const working = [...totals].filter(([k]) => !NOT_WORKING.has(k)).reduce((sum, [, ms]) => sum + ms, 0);
  return [...totals].sort((a, b) => b[1] - a[1]).map(([area, ms]) => (NOT_WORKING.has(area) ? { area, ms } : { area, ms, share: ms / working }));
}

/** A Markdown table of the areas; with `tickets`, also milliseconds per ticket. `limit` keeps the largest. */
export function areaTable(areas: AreaTime[], tickets?: number, limit = areas.length): string {
  const rows = areas.slice(0, limit).map(({ area, ms, share }) => {
    const shown = share === undefined ? "—" : `${(100 * share).toFixed(1)}%`;
    const perTicket = tickets ? ` | ${share === undefined ? "—" : (ms / tickets).toFixed(2)}` : "";
    return `| ${area} | ${ms.toFixed(0)} | ${shown}${perTicket} |`;
  });
  const head = `| area | ms | share of working time${tickets ? " | ms per ticket" : ""} |\n| --- | ---: | ---: |${tickets ? " ---: |" : ""}`;
  return [head, ...rows].join("\n");
}
