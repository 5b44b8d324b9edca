/**
 * The offline reply composer: turns the triage results into the message the
 * customer receives, from the templates and the knowledge base only, and
 * refuses to send anything the guardrails flag.
 */
import { isSupportedLanguage, type SupportedLanguage, type Team } from "../../../domain/taxonomy.js";
import type { Ticket } from "../../../domain/ticket.js";
import type { Analysis, Classification, Decision, Reply } from "../../../domain/triage.js";
import type { KbArticle, KnowledgeBase } from "../../../kb/knowledge-base.js";
import { findAnswerArticle, type AnswerArticle } from "./answer-article.js";
import { greetingName } from "./customer-name.js";
import { findFalsePromises } from "./guardrails.js";
import { templatesFor, type ReplyTemplates } from "./templates/index.js";
import { UNREAD_LANGUAGE } from "./templates/unread-language.js";

export interface ComposeInput {
  ticket: Ticket;
  /** The customer's latest words. */
  text: string;
  classification: Classification;
  analysis: Analysis;
  decision: Decision;
  kb: KnowledgeBase;
  /** Articles not to send again: the customer said their steps did not work (follow-up-article.ts). */
  exclude?: ReadonlySet<string>;
  /** The team whose unclaimed escalation the customer took back, being withdrawn now (the withdraw node). */
  withdrawnFrom?: Team;
}

/**
 * A model's words for the reply (drafted in the first round trip): they
 * take the place of the templates' opener and of the line that introduces
 * the steps. Everything else — the team, by when, the tips, the steps — is
 * the templates' and the knowledge base's.
 */
export interface PersonalPart {
  /** Opens the reply after the greeting, in place of the templates' opener. */
  acknowledgement: string;
  /** Leads into the steps of the article `articleId`, in place of the templates' intro; used only when the reply quotes that article. */
  answer: string | null;
  articleId: string | null;
}

/** The frustration score from which the reply opens with an apology and turns empathetic. */
export const FRUSTRATED_FROM = 70;

/** KB articles the escalation tips come from; a tip is skipped when the KB has no such article. */
const STATUS_PAGE_ARTICLE = "status-page-incidents";
const ACCOUNT_SECURITY_ARTICLE = "account-compromised";

type Language = SupportedLanguage;

interface Draft {
  paragraphs: string[];
  type: Reply["type"];
  sources: string[];
}

/** What a draft may draw on; the safe redraft leaves out everything not written by us. */
interface DraftOptions {
  useKb: boolean;
  useName: boolean;
  personal?: PersonalPart | undefined;
}

export function composeReply(input: ComposeInput): Reply {
  const { language, templates } = templatesFor(input.classification.language);
  const reply = render(input, language, templates, { useKb: true, useName: true });
  if (findFalsePromises(reply.message).length === 0) return reply;

  // KB text or a customer name tripped the guardrail: answer from our own
  // templates alone, which the test suite proves clean in every variant.
  const safe = render(input, language, templates, { useKb: false, useName: false });
  const leftover = findFalsePromises(safe.message);
  if (leftover.length > 0) throw new Error(`reply template makes a false promise: ${leftover.join("; ")}`);
  return safe;
}

/**
 * The reply with a model's personal part in it. Not checked here: the
 * caller checks it (promises, required facts) and sends `composeReply`'s
 * reply instead when it fails.
 */
export function composeWithPersonalPart(input: ComposeInput, personal: PersonalPart): Reply {
  const { language, templates } = templatesFor(input.classification.language);
  return render(input, language, templates, { useKb: true, useName: true, personal });
}

function render(input: ComposeInput, language: Language, t: ReplyTemplates, opts: DraftOptions): Reply {
  const frustrated = input.analysis.frustration >= FRUSTRATED_FROM;
  const escalating = input.decision.type !== "no_escalation";
  const draft = escalating
    ? escalationDraft(input, language, t, opts)
    : input.withdrawnFrom
      ? withdrawnDraft(input.withdrawnFrom, t)
      : // A model that drafted a personal part read the message; the templates alone did not.
        isSupportedLanguage(input.classification.language) || opts.personal
        ? answerDraft(input, language, t, opts)
        : unreadLanguageDraft(input, language, opts);

  // The model's acknowledgement is written as it is meant to be read: only our own first words are lowercased after a greeting.
  const acknowledgement = opts.personal?.acknowledgement.trim();
  const opener = acknowledgement || openerFor(input, t);
  const paragraphs = opener ? [opener, ...draft.paragraphs] : draft.paragraphs;
  if (t.lowercaseAfterGreeting && paragraphs[0] && !acknowledgement) paragraphs[0] = lowerFirst(paragraphs[0]);
  const name = opts.useName ? greetingName(input.ticket.customerName) : undefined;

  return {
    message: [t.greeting(name), ...paragraphs, t.signOff].join("\n\n"),
    type: draft.type,
    tone: frustrated ? "empathetic" : escalating ? "professional" : "friendly",
    language,
    sources: draft.sources,
  };
}

/**
 * A customer who keeps writing about the same thing hears an apology for
 * that first, whatever the frustration score: having to come back is itself
 * the failure. Otherwise only a frustrated customer gets an opener.
 */
