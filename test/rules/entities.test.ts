import { describe, expect, it } from "vitest";
import { Entities } from "../../src/domain/triage.js";
import { extractEntities, MAX_ENTITIES_PER_KIND } from "../../src/rules/entities.js";

describe("extractEntities: error codes", () => {
  it("reads 4xx/5xx as HTTP statuses only next to a word that says so", () => {
    const { errorCodes } = extractEntities(
      "Error 500 on save. The API returns 503 Service Unavailable, then HTTP/1.1 429 Too Many Requests, status: 404, 502 Bad Gateway.",
    );
    expect(errorCodes).toEqual(["HTTP 500", "HTTP 503", "HTTP 429", "HTTP 404", "HTTP 502"]);
  });

  it("reads a status named in one word, as .NET and Microsoft Graph log it", () => {
    const { errorCodes } = extractEntities("teams_connector: 400 BadRequest, then 404 NotFound and 503 ServiceUnavailable.");
    expect(errorCodes).toEqual(expect.arrayContaining(["HTTP 400", "HTTP 404", "HTTP 503"]));
  });

  it("does not take a bare number for a status", () => {
    expect(extractEntities("We have 500 users and 404 licences.").errorCodes).toEqual([]);
  });

  it("finds symbolic, errno, numbered, hex and labelled codes", () => {
    const { errorCodes } = extractEntities("Got ERR_CONN_RESET then ECONNREFUSED; the client shows E1234 and 0x80070005, error code: AUTH-42. Fehler 500.");
    expect(errorCodes).toEqual(["ERR_CONN_RESET", "ECONNREFUSED", "E1234", "0x80070005", "AUTH-42", "HTTP 500"]);
  });

  it("reads a lowercase API code right after the words that report a failure", () => {
    const { errorCodes } = extractEntities("The Slack step returns invalid_blocks; the token call fails with invalid_grant (Fehler: token_expired).");
    expect(errorCodes).toEqual(["invalid_blocks", "invalid_grant", "token_expired"]);
  });

  it("does not take a field name the API returns for an error code", () => {
    expect(extractEntities("The API returns customer_email as null, and our snake_case field names are fine.").errorCodes).toEqual([]);
  });

  it("reads a quoted error message after the word for it, in four languages", () => {
    const { errorCodes } = extractEntities(
      "Login fails with error \"Invalid credentials\". DATEV lehnt die Datei mit Fehler 'Ungültiges Zeichen in Feld Buchungstext' ab. " +
        'Le connecteur affiche l\'erreur « Connexion refusée » et me sale el mensaje de error "No se pudo sincronizar".',
    );
    expect(errorCodes).toEqual(["Invalid credentials", "Ungültiges Zeichen in Feld Buchungstext", "Connexion refusée", "No se pudo sincronizar"]);
  });

  it("does not take a quoted label or a button for an error message", () => {
    expect(extractEntities("I got an error and clicked 'Save' again; the 'Append row' step is slow.").errorCodes).toEqual([]);
  });

  it("does not take shouted words for errno names", () => {
    expect(extractEntities("EVERYTHING is broken, EXTREMELY annoying").errorCodes).toEqual([]);
  });
});

