/**
 * Mail over SMTP with nodemailer (SMTP_URL, e.g. smtps://user:pass@host:465).
 */
import nodemailer from "nodemailer";
import type { EmailMessage } from "../artefact.js";
import { DeliveryError } from "./delivery-error.js";
import type { Sender } from "./sender.js";

/** nodemailer waits two minutes by default; a handoff should learn sooner that the server is gone. */
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

export class SmtpSender implements Sender<EmailMessage> {
  private readonly transporter;

  constructor(url: string) {
    this.transporter = nodemailer.createTransport({ url, ...TIMEOUTS });
  }

  async send(message: EmailMessage): Promise<string> {
    try {
      const info = await this.transporter.sendMail(message);
      return info.messageId;
    } catch (error) {
      throw smtpError(error);
    }
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
