/**
 * "It broke when something changed, and not on our side": a failure dated
 * from an update, a release, a migration or the clocks changing ("since your
 * update on Tuesday", « depuis la mise à jour », "desde la actualización"),
 * or a customer who says they changed nothing ("Wir haben nichts geändert",
 * "nothing changed on our end"). A support lead reads that as a regression
 * in the product: there is no setting the bot can point to, and only the
 * team that owns the area can find what the change did. It is evidence for
 * a specialist, like an error code; decision.ts weighs it only for a
 * reported problem in an area where defects live, so "since the update,
 * where is the export button?" stays a how-to.
 *
 * English, German, Spanish and French, like the rest of the rules engine.
 */
import type { Evidence } from "../domain/triage.js";
import { unwrapLines } from "./signals/wrapped-lines.js";

/** The `signal` of the evidence entries this module writes. */
export const REGRESSION_SIGNAL = "regression";

/** Words for a change on the vendor's side, or in the calendar, that a failure is dated from. */
const CHANGE_EN = String.raw`(?:update|release|upgrade|deploy(?:ment)?|migration|new version|version change|rollout|roll-out|patch|maintenance)`;
const CHANGE_DE = String.raw`(?:update|release|upgrade|aktualisierung|umstellung|migration|wartung|neuen version|zeitumstellung)`;
const CHANGE_ES = String.raw`(?:actualizaci[óo]n|versi[óo]n|migraci[óo]n|despliegue|mantenimiento|update|cambio de hora)`;
const CHANGE_FR = String.raw`(?:mise [àa] jour|version|migration|maintenance|d[ée]ploiement|update|changement d'heure)`;

/** Up to three words between the article and the change ("your connector update", "dem gestrigen Update"). */
const FEW = String.raw`(?:[\p{L}\p{N}'’-]+\s+){0,3}`;

const PATTERNS: readonly RegExp[] = [
  // English: "since your update", "after last week's release", "since the clocks changed", "we haven't changed anything".
  new RegExp(
    String.raw`\b(?:since|after|following|ever since)\s+(?:your|the|its|our|this|that|last|yesterday|today|monday|tuesday|wednesday|thursday|friday)\b[\s\p{L}'’]{0,40}?\b${CHANGE_EN}\b`,
    "iu",
  ),
  /\bsince\s+the\s+clocks?\s+(?:changed|went\s+(?:back|forward))|\bsince\s+(?:the\s+)?(?:dst|daylight\s+saving(?:s)?)(?:\s+(?:change|switch|ended|started|began))?\b/iu,
  /\b(?:we|i)\s+(?:haven'?t|have\s+not|didn'?t|did\s+not|never)\s+(?:changed?|touched|modified|edited)\s+(?:anything|a\s+thing)\b|\bnothing\s+(?:has\s+)?changed\s+on\s+(?:our|my)\s+(?:side|end)\b|\bno\s+changes?\s+(?:were\s+made\s+)?on\s+(?:our|my)\s+(?:side|end)\b/iu,
  /\b(?:it\s+)?(?:was\s+working|worked)\s+(?:fine|perfectly|ok|okay|great|without\s+(?:any\s+)?(?:issues?|problems?))\s+(?:until|up\s+to|before)\b/iu,
  // German
  new RegExp(
    String.raw`\b(?:seit|nach)\s+(?:dem|der|eurem|eurer|ihrem|ihrer|unserem|letzten|gestrigen|dem\s+letzten|der\s+letzten)\s+${FEW}${CHANGE_DE}`,
    "iu",
  ),
  /\b(?:wir|ich)\s+(?:haben|habe|hab)\s+(?:[\p{L}]+\s+){0,4}nichts\s+(?:ge|ver)ändert|\bauf\s+unserer\s+seite\s+(?:hat\s+sich\s+)?nichts\s+(?:ge|ver)ändert/iu,
  /\bbis\s+(?:gestern|vorgestern|letzte\s+woche|letzten\s+\p{L}+)\s+(?:hat\s+(?:es|alles)\s+)?(?:lief|funktionierte|ging|funktioniert)/iu,
  // Spanish
  new RegExp(String.raw`\b(?:desde|tras|despu[ée]s\s+de)\s+(?:la|el|su|vuestra|vuestro|nuestra|la\s+[úu]ltima|el\s+[úu]ltimo)\s+${FEW}${CHANGE_ES}`, "iu"),
  /\bno\s+(?:hemos|he)\s+(?:cambiado|tocado|modificado)\s+nada\b|\bantes\s+funcionaba\s+(?:bien|perfectamente|sin\s+problemas)/iu,
  // French
  new RegExp(String.raw`\b(?:depuis|apr[èe]s)\s+(?:la|le|votre|vos|notre|la\s+derni[èe]re|le\s+dernier|votre\s+derni[èe]re)\s+${FEW}${CHANGE_FR}`, "iu"),
  /\b(?:nous\s+n'avons|je\s+n'ai|on\s+n'a)\s+rien\s+(?:chang[ée]|modifi[ée]|touch[ée])|\b(?:ça|cela|tout)\s+(?:marchait|fonctionnait)\s+(?:tr[èe]s\s+)?bien\s+jusqu/iu,
];

/** The words that date a failure from a change, or deny a change on the customer's side; null when none do. */
export function findRegression(written: string): string | null {
  // A hard-wrapped e-mail breaks "since your\nupdate" over lines; the patterns read within a line.
  const text = unwrapLines(written);
  for (const pattern of PATTERNS) {
    const match = pattern.exec(text);
    // One line for the person reading the evidence, however the e-mail was wrapped.
    if (match) return match[0].replace(/\s+/g, " ");
  }
  return null;
}

export function regressionEvidence(match: string): Evidence {
  return { signal: REGRESSION_SIGNAL, match, rule: "regression" };
}

/** The regression words among a classification's evidence, if any. */
export function regressionFromEvidence(evidence: readonly Evidence[]): string | null {
  return evidence.find((e) => e.signal === REGRESSION_SIGNAL)?.match ?? null;
}
