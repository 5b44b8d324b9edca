/**
 * One knowledge-base article as stored on disk: a Markdown file that opens
 * with a YAML front-matter block between `---` lines. The YAML is parsed by
 * the `yaml` library; only the delimiter split is done here, because that is
 * the whole of what a front-matter library would add for our files.
 */
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { Category } from "../domain/taxonomy.js";

export interface KbArticle {
  id: string;
  title: string;
  category: string;
  tags: string[];
  /** ISO 639-1 code. */
  language: string;
  /** The Markdown after the front matter. */
  body: string;
  /** Where the article was read from ("" for articles built in memory). */
  path: string;
  /** For a translation: the id of the English article it translates. */
  translationOf?: string;
}

const FrontMatter = z.object({
  id: z.string().trim().min(1),
  title: z.string().trim().min(1),
  category: Category,
  tags: z.array(z.coerce.string()).default([]),
  language: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z]{2}$/, "must be an ISO 639-1 code such as en"),
  translation_of: z.string().trim().min(1).optional(),
});

const FRONT_MATTER_BLOCK = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Parses one article file; throws with the file path when it is malformed, because a broken KB must fail loudly at startup. */
export function parseArticle(source: string, path: string): KbArticle {
  const block = FRONT_MATTER_BLOCK.exec(source);
  if (!block) throw new Error(`${path}: missing front matter (the file must start with a --- block)`);
  const parsed = FrontMatter.safeParse(parseYaml(block[1] ?? ""));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".") || "(front matter)"}: ${i.message}`);
    throw new Error(`${path}: invalid front matter: ${issues.join("; ")}`);
  }
  const meta = parsed.data;
  return {
    id: meta.id,
    title: meta.title,
    category: meta.category,
    tags: meta.tags,
    language: meta.language,
    body: source.slice(block[0].length).trim(),
    path,
    ...(meta.translation_of ? { translationOf: meta.translation_of } : {}),
  };
}
