/**
 * Which kinds are redacted: ESCALATION_REDACT, a comma-separated list of
 * kinds (`card,iban,national_id,password,api_key`), `all` (the default when
 * unset or empty) or `off` / `none`. An unknown kind is a configuration
 * error that names the variable and the kinds it accepts.
 */
import { variableError } from "../config/errors.js";
import { isRedactionKind, REDACTION_KINDS, type RedactionKind } from "../domain/redaction-kinds.js";

export const REDACT_ENV = "ESCALATION_REDACT";

/** What is redacted, and whether before storage too (src/privacy/stored.ts); parsed with the rest of the settings. */
export interface PrivacySettings {
  readonly redactKinds: readonly RedactionKind[];
  readonly redactStored: boolean;
}

const OFF = new Set(["off", "none", "false", "0"]);
const ALL = new Set(["all", "on", "true", "1"]);

export function parseRedactionKinds(spec: string | undefined): RedactionKind[] {
  const value = (spec ?? "").trim().toLowerCase();
  if (value === "" || ALL.has(value)) return [...REDACTION_KINDS];
  if (OFF.has(value)) return [];
  const kinds = new Set<RedactionKind>();
  for (const item of value
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)) {
    // The kind names are not secret, so the bad one may be quoted back.
    if (!isRedactionKind(item)) {
      throw variableError(REDACT_ENV, `has an unknown kind '${item}'; use ${REDACTION_KINDS.join(", ")}, all or off`);
    }
    kinds.add(item);
  }
  return [...kinds];
}