describe("extractEntities: ids", () => {
  it("finds prefixed, hash, labelled, uuid and processor ids", () => {
    const { ids } = extractEntities(
      "Invoice INV-2024-001 for customer CUST-123, ticket #12345, order number 99812, Rechnungsnummer 4711, " +
        "pedido #991, commande n° 8812, request 3f2a9c1e-1b2c-4d5e-8f90-123456789abc, Stripe cus_ABC12345xyz.",
    );
    expect(ids).toEqual(["INV-2024-001", "CUST-123", "#12345", "99812", "4711", "#991", "8812", "3f2a9c1e-1b2c-4d5e-8f90-123456789abc", "cus_ABC12345xyz"]);
  });

  it("finds our own and connected tools' object ids: a short lowercase prefix, an underscore, a key with a digit", () => {
    const { ids } = extractEntities("Flow fl_8c21a, runs run_aa91 and r_de55c, workspace ws_4k2p9, request ids req_8f2c1a, Beleg R-2024-0813.");
    expect(ids).toEqual(["fl_8c21a", "run_aa91", "r_de55c", "ws_4k2p9", "req_8f2c1a", "R-2024-0813"]);
  });

  it("does not take snake_case words, short keys or one-letter labels for ids", () => {
    expect(extractEntities("customer_email is null in invalid_blocks; step_1, utf_8, A-1 and B-Team.").ids).toEqual([]);
  });

  it("skips standard names that look like ids, and labels without a number", () => {
    expect(extractEntities("Files are UTF-8, hashed with SHA-256; order confirmation never came.").ids).toEqual([]);
  });

  it("treats '#12345' and 'order 12345' as the same id", () => {
    expect(extractEntities("Ticket #12345 — I mean ticket 12345").ids).toEqual(["#12345"]);
  });

  it("does not list an error code a second time as an id", () => {
    const entities = extractEntities("It fails with ERR-1042");
    expect(entities.errorCodes).toEqual(["ERR-1042"]);
    expect(entities.ids).toEqual([]);
  });
});

describe("extractEntities: versions", () => {
  it("finds v-prefixed, bare, named and labelled versions", () => {
    const { versions } = extractEntities("On v2.3.1 of the SDK with API v3, iOS 17, Android 14.1 and version 4.2; build 10.0.19045.");
    expect(versions).toEqual(["v2.3.1", "API v3", "iOS 17", "Android 14.1", "4.2", "10.0.19045"]);
  });

  it("treats v2.3.1 and 2.3.1 as one version", () => {
    expect(extractEntities("v2.3.1, i.e. 2.3.1").versions).toEqual(["v2.3.1"]);
  });

  it("does not take dates, IP addresses, grouped thousands or URL paths for versions", () => {
    const text = "Since 12.03.2024 the host 192.168.1.10 rejects 1.200.000 requests to https://api.example.com/v2/orders";
    expect(extractEntities(text).versions).toEqual([]);
  });
});

describe("extractEntities: API paths", () => {
  it("lists the API call a customer quotes with the links, query string included", () => {
    const { urls } = extractEntities(
      "Paging through /v2/records fails: GET /v2/records?table=tbl_91&limit=200 and POST /webhooks, see https://docs.example.com/x.",
    );
    expect(urls).toEqual(["/v2/records", "GET /v2/records?table=tbl_91&limit=200", "POST /webhooks", "https://docs.example.com/x"]);
  });

  it("does not take file paths, fractions, 'and/or' or a bare API version for a call", () => {
    expect(extractEntities("Saved in /home/me/file.txt and/or C:/temp, 24/7, 1/2 of users, /v2 of the API, /api/.").urls).toEqual([]);
  });
});

describe("extractEntities: amounts", () => {
  it("finds amounts with the currency before or after", () => {
    const { amounts } = extractEntities("Paid $1,200.00, then 49 €, EUR 49,90, £20, 20 dollars, 1 200 € and US$5.");
    expect(amounts).toEqual(["$1,200.00", "49 €", "EUR 49,90", "£20", "20 dollars", "1 200 €", "US$5"]);
  });

  it("never takes a bare number for an amount", () => {
    expect(extractEntities("I waited 49 minutes for 3 answers").amounts).toEqual([]);
  });

  it("counts '49 €' written with a non-breaking space as the same amount", () => {
    expect(extractEntities("49 € and again 49\u00a0€").amounts).toEqual(["49 €"]);
  });
});

describe("extractEntities: emails and urls", () => {
  it("finds emails and explicit links, trimming trailing punctuation", () => {
    const entities = extractEntities(
      "Write to a.b+c@ex-ample.co.uk or mailto:billing@example.com (see https://api.example.com/v2/orders?id=3). Also www.example.org.",
    );
    expect(entities.emails).toEqual(["a.b+c@ex-ample.co.uk", "billing@example.com"]);
    expect(entities.urls).toEqual(["https://api.example.com/v2/orders?id=3", "www.example.org"]);
  });

  it("does not take file or code names for links", () => {
    const entities = extractEntities("I attached report.zip and config.app; order.items is wrong");
    expect(entities.urls).toEqual([]);
  });

  it("leaves the sender's own address out", () => {
    const entities = extractEntities("Reply to me@example.com or my colleague ops@example.com", { senderEmail: "ME@example.com" });
    expect(entities.emails).toEqual(["ops@example.com"]);
  });
});

