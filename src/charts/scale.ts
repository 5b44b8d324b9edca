/**
 * Axis arithmetic: a linear scale and "nice" tick values (1, 2 or 5 times a
 * power of ten), the kind a reader can add up at a glance.
 */

/** Maps [d0, d1] onto [r0, r1]; values outside the domain are clamped to it. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  return (value) => r0 + ((Math.min(Math.max(value, Math.min(d0, d1)), Math.max(d0, d1)) - d0) / span) * (r1 - r0);
}

/** A step of 1, 2 or 5 × 10^n that cuts [0, max] into about `count` parts. */
export function niceStep(max: number, count: number, integer: boolean): number {
  const raw = max / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  return integer ? Math.max(1, Math.round(step)) : step;
}

/** Ticks from 0 to the first multiple of the step at or above `max` (itself when `fixedMax`). */
export function ticks(max: number, options: { count?: number; integer?: boolean; fixedMax?: boolean } = {}): number[] {
  const top = max > 0 ? max : 1;
  const step = niceStep(top, options.count ?? 5, options.integer ?? false);
  const end = options.fixedMax ? top : Math.ceil(top / step - 1e-9) * step;
  const out: number[] = [];
  // Built by multiplication, not repeated addition, so 0.1-steps do not drift.
  for (let i = 0; i * step <= end + 1e-9; i += 1) out.push(Math.round(i * step * 1e6) / 1e6);
  return out;
}
