/**
 * What the redactor finds and what it leaves alone, per kind, and the
 * properties every layer relies on: idempotent, never longer-lived than the
 * text it was given (no crash on any string), every generated card number
 * and IBAN gone.
 */
import { loadSettings } from "../../src/settings/index.js";
import fc from "fast-check";
import { composeIBAN, countrySpecs, isValidIBAN } from "ibantools";
import { describe, expect, it } from "vitest";
import { parseRedactionKinds } from "../../src/privacy/config.js";
import { passesLuhn } from "../../src/privacy/luhn.js";
import { redactForModel, redactText } from "../../src/privacy/redact.js";
import { oneLine } from "../../src/privacy/one-line.js";
import { ConfigError } from "../../src/config/errors.js";

const REDACTED: Array<[string, string, string]> = [
  // [kind, text, what must be gone]
  ["card", "my card 4111 1111 1111 1111 was charged", "4111 1111 1111 1111"],
  ["card", "card: 4111-1111-1111-1111.", "4111-1111-1111-1111"],
  ["card", "Visa 4012888888881881 expired", "4012888888881881"],
  ["card", "Amex 3782 822463 10005", "3782 822463 10005"],
  ["card", "4111 1111 1111 1111 12/25 cvc 123", "4111 1111 1111 1111"],
  ["iban", "IBAN: DE89 3704 0044 0532 0130 00 please", "DE89 3704 0044 0532 0130 00"],
  ["iban", "pay to GB29NWBK60161331926819.", "GB29NWBK60161331926819"],
  ["iban", "iban fr14 2004 1010 0505 0001 3m02 606", "fr14 2004 1010 0505 0001 3m02 606"],
  ["national_id", "SSN 123-45-6789", "123-45-6789"],
  ["national_id", "social security number: 123456789", "123456789"],
  ["national_id", "mi DNI es 12345678Z", "12345678Z"],
  ["national_id", "NIE X1234567L", "X1234567L"],
  ["national_id", "NIR 1 84 12 76 451 089 46", "1 84 12 76 451 089 46"],
  ["national_id", "codice fiscale RSSMRA85T10A562S", "RSSMRA85T10A562S"],
  ["national_id", "NI number AB 12 34 56 C", "AB 12 34 56 C"],
  ["national_id", "Meine Steuer-ID: 12345678901", "12345678901"],
  ["password", "password: hunter2", "hunter2"],
  ["password", "Password = 'correct horse battery'", "correct horse battery"],
  ["password", "my password is hunter2", "hunter2"],
  ["password", "mein Passwort ist Sommer2024!", "Sommer2024!"],
  ["password", "Kennwort: geheim99", "geheim99"],
  ["password", "contraseña: gato123", "gato123"],
  ["password", "mi contraseña es gato123", "gato123"],
  ["password", "mot de passe : soleil42", "soleil42"],
  ["password", "mon mot de passe est soleil42", "soleil42"],
  ["password", "login at https://admin:Tr0ub4dor@portal.example.com/", "Tr0ub4dor"],
  ["api_key", "key sk-proj-Abc123Def456Ghi789Jkl leaked", "sk-proj-Abc123Def456Ghi789Jkl"],
  ["api_key", "sk-abcdefghijklmnopqrstuvwxyz123456", "sk-abcdefghijklmnopqrstuvwxyz123456"],
  ["api_key", "token ghp_abcdefghijklmnopqrstuvwxyz0123456789", "ghp_abcdefghijklmnopqrstuvwxyz0123456789"],
  ["api_key", "bot xoxb-1234567890-0987654321-AbCdEfGh", "xoxb-1234567890-0987654321-AbCdEfGh"],
  ["api_key", "aws AKIAIOSFODNN7EXAMPLE", "AKIAIOSFODNN7EXAMPLE"],
  ["api_key", "jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U", "eyJhbGciOiJIUzI1NiJ9"],
  ["api_key", "Authorization: Bearer 9f8e7d6c5b4a39281706f5e4d3c2b1a0", "9f8e7d6c5b4a39281706f5e4d3c2b1a0"],
  ["api_key", "config api_key=Zx81Kq02Lm93Nw74Pb65 then", "Zx81Kq02Lm93Nw74Pb65"],
  ["api_key", 'client_secret: "a8F3kL0pQ7zX2mN9vB4c"', "a8F3kL0pQ7zX2mN9vB4c"],
];

