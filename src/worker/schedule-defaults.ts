/**
 * How often the workers' scheduled jobs run unless told otherwise. Apart
 * from the jobs themselves so that the `worker` command's definition, read
 * at every CLI start-up, does not load the queue and survey code for them.
 */

/** How often workers send due surveys: surveys are due a day after resolution, so minutes late is on time. */
export const DEFAULT_FOLLOWUPS_EVERY_MS = 5 * 60_000;

/** Once a day: history is kept for weeks, so the day a thread's history goes is of no consequence. */
export const DEFAULT_PRUNE_EVERY_MS = 86_400_000;
