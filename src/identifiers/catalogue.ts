/**
 * The identifier catalogue: one entry per kind with its canonical pattern, its check algorithm,
 * sample values and the tolerance applied when judging a pattern declared in an OpenAPI document.
 */
import { IBAN_PATTERN, isValidIban } from './bank.js';
import {
  CODE_POSTAL_PATTERN, COG_COMMUNE_PATTERN, COG_PAYS_PATTERN, IDCC_PATTERN, NAF_PATTERN, TELEPHONE_PATTERN,
} from './codes.js';
import { INE_PATTERN, UAI_PATTERN, isValidUai } from './education.js';
import {
  NIR_PATTERN, NUMERO_ALLOCATAIRE_PATTERN, REFERENCE_AVIS_PATTERN, SPI_PATTERN, isValidNir, isValidSpi,
} from './persons.js';
import {
  EORI_PATTERN, NIC_PATTERN, RNA_PATTERN, SIREN_PATTERN, SIRET_PATTERN, TVA_PATTERN,
  isValidEori, isValidSiren, isValidSiret, isValidTva,
} from './sirene.js';

export type IdentifierKind =
  | 'siren' | 'siret' | 'nic' | 'rna' | 'tva' | 'eori' | 'naf' | 'idcc' | 'code_postal' | 'cog_commune'
  | 'cog_pays' | 'uai' | 'ine' | 'nir' | 'spi' | 'reference_avis' | 'numero_allocataire' | 'iban' | 'telephone';

export const IDENTIFIER_KINDS: readonly IdentifierKind[] = Object.freeze([
  'siren', 'siret', 'nic', 'rna', 'tva', 'eori', 'naf', 'idcc', 'code_postal', 'cog_commune',
  'cog_pays', 'uai', 'ine', 'nir', 'spi', 'reference_avis', 'numero_allocataire', 'iban', 'telephone',
] as const);

export type Verdict = { ok: true } | { ok: false; reason: 'format' | 'checksum' };

export interface IdentifierInfo {
  kind: IdentifierKind;
  /** The catalogue regex source, e.g. `^\d{9}$` (for how-to-fix snippets). */
  canonicalPattern: string;
  /** True when a check algorithm exists beyond the format. */
  hasCheck: boolean;
  /** Canonical valid samples (at least 3); the first is the most typical one, usable as an example. */
  valid: readonly string[];
  /**
   * Values a correct pattern must reject: wrong length, letters, spaces, surrounding characters…
   * The first is a plain wrong-length value, safe in a URL path.
   */
  malformed: readonly string[];
  /** A well-formed, check-valid value very unlikely to exist, for "not found" live probes. */
  unknown: string;
  /** Well-formed but failing the check algorithm (only where hasCheck). */
  badCheck?: string;
}

/**
 * What a pattern declared for a kind must accept and reject (rule ID-03).
 * A pattern is right when it accepts every `mustAccept` sample, accepts every sample of at least one
 * group of `mustAcceptOneOf` (when there are groups), and rejects every `mustReject` sample.
 */
export interface PatternExpectations {
  kind: IdentifierKind;
  mustAccept: readonly string[];
  mustAcceptOneOf: readonly (readonly string[])[];
  mustReject: readonly string[];
  /** Human-readable statement of the tolerance for this kind. */
  tolerance: string;
}

interface Entry {
  pattern: string;
  check?: (value: string) => boolean;
  /** Samples a declared pattern must accept. */
  required: readonly string[];
  /** Groups: a declared pattern must accept all samples of at least one group. */
  oneOf?: readonly (readonly string[])[];
  /** Valid samples a declared pattern may reject. */
  optional?: readonly string[];
  /** Kind-specific malformed values; generic wrappers of the first valid sample are added. */
  malformed: readonly string[];
  unknown: string;
  badCheck?: string;
  tolerance: string;
}

/** The same valid value with junk around it: catches unanchored or half-anchored patterns. */
function wrapped(v: string): string[] {
  return [` ${v}`, `${v} `, `${v}\n`, `#${v}`, `${v}#`, `${v}${v}`];
}

