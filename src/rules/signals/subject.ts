/**
 * A subject line names what the body is about. "Template for chargeback
 * alerts?", "avisos de contracargos", "run logs for litigation": the body
 * then speaks of the same thing in words that report nothing — their own
 * buyers' chargebacks, a flow being built, someone else's lawsuit — and the
 * context rules set it aside there. Read alone, the subject would report it
 * again. So a signal only the subject shows stands when the body never
 * speaks of it ("SITE DOWN" over a body that says "nothing loads", which is
 * how subjects usually carry the alarm), and is set aside with the body's
 * words when the body does.
 */
import { namedTargets, scan, type Hit } from "./scan.js";
import type { Withdrawal } from "./withdrawal.js";

export function scanTicket(subject: string, body: string, language: string, withdrawn?: Withdrawal): Hit[] {
  if (subject.trim() === "") return scan(body, language, withdrawn);
  const hits = scan(`${subject}\n${body}`, language, withdrawn);
  if (hits.length === 0) return hits;
  const reportedByBody = new Set(scan(body, language, withdrawn).map((hit) => hit.target));
  const subjectOnly = hits.filter((hit) => !reportedByBody.has(hit.target));
  if (subjectOnly.length === 0) return hits;
  const namedByBody = namedTargets(body, language);
  const inSubject = subject.toLowerCase();
  // Only the subject's own words are set aside: a body sentence that needed the subject's fault to count
  // ("we invoice our clients from these numbers" under "Formula field returns wrong rounding") still stands.
  return hits.filter((hit) => reportedByBody.has(hit.target) || !namedByBody.has(hit.target) || !inSubject.includes(hit.match.toLowerCase()));
}
