/**
 * Small arithmetic helpers shared by the identifier checks. Internal: not re-exported.
 */

const DIGITS = /^\d+$/;

/** True when `value` is a non-empty string of ASCII digits. */
export function isDigits(value: string): boolean {
  return typeof value === 'string' && DIGITS.test(value);
}

/**
 * Remainder of a (possibly very long) decimal digit string modulo `m`, computed digit by digit,
 * so that 27-character IBANs never lose precision. The caller guarantees `digits` is digits only.
 */
export function modDigits(digits: string, m: number): number {
  let r = 0;
  for (let i = 0; i < digits.length; i++) {
    r = (r * 10 + (digits.charCodeAt(i) - 48)) % m;
  }
  return r;
}

/** Sum of the decimal digits of a digit string. */
export function digitSum(digits: string): number {
  let s = 0;
  for (let i = 0; i < digits.length; i++) s += digits.charCodeAt(i) - 48;
  return s;
}
