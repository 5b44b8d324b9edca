/**
 * Whether a later message in a table's language settles the thread ("Werkt
 * weer, bedankt!", "Falso alarme, obrigado."), and what that withdraws: what
 * can be over, as retraction.ts decides for en/de/es/fr. A legal threat,
 * churn, a data-rights request and the rest stand once said.
 */
import { compiled } from "./compile.js";
import { tableFor } from "./index.js";
import type { OtherLanguageConcept } from "./table.js";
import { prepare } from "./prepare.js";

export const OVER_ONCE_SETTLED: ReadonlySet<OtherLanguageConcept> = new Set<OtherLanguageConcept>(["outage", "fraud", "data_loss", "person", "chargeback"]);

/** True when the message, in a language with a reading table, says the matter is settled. */
export function settlesInOtherLanguage(text: string, language: string): boolean {
  const table = tableFor(language);
  if (!table?.settles?.length) return false;
  const pattern = compiled(table).settles;
  pattern.lastIndex = 0;
  const settled = pattern.test(prepare(text, table.script).text);
  pattern.lastIndex = 0;
  return settled;
}
