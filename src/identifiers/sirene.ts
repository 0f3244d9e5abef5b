/**
 * Identifiers of the Sirene / company family: SIREN, SIRET, NIC, RNA, TVA intracommunautaire, EORI.
 * Every `isValid*` function checks the canonical form first, then the check algorithm (if any).
 */
import { digitSum, modDigits } from './digits.js';
import { luhn } from './luhn.js';

export const SIREN_PATTERN = '^\\d{9}$';
export const SIRET_PATTERN = '^\\d{14}$';
export const NIC_PATTERN = '^\\d{5}$';
/** W-form (`W751212517`, `W9R1011072`) or the legacy pre-2009 form (`0\d{3}00\d{4}`). */
export const RNA_PATTERN = '^(?:W\\d[0-9A-Z]\\d{7}|0\\d{3}00\\d{4})$';
export const RNA_W_PATTERN = '^W\\d[0-9A-Z]\\d{7}$';
export const RNA_LEGACY_PATTERN = '^0\\d{3}00\\d{4}$';
export const TVA_PATTERN = '^FR\\d{2}\\d{9}$';
export const EORI_PATTERN = '^FR\\d{14}$';

const SIREN_RE = new RegExp(SIREN_PATTERN);
const SIRET_RE = new RegExp(SIRET_PATTERN);
const NIC_RE = new RegExp(NIC_PATTERN);
const RNA_RE = new RegExp(RNA_PATTERN);
const TVA_RE = new RegExp(TVA_PATTERN);
const EORI_RE = new RegExp(EORI_PATTERN);

/** SIREN of La Poste, whose establishments do not follow the Luhn rule. */
export const LA_POSTE_SIREN = '356000000';
/** The head office (siège) of La Poste: the one SIRET of La Poste that follows Luhn. */
export const LA_POSTE_SIEGE_SIRET = '35600000000048';

export function isSirenFormat(value: string): boolean {
  return SIREN_RE.test(value);
}

/** SIREN: 9 digits, Luhn. */
export function isValidSiren(value: string): boolean {
  return isSirenFormat(value) && luhn(value);
}

export function isSiretFormat(value: string): boolean {
  return SIRET_RE.test(value);
}

/** True for a SIRET of a La Poste establishment subject to the digit-sum rule (not the siège). */
export function isLaPosteSiret(value: string): boolean {
  return isSiretFormat(value) && value.startsWith(LA_POSTE_SIREN) && value !== LA_POSTE_SIEGE_SIRET;
}

/**
 * SIRET: 14 digits, the first 9 being a valid SIREN, and Luhn over the 14 digits.
 * Exception (INSEE): La Poste establishments (`356000000…`, except the siège `35600000000048`)
 * have a digit sum divisible by 5 instead of a Luhn-valid SIRET.
 */
export function isValidSiret(value: string): boolean {
  if (!isSiretFormat(value)) return false;
  if (!isValidSiren(value.slice(0, 9))) return false;
  if (isLaPosteSiret(value)) return digitSum(value) % 5 === 0;
  return luhn(value);
}

/** NIC (numéro interne de classement, the last 5 digits of a SIRET): format only. */
export function isValidNic(value: string): boolean {
  return NIC_RE.test(value);
}

/** RNA (Répertoire national des associations): W-form or legacy form, format only. */
export function isValidRna(value: string): boolean {
  return RNA_RE.test(value);
}

/**
 * Key of the French intracommunity VAT number: (12 + 3 × (SIREN mod 97)) mod 97, on 2 digits.
 * Throws a RangeError when `siren` is not 9 digits (the SIREN's Luhn validity is not required here).
 */
export function tvaKey(siren: string): string {
  if (!isSirenFormat(siren)) throw new RangeError(`tvaKey: a 9-digit SIREN is expected, got ${JSON.stringify(siren)}`);
  const key = (12 + 3 * modDigits(siren, 97)) % 97;
  return String(key).padStart(2, '0');
}

export function isTvaFormat(value: string): boolean {
  return TVA_RE.test(value);
}

/** TVA intracommunautaire FR: `FR` + key + SIREN, SIREN Luhn-valid and key = {@link tvaKey}. */
export function isValidTva(value: string): boolean {
  if (!isTvaFormat(value)) return false;
  const siren = value.slice(4);
  return isValidSiren(siren) && value.slice(2, 4) === tvaKey(siren);
}

export function isEoriFormat(value: string): boolean {
  return EORI_RE.test(value);
}

/** EORI (France): `FR` + a valid SIRET. */
export function isValidEori(value: string): boolean {
  return isEoriFormat(value) && isValidSiret(value.slice(2));
}
