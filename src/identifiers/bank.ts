/**
 * IBAN (France) and the helpers needed to build one.
 */
import { isDigits, modDigits } from './digits.js';

export const IBAN_PATTERN = '^FR\\d{12}[0-9A-Z]{11}\\d{2}$';
const IBAN_RE = new RegExp(IBAN_PATTERN);

/** Letters as ISO 13616 numbers: A = 10 … Z = 35. */
function lettersToDigits(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += c >= 65 && c <= 90 ? String(c - 55) : s.charAt(i);
  }
  return out;
}

/** ISO 13616 remainder: country and check digits moved to the end, letters expanded, mod 97. */
export function ibanMod97(iban: string): number | null {
  if (!/^[A-Z]{2}\d{2}[0-9A-Z]+$/.test(iban)) return null;
  return modDigits(lettersToDigits(iban.slice(4) + iban.slice(0, 4)), 97);
}

/**
 * The two ISO 13616 check digits for `country` (2 uppercase letters) and `bban` (uppercase
 * alphanumerics). Throws a RangeError on malformed input.
 */
export function ibanCheckDigits(country: string, bban: string): string {
  if (!/^[A-Z]{2}$/.test(country) || !/^[0-9A-Z]+$/.test(bban)) {
    throw new RangeError(`ibanCheckDigits: bad country or BBAN ${JSON.stringify(country)} ${JSON.stringify(bban)}`);
  }
  const r = modDigits(lettersToDigits(`${bban}${country}00`), 97);
  return String(98 - r).padStart(2, '0');
}

export function isIbanFormat(value: string): boolean {
  return IBAN_RE.test(value);
}

/**
 * IBAN (France): `FR`, 2 check digits, bank code (5), branch code (5), account (11 alphanumerics),
 * RIB key (2); valid when the ISO 13616 mod-97 remainder is 1. The RIB key is not checked
 * separately (it is covered by the IBAN check digits once the IBAN was issued by a bank).
 */
export function isValidIban(value: string): boolean {
  return isIbanFormat(value) && ibanMod97(value) === 1;
}

/** RIB letter substitution for the account number (A,J → 1; B,K,S → 2; …; I,R → 9). */
function ribLetter(c: string): string {
  const code = c.charCodeAt(0);
  if (code >= 48 && code <= 57) return c;
  const table = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const values = '12345678912345678923456789';
  const i = table.indexOf(c);
  return i < 0 ? c : values.charAt(i);
}

/**
 * RIB key (clé RIB) of a French bank account: 97 − ((89 × bank + 15 × branch + 3 × account) mod 97).
 * Used to build realistic samples; throws a RangeError on malformed input.
 */
export function ribKey(bank: string, branch: string, account: string): string {
  if (!/^\d{5}$/.test(bank) || !/^\d{5}$/.test(branch) || !/^[0-9A-Z]{11}$/.test(account)) {
    throw new RangeError('ribKey: bank (5 digits), branch (5 digits), account (11 alphanumerics) expected');
  }
  const acc = account.split('').map(ribLetter).join('');
  if (!isDigits(acc)) throw new RangeError('ribKey: account cannot be converted');
  const r = (89 * modDigits(bank, 97) + 15 * modDigits(branch, 97) + 3 * modDigits(acc, 97)) % 97;
  return String(97 - r).padStart(2, '0');
}
