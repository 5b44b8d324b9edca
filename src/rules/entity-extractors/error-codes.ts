/**
 * Error codes and HTTP statuses the customer quotes.
 */
import { constants } from "node:os";
import { group, scan, whole, type Found } from "./found.js";

/** Characters that make up a word, for Unicode-aware word edges (JS `\b` only knows ASCII). */
const W = String.raw`\p{L}\p{N}_`;

/**
 * A 4xx/5xx number counts as an HTTP status only next to a word that says so
 * ("error 500", "HTTP/1.1 503", "returns 404", "429 Too Many Requests"):
 * alone, "500" is as likely a quantity or an amount.
 */
const STATUS_AFTER_WORD = new RegExp(
  String.raw`(?<![${W}])(?:https?(?:\/\d(?:\.\d)?)?|status(?:\s?code)?|error(?:\s?code)?|returns?|returned|returning|response|responds? with|fehler(?:code)?|erreur|c[oó]digo|code)[\s:#=]{0,3}([45]\d\d)(?![${W}]|[.,]\d)`,
  "giud",
);
const STATUS_BEFORE_WORD = new RegExp(
  String.raw`(?<![${W}.,])([45]\d\d)[\s-]{1,2}(?:errors?|fehler|erreur|status|response|bad\s?request|unauthori[sz]ed|forbidden|not\s?found|internal\s?server\s?error|bad\s?gateway|service\s?unavailable|gateway\s?time-?out|too\s?many\s?requests|conflict)(?![${W}])`,
  "giud",
);

/** SHOUTED_SNAKE codes with at least two parts: ERR_CONN_RESET, PERMISSION_DENIED, EAI_AGAIN. */
const SNAKE_CODE = new RegExp(String.raw`(?<![${W}])[A-Z][A-Z0-9]{1,30}(?:_[A-Z0-9]{1,30}){1,8}(?![${W}])`, "gu");

/** Candidates for POSIX errno names (ECONNREFUSED, ETIMEDOUT), confirmed against the OS's own list. */
const ERRNO_CANDIDATE = new RegExp(String.raw`(?<![${W}])E[A-Z0-9]{2,15}(?![${W}])`, "gu");
const ERRNO_NAMES: ReadonlySet<string> = new Set(Object.keys(constants.errno));

/** Numbered codes: E1234, ERR-42, error_1001. */
const NUMBERED_CODE = new RegExp(String.raw`(?<![${W}-])(?:E|ERR|ERROR)[-_]?\d{2,6}(?![${W}])`, "giu");

/** Windows HRESULT-style hex codes: 0x80070005. */
const HEX_CODE = new RegExp(String.raw`(?<![${W}])0x[0-9a-f]{4,16}(?![${W}])`, "giu");

/** Whatever follows "error code": "error code AUTH-42", "Fehlercode X17". */
const LABELLED_CODE = new RegExp(
  String.raw`(?<![${W}])(?:error\s?code|fehlercode|code d['’]erreur|c[oó]digo de error)[\s:#=]{1,3}([A-Za-z0-9][A-Za-z0-9_-]{1,30})(?![${W}-])`,
  "giud",
);

/**
 * A lowercase snake_case code right after the words that report a failure:
 * "returns invalid_blocks", "fails with rate_limited", "error: invalid_grant",
 * "Fehler token_expired". APIs answer with such codes (Slack, OAuth, Stripe);
 * elsewhere in a sentence, or as in "returns customer_email as null", the
 * same shape is a field name.
 */
const SNAKE_AFTER_FAILURE = new RegExp(
  String.raw`(?<![${W}])(?:returns?|returned|returning|responds? with|fails? with|failed with|throws?|error(?:\s?code)?|fehler(?:code)?|erreur|c[oó]digo de error)[\s:=]{1,3}([a-z][a-z0-9]*(?:_[a-z0-9]+){1,6})(?![${W}])(?!\s+as\b)`,
  "giud",
);

/**
 * The text of an error message the customer copied, in quotes right after
 * the word for it: error 'Something went wrong', Fehler „Ungültiges Zeichen
 * in Feld Buchungstext", erreur « Connexion refusée », error message: "…".
 * It is what a specialist searches the logs and the code for. Prose in
 * quotes elsewhere ('Append row', "Done") is a label, not an error.
 */
const QUOTED_ERROR_MESSAGE = new RegExp(
  String.raw`(?<![${W}])(?:error(?:\s?message)?|errors|fehler(?:meldung)?|meldung|erreur|message d['’]erreur|mensaje de error|error de)\s?:?\s?(?:(?:mit|with|de|du)\s)?(?:['"‘“„«]\s?)([^'"‘’“”„«»\n]{3,120}?)(?:\s?['"’”“»])`,
  "giud",
);

const HTTP_STATUS = /^[45]\d\d$/;

export function findErrorCodes(text: string): Found[] {
  const httpStatus = (match: RegExpExecArray): Found | null => {
    const status = group(match, 1);
    return status && { ...status, value: `HTTP ${status.value}` };
  };
  return [
    ...scan(text, STATUS_AFTER_WORD, httpStatus),
    ...scan(text, STATUS_BEFORE_WORD, httpStatus),
    ...scan(text, SNAKE_CODE, whole),
    ...scan(text, ERRNO_CANDIDATE, (match) => (ERRNO_NAMES.has(match[0]) ? whole(match) : null)),
    ...scan(text, NUMBERED_CODE, whole),
    ...scan(text, HEX_CODE, whole),
    ...scan(text, SNAKE_AFTER_FAILURE, (match) => group(match, 1)),
    ...scan(text, QUOTED_ERROR_MESSAGE, (match) => group(match, 1)),
    ...scan(text, LABELLED_CODE, (match) => {
      const code = group(match, 1);
      // HTTP statuses are covered above; a code without a digit is a word ("error code is missing").
      return code && /\d/.test(code.value) && !HTTP_STATUS.test(code.value) ? code : null;
    }),
  ];
}
