/** The feature_request category's cues per language (weights: see ../taxonomy.ts). */
import type { TaxonomyCategory } from "../schema.js";
import { ROADMAP_QUESTIONS } from "./roadmap-questions.js";
import { weighted } from "./weighted.js";

export const FEATURE_REQUEST: TaxonomyCategory = {
  id: "feature_request",
  cues: {
    en: weighted({
      3: [
        "feature request*",
        "would be nice",
        "would be great",
        "would love to see",
        "would love it if",
        "we'd love to see",
        "would be helpful",
        "please add",
        "could you add",
        "can you add",
        "add support for",
        "suggestion*",
        "enhancement*",
        "request a feature",
        "new feature*",
        "is there any plan*",
        "missing feature*",
        "please support",
        "please allow",
        "feature idea",
        // Asking whether something is coming says it is not there yet.
        ...ROADMAP_QUESTIONS,
        "make it possible",
      ],
      // "would love" alone also accepts an invitation ("we would love to join").
      2: ["suggest*", "wish*", "roadmap", "option to", "ability to", "improvement*", "idea", "planned", "would save", "would love", "add it"],
      // A bare "add" is as often a how-to ("how do I add a column?") as a request; it only tips a close call.
      1: ["add"],
    }),
    de: weighted({
      3: [
        "funktionswunsch",
        "feature wunsch",
        "ware schon",
        "ware toll",
        "vorschlag*",
        "verbesserungsvorschlag*",
        "neue funktion*",
        "auf der roadmap",
        "auf eurer roadmap",
        "auf ihrer roadmap",
        "ist das geplant",
        "ist so etwas geplant",
        "gibt es plane",
      ],
      2: ["ware gut", "ware es moglich", "wunsch*", "geplant", "bitte unterstutz*", "roadmap"],
      1: ["hinzufug*"],
    }),
    es: weighted({
      3: [
        "podrian anadir",
        "podrian agregar",
        "podrian incluir",
        "seria genial",
        "seria util",
        "sugerencia*",
        "sugiero",
        "nueva funcion*",
        "solicitud de funcion*",
      ],
      2: [
        "me gustaria",
        "mejora*",
        "esta previsto",
        "tienen previsto",
        "planead*",
        "hoja de ruta",
        "hay planes",
        "tienen planes",
        "estaria bien",
        "me encantaria",
      ],
      1: ["anadir", "agregar"],
    }),
    fr: weighted({
      3: ["pourriez-vous ajouter", "ce serait bien", "ce serait genial", "serait utile", "suggere*", "nouvelle fonctionnalite*", "demande de fonctionnalite*"],
      2: ["j'aimerais", "amelioration*", "est-il prevu", "est-ce prevu", "prevoyez", "feuille de route", "ce serait top", "j'adorerais"],
      1: ["ajouter", "ajout"],
    }),
  },
};
