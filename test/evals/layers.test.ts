/**
 * The engine up to one of its layers (evals/sources/layers.ts): which models
 * each layer silences, that the committed ones come back, and that a layer
 * the protocol does not know is refused with the flag's name.
 */
import { afterEach, describe, expect, it } from "vitest";
import { modelsAtLayer, parseEngineLayer, useEngineLayer } from "../../evals/sources/layers.js";
import { conceptModel, useConceptModel } from "../../src/rules/concepts/model.js";
import { ticketReaderModel, useTicketReaderModel } from "../../src/rules/ticket-reader/model.js";

afterEach(() => {
  useConceptModel(null);
  useTicketReaderModel(null);
});

describe("modelsAtLayer", () => {
  it("silences the concept model and the reader for the rules alone", () => {
    const { concepts, reader } = modelsAtLayer("rules");
    expect(Object.values(concepts?.metadata.thresholds ?? {}).every((t) => t > 1)).toBe(true);
    expect(Object.keys(concepts?.metadata.thresholds ?? {})).toEqual(Object.keys(conceptModel().metadata.thresholds));
    expect(reader?.metadata.thresholds).toMatchObject({ asking: Infinity, reporting: Infinity, confirm: 0, routine: 0 });
  });

  it("keeps the committed concept model and silences only the reader at the concepts layer", () => {
    const { concepts, reader } = modelsAtLayer("concepts");
    expect(concepts).toBeNull();
    expect(reader?.metadata.thresholds.asking).toBe(Infinity);
  });

  it("keeps everything committed for the whole engine", () => {
    expect(modelsAtLayer("all")).toEqual({ concepts: null, reader: null });
  });
});

describe("useEngineLayer", () => {
  it("puts the layer's models in place and the committed ones back", () => {
    const committedThresholds = conceptModel().metadata.thresholds;
    const committedReader = ticketReaderModel().metadata.thresholds;
    const restore = useEngineLayer("rules");
    expect(Object.values(conceptModel().metadata.thresholds).every((t) => t > 1)).toBe(true);
    expect(ticketReaderModel().metadata.thresholds.asking).toBe(Infinity);
    restore();
    expect(conceptModel().metadata.thresholds).toEqual(committedThresholds);
    expect(ticketReaderModel().metadata.thresholds).toEqual(committedReader);
  });
});

describe("parseEngineLayer", () => {
  it("accepts the three layers and names the flag for anything else", () => {
    expect(parseEngineLayer("rules")).toBe("rules");
    expect(parseEngineLayer("concepts")).toBe("concepts");
    expect(parseEngineLayer("all")).toBe("all");
    expect(() => parseEngineLayer("reader")).toThrow(/--layer: one of rules, concepts, all, not "reader"/);
  });
});
