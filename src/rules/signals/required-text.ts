/**
 * What text a regular expression cannot match without: a few strings, one
 * of which occurs in every match it can make. The signal scan runs ~280
 * pattern families over every sentence and almost none of them matches; a
 * sentence that contains none of a family's required strings is skipped
 * with a few `includes` calls instead of a regex run (scan.ts).
 *
 * The strings are read off the pattern's syntax tree (regexpp, the parser
 * ESLint uses), once per pattern. The reading is conservative: wherever it
 * cannot be sure (an optional part, `\s`, `.`, a wide character class, a
 * flag that changes what a letter matches) it says "no requirement", and
 * the pattern simply runs as before. So the skip never changes a result.
 */
import { RegExpParser, type AST } from "@eslint-community/regexpp";

/** Strings, one of which every non-empty match contains; null when none could be read off. */
export type RequiredText = readonly string[] | null;

/** Beyond this many alternatives a set costs more `includes` calls than the regex it would spare. */
const MOST_STRINGS = 48;
/** A character class of more characters than this is as good as `\w`. */
const MOST_CLASS_CHARS = 6;
/** Repetitions spelled out when a bounded quantifier's content is exact (`s?`, `{1,2}`). */
const MOST_REPEATS = 3;

type Node = AST.Alternative | AST.Element | AST.Pattern;

const parser = new RegExpParser({ ecmaVersion: 2025 });
const known = new WeakMap<RegExp, RequiredText>();

/** The required strings of `pattern` (computed once per RegExp object). */
export function requiredTextOf(pattern: RegExp): RequiredText {
  let required = known.get(pattern);
  if (required === undefined) {
    required = readRequiredText(pattern);
    known.set(pattern, required);
  }
  return required;
}

/** False only when `text` holds none of the required strings, so the pattern cannot match in it. */
export function mayMatch(required: RequiredText, text: string): boolean {
  if (required === null) return true;
  for (const piece of required) if (text.includes(piece)) return true;
  return false;
}

function readRequiredText(pattern: RegExp): RequiredText {
  // Case-insensitive or unicode-set patterns match letters the syntax does not spell: no claim.
  if (pattern.flags.includes("i") || pattern.flags.includes("v")) return null;
  const literal = parser.parseLiteral(String(pattern));
  return usable(requiredOf(literal.pattern));
}

/** A requirement is only worth its checks when it names no empty string (which every text holds). */
function usable(strings: readonly string[] | null): RequiredText {
  if (strings === null || strings.length === 0 || strings.length > MOST_STRINGS) return null;
  return strings.some((s) => s.length === 0) ? null : [...new Set(strings)];
}

/**
 * Both readings of a node, kept: each level of the tree asks for its
 * children's, and asked afresh a deep pattern took a quarter of a second
 * to read.
 */
const exactKept = new WeakMap<Node, string[] | null>();
const requiredKept = new WeakMap<Node, string[] | null>();

function kept(cache: WeakMap<Node, string[] | null>, node: Node, read: (node: Node) => string[] | null): string[] | null {
  let value = cache.get(node);
  if (value === undefined) {
    value = read(node);
    cache.set(node, value);
  }
  return value;
}

/** Every string `node` can consume, when that is a short list; null otherwise. Assertions consume "". */
function exactOf(node: Node): string[] | null {
  return kept(exactKept, node, readExact);
}

/** Strings one of which every match of `node` contains; null when none can be named. */
function requiredOf(node: Node): string[] | null {
  return kept(requiredKept, node, readRequired);
}

function readExact(node: Node): string[] | null {
  switch (node.type) {
    case "Character":
      return [String.fromCodePoint(node.value)];
    case "Assertion":
      return [""];
    case "CharacterClass":
      return classChars(node);
    case "Pattern":
    case "Group":
    case "CapturingGroup":
      return unionOf(node.alternatives.map(exactOf));
    case "Alternative":
      return node.elements.reduce<string[] | null>((acc, element) => productOf(acc, exactOf(element)), [""]);
    case "Quantifier": {
      if (node.max > MOST_REPEATS) return null;
      const one = exactOf(node.element);
      if (one === null) return null;
      const options: (string[] | null)[] = [];
      let repeated: string[] | null = [""];
      for (let count = 0; count <= node.max; count++) {
        if (count >= node.min) options.push(repeated);
        repeated = productOf(repeated, one);
      }
      return unionOf(options);
    }
    default:
      return null;
  }
}

function readRequired(node: Node): string[] | null {
  const exact = exactOf(node);
  if (exact !== null && exact.every((s) => s.length > 0)) return exact;
  switch (node.type) {
    case "Pattern":
    case "Group":
    case "CapturingGroup":
      return unionOf(node.alternatives.map(requiredOf));
    case "Quantifier":
      return node.min >= 1 ? requiredOf(node.element) : null;
    case "Alternative":
      return bestOf(candidatesOf(node));
    default:
      return null;
  }
}

/**
 * In a sequence, any one element's requirement holds for the whole; runs of
 * exact elements joined ("data" + " " + "loss") make the longest strings.
 */
function candidatesOf(sequence: AST.Alternative): string[][] {
  const candidates: string[][] = [];
  let run: string[] | null = null;
  const closeRun = () => {
    if (run !== null && run.every((s) => s.length > 0)) candidates.push(run);
    run = null;
  };
  for (const element of sequence.elements) {
    const exact = exactOf(element);
    if (exact === null) {
      closeRun();
      const required = requiredOf(element);
      if (required !== null) candidates.push(required);
      continue;
    }
    if (exact.every((s) => s.length > 0)) candidates.push(exact);
    const joined = productOf(run ?? [""], exact);
    if (joined === null) {
      closeRun();
      run = exact;
    } else {
      run = joined;
    }
  }
  closeRun();
  return candidates;
}

/** The most selective candidate: the longest shortest string, then the fewest strings. */
function bestOf(candidates: readonly string[][]): string[] | null {
  let best: string[] | null = null;
  for (const candidate of candidates) {
    if (candidate.length > MOST_STRINGS) continue;
    if (best === null || better(candidate, best)) best = candidate;
  }
  return best;
}

function better(a: readonly string[], b: readonly string[]): boolean {
  const shortest = (set: readonly string[]) => Math.min(4, ...set.map((s) => s.length));
  if (shortest(a) !== shortest(b)) return shortest(a) > shortest(b);
  return a.length < b.length;
}

function classChars(node: AST.CharacterClass): string[] | null {
  if (node.negate) return null;
  const chars: string[] = [];
  for (const element of node.elements) {
    if (element.type === "Character") chars.push(String.fromCodePoint(element.value));
    else if (element.type === "CharacterClassRange") {
      for (let code = element.min.value; code <= element.max.value && chars.length <= MOST_CLASS_CHARS; code++) chars.push(String.fromCodePoint(code));
    } else return null;
  }
  return chars.length <= MOST_CLASS_CHARS ? chars : null;
}

function unionOf(sets: readonly (string[] | null)[]): string[] | null {
  const union: string[] = [];
  for (const set of sets) {
    if (set === null) return null;
    union.push(...set);
  }
  const distinct = [...new Set(union)];
  return distinct.length <= MOST_STRINGS ? distinct : null;
}

function productOf(left: readonly string[] | null, right: readonly string[] | null): string[] | null {
  if (left === null || right === null || left.length * right.length > MOST_STRINGS) return null;
  return [...new Set(left.flatMap((l) => right.map((r) => l + r)))];
}
