/**
 * ID-03 for combined identifiers (`siren_or_rna`, `siret_or_eori`): a pattern must accept the
 * valid samples of every kind, and reject a malformed sample only when no kind's canonical form
 * accepts it (a 9-digit SIREN is a malformed RNA, but a fine `siren_or_rna`). One kind: the
 * identifiers module's `checkPattern` as is, but for what the spec says of the field (a mobile
 * phone, an IBAN of any country).
 */
import {
  checkPattern, compileBounded, isUnsafeRegex, patternExpectations, validateIdentifier,
  type IdentifierKind, type PatternVerdict,
} from '../../src/identifiers/index.js';

function wellFormedForAny(kinds: readonly IdentifierKind[], sample: string): boolean {
  return kinds.some((k) => {
    const v = validateIdentifier(k, sample);
    return v.ok || v.reason === 'checksum';
  });
}

/** Valid mobile numbers (06 and 07), one group per prefix form: a mobile pattern must accept one group. */
const MOBILE_ONE_OF = [
  ['0612345678', '0712345678'],
  ['+33612345678', '+33712345678'],
  ['0033612345678', '0033712345678'],
];

/**
 * ID-03 for a phone field the spec calls a mobile (`numeroTelephonePortable`, « Commence par 06 ou 07
 * ou +33 »): rejecting a landline is what it documents, so only mobile numbers must be accepted; the
 * malformed samples must still be rejected.
 */
function mobileVerdict(pattern: string): PatternVerdict {
  const compiled = compileBounded(pattern);
  if (!compiled.ok) return compiled;
  if (isUnsafeRegex(pattern)) return { ok: false, problem: 'unsafe-regex' };
  const re = compiled.matcher;
  // The catalogue's malformed numbers, and the same with a mobile prefix (`01 23…` → `06 23…`).
  const malformed = patternExpectations('telephone').mustReject;
  for (const sample of [...malformed, ...malformed.map((m) => m.replace(/^(\+33 ?|0033|0)1/, '$16'))]) {
    if (re.test(sample)) return { ok: false, problem: 'accepts-malformed', sample };
  }
  if (MOBILE_ONE_OF.some((g) => g.every((s) => re.test(s)))) return { ok: true };
  return { ok: false, problem: 'rejects-valid', sample: MOBILE_ONE_OF[0]!.find((s) => !re.test(s))! };
}

/** Valid IBANs of other countries (22, 22 and 16 characters). */
const FOREIGN_IBANS = ['DE89370400440532013000', 'GB29NWBK60161331926819', 'BE68539007547034'];
/** The ISO 13616 form every country shares: two letters, two check digits, 11 to 30 alphanumerics. */
const ANY_COUNTRY_IBAN = /^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/;

/**
 * ID-03 for an IBAN pattern that accepts foreign IBANs (URSSAF Tiers de prestation: « un BBAN sur 14
 * à 34 caractères (23 caractères pour les comptes français) »): without a table of lengths by country
 * it cannot refuse a French IBAN one character short, which has the length of another country's. It
 * must accept every French IBAN and refuse what no country writes (spaces, dashes, no country code,
 * too long); `null` when the pattern takes French IBANs only (the catalogue's verdict applies).
 */
function internationalIbanVerdict(pattern: string): PatternVerdict | null {
  const compiled = compileBounded(pattern);
  if (!compiled.ok || isUnsafeRegex(pattern)) return null;
  const re = compiled.matcher;
  if (!FOREIGN_IBANS.every((s) => re.test(s))) return null;
  const exp = patternExpectations('iban');
  for (const sample of exp.mustReject) {
    if (!ANY_COUNTRY_IBAN.test(sample) && re.test(sample)) return { ok: false, problem: 'accepts-malformed', sample };
  }
  for (const sample of exp.mustAccept) if (!re.test(sample)) return { ok: false, problem: 'rejects-valid', sample };
  return { ok: true };
}

export function patternVerdict(kinds: readonly IdentifierKind[], pattern: string, opts: { mobile?: boolean } = {}): PatternVerdict {
  if (kinds.length === 1 && kinds[0] === 'telephone' && opts.mobile === true) return mobileVerdict(pattern);
  if (kinds.length === 1 && kinds[0] === 'iban') {
    const international = internationalIbanVerdict(pattern);
    if (international !== null) return international;
  }
  if (kinds.length === 1) return checkPattern(kinds[0]!, pattern);
  const compiled = compileBounded(pattern);
  if (!compiled.ok) return compiled;
  if (isUnsafeRegex(pattern)) return { ok: false, problem: 'unsafe-regex' };
  const re = compiled.matcher;
  const expectations = kinds.map((k) => patternExpectations(k));
  for (const exp of expectations) {
    for (const sample of exp.mustReject) {
      if (re.test(sample) && !wellFormedForAny(kinds, sample)) return { ok: false, problem: 'accepts-malformed', sample };
    }
  }
  for (const exp of expectations) {
    for (const sample of exp.mustAccept) if (!re.test(sample)) return { ok: false, problem: 'rejects-valid', sample };
    if (exp.mustAcceptOneOf.length > 0 && !exp.mustAcceptOneOf.some((g) => g.every((s) => re.test(s)))) {
      const sample = exp.mustAcceptOneOf[0]!.find((s) => !re.test(s)) ?? exp.mustAcceptOneOf[0]![0]!;
      return { ok: false, problem: 'rejects-valid', sample };
    }
  }
  return { ok: true };
}
