/**
 * A ticket full of personal data and credentials, and the check that none
 * of it survived: as written and without separators (a renderer may
 * regroup a card number or an IBAN).
 */
import { expect } from "vitest";

export const SECRETS = {
  card: "4111 1111 1111 1111",
  password: "Hunter2-Sommer!",
  apiKey: "sk-proj-Q9x8W7v6U5t4S3r2P1o0",
  iban: "DE89 3704 0044 0532 0130 00",
  ssn: "123-45-6789",
};

export const PII_TICKET = {
  subject: `Card ${SECRETS.card} and my account`,
  customerName: "Jane Roe",
  customerEmail: "jane@example.com",
  description: [
    `Someone used my API key ${SECRETS.apiKey} to log in from abroad last night.`,
    `My password: ${SECRETS.password} — I have not changed it yet.`,
    `They also saw my card ${SECRETS.card}, my IBAN ${SECRETS.iban} and my SSN ${SECRETS.ssn}.`,
  ].join("\n"),
};

/** Fails when `text` holds any of SECRETS, compared with spaces and dashes removed on both sides. */
export function expectNoTrace(text: string, where: string): void {
  const squashed = text.replace(/[\s-]/g, "");
  for (const secret of Object.values(SECRETS)) {
    expect(squashed.includes(secret.replace(/[\s-]/g, "")), `${where} holds ${secret}`).toBe(false);
  }
}