const LEFT_ALONE = [
  "order 1234567890123 was shipped", // fails Luhn
  "call +49 170 1234567 tomorrow",
  "invoice 2024-0001-0042 from 2024-01-15",
  "I forgot my password.",
  "my password is not working since the update",
  "mein Passwort ist falsch",
  "the password reset link is broken",
  "token: please-help-me-with-login",
  "Error 502 on /api/v2/tickets since 10:30",
  "version 4.12.1 and build 20240115",
  "Is there a status page for outages?",
  "I'm a lawyer and use your app every day",
  "DE12 is not an IBAN and neither is MP34 cable",
  // A generated ticket id whose epoch milliseconds pass the Luhn check.
  "record TICK-1796476224599-edff36 saved",
];

describe("redactText", () => {
  it.each(REDACTED)("redacts %s: %s", (kind, text, secret) => {
    const result = redactText(text);
    expect(result.text).not.toContain(secret);
    expect(result.text).toContain(`[REDACTED:${kind}]`);
    expect(result.redacted).toEqual([kind]);
  });

  it.each(LEFT_ALONE)("leaves alone: %s", (text) => {
    expect(redactText(text)).toEqual({ text, redacted: [] });
  });

  it("finds two card numbers written side by side in one pass", () => {
    // fast-check's counterexample: the first pass had redacted only the Amex, a second pass the Visa.
    const once = redactText("Amex 3782 822463 10005 4111 1111 1111 1111 12/25 cvc 123");
    expect(once.text).toBe("Amex [REDACTED:card] [REDACTED:card] 12/25 cvc 123");
    expect(redactText(once.text)).toEqual({ text: once.text, redacted: [] });
  });

  it("keeps the words around a redaction, so the sentence still reads", () => {
    expect(redactText("Someone used my API key sk-proj-Abc123Def456Ghi789Jkl to log in from abroad").text).toBe(
      "Someone used my API key [REDACTED:api_key] to log in from abroad",
    );
    expect(redactText("password: hunter2.").text).toBe("password: [REDACTED:password].");
  });

  it("redacts only the kinds it is given", () => {
    const text = "card 4111 1111 1111 1111, password: hunter2";
    expect(redactText(text, ["password"]).text).toBe("card 4111 1111 1111 1111, password: [REDACTED:password]");
    expect(redactText(text, [])).toEqual({ text, redacted: [] });
  });

  it("lists every kind it found, in a fixed order", () => {
    const result = redactText("sk-proj-Abc123Def456Ghi789Jkl 4111111111111111 password: x1 DE89370400440532013000 123-45-6789");
    expect(result.redacted).toEqual(["card", "iban", "national_id", "password", "api_key"]);
  });

  it("redactForModel redacts the kinds it is told (ESCALATION_REDACT, from the settings)", () => {
    expect(redactForModel("password: hunter2", []).text).toBe("password: hunter2");
    expect(redactForModel("password: hunter2", loadSettings({}).privacy.redactKinds).text).toBe("password: [REDACTED:password]");
  });

  it("reads a megabyte without trouble", () => {
    const text = `${"lorem ipsum 12 dolor 4111 ".repeat(40_000)} password: hunter2`;
    const result = redactText(text);
    expect(result.redacted).toEqual(["password"]);
    expect(result.text.endsWith("password: [REDACTED:password]")).toBe(true);
  });
});

