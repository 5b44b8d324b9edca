/**
 * Vitest global setup: finds PostgreSQL, Redis and Chromium before any test
 * file loads and hands them to the tests through TEST_DATABASE_URL,
 * TEST_REDIS_URL and CHROMIUM_PATH (the workers inherit this environment), so
 * `npm test` on a machine with the services on their default ports runs
 * every suite without any variable set, and one with only Node runs the rest.
 * Under CI=true a missing one fails the run instead of skipping its suites.
 * The teardown prints one closing line naming what was skipped and why.
 */
import { closingLine, probeAll, type Found } from "./probe.js";

let found: Found[] = [];

export default async function setup(): Promise<() => void> {
  const probe = await probeAll(process.env);
  found = probe.found;
  for (const f of found) {
    if (!f.missing) process.env[f.variable] = probe.urls[f.variable];
    else if (f.variable !== "CHROMIUM_PATH") delete process.env[f.variable];
  }
  const missing = found.filter((f) => f.missing);
  if (process.env.CI === "true" && missing.length > 0) {
    throw new Error(`CI=true: nothing may be skipped, but ${missing.map((f) => `${f.what} is missing (${f.missing}; looked at ${f.where})`).join("; ")}`);
  }
  return () => console.log(`\n${closingLine(found)}`);
}
