/**
 * Money amounts with their currency: "$1,200.00", "49 €", "EUR 49,90", "£20",
 * "20 dollars". A bare number is never an amount.
 */
import { scan, whole, type Found } from "./found.js";

const W = String.raw`\p{L}\p{N}_`;

/**
 * A number as people write prices: grouped thousands ("1,200", "1.200",
 * "1 200") with optional cents, or plain digits with optional cents. Group
 * and decimal parts are fixed-length, so there is nothing to backtrack into.
 */
const NUMBER = String.raw`(?:\d{1,3}(?:[,.\u00a0\u202f ]\d{3}){1,6}(?:[.,]\d{1,2})?|\d{1,12}(?:[.,]\d{1,2})?)(?![\p{N}])`;

const SYMBOL = String.raw`(?:(?:US|CA|AU|NZ|HK|A|C)?\$|€|£|¥|₹|₩|₽)`;
const ISO_CODE = String.raw`(?:EUR|USD|GBP|CHF|CAD|AUD|JPY|CNY|INR|SEK|NOK|DKK|PLN|CZK|MXN|BRL|NZD|HKD|SGD|ZAR)`;
const CURRENCY_WORD = String.raw`(?:euros?|dollars?|d[oó]lares|pounds?|libras?|francs?|franken|pesos?)`;

/** Currency first: "$1,200.00", "€ 49", "EUR 49,90", "US$20". */
const CURRENCY_THEN_NUMBER = new RegExp(String.raw`(?<![${W}])(?:${SYMBOL}|${ISO_CODE}(?![${W}]))\s?${NUMBER}`, "gu");

/** Number first: "49 €", "49,90 EUR", "20 dollars". */
const NUMBER_THEN_CURRENCY = new RegExp(String.raw`(?<![${W}.,])${NUMBER}\s?(?:${SYMBOL}|${ISO_CODE}|${CURRENCY_WORD})(?![${W}])`, "giu");

export function findAmounts(text: string): Found[] {
  const tidy = (match: RegExpExecArray): Found => {
    const found = whole(match);
    // Non-breaking spaces print like spaces; normalise so "49 €" and "49\u00a0€" are one amount.
    const value = found.value.replace(/[\u00a0\u202f]/g, " ");
    return { ...found, value, key: value.toLowerCase().replace(/\s+/g, "") };
  };
  return [...scan(text, CURRENCY_THEN_NUMBER, tidy), ...scan(text, NUMBER_THEN_CURRENCY, tidy)];
}
