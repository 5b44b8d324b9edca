/** Where the committed model files live: src/rules/concepts → package root (dist/rules/concepts is as deep). */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const MODEL_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "models");
