/**
 * The customer's answer to the survey: their satisfaction goes into the
 * outcome record (where the report reads it) and the follow-up is closed.
 */
import type { BaseStore } from "@langchain/langgraph";
import { recordSatisfaction } from "../learning/verdicts.js";
import { readFollowUp, writeFollowUp, type FollowUp } from "./follow-up.js";

export class NoSurveyError extends Error {
  override readonly name = "NoSurveyError";
}

export async function answerSurvey(store: BaseStore, ticketId: string, satisfaction: number, at: string): Promise<FollowUp | null> {
  const record = await recordSatisfaction(store, ticketId, satisfaction);
  if (!record) throw new NoSurveyError(`ticket ${ticketId} has no resolved outcome to attach a satisfaction answer to`);
  const followUp = await readFollowUp(store, ticketId);
  if (!followUp) return null;
  const answered: FollowUp = { ...followUp, status: "answered", answeredAt: at, satisfaction };
  await writeFollowUp(store, answered);
  return answered;
}