function openerFor(input: ComposeInput, t: ReplyTemplates): string | undefined {
  if (input.classification.escalationSignals.includes("repeat_contact")) return t.repeatContactOpener;
  if (input.analysis.frustration >= FRUSTRATED_FROM) return t.frustrationOpener;
  return undefined;
}

function escalationDraft(input: ComposeInput, language: Language, t: ReplyTemplates, opts: DraftOptions): Draft {
  const { decision } = input;
  // The decision's own `expectedResponse` is English; the urgency is what we translate.
  const handover = [
    t.escalationHandover(t.teams[decision.targetTeam], t.takesOver[decision.targetTeam]),
    t.escalationExpectation(t.within[decision.urgency]),
    t.escalationContext,
  ].join(" ");
  const tip = opts.useKb ? safeTip(input, language, t) : undefined;
  return {
    paragraphs: tip ? [handover, tip.text] : [handover],
    type: "escalation_acknowledgment",
    sources: tip ? [tip.source] : [],
  };
}

/**
 * While a human takes over, the only advice worth giving is advice that
 * cannot make things worse: where to follow an outage, and how to lock an
 * intruder out. Anything else waits for the specialist.
 */
function safeTip(input: ComposeInput, language: Language, t: ReplyTemplates): { text: string; source: string } | undefined {
  const { escalationSignals, urgencyIndicators } = input.classification;
  if (escalationSignals.includes("outage") || urgencyIndicators.includes("outage_related")) {
    const article = input.kb.get(STATUS_PAGE_ARTICLE, language);
    const url = article && firstUrl(article);
    if (article && url) return { text: t.statusPageTip(url), source: article.id };
  }
  if (escalationSignals.includes("security_incident")) {
    const article = input.kb.get(ACCOUNT_SECURITY_ARTICLE, language);
    if (article) return { text: t.securityTip(article.title), source: article.id };
  }
  return undefined;
}

/**
 * The answer article per compose input: the template reply and the reply with
 * the model's words are composed from the same input, after the model's
 * answer, where a second knowledge-base search (milliseconds of fuzzy
 * matching) would add to the ticket's wall time for the same result.
 */
const articles = new WeakMap<ComposeInput, AnswerArticle | undefined>();

function answerArticle(input: ComposeInput, language: Language): AnswerArticle | undefined {
  if (articles.has(input)) return articles.get(input);
  const found = findAnswerArticle(input.kb, {
    subject: input.ticket.subject,
    text: input.text,
    language,
    category: input.classification.category,
    exclude: input.exclude,
  });
  articles.set(input, found);
  return found;
}

function answerDraft(input: ComposeInput, language: Language, t: ReplyTemplates, opts: DraftOptions): Draft {
  const found = opts.useKb ? answerArticle(input, language) : undefined;
  if (found) {
    const { hit, steps } = found;
    const list = steps.map((step, i) => `${i + 1}. ${step}`).join("\n");
    // The model's lead-in counts only for the article it was told about.
    const answer = opts.personal?.articleId === hit.article.id ? opts.personal.answer?.trim() : undefined;
    return {
      // In a chat there is no email to reply to: the customer simply writes again.
      paragraphs: [`${answer || t.solutionIntro(hit.article.title)}\n${list}`, input.ticket.channel === "chat" ? t.solutionOutroChat : t.solutionOutro],
      type: "solution",
      sources: [hit.article.id],
    };
  }
  const details = t.clarificationDetails[input.classification.category].map((d) => `- ${d}`).join("\n");
  return {
    paragraphs: [`${t.clarificationIntro}\n${details}`, t.clarificationOutro],
    type: "clarification_request",
    sources: [],
  };
}

/**
 * A message the bot keeps in a language it has no templates for: the rules
 * read it for alarms, not for its meaning, so the reply says so, offers a
 * matching article only as something that may help (the match rests on the
 * words the languages share, "CSV", "Slack"), and never asks for the details
 * of a problem nobody read. Thanks get thanks.
 */
function unreadLanguageDraft(input: ComposeInput, language: Language, opts: DraftOptions): Draft {
  if (input.classification.issueType === "compliment") {
    return { paragraphs: [UNREAD_LANGUAGE.note, UNREAD_LANGUAGE.thanksOutro], type: "solution", sources: [] };
  }
  const found = opts.useKb ? answerArticle(input, language) : undefined;
  if (!found) return { paragraphs: [UNREAD_LANGUAGE.note, UNREAD_LANGUAGE.askAgain], type: "clarification_request", sources: [] };
  const list = found.steps.map((step, i) => `${i + 1}. ${step}`).join("\n");
  return {
    paragraphs: [UNREAD_LANGUAGE.note, `${UNREAD_LANGUAGE.articleIntro(found.hit.article.title)}\n${list}`, UNREAD_LANGUAGE.articleOutro],
    type: "solution",
    sources: [found.hit.article.id],
  };
}

/** "Thanks for letting us know it's sorted": the team that had the ticket is told, and nothing is asked of the customer. */
function withdrawnDraft(team: Team, t: ReplyTemplates): Draft {
  return { paragraphs: [t.withdrawnNote(t.teams[team])], type: "solution", sources: [] };
}

function firstUrl(article: KbArticle): string | undefined {
  return /https?:\/\/[^\s<>()[\]`*]+[^\s<>()[\]`*.,;:!?]/.exec(article.body)?.[0];
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
