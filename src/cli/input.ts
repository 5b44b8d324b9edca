/**
 * Reads tickets from a file or stdin: one JSON object, a JSON array, or JSON
 * Lines. Every entry keeps where it came from (file:line), so an error can
 * point at it, and one bad entry never hides the good ones.
 */
import { readFile } from "node:fs/promises";
import { getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from "jsonc-parser";
import { parseTicket, type Ticket, type TicketIssue } from "../domain/ticket.js";

export interface TicketEntry {
  /** e.g. "tickets.jsonl:3" */
  location: string;
  ticket: Ticket;
}

export interface BadEntry {
  location: string;
  issues: TicketIssue[];
}

export interface ReadResult {
  tickets: TicketEntry[];
  bad: BadEntry[];
}

/** A file that cannot be read (missing, a directory, no permission) is one bad entry, so the other inputs are still triaged. */
export async function readTicketSource(source: string): Promise<ReadResult> {
  let read: { text: string; name: string };
  try {
    read = await readSource(source);
  } catch (error) {
    const reason = unreadable(error);
    if (reason === undefined) throw error;
    return { tickets: [], bad: [{ location: source, issues: [{ field: "", message: reason }] }] };
  }
  return parseTicketText(read.text, read.name);
}

const UNREADABLE: Record<string, string> = {
  ENOENT: "no such file",
  EISDIR: "is a directory, not a ticket file",
  EACCES: "permission denied",
  EPERM: "permission denied",
  ENOTDIR: "a part of the path is not a directory",
  ELOOP: "too many symbolic links",
  ENAMETOOLONG: "the name is too long",
};

/** Why a file could not be read, in words; undefined for an error that is not about the file. */
function unreadable(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code ? UNREADABLE[code] : undefined;
}

/** The text of a file, or of stdin for "-", with the name to report it under. */
export async function readSource(source: string): Promise<{ text: string; name: string }> {
  const name = source === "-" ? "<stdin>" : source;
  const text = source === "-" ? await readStdin() : await readFile(source, "utf8");
  return { text, name };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export function parseTicketText(text: string, name: string): ReadResult {
  return collect(parseJsonEntries(text, name));
}

/** One JSON value of the input with where it came from, or why it could not be read. */
export interface RawEntry {
  location: string;
  value?: unknown;
  syntax?: string;
  /** What `syntax` is about; "(json)" unless said. */
  field?: string;
}

/** The entries of a JSON document, a JSON array or JSON Lines, before any validation. */
export function parseJsonEntries(text: string, name: string): RawEntry[] {
  const body = text.replace(/^\uFEFF/, "");
  if (body.trim() === "") {
    return [{ location: name, field: "(input)", syntax: "is empty: expected a ticket, a JSON array or JSON Lines" }];
  }
  const whole = parseJson(body);
  if (whole.errors.length === 0 && whole.root?.type === "array" && (whole.root.children ?? []).length === 0) {
    // Nothing to triage is a mistake worth saying, not a silent success.
    return [{ location: `${name}:1`, field: "(input)", syntax: "is an empty JSON array: expected at least one ticket" }];
  }
  if (whole.errors.length === 0 && whole.root) {
    const entries =
      whole.root.type === "array"
        ? (whole.root.children ?? []).map((node) => ({ node, line: lineAt(body, node.offset) }))
        : [{ node: whole.root, line: lineAt(body, whole.root.offset) }];
    return entries.map(({ node, line }) => ({ location: `${name}:${line}`, value: getNodeValue(node) }));
  }
  // Not one JSON document: JSON Lines, where each non-blank line stands alone.
  const lines = body.split(/\r?\n/);
  if (lines.filter((l) => l.trim()).length > 1) {
    const values: RawEntry[] = [];
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      const parsed = parseJson(line);
      const location = `${name}:${i + 1}`;
      values.push(
        parsed.errors.length || !parsed.root ? { location, syntax: describe(parsed.errors[0], line) } : { location, value: getNodeValue(parsed.root) },
      );
    });
    return values;
  }
  const error = whole.errors[0];
  const where = error ? lineAt(body, error.offset) : 1;
  return [{ location: `${name}:${where}`, syntax: describe(error, body) }];
}

function collect(values: RawEntry[]): ReadResult {
  const result: ReadResult = { tickets: [], bad: [] };
  for (const { location, value, syntax, field } of values) {
    if (syntax) {
      result.bad.push({ location, issues: [{ field: field ?? "(json)", message: syntax }] });
      continue;
    }
    const parsed = parseTicket(value);
    if (parsed.ok) result.tickets.push({ location, ticket: parsed.ticket });
    else result.bad.push({ location, issues: parsed.issues });
  }
  return result;
}

function parseJson(text: string): { root: Node | undefined; errors: ParseError[] } {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  return { root, errors };
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function describe(error: ParseError | undefined, text: string): string {
  if (!error) return "is not valid JSON";
  const line = lineAt(text, error.offset);
  const column = error.offset - text.lastIndexOf("\n", error.offset - 1);
  return `invalid JSON (${printParseErrorCode(error.error)} at line ${line}, column ${column})`;
}
