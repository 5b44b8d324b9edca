/**
 * What each concept a reading table finds does: a signal, exactly as the
 * en/de/es/fr families raise it (a request for a person or an outage is a
 * hard trigger), or a need only a person can carry out, exactly as the
 * learned reader records it.
 */
import type { EscalationSignal } from "../../domain/taxonomy.js";
import type { HumanActionKind } from "../human-action-kinds.js";
import { OTHER_LANGUAGE_CONCEPTS, type OtherLanguageConcept } from "./table.js";

export type ConceptEffect = { readonly signal: EscalationSignal } | { readonly need: HumanActionKind };

export const CONCEPT_EFFECT: Readonly<Record<OtherLanguageConcept, ConceptEffect>> = {
  person: { signal: "human_requested" },
  outage: { signal: "outage" },
  fraud: { signal: "security_incident" },
  legal: { signal: "legal_threat" },
  chargeback: { signal: "chargeback" },
  data_loss: { signal: "data_loss" },
  churn: { signal: "churn_risk" },
  repeat: { signal: "repeat_contact" },
  data_rights: { need: "data_rights" },
  accessibility: { need: "accessibility_blocker" },
  handling: { need: "handling_complaint" },
};

/**
 * Concepts that state something happened or is wanted done. Asked about
 * ("do you have a status page for outages?", "how do I cancel the plan?"),
 * they report nothing for sure: the reader calls them a doubt, and a person
 * reads the ticket as before. A request for a person, a complaint about the
 * handling and a repeat stay what they are when asked ("can I talk to
 * someone?", "why does nobody answer?").
 */
const STAYS_WHEN_ASKED: ReadonlySet<OtherLanguageConcept> = new Set<OtherLanguageConcept>(["person", "handling", "repeat"]);

export const ASKABLE_CONCEPTS: ReadonlySet<OtherLanguageConcept> = new Set(OTHER_LANGUAGE_CONCEPTS.filter((concept) => !STAYS_WHEN_ASKED.has(concept)));

/**
 * States that a condition only supposes ("if our data were lost…"). Threats
 * are conditional by nature ("if this is not fixed we will sue / dispute the
 * charge / cancel"), so legal action, chargebacks and leaving stand in an
 * "if" sentence, as in the en/de/es/fr families.
 */
export const SUPPOSABLE_CONCEPTS: ReadonlySet<OtherLanguageConcept> = new Set<OtherLanguageConcept>([
  "outage",
  "fraud",
  "data_loss",
  "data_rights",
  "accessibility",
]);