describe("extractEntities: durations", () => {
  it("finds durations in all four languages", () => {
    const { durations } = extractEntities(
      "Down for 20 minutes, charged for 3 months, seit 2 Tagen, desde hace 3 días, depuis une semaine, for a few hours, 2h, 20-minute outage.",
    );
    expect(durations).toEqual(["20 minutes", "3 months", "2 Tagen", "3 días", "une semaine", "a few hours", "2h", "20-minute"]);
  });

  it("does not read 'a second' or a name for a duration", () => {
    expect(extractEntities("I got a second invoice from Amin").durations).toEqual([]);
  });
});

describe("extractEntities on the seed's enterprise ticket", () => {
  it("picks out the outage duration and nothing spurious", () => {
    const text =
      "Our production system has been down for 20 minutes due to API authentication failures. This is costing us thousands per minute and our customers are furious.";
    expect(extractEntities(text)).toEqual({
      errorCodes: [],
      ids: [],
      versions: [],
      amounts: [],
      emails: [],
      urls: [],
      durations: ["20 minutes"],
    });
  });
});

describe("extractEntities: list hygiene", () => {
  it("deduplicates and keeps the order of first appearance", () => {
    const { ids } = extractEntities("CUST-3 then CUST-1 then CUST-3 then CUST-2 then CUST-1");
    expect(ids).toEqual(["CUST-3", "CUST-1", "CUST-2"]);
  });

  it(`keeps at most ${MAX_ENTITIES_PER_KIND} entries per kind`, () => {
    const text = Array.from({ length: 50 }, (_, i) => `ORD-${1000 + i}`).join(" ");
    const { ids } = extractEntities(text);
    expect(ids).toHaveLength(MAX_ENTITIES_PER_KIND);
    expect(ids[0]).toBe("ORD-1000");
    expect(ids.at(-1)).toBe(`ORD-${1000 + MAX_ENTITIES_PER_KIND - 1}`);
  });

  it("returns output that satisfies the Entities contract", () => {
    const entities = extractEntities("Error 503 for order #12345, charged $49.99 twice in 3 days, on v1.2.3, see https://x.example.com");
    expect(Entities.parse(entities)).toEqual(entities);
  });
});

describe("extractEntities never throws", () => {
  const MB = 1_000_000;
  const fill = (unit: string): string => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);

  it.each([
    ["empty", ""],
    ["whitespace", " \n\t "],
    ["emoji", "😀🎉🔥👍🏽"],
    ["1 MB of emoji", fill("😀")],
    ["1 MB of one letter", "a".repeat(MB)],
    ["1 MB of digits", "1".repeat(MB)],
    ["1 MB of snake-case fragments", fill("A_")],
    ["1 MB of '@'-joined letters (one word)", fill("a@")],
    ["1 MB of dotted numbers", fill("1.")],
    ["1 MB of almost-amounts", fill("$1,")],
  ])("on %s", (_name, text) => {
    const entities = extractEntities(text);
    for (const list of Object.values(entities)) expect(list.length).toBeLessThanOrEqual(MAX_ENTITIES_PER_KIND);
  });

  it("still finds entities at the start of a 1 MB message made of them", () => {
    const entities = extractEntities(fill("Error 503 on API v3 for order #12345, charged $49.99 in 3 days. "));
    expect(entities).toMatchObject({
      errorCodes: ["HTTP 503"],
      ids: ["#12345"],
      versions: ["API v3"],
      amounts: ["$49.99"],
      durations: ["3 days"],
    });
  });

  it("returns empty lists for non-string input from untyped callers", () => {
    const untyped: unknown = undefined;
    expect(extractEntities(untyped as string).ids).toEqual([]);
  });
});
