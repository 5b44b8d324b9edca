/**
 * Debian's Chromium (apt-get install chromium; .ci/run installs it) driven
 * by playwright-core, headless, with a fresh profile per launch and nothing
 * that talks to the network on its own. The global setup
 * (test/setup/global-services.ts) sets CHROMIUM_PATH when it finds one.
 */
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Whether to skip the browser suite: no Chromium here. Under CI=true a missing Chromium fails instead. */
export function skipWithoutChromium(): boolean {
  const missing = !existsSync(CHROMIUM_PATH);
  if (missing && process.env.CI === "true") throw new Error(`CI=true: Chromium is not at ${CHROMIUM_PATH}, so the browser suite cannot run`);
  if (missing) console.warn(`Chromium not found at ${CHROMIUM_PATH}: skipping the console browser suite`);
  return missing;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}
