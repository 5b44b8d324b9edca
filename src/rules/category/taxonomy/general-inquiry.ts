/** The general_inquiry category's cues per language (weights: see ../taxonomy.ts). */
import type { TaxonomyCategory } from "../schema.js";
import { weighted } from "./weighted.js";

export const GENERAL_INQUIRY: TaxonomyCategory = {
  id: "general_inquiry",
  cues: {
    en: weighted({
      2: [
        "general question",
        "opening hours",
        "business hours",
        "partnership*",
        "journalist",
        "press inquir*",
        "press enquir*",
        // Asking for a person is about how we support, not about the product.
        "real person",
        "real human",
        "conference",
        "conferences",
      ],
      // Asking where to follow our status is a question about us, not a report that something is down.
      // Our events are about us too: "we would love to join" then accepts, it does not ask for a feature.
      3: ["status page", "statusseite", "pagina de estado", "page de statut", "webinar*", "webinaire*", "seminario* web"],
      1: ["question", "information", "contact", "demo", "sales"],
    }),
    de: weighted({ 2: ["allgemeine frage", "offnungszeiten"], 1: ["frage", "information*", "kontakt*"] }),
    es: weighted({ 2: ["horario*"], 1: ["pregunta", "consulta", "informacion"] }),
    fr: weighted({ 2: ["renseignement*", "horaires"], 1: ["question", "information*"] }),
  },
};
