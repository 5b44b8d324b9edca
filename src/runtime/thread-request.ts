/**
 * A request on a thread as data — what the queue carries between `enqueue`
 * and a worker: a new ticket, a customer's follow-up or a human action.
 * Validated again when it is taken off the queue, since anything could have
 * written to Redis.
 */
import { z } from "zod";
import { HumanAction } from "../domain/human.js";
import { TicketSchema } from "../domain/ticket.js";

export const ThreadRequest = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("ticket"), ticket: TicketSchema.and(z.object({ id: z.string() })) }),
  z.object({ kind: z.literal("message"), content: z.string().trim().min(1, "must not be empty"), channel: z.string().optional() }),
  z.object({ kind: z.literal("human"), action: HumanAction }),
]);
export type ThreadRequest = z.infer<typeof ThreadRequest>;

/** A request that can never succeed as given (invalid, or a message for a thread that does not exist): retrying is pointless. */
export class InvalidRequestError extends Error {
  override readonly name = "InvalidRequestError";
}
