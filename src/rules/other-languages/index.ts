/**
 * The reading tables of the languages the pattern families do not cover,
 * by ISO 639-1 code: the most common ones among our customers. A language
 * without a table keeps the engine's plain rule (a person reads anything
 * but a short question or thanks).
 */
import { da } from "./da.js";
import { it } from "./it.js";
import { ja } from "./ja.js";
import { ko } from "./ko.js";
import { nl } from "./nl.js";
import { pl } from "./pl.js";
import { pt } from "./pt.js";
import { sv } from "./sv.js";
import type { LanguageTable } from "./table.js";
import { tr } from "./tr.js";
import { zh } from "./zh.js";

export const TABLES: Readonly<Record<string, LanguageTable>> = { it, pt, nl, pl, sv, da, tr, ja, zh, ko };

export function tableFor(language: string): LanguageTable | undefined {
  return Object.hasOwn(TABLES, language) ? TABLES[language] : undefined;
}
