/**
 * Words written in capitals to shout ("THIRD TIME", "CRITICAL:").
 */

/**
 * Four letters or more: almost every technical acronym in tickets is two or
 * three letters (API, SLA, CEO, SSO, URL, DNS, 2FA), so the length floor drops
 * them without a list. A word must be letters only, so error codes and
 * constants (HTTP2, MAX_RETRIES, E11000) never count.
 */
const SHOUTED_WORD = /(?<![\p{L}\p{N}_])\p{Lu}{4,}(?![\p{L}\p{N}_])/gu;

/** The common four-letter-plus acronyms, protocol names and log levels that are written in capitals by convention. */
const CONVENTIONAL_CAPITALS = new Set([
  "HTTP",
  "HTTPS",
  "JSON",
  "HTML",
  "REST",
  "SOAP",
  "YAML",
  "SAML",
  "OAUTH",
  "OIDC",
  "CORS",
  "CSRF",
  "SMTP",
  "IMAP",
  "CNAME",
  "UUID",
  "GUID",
  "ASCII",
  "GDPR",
  "HIPAA",
  "CCPA",
  "IBAN",
  "SEPA",
  "SWIFT",
  "NULL",
  "TRUE",
  "FALSE",
  "POST",
  "PATCH",
  "TODO",
  // Log levels in pasted logs. CRITICAL is left out on purpose: in a subject
  // line ("CRITICAL: production down") it is the customer raising their voice.
  "INFO",
  "WARN",
  "WARNING",
  "ERROR",
  "DEBUG",
  "TRACE",
  "FATAL",
  // Urgency wording is scored on its own; counting it as shouting too would score it twice.
  "ASAP",
]);

/**
 * Distinct shouted words in order of first appearance. Distinct, because a
 * pasted log repeating one constant is not more shouting than one mention.
 */
export function findShoutedWords(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(SHOUTED_WORD)) {
    const word = match[0];
    if (!CONVENTIONAL_CAPITALS.has(word)) found.add(word);
  }
  return [...found];
}
