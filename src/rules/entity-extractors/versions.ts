/**
 * Product, platform, API and SDK versions: "v2.3.1", "2.3.1", "API v3",
 * "iOS 17", "version 4.2".
 */
import { group, scan, whole, type Found } from "./found.js";

const W = String.raw`\p{L}\p{N}_`;

/** Up to four numeric parts (major.minor.patch.build); a fifth part means it is something else (an OID, a log line). */
const DOTTED = String.raw`\d{1,4}(?:\.\d{1,6}){0,3}`;
const END = String.raw`(?![${W}]|\.\d)`;

/**
 * Platforms and interfaces customers name with a version. Words that are
 * also everyday English ("Go", "Edge", "Win", "Node" alone) are left out:
 * "go 2 steps back" is not a version.
 */
const NAMED = String.raw`(?:API|SDK|iOS|iPadOS|watchOS|Android|macOS|OS X|Windows|Chrome|Firefox|Safari|Node\.js|NodeJS|Python|Java|PHP|Ruby|Ubuntu|Debian|Xcode|Kotlin|Excel|Outlook|TLS|OAuth|PostgreSQL|MySQL)`;
const NAMED_VERSION = new RegExp(String.raw`(?<![${W}])${NAMED}\s?v?${DOTTED}${END}`, "giu");

/** "v2", "v2.3.1", "V3.0-beta.2". */
const V_VERSION = new RegExp(String.raw`(?<![${W}.\/-])v${DOTTED}(?:-[0-9A-Za-z.]{1,20})?${END}`, "giu");

/** Bare three- or four-part numbers: "2.3.1", "10.0.19045". */
const BARE_VERSION = new RegExp(String.raw`(?<![${W}.])\d{1,4}\.\d{1,6}\.\d{1,6}(?:\.\d{1,6})?(?:-[0-9A-Za-z.]{1,20})?${END}`, "gu");

/** "version 4.2", "Version 3", "versión 2.1". */
const LABELLED_VERSION = new RegExp(String.raw`(?<![\p{L}])versi[oó]n\s?:?\s?(${DOTTED})${END}`, "giud");

/** "12.03.2024": a German/French/Spanish date, not a version. */
const DATE = /^(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.\d{4}$/;
/** "1.200.000": thousands grouped with dots, as de/es/fr write large numbers. */
const GROUPED_THOUSANDS = /^\d{1,3}(?:\.\d{3})+$/;
/** Four parts of 0–255 ("192.168.1.10") is an IPv4 address; real four-part versions have larger builds (10.0.19045.3693). */
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$/;

/** "v2.3.1" and "2.3.1" are the same version. */
function versionKey(value: string): string {
  return value.toLowerCase().replace(/^v/, "");
}

function keyed(found: Found | null): Found | null {
  return found && { ...found, key: versionKey(found.value) };
}

function isVersionShaped(value: string): boolean {
  return !DATE.test(value) && !GROUPED_THOUSANDS.test(value) && !IPV4.test(value);
}

export function findVersions(text: string): Found[] {
  return [
    ...scan(text, NAMED_VERSION, whole),
    ...scan(text, V_VERSION, (match) => keyed(whole(match))),
    ...scan(text, BARE_VERSION, (match) => (isVersionShaped(match[0]) ? keyed(whole(match)) : null)),
    ...scan(text, LABELLED_VERSION, (match) => keyed(group(match, 1))),
  ];
}