describe("redaction properties", () => {
  /** A Luhn-valid 16-digit number from a 15-digit body: the last digit makes the sum a multiple of ten. */
  const cardNumber = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 15, maxLength: 15 }).map((digits) => {
    const body = `4${digits.slice(1).join("")}`;
    const check = [...Array(10).keys()].find((d) => passesLuhn(`${body}${d}`));
    return `${body}${check}`;
  });
  const grouped = (n: string, sep: string) => n.match(/.{1,4}/g)?.join(sep) ?? n;
  const filler = fc.string({ maxLength: 40 }).map((s) => s.replace(/[\p{N}\p{L}]/gu, " "));
  const ibanCountries = Object.entries(countrySpecs)
    .filter(([, spec]) => spec.chars && spec.bban_regexp && /^\^\[0-9\]\{\d+\}\$$/.test(spec.bban_regexp))
    .map(([code, spec]) => ({ code, bbanLength: (spec.chars ?? 0) - 4 }));

  it("every card number, in any grouping, inside any text, is gone", () => {
    fc.assert(
      fc.property(cardNumber, fc.constantFrom("", " ", "-"), filler, filler, (card, sep, before, after) => {
        const text = `${before} ${grouped(card, sep)} ${after}`;
        expect(redactText(text).text.replace(/[\s-]/g, "")).not.toContain(card);
      }),
      { numRuns: 200 },
    );
  });

  it("every valid IBAN with a numeric BBAN, printed or electronic, is gone", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ibanCountries),
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 30, maxLength: 30 }),
        fc.boolean(),
        filler,
        (country, digits, printed, before) => {
          const iban = composeIBAN({ countryCode: country.code, bban: digits.slice(0, country.bbanLength).join("") });
          // Some countries add national checks to the BBAN; a random one may not be a valid IBAN at all.
          fc.pre(iban !== null && isValidIBAN(iban));
          const written = printed ? (iban?.match(/.{1,4}/g)?.join(" ") ?? "") : (iban ?? "");
          expect(redactText(`${before} ${written} .`).text.replace(/\s/g, "")).not.toContain(iban);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("is idempotent and total on any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => {
        const once = redactText(text).text;
        expect(redactText(once).text).toBe(once);
      }),
      { numRuns: 100 },
    );
  });

  it("is idempotent on texts full of secrets", () => {
    const secret = fc.constantFrom(...REDACTED.map(([, text]) => text));
    fc.assert(
      fc.property(fc.array(fc.oneof(secret, filler), { maxLength: 6 }), (parts) => {
        const once = redactText(parts.join(" ")).text;
        expect(redactText(once)).toEqual({ text: once, redacted: [] });
      }),
      { numRuns: 100 },
    );
  });
});

describe("ESCALATION_REDACT", () => {
  it("defaults to every kind, and reads lists, all and off", () => {
    expect(parseRedactionKinds(undefined)).toEqual(["card", "iban", "national_id", "password", "api_key"]);
    expect(parseRedactionKinds(" ")).toHaveLength(5);
    expect(parseRedactionKinds("all")).toHaveLength(5);
    expect(parseRedactionKinds("off")).toEqual([]);
    expect(parseRedactionKinds("none")).toEqual([]);
    expect(parseRedactionKinds("card, password,card")).toEqual(["card", "password"]);
  });

  it("names the variable and the kinds it accepts for an unknown kind", () => {
    expect(() => parseRedactionKinds("card,emails")).toThrow(ConfigError);
    expect(() => parseRedactionKinds("card,emails")).toThrow(/^ESCALATION_REDACT has an unknown kind 'emails'; use card, iban/);
  });
});

describe("oneLine", () => {
  it("flattens line breaks and control characters so a field cannot grow a second line", () => {
    expect(oneLine("Refund\r\nBcc: attacker@evil.test\u2028X: y\u0000")).toBe("Refund Bcc: attacker@evil.test X: y");
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 100 }), (text) => {
        expect(oneLine(text)).not.toMatch(/[\r\n\u0085\u2028\u2029\u0000-\u001f]/);
      }),
      { numRuns: 200 },
    );
  });
});
