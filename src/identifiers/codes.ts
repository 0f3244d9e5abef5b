/**
 * Codes without a check algorithm: NAF/APE, IDCC, code postal, COG commune and pays, telephone.
 */

/** NAF rév. 2, with the dot (`62.01Z`, INSEE's display form) or without it (`6201Z`). */
export const NAF_PATTERN = '^(?:\\d{2}\\.\\d{2}[A-Z]|\\d{4}[A-Z])$';
export const NAF_DOTTED_PATTERN = '^\\d{2}\\.\\d{2}[A-Z]$';
export const NAF_COMPACT_PATTERN = '^\\d{4}[A-Z]$';
export const IDCC_PATTERN = '^\\d{4}$';
export const CODE_POSTAL_PATTERN = '^\\d{5}$';
/** Metropolitan departments 01–95 with 2A/2B (Corsica), overseas 971–978, overseas collectivities 984–989. */
export const COG_COMMUNE_PATTERN = '^(?:(?:0[1-9]|[1-8]\\d|9[0-5]|2[AB])\\d{3}|97[1-8]\\d{2}|98[4-9]\\d{2})$';
export const COG_PAYS_PATTERN = '^99\\d{3}$';
export const TELEPHONE_PATTERN = '^(?:\\+33|0033|0)[1-9]\\d{8}$';

const NAF_RE = new RegExp(NAF_PATTERN);
const IDCC_RE = new RegExp(IDCC_PATTERN);
const CODE_POSTAL_RE = new RegExp(CODE_POSTAL_PATTERN);
const COG_COMMUNE_RE = new RegExp(COG_COMMUNE_PATTERN);
const COG_PAYS_RE = new RegExp(COG_PAYS_PATTERN);
const TELEPHONE_RE = new RegExp(TELEPHONE_PATTERN);

/** NAF/APE code in either accepted form. */
export function isValidNaf(value: string): boolean {
  return NAF_RE.test(value);
}

/** IDCC (convention collective): 4 digits as a string (`0044`). */
export function isValidIdcc(value: string): boolean {
  return IDCC_RE.test(value);
}

export function isValidCodePostal(value: string): boolean {
  return CODE_POSTAL_RE.test(value);
}

/** COG commune code (code INSEE de la commune): form only, existence is not checked. */
export function isValidCogCommune(value: string): boolean {
  return COG_COMMUNE_RE.test(value);
}

/** COG country code (`99100` is France). */
export function isValidCogPays(value: string): boolean {
  return COG_PAYS_RE.test(value);
}

/** French phone number without separators: `0X XX…`, `+33X…` or `0033X…`. */
export function isValidTelephone(value: string): boolean {
  return TELEPHONE_RE.test(value);
}
