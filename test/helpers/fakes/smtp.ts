/**
 * An SMTP server in the test process (smtp-server), parsing every mail it
 * accepts with mailparser. `refuse` makes it answer MAIL FROM with 550;
 * `rejectRecipients` makes it answer RCPT TO with 550 for those addresses only;
 * `deferRecipients` answers RCPT TO with 451 for an address a number of times
 * (Infinity: always), then accepts it.
 */
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface ReceivedMail {
  /** The SMTP envelope's recipients (To and Cc both appear here). */
  recipients: string[];
  mail: ParsedMail;
}

export interface FakeSmtp {
  /** SMTP_URL for nodemailer, with credentials the server checks. */
  url: string;
  password: string;
  received: ReceivedMail[];
  /** Connections that got as far as MAIL FROM, refused ones included. */
  attempts: number;
  refuse: boolean;
  /** Addresses (lower case) refused at RCPT TO while the others are accepted. */
  rejectRecipients: Set<string>;
  /** Address (lower case) → how many more RCPT TO it answers 451 before accepting; Infinity for always. */
  deferRecipients: Map<string, number>;
  /** Every RCPT TO address in the order asked, refused ones included. */
  rcptTo: string[];
  close(): Promise<void>;
}

export async function startFakeSmtp(user = "mailer", password = "smtp-pass-secret-42"): Promise<FakeSmtp> {
  const fake = {
    password,
    received: [] as ReceivedMail[],
    attempts: 0,
    refuse: false,
    rejectRecipients: new Set<string>(),
    deferRecipients: new Map<string, number>(),
    rcptTo: [] as string[],
  };
  const pending: Array<Promise<void>> = [];
  const server = new SMTPServer({
    disabledCommands: ["STARTTLS"],
    authOptional: true,
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === user && auth.password === password) return callback(null, { user });
      return callback(new Error("Invalid username or password"));
    },
    onMailFrom(_address, _session, callback) {
      fake.attempts++;
      if (!fake.refuse) return callback();
      return callback(Object.assign(new Error("5.7.1 Relaying denied"), { responseCode: 550 }));
    },
    onRcptTo(address, _session, callback) {
      const lower = address.address.toLowerCase();
      fake.rcptTo.push(address.address);
      const deferrals = fake.deferRecipients.get(lower) ?? 0;
      if (deferrals > 0) {
        fake.deferRecipients.set(lower, deferrals - 1);
        return callback(Object.assign(new Error("4.2.1 Mailbox busy, try again later"), { responseCode: 451 }));
      }
      if (!fake.rejectRecipients.has(lower)) return callback();
      return callback(Object.assign(new Error("5.1.1 Mailbox unavailable"), { responseCode: 550 }));
    },
    onData(stream, session, callback) {
      const parsing = simpleParser(stream).then((mail) => {
        fake.received.push({ recipients: session.envelope.rcptTo.map((r) => r.address), mail });
      });
      pending.push(parsing);
      parsing.then(() => callback(), callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return Object.assign(fake, {
    url: `smtp://${user}:${password}@127.0.0.1:${port}`,
    close: async () => {
      await Promise.all(pending);
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  });
}
