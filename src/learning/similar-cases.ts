/**
 * Resolved past cases like the ticket at hand, for a model to see as
 * examples and for `learning.similarCases`. Offline they are ranked
 * lexically (MiniSearch, BM25+) over the cases' signatures; with an
 * embedder configured, by cosine similarity of embedded summaries, falling
 * back to the lexical ranking when vectors are missing or the provider fails.
 */
import type { VerdictSource } from "./trust.js";
import type { BaseStore } from "@langchain/langgraph";
import MiniSearch from "minisearch";
import type { Classification } from "../domain/triage.js";
import type { OutcomeRecord } from "../domain/outcome-record.js";
import { caseFields, caseSummary, profileOfClassification, profileOfRecord, type CaseProfile } from "./case-text.js";
import { cosine, type CaseEmbedder } from "./embeddings.js";
import { readOutcomes } from "./outcomes.js";
import { countsForLearning, loadSettings, type LearningSettings } from "./settings.js";
import { putItem } from "../persistence/store/put-item.js";

export const CASE_VECTORS_NAMESPACE = ["outcome_vectors"] as const;

export interface SimilarCase {
  ticketId: string;
  segment: string;
  /** Higher is more similar; BM25+ (unbounded) lexically, cosine (−1…1) with embeddings. */
  score: number;
  ranking: "lexical" | "embedding";
  summary: string;
  decision: Pick<OutcomeRecord["decision"], "type" | "targetTeam">;
  verdict: { appropriate: boolean; shouldHaveEscalated: boolean; resolved: boolean; notes?: string };
}

export interface SimilarCaseOptions {
  /** The ticket being decided: never its own example. */
  excludeTicketId?: string;
  /** Technical terms found in the ticket (state.findings), which sharpen the match. */
  terms?: readonly string[];
  embedder?: CaseEmbedder;
  /** Default: read from the store. */
  settings?: LearningSettings;
  /** Default: every outcome with a verdict in the store. */
  candidates?: readonly OutcomeRecord[];
  /** The sources whose verdicts count (ESCALATION_LEARNING_TRUST, from the settings); every source when absent or null. */
  trusted?: ReadonlySet<VerdictSource> | null;
}

/**
 * Field boosts: the category and the technical vocabulary say most about
 * what a case is; signals next (they carry the stakes); tier and the
 * priority/complexity profile least (they vary within one kind of problem).
 */
const BOOST = { category: 3, terms: 3, signals: 2, tier: 1, profile: 1 };

export function rankLexically(query: CaseProfile, records: readonly OutcomeRecord[], k: number): Array<{ record: OutcomeRecord; score: number }> {
  const index = new MiniSearch<{ id: number } & ReturnType<typeof caseFields>>({
    fields: ["category", "tier", "profile", "signals", "terms"],
    idField: "id",
  });
  index.addAll(records.map((r, id) => ({ id, ...caseFields(profileOfRecord(r)) })));
  const text = Object.values(caseFields(query)).join(" ");
  return index
    .search(text, { boost: BOOST, combineWith: "OR" })
    .slice(0, k)
    .map((hit) => ({ record: records[hit.id as number] as OutcomeRecord, score: hit.score }));
}

async function rankByEmbedding(
  store: BaseStore,
  embedder: CaseEmbedder,
  query: CaseProfile,
  records: readonly OutcomeRecord[],
  k: number,
): Promise<Array<{ record: OutcomeRecord; score: number }> | null> {
  const vectors = await Promise.all(records.map((r) => store.get([...CASE_VECTORS_NAMESPACE], r.ticketId)));
  const usable = records.flatMap((record, i) => {
    const value = vectors[i]?.value as { embedder?: string; vector?: number[] } | undefined;
    return value?.embedder === embedder.name && Array.isArray(value.vector) ? [{ record, vector: value.vector }] : [];
  });
  if (usable.length === 0) return null;
  const [queryVector] = await embedder.embed([caseSummary(query)]);
  if (!queryVector) return null;
  return usable
    .map(({ record, vector }) => ({ record, score: cosine(queryVector, vector) }))
    .sort((a, b) => b.score - a.score)
    .slice(0, k);
}

function toSimilarCase(record: OutcomeRecord, score: number, ranking: SimilarCase["ranking"]): SimilarCase | null {
  const v = record.verdict;
  if (!v) return null;
  return {
    ticketId: record.ticketId,
    segment: record.segment,
    score: Math.round(score * 1000) / 1000,
    ranking,
    summary: caseSummary(profileOfRecord(record)),
    decision: { type: record.decision.type, targetTeam: record.decision.targetTeam },
    verdict: {
      appropriate: v.appropriate,
      shouldHaveEscalated: v.shouldHaveEscalated,
      resolved: v.resolved,
      ...(v.notes ? { notes: v.notes } : {}),
    },
  };
}

/** The k resolved cases most like this classification, best first. */
export async function similarCases(store: BaseStore, classification: Classification, k: number, options: SimilarCaseOptions = {}): Promise<SimilarCase[]> {
  if (k <= 0) return [];
  const settings = options.settings ?? (await loadSettings(store));
  const pool = options.candidates ?? (await readOutcomes(store, { verdict: { $ne: null } }));
  const candidates = pool.filter((r) => r.ticketId !== options.excludeTicketId && countsForLearning(r, settings, options.trusted ?? null));
  if (candidates.length === 0) return [];
  const query = profileOfClassification(classification, options.terms);
  let ranked: Array<{ record: OutcomeRecord; score: number }> | null = null;
  let ranking: SimilarCase["ranking"] = "lexical";
  if (options.embedder) {
    try {
      ranked = await rankByEmbedding(store, options.embedder, query, candidates, k);
      if (ranked) ranking = "embedding";
    } catch {
      ranked = null; // the provider failed: the lexical ranking answers instead
    }
  }
  ranked ??= rankLexically(query, candidates, k);
  return ranked.flatMap(({ record, score }) => toSimilarCase(record, score, ranking) ?? []);
}

/** Embeds a case's summary and keeps the vector beside its outcome record. */
export async function storeCaseVector(store: BaseStore, embedder: CaseEmbedder, record: OutcomeRecord): Promise<void> {
  const [vector] = await embedder.embed([caseSummary(profileOfRecord(record))]);
  if (vector) await putItem(store, [...CASE_VECTORS_NAMESPACE], record.ticketId, { embedder: embedder.name, vector }, false);
}
