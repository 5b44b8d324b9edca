/**
 * fast-check arbitraries for the text hostile or careless customers send:
 * any Unicode, right-to-left scripts and bidi controls, emoji (also joined
 * sequences), mixed scripts, control characters and whitespace, in every
 * mixture — and tickets made of them.
 */
import fc from "fast-check";
import { CUSTOMER_TIERS } from "../../src/domain/taxonomy.js";

const fragments = {
  rtl: fc.constantFrom("مرحبا", "الخدمة متوقفة", "שלום", "החשבון שלי נחסם", "\u202e", "\u200f", "\u2067"),
  emoji: fc.constantFrom("😡", "🔥", "👨‍👩‍👧‍👦", "🏳️‍🌈", "🙏🏽", "❤️", "\ud83d"),
  scripts: fc.constantFrom("Привет", "你好，服务器宕机了", "こんにちは", "नमस्ते", "Γειά", "Ünïcödé", "ñandú", "ß"),
  controls: fc.constantFrom("\u0000", "\u0007", "\u001b[31m", "\r", "\r\n", "\t", "\u0085", "\u2028", "\ufeff", "\u200b", "\ufffd"),
  markup: fc.constantFrom("<!channel>", "<@U123>", "<script>", "</ticket>", "&amp;", "*bold*", "`code`", '{"a":1}', "\\"),
  words: fc.constantFrom("our API is down", "refund", "lawyer", "please help", "URGENT!!!", "cancel", " ", "\n\n"),
};

/** Any mixture of the fragments above and arbitrary Unicode. */
export const hostileText = (maxParts = 12) =>
  fc
    .array(
      fc.oneof(
        fc.string({ unit: "binary", maxLength: 30 }),
        fc.string({ unit: "grapheme", maxLength: 30 }),
        fragments.rtl,
        fragments.emoji,
        fragments.scripts,
        fragments.controls,
        fragments.markup,
        fragments.words,
      ),
      { maxLength: maxParts },
    )
    .map((parts) => parts.join(""));

/** Text a ticket accepts as its body: at least one visible character. */
export const hostileBody = hostileText().filter((text) => text.trim().length > 0);

/** Valid tickets (as parseTicket accepts them) whose every free-text field is hostile. */
export const hostileTicket = fc.record(
  {
    subject: hostileText(6),
    description: hostileBody,
    customerName: hostileText(4),
    channel: hostileText(2).map((s) => s.slice(0, 100)),
    customerTier: fc.constantFrom(...CUSTOMER_TIERS),
    accountValue: fc.double({ min: 0, max: 1e9, noNaN: true }),
    previousTicketCount: fc.nat({ max: 1000 }),
    supportHistory: fc.array(hostileText(3), { maxLength: 3 }),
  },
  { requiredKeys: ["description"] },
);
