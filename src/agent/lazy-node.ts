/**
 * A node whose module loads on its first run. The graph's shape (its nodes,
 * edges and state channels) is all that reading a thread needs — `threads`,
 * `threads delete`, a thread's state for the console — and the nodes' modules
 * are most of the agent's start-up: the rules engine compiles its signal
 * patterns and loads the concept model when first imported. Loading them on
 * first use lets a command that only reads threads skip that work; a run that
 * triages pays it once, at its first node.
 */
export function lazyNode<Args extends unknown[], Update>(load: () => Promise<(...args: Args) => Promise<Update>>): (...args: Args) => Promise<Update> {
  let loaded: Promise<(...args: Args) => Promise<Update>> | undefined;
  return async (...args) => {
    // A failed import is not kept: the next run tries again and reports its own error.
    loaded ??= load().catch((error: unknown) => {
      loaded = undefined;
      throw error;
    });
    return (await loaded)(...args);
  };
}
