/**
 * Identifiers of the education family: UAI (établissement) and INE (élève / étudiant / apprenti).
 */
import { isDigits, modDigits } from './digits.js';

export const UAI_PATTERN = '^\\d{7}[A-Z]$';
export const INE_PATTERN = '^[0-9A-Za-z]{11}$';

const UAI_RE = new RegExp(UAI_PATTERN);
const INE_RE = new RegExp(INE_PATTERN);

/** The 23-letter alphabet of UAI check letters (no I, O, Q). */
export const UAI_ALPHABET = 'ABCDEFGHJKLMNPRSTUVWXYZ';

/**
 * Check letter of a UAI: `UAI_ALPHABET[(7 digits as a number) mod 23]`.
 * Throws a RangeError when `digits7` is not exactly 7 digits.
 */
export function uaiLetter(digits7: string): string {
  if (digits7.length !== 7 || !isDigits(digits7)) {
    throw new RangeError(`uaiLetter: 7 digits expected, got ${JSON.stringify(digits7)}`);
  }
  return UAI_ALPHABET.charAt(modDigits(digits7, 23));
}

export function isUaiFormat(value: string): boolean {
  return UAI_RE.test(value);
}

/** UAI (ex-RNE): 7 digits + check letter (`0210015C`). */
export function isValidUai(value: string): boolean {
  return isUaiFormat(value) && value.charAt(7) === uaiLetter(value.slice(0, 7));
}

/** The known INE families, told apart by shape only. */
export type IneForm = 'bea' | 'rnie' | 'apprentissage' | 'other';

/**
 * Which INE family an 11-character INE looks like, or null when it is not an INE at all.
 * - `bea`: 10 digits + 1 letter (Base élèves académique, before 2018; INA of agricultural schools and
 *   INE-BASE of universities share this shape),
 * - `rnie`: 9 digits + 2 letters (Répertoire national des identifiants élèves, since 2018),
 * - `apprentissage`: 4 digits + `A` + 5 digits + 1 letter (apprentices, SIFA),
 * - `other`: any other 11 alphanumerics (provisional INEs and the like).
 */
export function ineForm(value: string): IneForm | null {
  if (!INE_RE.test(value)) return null;
  const v = value.toUpperCase();
  if (/^\d{10}[A-Z]$/.test(v)) return 'bea';
  if (/^\d{9}[A-Z]{2}$/.test(v)) return 'rnie';
  if (/^\d{4}A\d{5}[A-Z]$/.test(v)) return 'apprentissage';
  return 'other';
}

/**
 * INE: 11 alphanumeric characters, FORMAT ONLY.
 *
 * Decision: no check letter is verified, not even for the INE-BEA shape (10 digits + 1 letter).
 * The mod-23 letter algorithm that circulates for INE-BEA could not be confirmed from an official
 * source, and other families share the exact same shape (INA of agricultural schools, INE-BASE),
 * so a check letter would reject genuine identifiers. A false "invalid" is worse here than a
 * missed typo: the live API is the authority on INE existence.
 */
export function isValidIne(value: string): boolean {
  return INE_RE.test(value);
}
