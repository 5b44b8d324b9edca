/** Signed ticket links: valid for their ticket until they expire, and for nothing else. */
import { describe, expect, it } from "vitest";
import { checkTicketLink, signTicketUrl } from "../../src/delivery/console-link.js";
import { safeEqual } from "../../src/signing.js";

const SECRET = "link-secret-0123456789abcdef";
const NOW = new Date("2026-03-01T12:00:00Z");

function parts(url: string) {
  const u = new URL(url);
  return { exp: u.searchParams.get("exp") ?? undefined, sig: u.searchParams.get("sig") ?? undefined };
}

describe("signTicketUrl / checkTicketLink", () => {
  const url = signTicketUrl("https://support.example.test/tickets/T-1", "T-1", SECRET, { now: NOW, ttlSeconds: 3600 });

  it("adds an expiry and a signature that check out for that ticket", () => {
    const { exp, sig } = parts(url);
    expect(Number(exp)).toBe(NOW.getTime() / 1000 + 3600);
    expect(checkTicketLink("T-1", exp, sig, SECRET, NOW)).toBe("valid");
  });

  it("is expired after its time, and invalid for another ticket, secret, expiry or signature", () => {
    const { exp, sig } = parts(url);
    expect(checkTicketLink("T-1", exp, sig, SECRET, new Date(NOW.getTime() + 3601_000))).toBe("expired");
    expect(checkTicketLink("T-2", exp, sig, SECRET, NOW)).toBe("invalid");
    expect(checkTicketLink("T-1", exp, sig, "another-secret-0123456789", NOW)).toBe("invalid");
    expect(checkTicketLink("T-1", String(Number(exp) + 86_400), sig, SECRET, NOW)).toBe("invalid");
    expect(checkTicketLink("T-1", exp, `${sig}x`, SECRET, NOW)).toBe("invalid");
    expect(checkTicketLink("T-1", "1e12", sig, SECRET, NOW)).toBe("invalid");
    expect(checkTicketLink("T-1", undefined, undefined, SECRET, NOW)).toBe("invalid");
  });
});

describe("safeEqual", () => {
  it("compares whole strings, whatever their lengths", () => {
    expect(safeEqual("abc", "abc")).toBe(true);
    expect(safeEqual("abc", "abcd")).toBe(false);
    expect(safeEqual("", "abc")).toBe(false);
  });
});
