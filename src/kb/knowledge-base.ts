/**
 * The knowledge base: Markdown articles loaded from `kb/` and searched with
 * MiniSearch (BM25+ with fuzzy and prefix matching), preferring the
 * customer's language and falling back to English per topic.
 */
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import MiniSearch, { type SearchResult } from "minisearch";
import { parseArticle, type KbArticle } from "./article.js";
import { processTerm } from "./terms.js";

export type { KbArticle } from "./article.js";
export { contentTerms, foldText } from "./terms.js";

export interface KbSearchOptions {
  /** The customer's language (ISO 639-1, region suffixes ignored). Default "en". */
  language?: string;
  /** Articles of this category rank higher; others are still returned. */
  category?: string;
  /** At most this many hits. Default 5. */
  limit?: number;
}

export interface KbSearchHit {
  article: KbArticle;
  /** MiniSearch's BM25+ score: unbounded, grows with the number and rarity of matched terms. */
  score: number;
  /** The article's own (normalised) words that matched the query, for picking the relevant section. */
  matchedTerms: string[];
  /**
   * The query's (normalised) words that matched the article's title or tags.
   * Those fields are curated, so this says how much of the query is really
   * about the article, independently of how long the query is.
   */
  anchorTerms: string[];
}

const FALLBACK_LANGUAGE = "en";
const DEFAULT_LIMIT = 5;

/**
 * Field boosts. Tags are written as the words customers use ("forgot
 * password", "charged twice"), so a tag hit is the strongest evidence of
 * intent; the title names the task; the body repeats many incidental words
 * ("settings", "click") that should only break ties.
 */
const FIELD_BOOST = { tags: 3, title: 2, body: 1 } as const;

/** A category match is a nudge, not a filter: the classifier may be wrong, and a strong text match elsewhere should still win. */
const CATEGORY_BOOST = 1.5;

/** Short words are where fuzzy/prefix matching produces noise ("api" ~ "app"), so both only apply to longer terms. */
const FUZZY_MIN_LENGTH = 5;
const PREFIX_MIN_LENGTH = 4;
const FUZZINESS = 0.2;

/** "de-DE", "DE" and "de_AT" all mean German. */
function baseLanguage(language: string | undefined): string {
  const base = (language ?? "").trim().toLowerCase().split(/[-_]/)[0];
  return base || FALLBACK_LANGUAGE;
}

interface IndexedDoc {
  id: string;
  title: string;
  tags: string;
  body: string;
}

export class KnowledgeBase {
  private readonly byId = new Map<string, KbArticle>();
  /** topic id → language → article; a topic is an English article plus its translations. */
  private readonly topics = new Map<string, Map<string, KbArticle>>();
  private readonly index = new MiniSearch<IndexedDoc>({
    fields: ["title", "tags", "body"],
    processTerm,
  });
  /**
   * The curated fields alone, for the anchor pass. Fuzzy matching walks an
   * index's whole vocabulary for every query word, and the body's words are
   * most of it: searching the full index restricted to these fields found the
   * same anchors at the cost of a second full search (several milliseconds
   * for a long ticket, on the way to the first model request).
   */
  private readonly anchorIndex = new MiniSearch<IndexedDoc>({
    fields: ["title", "tags"],
    processTerm,
  });

  private constructor(articles: readonly KbArticle[]) {
    for (const article of articles) {
      if (this.byId.has(article.id)) throw new Error(`duplicate knowledge-base article id "${article.id}"`);
      this.byId.set(article.id, article);
      const topic = topicOf(article);
      const versions = this.topics.get(topic) ?? new Map<string, KbArticle>();
      if (versions.has(article.language)) {
        throw new Error(`knowledge-base topic "${topic}" has two "${article.language}" articles`);
      }
      versions.set(article.language, article);
      this.topics.set(topic, versions);
    }
    const docs = articles.map((a) => ({ id: a.id, title: a.title, tags: a.tags.join(" "), body: a.body }));
    this.index.addAll(docs);
    this.anchorIndex.addAll(docs);
  }

