/**
 * Passwords a customer types into a ticket, found by their label in
 * English, German, Spanish and French ("password: hunter2", "mein Passwort
 * ist hunter2", "contraseña: …", "mot de passe : …"), and the password part
 * of a URL with credentials (https://user:pass@host).
 *
 * After a colon or equals sign the next token is the password, whatever it
 * is. After a verb ("my password is …") the next word is often not a
 * password at all ("my password is not working"), so a list of the words
 * that commonly follow is skipped. Quoted values may contain spaces.
 */
import { groupRange, spansOf, type Span } from "./span.js";

const LABEL = [
  "passwords?",
  "passwd",
  "pwd",
  "passcode",
  "pass phrase",
  "passphrase",
  "pin",
  "passw(?:ö|oe)rter",
  "passwort",
  "kennwort",
  "contrase(?:ñ|n)a",
  "clave",
  "mot de passe",
  "mdp",
].join("|");

/** A quoted value (spaces allowed) or one run of non-space characters. */
const VALUE = `("[^"\\n]{1,200}"|'[^'\\n]{1,200}'|\`[^\`\\n]{1,200}\`|[^\\s"'\`]{1,200})`;

const AFTER_SIGN = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${LABEL})\\s*(?:\\([^)\\n]{0,30}\\))?\\s*[:=]\\s*${VALUE}`, "dgiu");
const AFTER_VERB = new RegExp(
  `(?<![\\p{L}\\p{N}_])(?:${LABEL})\\s+(?:is|was|ist|war|lautet|es|era|est|était|c'est)\\s+(?:now\\s+|jetzt\\s+|ahora\\s+|maintenant\\s+)?${VALUE}`,
  "dgiu",
);

/** Words that follow "password is" in complaints about passwords rather than in disclosures of them. */
const NOT_A_PASSWORD = new Set([
  // en
  "not",
  "no",
  "wrong",
  "incorrect",
  "invalid",
  "expired",
  "too",
  "the",
  "a",
  "an",
  "my",
  "your",
  "correct",
  "right",
  "still",
  "being",
  "required",
  "reset",
  "changed",
  "case",
  "rejected",
  "locked",
  "blocked",
  "unknown",
  "empty",
  "missing",
  "accepted",
  "working",
  "definitely",
  "correctly",
  "sent",
  "same",
  "also",
  "always",
  "never",
  "forgotten",
  "lost",
  // de
  "nicht",
  "kein",
  "falsch",
  "ungültig",
  "abgelaufen",
  "zu",
  "das",
  "der",
  "die",
  "mein",
  "richtig",
  "immer",
  "noch",
  "gesperrt",
  "korrekt",
  // es
  "incorrecta",
  "inválida",
  "invalida",
  "caducada",
  "demasiado",
  "la",
  "el",
  "mi",
  "correcta",
  "bloqueada",
  "siempre",
  "todavía",
  // fr
  "pas",
  "faux",
  "incorrect",
  "invalide",
  "expiré",
  "trop",
  "le",
  "mon",
  "bon",
  "correct",
  "bloqué",
  "toujours",
  "encore",
]);

/** scheme://user:password@host — the password part only. */
const URL_CREDENTIALS = /\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:([^\s@/]+)@/dgi;

export function detectPasswords(text: string): Span[] {
  return [
    ...spansOf(text, AFTER_SIGN, "password", (m) => valueRange(m)),
    ...spansOf(text, AFTER_VERB, "password", (m) =>
      NOT_A_PASSWORD.has(
        unquoted(m[1] ?? "")
          .toLowerCase()
          .replace(/[.,;!?]+$/, ""),
      )
        ? null
        : valueRange(m),
    ),
    ...spansOf(text, URL_CREDENTIALS, "password", (m) => groupRange(m, 1)),
  ];
}

/** The value without closing punctuation: "hunter2." ends a sentence, the dot is not the password's. */
function valueRange(m: RegExpExecArray): { start: number; end: number } | null {
  const range = groupRange(m, 1);
  if (!range) return null;
  const value = m[1] ?? "";
  const quoted = /^["'`]/.test(value);
  const trailing = quoted ? 0 : (value.match(/[.,;:)]+$/)?.[0].length ?? 0);
  return trailing === value.length ? null : { start: range.start, end: range.end - trailing };
}

function unquoted(value: string): string {
  return value.replace(/^["'`]|["'`]$/g, "");
}
