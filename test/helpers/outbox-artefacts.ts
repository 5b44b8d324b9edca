/**
 * The file outbox as a reader sees it: every `.eml` parsed (headers,
 * decoded text and HTML parts, attachments) and every `.json` parsed, so
 * tests assert on what a mail client, Slack or Zendesk would get — not on
 * quoted-printable or base64 that hides a string from a plain grep.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";

export interface OutboxArtefact {
  file: string;
  raw: string;
  /** For mail: the header block exactly as written (up to the first blank line). */
  rawHeaders?: string;
  mail?: ParsedMail;
  json?: unknown;
  /** Everything a reader could see: raw file, decoded parts and attachments, every JSON string. */
  visible: string;
}

export async function readOutbox(dir: string, prefix = ""): Promise<OutboxArtefact[]> {
  let files: string[];
  try {
    files = readdirSync(dir)
      .filter((f) => f.startsWith(prefix))
      .sort();
  } catch {
    return [];
  }
  return Promise.all(
    files.map(async (file) => {
      const raw = readFileSync(join(dir, file), "utf8");
      if (file.endsWith(".eml")) {
        const mail = await simpleParser(raw);
        const parts = [
          raw,
          mail.subject ?? "",
          mail.text ?? "",
          typeof mail.html === "string" ? mail.html : "",
          ...[...mail.headers.values()].map((v) => JSON.stringify(v)),
          ...mail.attachments.map((a) => a.content.toString("utf8")),
        ];
        return { file, raw, rawHeaders: raw.split(/\r?\n\r?\n/)[0] ?? "", mail, visible: parts.join("\n") };
      }
      const json: unknown = JSON.parse(raw);
      return { file, raw, json, visible: [raw, ...jsonStrings(json)].join("\n") };
    }),
  );
}

/** Every string in a JSON value (decoded: what the receiving API reads). */
export function jsonStrings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(jsonStrings);
  if (value !== null && typeof value === "object") return Object.values(value).flatMap(jsonStrings);
  return [];
}
