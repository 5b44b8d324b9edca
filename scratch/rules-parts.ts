import { classifyConversation } from "../src/rules/category/index.js";
import { detectLanguage } from "../src/rules/language.js";
import { detectSignals } from "../src/rules/signals/index.js";
import { readConceptSignals } from "../src/rules/concepts/engine.js";
import { readEmotion } from "../src/rules/emotion/index.js";
import { extractEntities } from "../src/rules/entities.js";
import { KnowledgeBase } from "../src/tools/kb.js";
import { findAnswerArticle } from "../src/nodes/respond/answer-article.js";
import { seedTicket } from "../test/helpers/agent.js";
const kb = await KnowledgeBase.load();
const tot: Record<string, number> = {};
const time = (k: string, f: () => unknown) => { const s = performance.now(); f(); tot[k] = (tot[k] ?? 0) + performance.now() - s; };
for (let i = 0; i < 30; i++) for (const id of ["TICK-STD-001", "TICK-ENT-001", "TICK-TECH-001", "TICK-REPEAT-001"]) {
  const t = seedTicket(id); const text = `${t.subject}\n${t.description}`;
  if (i === 5) for (const k of Object.keys(tot)) tot[k] = 0;
  time("lang", () => detectLanguage(t.description!));
  time("category", () => classifyConversation(t.subject!, [t.description!]));
  time("signals", () => detectSignals(text, "en"));
  time("concepts", () => readConceptSignals(text, "en"));
  time("emotion", () => readEmotion(text, "en"));
  time("entities", () => extractEntities(text, {}));
  time("kb", () => findAnswerArticle(kb, { subject: t.subject, text: t.description!, language: "en", category: "account" }));
}
for (const [k, v] of Object.entries(tot)) console.log(k, (v / 100).toFixed(2), "ms per ticket");
