/**
 * ID-03 for combined identifiers (`siren_or_rna`, `siret_or_eori`): a pattern must accept the
 * valid samples of every kind, and reject a malformed sample only when no kind's canonical form
 * accepts it (a 9-digit SIREN is a malformed RNA, but a fine `siren_or_rna`). One kind: the
 * identifiers module's `checkPattern` as is.
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

export function patternVerdict(kinds: readonly IdentifierKind[], pattern: string): PatternVerdict {
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
