/**
 * URLs and email addresses, found with linkifyjs: it knows the real TLD list,
 * balances brackets and drops trailing punctuation, all of which a
 * hand-written URL regex gets wrong.
 */
import { find } from "linkifyjs";
import { MAX_HITS_PER_PATTERN, scan, whole, type Found } from "./found.js";

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

/**
 * A path on an HTTP API, as customers quote the call that misbehaves:
 * "GET /v2/records?table=tbl_91", "/api/flows/123/runs", "POST /webhooks".
 * Either the path opens with an API segment (/api, /v2) or a method names
 * it as a request; "/home/me/file.txt" or "and/or" are neither. The query
 * string is kept: it is part of the reproduction.
 */
const API_PATH = /(?<![\p{L}\p{N}_./:-])(?:(?:GET|POST|PUT|PATCH|DELETE|HEAD)\s+|\/(?:api|v\d{1,2})(?=\/[\w{]))(?:\/[\w{][\w{}:.~-]*)+\/?(?:\?[\w.~%=&+-]*)?/gu;

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

/** API paths (see API_PATH); listed with the links, which they are: relative ones, on our API. */
export function findApiPaths(text: string): Found[] {
  return scan(text, API_PATH, (match) => {
    const found = whole(match);
    const value = found.value.replace(/[.:~-]+$/u, "");
    return { ...found, value, end: found.start + value.length };
  });
}
