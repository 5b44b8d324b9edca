/**
 * The offline reply wording, one module per supported language, and the
 * lookup that picks a customer's language (English for anything else).
 */
import type { SupportedLanguage } from "../../../../domain/taxonomy.js";
import { isSupportedLanguage } from "../../../../domain/taxonomy.js";
import { de } from "./de.js";
import { en } from "./en.js";
import { es } from "./es.js";
import { fr } from "./fr.js";
import type { ReplyTemplates } from "./types.js";

export { PRODUCT_NAME, type ReplyTemplates } from "./types.js";

export const TEMPLATES: Readonly<Record<SupportedLanguage, ReplyTemplates>> = { en, de, es, fr };

/** The templates for a language; anything unsupported (or a regional variant we can't map) gets English. */
export function templatesFor(language: string): { language: SupportedLanguage; templates: ReplyTemplates } {
  const base = language.trim().toLowerCase().split(/[-_]/)[0] ?? "";
  const supported: SupportedLanguage = isSupportedLanguage(base) ? base : "en";
  return { language: supported, templates: TEMPLATES[supported] };
}
