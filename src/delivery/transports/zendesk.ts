/**
 * Zendesk over its REST API (API token auth: `{email}/token:{token}`). Plain
 * fetch: three endpoints do not justify a client library, and fetch keeps
 * the requests exactly those the outbox shows.
 */
import type { TicketUpdate } from "../compose/ticket-update.js";
import { noteMarker } from "../compose/ticket-update.js";
import { parseRetryAfter } from "../../resilience/retry-after.js";
import { DeliveryError, isTransientStatus, networkReason } from "./delivery-error.js";
import type { Sender, Sent } from "./sender.js";
import { numericGroupId, zendeskRequest } from "./zendesk-request.js";

export interface ZendeskSettings {
  /** https://<subdomain>.zendesk.com */
  url: string;
  email: string;
  apiToken: string;
}

const TIMEOUT_MS = 15_000;
const MAX_GROUP_PAGES = 10;

interface ZendeskComment {
  body?: string;
  plain_body?: string;
}

export class ZendeskSender implements Sender<TicketUpdate> {
  private readonly authorization: string;
  private readonly groupIds = new Map<string, number>();

  constructor(private readonly settings: ZendeskSettings) {
    this.authorization = `Basic ${Buffer.from(`${settings.email}/token:${settings.apiToken}`).toString("base64")}`;
  }

  async send(update: TicketUpdate): Promise<Sent> {
    const groupId = numericGroupId(update.group) ?? (await this.groupIdByName(update.group));
    const request = zendeskRequest(update, groupId);
    const result = (await this.call(request.method, request.path, request.body)) as { ticket?: { id?: number | string } };
    return { ref: String(result.ticket?.id ?? update.externalId ?? "") };
  }

  /** An update is found by the key at the end of its internal note; a creation by our external_id. */
  async find(update: TicketUpdate, idempotencyKey: string): Promise<string | undefined> {
    if (update.externalId === undefined) {
      const result = (await this.call("GET", `/api/v2/tickets.json?external_id=${encodeURIComponent(update.ticketId)}`)) as {
        tickets?: Array<{ id?: number | string }>;
      };
      const ticket = result.tickets?.[0];
      return ticket?.id !== undefined ? String(ticket.id) : undefined;
    }
    const path = `/api/v2/tickets/${encodeURIComponent(update.externalId)}/comments.json?sort_order=desc&per_page=100`;
    const result = (await this.call("GET", path)) as { comments?: ZendeskComment[] };
    const marker = noteMarker(idempotencyKey);
    const found = (result.comments ?? []).some((c) => (c.body ?? "").includes(marker) || (c.plain_body ?? "").includes(marker));
    return found ? update.externalId : undefined;
  }

  private async groupIdByName(name: string): Promise<number> {
    const known = this.groupIds.get(name.toLowerCase());
    if (known !== undefined) return known;
    let path: string | null = "/api/v2/groups.json";
    for (let page = 0; path && page < MAX_GROUP_PAGES; page++) {
      const result = (await this.call("GET", path)) as { groups?: Array<{ id: number; name: string }>; next_page?: string | null };
      for (const group of result.groups ?? []) this.groupIds.set(group.name.toLowerCase(), group.id);
      const id = this.groupIds.get(name.toLowerCase());
      if (id !== undefined) return id;
      path = result.next_page ? new URL(result.next_page).pathname + new URL(result.next_page).search : null;
    }
    throw new DeliveryError(`Zendesk: no group named "${name}"; set the team's ticketingGroup to a group id`, false);
  }

  private async call(method: string, path: string, body?: unknown): Promise<unknown> {
    const url = new URL(path, this.settings.url);
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        headers: {
          Authorization: this.authorization,
          Accept: "application/json",
          ...(body !== undefined ? { "Content-Type": "application/json" } : {}),
        },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (error) {
      throw new DeliveryError(`Zendesk ${method} ${url.pathname}: ${networkReason(error)}`, true);
    }
    if (!response.ok) {
      // The body may echo request details; the status says enough and leaks nothing.
      await response.body?.cancel();
      throw new DeliveryError(
        `Zendesk ${method} ${url.pathname}: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`,
        isTransientStatus(response.status),
        parseRetryAfter(response.headers.get("retry-after")),
      );
    }
    return response.json();
  }
}
