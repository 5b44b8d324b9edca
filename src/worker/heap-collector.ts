/**
 * A long batch's memory, kept flat. Measured (bench/RESULTS.md, storage):
 * nothing a ticket leaves is kept — after a full collection the heap holds
 * about the same 105 MB after 150 tickets as after 1,200 — but each
 * ticket's run lives through several young-generation collections, so
 * about 0.3 MB of it per ticket is moved to the old generation, and V8
 * leaves that garbage there until the old generation reaches a limit it
 * raises as it goes: peak RSS rose from 277 MB (150 tickets) to 567 MB
 * (1,200) before the first full collection.
 *
 * So a batch loop asks for a full collection every `every` items: one
 * collection of a ~100 MB heap (tens of milliseconds) per hundred tickets
 * of tens of milliseconds each. `gc` is reached the documented way for a
 * running process (--expose-gc set through v8, the function taken from a
 * fresh context), once; where that is refused, nothing is done.
 */
import v8 from "node:v8";
import vm from "node:vm";

let collect: (() => void) | null | undefined;

function fullCollection(): (() => void) | null {
  if (collect !== undefined) return collect;
  try {
    v8.setFlagsFromString("--expose-gc");
    const gc: unknown = vm.runInNewContext("gc");
    collect = typeof gc === "function" ? (gc as () => void) : null;
  } catch {
    collect = null;
  }
  return collect;
}

/** Call tick() once per item of a batch; every `every` items the heap is collected in full. */
export function heapCollector(every = 100): { tick(): void } {
  let items = 0;
  return {
    tick() {
      if (++items % every === 0) fullCollection()?.();
    },
  };
}
