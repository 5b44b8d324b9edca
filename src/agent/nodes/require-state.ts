/**
 * Nodes run in a fixed order, so a missing upstream field is a wiring bug,
 * not bad input. This turns it into an error that names the node and field
 * instead of a TypeError deep inside a rule.
 */
export function requireState<S extends object, K extends keyof S>(state: S, node: string, keys: readonly K[]): { [P in K]-?: NonNullable<S[P]> } {
  for (const key of keys) {
    if (state[key] === undefined || state[key] === null) {
      throw new Error(`${node}: state.${String(key)} is missing; the graph wiring is broken`);
    }
  }
  return state as { [P in K]-?: NonNullable<S[P]> };
}