  /** Loads every `*.md` under `dir` (recursively). Cached per directory: the graph asks for the KB on every ticket. */
  static load(dir?: string): Promise<KnowledgeBase> {
    const root = resolve(dir ?? defaultKbDir());
    const cached = loadCache.get(root);
    if (cached) return cached;
    const loading = readArticles(root).then((articles) => KnowledgeBase.fromArticles(articles));
    // A failed load must not poison the cache: the next call retries.
    loading.catch(() => loadCache.delete(root));
    loadCache.set(root, loading);
    return loading;
  }

  static fromArticles(articles: KbArticle[]): KnowledgeBase {
    return new KnowledgeBase(articles);
  }

  get size(): number {
    return this.byId.size;
  }

  get articles(): KbArticle[] {
    return [...this.byId.values()];
  }

  /** An article by id, in `language` when the topic has a translation into it. */
  get(id: string, language?: string): KbArticle | undefined {
    const article = this.byId.get(id);
    if (!article || language === undefined) return article;
    return this.topics.get(topicOf(article))?.get(baseLanguage(language)) ?? article;
  }

  /**
   * Ranks topics by the best score any of their versions in the wanted
   * language or English reached, then shows each topic in the wanted language
   * when a translation exists. So a German query about webhooks still finds
   * the English webhooks article, and an English phrase in a German ticket
   * still yields the German password article.
   */
  search(query: string, opts: KbSearchOptions = {}): KbSearchHit[] {
    const language = baseLanguage(opts.language);
    const limit = opts.limit ?? DEFAULT_LIMIT;
    if (limit <= 0 || query.trim() === "") return [];

    const matching = {
      fuzzy: (term: string) => (term.length >= FUZZY_MIN_LENGTH ? FUZZINESS : false),
      prefix: (term: string) => term.length >= PREFIX_MIN_LENGTH,
      filter: (result: SearchResult) => {
        const lang = this.byId.get(String(result.id))?.language;
        return lang === language || lang === FALLBACK_LANGUAGE;
      },
    };
    const results = this.index.search(query, {
      ...matching,
      boost: FIELD_BOOST,
      boostDocument: (id) => (opts.category !== undefined && this.byId.get(String(id))?.category === opts.category ? CATEGORY_BOOST : 1),
    });
    // A second pass over the curated fields only: MiniSearch reports which
    // query words matched a document, but not in which field.
    const anchors = new Map<string, string[]>();
    for (const result of this.anchorIndex.search(query, matching)) {
      anchors.set(String(result.id), result.queryTerms);
    }

    const bestPerTopic = new Map<string, KbSearchHit>();
    for (const result of results) {
      const matched = this.byId.get(String(result.id));
      if (!matched) continue;
      const topic = topicOf(matched);
      const previous = bestPerTopic.get(topic);
      bestPerTopic.set(topic, {
        article: this.topics.get(topic)?.get(language) ?? matched,
        // Results arrive best first, so the first hit of a topic carries its score.
        score: previous?.score ?? result.score,
        matchedTerms: union(previous?.matchedTerms, result.terms),
        anchorTerms: union(previous?.anchorTerms, anchors.get(matched.id)),
      });
    }
    return [...bestPerTopic.values()].sort((a, b) => b.score - a.score).slice(0, limit);
  }
}

const loadCache = new Map<string, Promise<KnowledgeBase>>();

function union(a: readonly string[] = [], b: readonly string[] = []): string[] {
  return [...new Set([...a, ...b])];
}

function topicOf(article: KbArticle): string {
  return article.translationOf ?? article.id;
}

async function readArticles(root: string): Promise<KbArticle[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() && e.name.endsWith(".md"))
    .map((e) => join(e.parentPath, e.name))
    .sort();
  return Promise.all(files.map(async (file) => parseArticle(await readFile(file, "utf8"), file)));
}

/**
 * The repo's `kb/` folder, found by walking up from this module: the code
 * runs both from `src/kb/` (tsx, tests) and from `dist/kb/` after a
 * build, and the caller's working directory may be anywhere.
 */
function defaultKbDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, "kb");
    if (existsSync(join(dir, "package.json")) && existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error("knowledge base folder kb/ not found above " + fileURLToPath(import.meta.url));
    dir = parent;
  }
}
