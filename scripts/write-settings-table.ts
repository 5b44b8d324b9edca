/**
 * `npm run docs:settings`: rewrites the README's table of environment
 * variables from src/settings/schema.ts (test/settings/readme.test.ts fails
 * until it is run after a change to the schema).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { withVariablesTable } from "../src/settings/readme.js";

const README = new URL("../README.md", import.meta.url);
writeFileSync(README, withVariablesTable(readFileSync(README, "utf8")));
