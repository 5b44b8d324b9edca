/**
 * Picks the numbered steps to quote from a KB article. Articles hold several
 * procedures ("Turn on 2FA", "Lost your phone?"), so the section whose words
 * overlap most with what the customer wrote wins; ties go to the first one,
 * which is the article's main procedure.
 */
import { foldText } from "../../../kb/knowledge-base.js";

interface Section {
  heading: string;
  steps: string[];
}

const HEADING = /^#{1,6}\s+(.*)$/;
const NUMBERED_ITEM = /^\s*\d+[.)]\s+(.*)$/;

function sectionsOf(body: string): Section[] {
  const sections: Section[] = [{ heading: "", steps: [] }];
  for (const line of body.split(/\r?\n/)) {
    const heading = HEADING.exec(line);
    if (heading) {
      sections.push({ heading: heading[1] ?? "", steps: [] });
      continue;
    }
    const item = NUMBERED_ITEM.exec(line);
    if (item?.[1]) sections.at(-1)?.steps.push(item[1]);
  }
  return sections.filter((s) => s.steps.length > 0);
}

/** Markdown emphasis and code marks read as noise in a plain-text email. */
function plain(step: string): string {
  return step
    .replace(/\*\*(.+?)\*\*/g, "$1")
    .replace(/`([^`]+)`/g, "$1")
    .trim();
}

/**
 * Up to `max` steps from the best-matching numbered list of `body`, with
 * Markdown marks removed. `matchedTerms` are the article's normalised words
 * that matched the customer's text (see KbSearchHit.matchedTerms).
 */
export function pickSteps(body: string, matchedTerms: readonly string[], max: number): string[] {
  let best: { section: Section; overlap: number } | undefined;
  for (const section of sectionsOf(body)) {
    const words = new Set(foldText([section.heading, ...section.steps].join(" ")).split(/[^\p{L}\p{N}]+/u));
    const overlap = matchedTerms.filter((term) => words.has(term)).length;
    if (!best || overlap > best.overlap) best = { section, overlap };
  }
  return (best?.section.steps ?? []).slice(0, max).map(plain);
}
