/**
 * The context page in a real browser: a ticket posted to the intake is
 * triaged and handed off; a support agent opens its page (logging in with
 * the console token), claims it, replies and resolves it — and after each
 * step the thread's state says so.
 */
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, skipWithoutChromium } from "../helpers/browser.js";
import { bearer, CONSOLE_TOKEN, startTestServer, type TestServer } from "../helpers/server.js";

const ENT = readFileSync(new URL("../../examples/tickets/TICK-ENT-001.json", import.meta.url), "utf8");

let server: TestServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];
const skip = skipWithoutChromium();

beforeAll(async () => {
  if (skip) return;
  server = await startTestServer();
  const accepted = await fetch(`${server.url}/tickets`, { method: "POST", headers: bearer(), body: ENT });
  expect(accepted.status).toBe(202);
  await server.tasks.drain();
  browser = await launchChromium();
  page = await browser.newPage();
  // A CSP violation or a script error shows up here.
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
  page.on("pageerror", (error) => problems.push(error.message));
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe.skipIf(skip)("a handed-off ticket's page in Chromium", () => {
  it("opens after a token login, with the ticket's context", async () => {
    await page.goto(`${server.url}/tickets/TICK-ENT-001?token=${CONSOLE_TOKEN}`);
    expect(new URL(page.url()).search).toBe("");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("CRITICAL: Production API outage affecting our entire platform");
    expect(await page.locator("[data-status]").textContent()).toBe("Waiting for a person");
    expect(await page.getByRole("img", { name: /Frustration per customer message/ }).isVisible()).toBe(true);
    expect(await page.locator(".evidence mark").count()).toBeGreaterThan(0);
    expect(await page.locator("ol.actions li").count()).toBeGreaterThan(0);
    expect(await page.locator(".turn.customer").first().textContent()).toContain("We are considering legal action");
    // The stylesheet applied under the CSP: the header bar is dark.
    expect(await page.evaluate("getComputedStyle(document.querySelector('header.top')).backgroundColor")).toBe("rgb(17, 24, 39)");
  });

  it("claims it", async () => {
    await page.getByLabel("Your name").fill("Alice Agent");
    await Promise.all([page.waitForURL(/notice=claim/), page.getByRole("button", { name: "Claim ticket" }).click()]);
    expect(await page.getByRole("status").textContent()).toBe("You claimed the ticket.");
    expect(await server.client.read("TICK-ENT-001")).toMatchObject({ status: "human_owned", owner: "Alice Agent" });
    expect(await page.locator("[data-status]").textContent()).toBe("Owned by a person");
  });

  it("replies to the customer", async () => {
    await page.getByLabel("Reply to the customer").fill("We have found the cause and are rolling back. <Next update in 15 min>");
    await Promise.all([page.waitForURL(/notice=reply/), page.getByRole("button", { name: "Send reply" }).click()]);
    const thread = await server.client.read("TICK-ENT-001");
    expect(thread?.conversation.at(-1)).toMatchObject({
      role: "human",
      author: "Alice Agent",
      content: "We have found the cause and are rolling back. <Next update in 15 min>",
    });
    expect(await page.locator(".turn.human").last().textContent()).toContain("<Next update in 15 min>");
  });

  it("resolves it with a verdict", async () => {
    await page.getByRole("radio", { name: "No" }).last().check();
    await page.getByLabel("Customer satisfaction").selectOption("4");
    await page.getByLabel("Notes").fill("Rolled back the auth deploy");
    await Promise.all([page.waitForURL(/notice=resolve/), page.getByRole("button", { name: "Resolve ticket" }).click()]);
    const thread = await server.client.read("TICK-ENT-001");
    expect(thread?.status).toBe("resolved");
    expect(thread?.conversation.at(-1)?.content).toBe("Alice Agent: resolved; escalation not appropriate — Rolled back the auth deploy");
    expect(await page.locator("[data-status]").textContent()).toBe("Resolved");
    expect(await page.getByRole("button", { name: "Claim ticket" }).count()).toBe(0);
  });

  it("showed no script or CSP errors on the way", () => {
    expect(problems).toEqual([]);
  });
});
