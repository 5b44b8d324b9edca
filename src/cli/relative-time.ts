/** "5 minutes ago", "in 2 hours": times as a person scanning a list reads them (Intl, no library needed). */
const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ["day", 86_400_000],
  ["hour", 3_600_000],
  ["minute", 60_000],
];

const format = new Intl.RelativeTimeFormat("en", { numeric: "auto" });

export function relativeTime(iso: string | null, now: Date): string {
  if (!iso) return "-";
  const ms = Date.parse(iso) - now.getTime();
  if (Number.isNaN(ms)) return "-";
  for (const [unit, size] of UNITS) {
    if (Math.abs(ms) >= size) return format.format(Math.round(ms / size), unit);
  }
  return "just now";
}