const CATALOGUE: Record<IdentifierKind, Entry> = {
  siren: {
    pattern: SIREN_PATTERN,
    check: isValidSiren,
    required: ['005572466', '130025265', '356000000', '552100554', '732829320'],
    malformed: ['13002526', '13002526A', '1300252650', ' 130025265', '130 025 265', '130-025-265', '', 'A30025265', '13002526500013'],
    unknown: '000000000',
    badCheck: '130025266',
    tolerance: 'exactly 9 digits, leading zeros allowed (005572466): no [1-9] first digit, no 8-or-9 range, anchored at both ends',
  },
  siret: {
    pattern: SIRET_PATTERN,
    check: isValidSiret,
    required: ['13002526500013', '35600000000048', '35600000012346', '73282932000074', '00557246600018'],
    malformed: ['1300252650001', '130025265000130', '1300252650001A', '130 025 265 00013', '130025265-00013', '', '130025265'],
    unknown: '00000000000000',
    badCheck: '13002526500014',
    tolerance: 'exactly 14 digits, leading zeros allowed, anchored at both ends',
  },
  nic: {
    pattern: NIC_PATTERN,
    required: ['00013', '00048', '00074', '12346'],
    malformed: ['0001', '000130', '0001A', '00 013', ''],
    unknown: '00000',
    tolerance: 'exactly 5 digits, leading zeros allowed',
  },
  rna: {
    pattern: RNA_PATTERN,
    required: ['W751212517', 'W9R1011072', 'W2A1000123'],
    optional: ['0751001234', '0123004567'],
    malformed: ['W75121251', 'W7512125170', 'X751212517', '751212517', 'W 751212517', 'W7512125 17', 'W751212-17', ''],
    unknown: 'W000000000',
    tolerance: 'the W-form (W + digit + digit or letter + 7 digits, e.g. W9R1011072) is required; the legacy '
      + 'form 0ddd00dddd is optional; a pattern loose on the character classes (^W[0-9A-Z]{9}$) or accepting a lowercase w is tolerated',
  },
  tva: {
    pattern: TVA_PATTERN,
    check: isValidTva,
    required: ['FR07130025265', 'FR42005572466', 'FR39356000000', 'FR96552100554'],
    malformed: ['FR0713002526', 'FR071300252650', '07130025265', 'FR 07130025265', 'FR07 130025265', 'FR7130025265', ''],
    unknown: 'FR12000000000',
    badCheck: 'FR08130025265',
    tolerance: 'FR + 11 digits; patterns also accepting letters in the key (non-SIREN-based numbers) or a lowercase fr are tolerated',
  },
  eori: {
    pattern: EORI_PATTERN,
    check: isValidEori,
    required: ['FR13002526500013', 'FR35600000000048', 'FR73282932000074'],
    malformed: ['FR1300252650001', 'FR130025265000130', '13002526500013', 'FR 13002526500013', 'FR1300252650001A', ''],
    unknown: 'FR00000000000000',
    badCheck: 'FR13002526500014',
    tolerance: 'FR + 14 digits',
  },
  naf: {
    pattern: NAF_PATTERN,
    required: [],
    oneOf: [['62.01Z', '84.11Z', '01.11Z', '47.11F'], ['6201Z', '8411Z', '0111Z', '4711F']],
    malformed: ['62.01', '6201', '62.01ZZ', '6201ZZ', '620.1Z', '62 01Z', '62.0Z', '621Z', '62..01Z', ''],
    unknown: '00.00Z',
    tolerance: 'one form per API: a pattern accepting either the dotted form (62.01Z) or the compact one (6201Z), '
      + 'or both, is right; a lowercase final letter is tolerated',
  },
  idcc: {
    pattern: IDCC_PATTERN,
    required: ['0044', '1486', '3248', '1979'],
    malformed: ['44', '044', '01486', '148A', '14 86', ''],
    unknown: '0000',
    tolerance: 'exactly 4 digits as a string, leading zeros kept (0044)',
  },
  code_postal: {
    pattern: CODE_POSTAL_PATTERN,
    required: ['75001', '01000', '20000', '97400', '98000'],
    malformed: ['7500', '750011', '7500A', '75 001', '2A000', ''],
    unknown: '00000',
    tolerance: 'exactly 5 digits, leading zeros kept (01000): 4-digit codes are rejected',
  },
  cog_commune: {
    pattern: COG_COMMUNE_PATTERN,
    required: ['75056', '2A004', '2B033', '97411', '01053'],
    optional: ['98735'],
    malformed: ['7505', '750560', '2C004', '75 056', '2A04', ''],
    unknown: '01999',
    tolerance: '5 characters including Corsica (2A004, 2B033) and overseas departments (97411); a pattern '
      + 'loose on the department range (e.g. ^(?:\\d{2}|2[AB])\\d{3}$) is tolerated; overseas collectivities (98x) are optional',
  },
  cog_pays: {
    pattern: COG_PAYS_PATTERN,
    required: ['99100', '99109', '99134', '99350'],
    malformed: ['9910', '991000', '9910A', '99 100', ''],
    unknown: '99000',
    tolerance: '5 digits; a pattern not pinning the 99 prefix (^\\d{5}$) is tolerated',
  },
  uai: {
    pattern: UAI_PATTERN,
    check: isValidUai,
    required: ['0210015C', '0750654D', '0130001F', '0693446W'],
    malformed: ['0210015', '02100150C', '021001C', '0210015CC', 'A210015C', '0210015-', ''],
    unknown: '0000000A',
    badCheck: '0210015D',
    tolerance: '7 digits + 1 letter; a lowercase letter is tolerated',
  },
  ine: {
    pattern: INE_PATTERN,
    required: ['1234567890A', '123456789AB'],
    optional: ['1234A12345F'],
    malformed: ['1234567890', '1234567890AB', '123456789-A', '1234567890_', '12345 67890', ''],
    unknown: '0000000000A',
    tolerance: '11 characters: the INE-BEA form (10 digits + letter) and the INE-RNIE form (9 digits + 2 letters) '
      + 'are required; the apprentice form (dddd A ddddd letter) is optional; any 11-alphanumeric pattern is right',
  },
  nir: {
    pattern: NIR_PATTERN,
    check: isValidNir,
    required: ['253072A07300443', '180012B03301287', '269054958815780', '185079935004542'],
    malformed: ['25307207300443', '2530720730044300', '253072C07300443', '2 53 07 2A 073 004 43', '253072A0730044A', ''],
    unknown: '180017505600004',
    badCheck: '253072A07300444',
    tolerance: '15 characters, the department may be 2A/2B (Corsica): a digits-only pattern is wrong; '
      + 'a pattern loose on the sex digit or the month is tolerated',
  },
  spi: {
    pattern: SPI_PATTERN,
    check: isValidSpi,
    required: ['3023217600053', '1234567890066', '2045678901266', '0000000001001'],
    malformed: ['302321760005', '30232176000531', '302321760005A', '30 23 217 600 053', ''],
    unknown: '0000000000000',
    badCheck: '3023217600054',
    tolerance: '13 digits; a pattern not pinning the first digit to 0-3 (^\\d{13}$) is tolerated',
  },
  reference_avis: {
    pattern: REFERENCE_AVIS_PATTERN,
    required: ['1900A12345678', '2312345678901', '23AB456789012'],
    malformed: ['123456789012', '12345678901234', '2097 A1234567', '2097-A1234567', ''],
    unknown: '0000000000000',
    tolerance: '13 alphanumerics; digits-only patterns are wrong (the reference may hold letters); lowercase is tolerated',
  },
  numero_allocataire: {
    pattern: NUMERO_ALLOCATAIRE_PATTERN,
    required: ['0000354', '1234567', '7654321'],
    optional: ['354', '12345'],
    malformed: ['12345678', '123456A', '123 4567', ''],
    unknown: '0000000',
    tolerance: 'up to 7 digits as a string; a pattern requiring exactly 7 digits (zero-padded) is tolerated',
  },
  iban: {
    pattern: IBAN_PATTERN,
    check: isValidIban,
    required: ['FR7630006000011234567890189', 'FR1420041010050500013M02606', 'FR7630004000031234567890143'],
    malformed: [
      'FR763000600001123456789018', 'FR76300060000112345678901890', 'FR76 3000 6000 0112 3456 7890 189',
      '7630006000011234567890189', 'FR76-3000-6000-0112-3456-7890-189', '',
    ],
    unknown: 'FR7600000000000000000000000',
    badCheck: 'FR7630006000011234567890188',
    tolerance: 'the electronic form (no spaces), 27 characters, letters allowed in the account number; '
      + 'a generic IBAN pattern (other countries, letters anywhere after the check digits) is tolerated',
  },
  telephone: {
    pattern: TELEPHONE_PATTERN,
    required: [],
    oneOf: [
      ['0123456789', '0612345678', '0987654321'],
      ['+33123456789', '+33612345678', '+33987654321'],
      ['0033123456789', '0033612345678', '0033987654321'],
    ],
    malformed: [
      '012345678', '01234567890', '01 23 45 67 89', '01.23.45.67.89', '01-23-45-67-89', '+33 1 23 45 67 89',
      '+3312345678', '+331234567890', '012345678A', '123456789', '',
    ],
    unknown: '0639980000',
    tolerance: 'no separators; a pattern accepting only one prefix (0, +33 or 0033) is right; '
      + 'a pattern loose on the digit after the prefix (e.g. ^0\\d{9}$) is tolerated',
  },
};

