/**
 * `npm run train` (training/train-all.ts): the options reach the concept
 * model's step, and a comparison, which writes nothing, runs nothing after it.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { trainingSteps } from "../../training/train-all.js";

describe("trainingSteps", () => {
  it("trains the concept model, its heads, then the ticket reader", () => {
    expect(trainingSteps([]).map((s) => s.script)).toEqual(["train.ts", "heads.ts", join("ticket-reader", "train.ts")]);
  });

  it("hands the options to the concept model's step, not to the last one", () => {
    const steps = trainingSteps(["--calm-register"]);
    expect(steps[0]).toEqual({ script: "train.ts", args: ["--calm-register"] });
    expect(steps.slice(1).every((s) => s.args.length === 0)).toBe(true);
  });

  it("stops after a comparison, which writes no model for the next steps to read", () => {
    expect(trainingSteps(["--compare", "--method", "words+stems"])).toEqual([{ script: "train.ts", args: ["--compare", "--method", "words+stems"] }]);
  });
});
