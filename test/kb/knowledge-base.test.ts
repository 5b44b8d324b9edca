import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CATEGORIES } from "../../src/domain/taxonomy.js";
import { KnowledgeBase, type KbArticle } from "../../src/kb/knowledge-base.js";

const repoKbDir = fileURLToPath(new URL("../../kb/", import.meta.url));

function article(overrides: Partial<KbArticle> & Pick<KbArticle, "id">): KbArticle {
  return {
    title: "Untitled",
    category: "general_inquiry",
    tags: [],
    language: "en",
    body: "1. Do the thing.",
    path: "",
    ...overrides,
  };
}

function articleFile(front: string, body = "1. Step one."): string {
  return `---\n${front}\n---\n${body}\n`;
}

function tempKb(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "kb-test-"));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe("the bundled knowledge base", () => {
  it("has 12–20 topics, each article 80–250 words in a taxonomy category", async () => {
    const kb = await KnowledgeBase.load();
    const topics = new Set(kb.articles.map((a) => a.translationOf ?? a.id));
    expect(topics.size).toBeGreaterThanOrEqual(12);
    expect(topics.size).toBeLessThanOrEqual(20);
    for (const a of kb.articles) {
      expect(CATEGORIES, a.id).toContain(a.category);
      expect(wordCount(a.body), a.id).toBeGreaterThanOrEqual(80);
      expect(wordCount(a.body), a.id).toBeLessThanOrEqual(250);
      expect(a.body, `${a.id} has a numbered step list`).toMatch(/^1\. /m);
    }
  });

  it("has every topic in English and the key topics in German, Spanish and French", async () => {
    const kb = await KnowledgeBase.load();
    const englishIds = kb.articles.filter((a) => a.language === "en").map((a) => a.id);
    expect(englishIds).toEqual(
      expect.arrayContaining([
        "password-reset",
        "two-factor-authentication",
        "account-compromised",
        "invoices-receipts",
        "refunds-double-charges",
        "plan-change-cancellation",
        "data-export",
        "status-page-incidents",
        "webhooks",
        "api-errors-rate-limits",
        "team-members-roles",
        "feature-requests",
      ]),
    );
    for (const topic of ["password-reset", "invoices-receipts", "refunds-double-charges", "status-page-incidents", "two-factor-authentication"]) {
      for (const language of ["de", "es", "fr"]) {
        const translated = kb.get(topic, language);
        expect(translated?.language, `${topic} in ${language}`).toBe(language);
        expect(translated?.category).toBe(kb.get(topic)?.category);
      }
    }
    for (const a of kb.articles.filter((x) => x.language !== "en")) {
      expect(englishIds, `${a.id} translates an English article`).toContain(a.translationOf);
    }
  });

  it("is found from the module's location, not the working directory, and loaded once", async () => {
    const cwd = process.cwd();
    process.chdir(tmpdir());
    try {
      const kb = await KnowledgeBase.load();
      expect(kb.get("password-reset")?.path.startsWith(repoKbDir)).toBe(true);
      expect(await KnowledgeBase.load()).toBe(kb);
      expect(await KnowledgeBase.load(repoKbDir)).toBe(kb);
    } finally {
      process.chdir(cwd);
    }
  });
});

describe("KnowledgeBase.load(dir)", () => {
  it("reads nested Markdown files and their front matter", async () => {
    const dir = tempKb({
      "en/a.md": articleFile("id: a\ntitle: Alpha\ncategory: billing\ntags: [one, two words]\nlanguage: en"),
      "de/a.md": articleFile("id: a-de\ntitle: Alpha DE\ncategory: billing\ntags: [eins]\nlanguage: DE\ntranslation_of: a"),
      "notes.txt": "not an article",
    });
    const kb = await KnowledgeBase.load(dir);
    expect(kb.size).toBe(2);
    expect(kb.get("a")).toMatchObject({ title: "Alpha", category: "billing", tags: ["one", "two words"], language: "en", body: "1. Step one." });
    expect(kb.get("a", "de")?.id).toBe("a-de");
    expect(kb.get("a-de")?.path).toBe(join(dir, "de/a.md"));
  });

  it("rejects a malformed article naming the file and field, and retries on the next call", async () => {
    const dir = tempKb({ "bad.md": articleFile("id: bad\ntitle: Bad\ncategory: gossip\nlanguage: en") });
    await expect(KnowledgeBase.load(dir)).rejects.toThrow(/bad\.md: invalid front matter: category/);
    writeFileSync(join(dir, "bad.md"), articleFile("id: bad\ntitle: Bad\ncategory: product\nlanguage: en"));
    await expect(KnowledgeBase.load(dir)).resolves.toHaveProperty("size", 1);
  });

  it("rejects a file without front matter", async () => {
    const dir = tempKb({ "plain.md": "# Just Markdown\n" });
    await expect(KnowledgeBase.load(dir)).rejects.toThrow(/plain\.md: missing front matter/);
  });
});

