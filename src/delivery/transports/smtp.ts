/**
 * Mail over SMTP with nodemailer (SMTP_URL, e.g. smtps://user:pass@host:465).
 * A server may accept some recipients and refuse others (RCPT TO 550): the
 * mail then went out, to fewer people, and the refused addresses are
 * reported beside the Message-ID so the delivery is recorded as partial.
 * A 4xx refusal ("mailbox busy, try again") is marked transient, so the
 * delivery may retry those recipients within the run.
 */
import nodemailer from "nodemailer";
import type { EmailMessage } from "../artefact.js";
import { DeliveryError, type RecipientRefusal } from "./delivery-error.js";
import type { Sender, Sent } from "./sender.js";

/** nodemailer waits two minutes by default; a handoff should learn sooner that the server is gone. */
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

export class SmtpSender implements Sender<EmailMessage> {
  private readonly transporter;

  constructor(url: string) {
    this.transporter = nodemailer.createTransport({ url, ...TIMEOUTS });
  }

  async send(message: EmailMessage, _idempotencyKey?: string, recipients?: readonly string[]): Promise<Sent> {
    // The envelope, not the headers, decides who gets a copy: the headers stay as the others saw them.
    const mail = recipients?.length ? { ...message, envelope: { from: message.from, to: [...recipients] } } : message;
    let info: SmtpInfo;
    try {
      info = (await this.transporter.sendMail(mail)) as SmtpInfo;
    } catch (error) {
      throw smtpError(error);
    }
    const rejected = rejectionsOf(info);
    return { ref: info.messageId, ...(rejected.length > 0 ? { rejected } : {}) };
  }

  /**
   * SMTP cannot be asked whether a mail went out. A resend carries the same
   * Message-ID (derived from the idempotency key), which mail systems use to
   * drop or merge the copy, so resending is the safe answer here.
   */
  async find(): Promise<string | undefined> {
    return undefined;
  }

  close(): void {
    this.transporter.close();
  }
}

interface SmtpInfo {
  messageId: string;
  rejected?: Array<string | { address?: string }>;
  rejectedErrors?: Array<SmtpFailure & { recipient?: string; response?: string }>;
}

/** The refused recipients, each with the server's reply (e.g. "SMTP 550 5.1.1 Mailbox unavailable"). */
function rejectionsOf(info: SmtpInfo): RecipientRefusal[] {
  const replies = new Map((info.rejectedErrors ?? []).map((e) => [e.recipient, e]));
  return (info.rejected ?? []).map((r) => {
    const address = typeof r === "string" ? r : (r.address ?? "");
    const reply = replies.get(address);
    const error = reply?.response ? `SMTP ${reply.response}` : `SMTP ${reply?.responseCode ?? "recipient refused"}`;
    // Without a reply code the refusal is taken as final: retrying blind could only repeat it.
    const code = reply?.responseCode;
    return { address, error, transient: code !== undefined && code >= 400 && code < 500 };
  });
}

interface SmtpFailure {
  code?: string;
  responseCode?: number;
  message?: string;
}

function smtpError(error: unknown): DeliveryError {
  const failure = (typeof error === "object" && error !== null ? error : {}) as SmtpFailure;
  const responseCode = typeof failure.responseCode === "number" ? failure.responseCode : undefined;
  // 5xx replies and bad credentials will not change by waiting; 4xx and connection trouble may.
  const permanent = (responseCode !== undefined && responseCode >= 500) || failure.code === "EAUTH";
  const what = responseCode !== undefined ? `SMTP ${responseCode}` : `SMTP ${failure.code ?? "error"}`;
  return new DeliveryError(`${what}: ${failure.message ?? String(error)}`, !permanent);
}
