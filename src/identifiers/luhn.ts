import { isDigits } from './digits.js';

/**
 * Luhn (mod 10) check over a string of digits, rightmost digit being the check digit.
 * Returns false for an empty string or any non-digit character.
 *
 * Luhn detects every single-digit error and every adjacent transposition of distinct digits
 * except 09 <-> 90 (its known blind spot).
 */
export function luhn(digits: string): boolean {
  if (!isDigits(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/**
 * The digit to append to `partial` so that the result passes {@link luhn}.
 * Throws a RangeError when `partial` is not a non-empty digit string.
 */
export function luhnCheckDigit(partial: string): string {
  if (!isDigits(partial)) throw new RangeError(`luhnCheckDigit: digits expected, got ${JSON.stringify(partial)}`);
  for (let d = 0; d <= 9; d++) {
    if (luhn(partial + String(d))) return String(d);
  }
  // Unreachable: exactly one digit always completes a Luhn sum.
  throw new Error('unreachable');
}