describe("KnowledgeBase.fromArticles", () => {
  it("refuses duplicate ids", () => {
    expect(() => KnowledgeBase.fromArticles([article({ id: "x" }), article({ id: "x" })])).toThrow(/duplicate/);
  });
});

describe("KnowledgeBase.search", () => {
  it("finds the password article for the seed's password-reset ticket", async () => {
    const kb = await KnowledgeBase.load();
    const [best] = kb.search("Password reset assistance\nHi, I forgot my password and cannot access my account. Could you please help me reset it? Thanks!");
    expect(best?.article.id).toBe("password-reset");
    expect(best?.anchorTerms).toEqual(expect.arrayContaining(["password", "reset", "forgot"]));
  });

  it("answers in the ticket's language when the article is translated", async () => {
    const kb = await KnowledgeBase.load();
    expect(kb.search("Ich habe mein Passwort vergessen", { language: "de" })[0]?.article.id).toBe("password-reset-de");
    expect(kb.search("Olvidé mi contraseña", { language: "es" })[0]?.article.id).toBe("password-reset-es");
    expect(kb.search("J'ai oublié mon mot de passe", { language: "fr" })[0]?.article.id).toBe("password-reset-fr");
    expect(kb.search("Ich wurde doppelt abgebucht", { language: "de-DE" })[0]?.article.id).toBe("refunds-double-charges-de");
  });

  it("shows the translation even when the customer used English words", async () => {
    const kb = await KnowledgeBase.load();
    expect(kb.search("password reset", { language: "fr" })[0]?.article.id).toBe("password-reset-fr");
  });

  it("falls back to English for topics without a translation and for unsupported languages", async () => {
    const kb = await KnowledgeBase.load();
    expect(kb.search("Wie prüfe ich die Signatur der Webhooks?", { language: "de" })[0]?.article.id).toBe("webhooks");
    const hits = kb.search("password reset", { language: "ja" });
    expect(hits[0]?.article.id).toBe("password-reset");
    expect(hits.every((h) => h.article.language === "en")).toBe(true);
  });

  it("never mixes in a third language", () => {
    const kb = KnowledgeBase.fromArticles([
      article({ id: "export", title: "Export data" }),
      article({ id: "export-de", title: "Export Daten", language: "de", translationOf: "export" }),
      article({ id: "backup-de", title: "Export Sicherung", language: "de" }),
    ]);
    expect(kb.search("export", { language: "fr" }).map((h) => h.article.id)).toEqual(["export"]);
    expect(
      kb
        .search("export", { language: "de" })
        .map((h) => h.article.id)
        .sort(),
    ).toEqual(["backup-de", "export-de"]);
  });

  it("returns each topic once", async () => {
    const kb = await KnowledgeBase.load();
    const hits = kb.search("Passwort vergessen password reset", { language: "de", limit: 20 });
    const topics = hits.map((h) => h.article.translationOf ?? h.article.id);
    expect(new Set(topics).size).toBe(topics.length);
  });

  it("tolerates typos, missing accents and word endings", async () => {
    const kb = await KnowledgeBase.load();
    expect(kb.search("pasword resett")[0]?.article.id).toBe("password-reset");
    expect(kb.search("reinitialiser mot de passe oublie", { language: "fr" })[0]?.article.id).toBe("password-reset-fr");
    expect(kb.search("invoices")[0]?.article.id).toBe("invoices-receipts");
  });

  it("ranks by title and tags above incidental body words", () => {
    const kb = KnowledgeBase.fromArticles([
      article({ id: "body-only", body: "1. Open the export menu somewhere else, export once, export twice." }),
      article({ id: "titled", title: "Export your data", tags: ["export"] }),
    ]);
    expect(kb.search("export").map((h) => h.article.id)).toEqual(["titled", "body-only"]);
  });

  it("treats the category as a boost, not a filter", () => {
    const kb = KnowledgeBase.fromArticles([
      article({ id: "billing-plan", title: "Change plan", category: "billing" }),
      article({ id: "account-plan", title: "Change plan", category: "account" }),
    ]);
    expect(kb.search("change plan", { category: "account" }).map((h) => h.article.id)).toEqual(["account-plan", "billing-plan"]);
    expect(kb.search("change plan", { category: "billing" }).map((h) => h.article.id)).toEqual(["billing-plan", "account-plan"]);
  });

  it("respects the limit and ignores empty or stop-word-only queries", async () => {
    const kb = await KnowledgeBase.load();
    expect(kb.search("account password invoice webhook export", { limit: 2 })).toHaveLength(2);
    expect(kb.search("   ")).toEqual([]);
    expect(kb.search("Hello, thanks, please")).toEqual([]);
  });
});