function entry(kind: IdentifierKind): Entry {
  const e = CATALOGUE[kind];
  if (e === undefined) throw new RangeError(`unknown identifier kind ${JSON.stringify(kind)}`);
  return e;
}

function allValid(e: Entry): string[] {
  return [...e.required, ...(e.oneOf ?? []).flat(), ...(e.optional ?? [])];
}

function malformedOf(e: Entry): string[] {
  const first = allValid(e)[0] as string;
  const out: string[] = [];
  for (const m of [...e.malformed, ...wrapped(first)]) if (!out.includes(m)) out.push(m);
  return out;
}

const formatCache = new Map<IdentifierKind, RegExp>();
function formatRegex(kind: IdentifierKind): RegExp {
  let re = formatCache.get(kind);
  if (re === undefined) {
    re = new RegExp(entry(kind).pattern);
    formatCache.set(kind, re);
  }
  return re;
}

/** Checks `value` against the canonical form of `kind` first, then against its check algorithm. */
export function validateIdentifier(kind: IdentifierKind, value: string): Verdict {
  const e = entry(kind);
  if (typeof value !== 'string' || !formatRegex(kind).test(value)) return { ok: false, reason: 'format' };
  if (e.check !== undefined && !e.check(value)) return { ok: false, reason: 'checksum' };
  return { ok: true };
}

export function identifierInfo(kind: IdentifierKind): IdentifierInfo {
  const e = entry(kind);
  const info: IdentifierInfo = {
    kind,
    canonicalPattern: e.pattern,
    hasCheck: e.check !== undefined,
    valid: Object.freeze(allValid(e)),
    malformed: Object.freeze(malformedOf(e)),
    unknown: e.unknown,
  };
  if (e.badCheck !== undefined) info.badCheck = e.badCheck;
  return info;
}

export function patternExpectations(kind: IdentifierKind): PatternExpectations {
  const e = entry(kind);
  return {
    kind,
    mustAccept: Object.freeze([...e.required]),
    mustAcceptOneOf: Object.freeze((e.oneOf ?? []).map((g) => Object.freeze([...g]))),
    mustReject: Object.freeze(malformedOf(e)),
    tolerance: e.tolerance,
  };
}
