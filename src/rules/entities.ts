/**
 * Entity extraction: the concrete facts a customer quotes (error codes, ids,
 * versions, amounts, links, durations), so routing rules and the human who
 * takes the ticket do not have to re-read the whole message.
 */
import type { Entities } from "../domain/triage.js";
import { findAmounts } from "./entity-extractors/amounts.js";
import { ClaimedSpans } from "./entity-extractors/claimed-spans.js";
import { findDurations } from "./entity-extractors/durations.js";
import { findErrorCodes } from "./entity-extractors/error-codes.js";
import { firstDistinct, resolveOverlaps, type Found } from "./entity-extractors/found.js";
import { findIds } from "./entity-extractors/ids.js";
import { findApiPaths, findLinks } from "./entity-extractors/links.js";
import { findVersions } from "./entity-extractors/versions.js";

/**
 * Most entries kept per kind. A hand-written ticket quotes a handful of ids
 * or codes; past 20 the text is a pasted log or export, whose full list
 * helps nobody and would bloat every prompt, notification and checkpoint
 * that carries the entities.
 */
export const MAX_ENTITIES_PER_KIND = 20;

export interface ExtractOptions {
  /** The sender's own address, left out of `emails` (the contract lists other people's addresses). */
  senderEmail?: string;
}

/**
 * Extracts entities in order of first appearance, deduplicated, at most
 * MAX_ENTITIES_PER_KIND per kind. Never throws: empty, emoji-only or
 * multi-megabyte text gives (possibly empty) lists.
 */
export function extractEntities(text: string, options: ExtractOptions = {}): Entities {
  const input = typeof text === "string" ? text : "";
  const claimed = new ClaimedSpans();
  // Order matters: each kind may not re-read text an earlier, more specific kind explained.
  // `listed` can hide a find from the output while it still claims its text.
  const take = (found: Found[], listed: (item: Found) => boolean = () => true): string[] => {
    const kept = resolveOverlaps(found.filter((item) => !claimed.overlaps(item)));
    claimed.claim(kept);
    return firstDistinct(kept.filter(listed), MAX_ENTITIES_PER_KIND);
  };
  const links = findLinks(input);
  const sender = options.senderEmail?.trim().toLowerCase();
  const urls = take([...links.urls, ...findApiPaths(input)]);
  const emails = take(links.emails, (email) => email.value.toLowerCase() !== sender);
  const errorCodes = take(findErrorCodes(input));
  const amounts = take(findAmounts(input));
  const ids = take(findIds(input));
  const versions = take(findVersions(input));
  const durations = take(findDurations(input));
  return { errorCodes, ids, versions, amounts, emails, urls, durations };
}
