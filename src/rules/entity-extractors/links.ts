/**
 * URLs and email addresses, found with linkifyjs: it knows the real TLD list,
 * balances brackets and drops trailing punctuation, all of which a
 * hand-written URL regex gets wrong.
 */
import { find } from "linkifyjs";
import { MAX_HITS_PER_PATTERN, type Found } from "./found.js";

/**
 * Words that may hold a link. linkify reads about 1.5 MB/s, so instead of
 * handing it a whole 1 MB ticket we hand it only the whitespace-separated
 * words that carry "@", "://" or "www." — a link never contains whitespace.
 */
const WORD = /\S+/g;
const LINK_MARKER = /@|:\/\/|www\./i;

/**
 * Longest word searched for links. Common web servers reject request lines
 * over 8 KB, so no working link is longer; a longer run without whitespace
 * is a base64 blob or minified dump, which linkify would take seconds over.
 */
const MAX_LINK_WORD = 8_192;

/** A scheme ("https:", "ftp:", "mailto:") or a "www." start. */
const EXPLICIT_LINK = /^(?:[a-z][a-z0-9+.-]*:|www\.)/i;

export interface Links {
  urls: Found[];
  emails: Found[];
}

export function findLinks(text: string): Links {
  const urls: Found[] = [];
  const emails: Found[] = [];
  for (const word of text.matchAll(WORD)) {
    if (urls.length + emails.length >= MAX_HITS_PER_PATTERN) break;
    if (word[0].length > MAX_LINK_WORD || !LINK_MARKER.test(word[0])) continue;
    for (const link of find(word[0])) {
      const found = { value: link.value, start: word.index + link.start, end: word.index + link.end };
      if (link.type === "email") {
        emails.push(found);
      } else if (link.type === "url" && link.value.toLowerCase().startsWith("mailto:")) {
        emails.push({ ...found, value: link.value.slice("mailto:".length) });
      } else if (link.type === "url" && EXPLICIT_LINK.test(link.value)) {
        // Bare "name.tld" is left out: with TLDs like .zip, .app and .dev it
        // mostly catches file and code names ("report.zip", "config.app").
        urls.push(found);
      }
    }
  }
  return { urls, emails };
}
