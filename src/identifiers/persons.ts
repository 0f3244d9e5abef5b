/**
 * Identifiers of the person family (API Particulier): NIR, SPI (numéro fiscal), référence d'avis
 * d'impôt, numéro allocataire CAF.
 */
import { isDigits, modDigits } from './digits.js';

/**
 * NIR, 15 characters: sex (1, 2; 3/4 and 7/8 for temporary and waiting numbers), year (2), month (2),
 * department (2 digits or `2A`/`2B`), commune (3), order (3), key (2).
 */
export const NIR_PATTERN = '^[1-478]\\d{4}(?:2[AB]|\\d{2})\\d{8}$';
/** SPI (numéro fiscal): 13 digits, the first being 0 to 3. */
export const SPI_PATTERN = '^[0-3]\\d{12}$';
export const REFERENCE_AVIS_PATTERN = '^[0-9A-Z]{13}$';
export const NUMERO_ALLOCATAIRE_PATTERN = '^\\d{1,7}$';

const NIR_RE = new RegExp(NIR_PATTERN);
const NIR13_RE = /^[1-478]\d{4}(?:2[AB]|\d{2})\d{6}$/;
const SPI_RE = new RegExp(SPI_PATTERN);
const REFERENCE_AVIS_RE = new RegExp(REFERENCE_AVIS_PATTERN);
const NUMERO_ALLOCATAIRE_RE = new RegExp(NUMERO_ALLOCATAIRE_PATTERN);

/**
 * Key of a NIR: 97 − (13-character number mod 97), where the Corsican departments count as
 * 2A → 19 and 2B → 18 for the computation. Returns a number in 1..97, or null when `nir13` is not
 * a well-formed 13-character NIR body.
 */
export function nirKey(nir13: string): number | null {
  if (typeof nir13 !== 'string' || !NIR13_RE.test(nir13)) return null;
  const dept = nir13.slice(5, 7);
  const numeric = dept === '2A' ? `${nir13.slice(0, 5)}19${nir13.slice(7)}`
    : dept === '2B' ? `${nir13.slice(0, 5)}18${nir13.slice(7)}`
    : nir13;
  return 97 - modDigits(numeric, 97);
}

export function isNirFormat(value: string): boolean {
  return NIR_RE.test(value);
}

/** NIR (numéro de sécurité sociale): 13 characters + 2-digit key ({@link nirKey}). */
export function isValidNir(value: string): boolean {
  if (!isNirFormat(value)) return false;
  return nirKey(value.slice(0, 13)) === Number(value.slice(13));
}

/**
 * Key of a SPI: (first 10 digits as a number) mod 511, zero-padded to 3 digits.
 * Throws a RangeError when `first10` is not exactly 10 digits.
 */
export function spiKey(first10: string): string {
  if (first10.length !== 10 || !isDigits(first10)) {
    throw new RangeError(`spiKey: 10 digits expected, got ${JSON.stringify(first10)}`);
  }
  return String(modDigits(first10, 511)).padStart(3, '0');
}

export function isSpiFormat(value: string): boolean {
  return SPI_RE.test(value);
}

/** SPI (numéro fiscal): 13 digits, the last 3 being {@link spiKey} of the first 10. */
export function isValidSpi(value: string): boolean {
  return isSpiFormat(value) && value.slice(10) === spiKey(value.slice(0, 10));
}

/** Référence d'avis d'impôt: 13 uppercase alphanumerics, format only. */
export function isValidReferenceAvis(value: string): boolean {
  return REFERENCE_AVIS_RE.test(value);
}

/** Numéro allocataire CAF: 1 to 7 digits as a string, format only. */
export function isValidNumeroAllocataire(value: string): boolean {
  return NUMERO_ALLOCATAIRE_RE.test(value);
}
