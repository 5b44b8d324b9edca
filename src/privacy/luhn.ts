/**
 * The Luhn (mod 10) check every payment card number passes: from the right,
 * double every second digit, subtract 9 from results over 9, and the sum is
 * a multiple of 10. Ten lines do not justify a dependency.
 */
export function passesLuhn(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}
