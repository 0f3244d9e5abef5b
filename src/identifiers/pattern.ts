/**
 * Judging a `pattern` declared for an identifier in an OpenAPI document (rule ID-03).
 */
import { patternExpectations, type IdentifierKind } from './catalogue.js';
import { compileBounded } from './bounded-regex.js';
import { isUnsafeRegex } from './regex-safety.js';

export type PatternVerdict =
  | { ok: true }
  | { ok: false; problem: 'invalid-regex'; error: string }
  | { ok: false; problem: 'unsafe-regex' }
  | { ok: false; problem: 'accepts-malformed'; sample: string }
  | { ok: false; problem: 'rejects-valid'; sample: string };

/**
 * Is `pattern` right for `kind`? The pattern is compiled with JSON Schema semantics (search, not full
 * match), vetted for catastrophic backtracking (an unsafe pattern is never executed), then run on the
 * catalogue samples: it must reject every malformed sample and accept the valid ones, with the
 * per-kind tolerance of {@link patternExpectations} (one NAF form, one phone prefix, optional legacy
 * RNA…). Malformed samples are tried first.
 */
export function checkPattern(kind: IdentifierKind, pattern: string): PatternVerdict {
  const compiled = compileBounded(pattern);
  if (!compiled.ok) return compiled;
  if (isUnsafeRegex(pattern)) return { ok: false, problem: 'unsafe-regex' };
  const re = compiled.matcher;
  const exp = patternExpectations(kind);
  for (const sample of exp.mustReject) {
    if (re.test(sample)) return { ok: false, problem: 'accepts-malformed', sample };
  }
  for (const sample of exp.mustAccept) {
    if (!re.test(sample)) return { ok: false, problem: 'rejects-valid', sample };
  }
  if (exp.mustAcceptOneOf.length > 0) {
    let firstRejected: string | undefined;
    for (const group of exp.mustAcceptOneOf) {
      const rejected = group.find((sample) => !re.test(sample));
      if (rejected === undefined) return { ok: true };
      firstRejected ??= rejected;
    }
    return { ok: false, problem: 'rejects-valid', sample: firstRejected as string };
  }
  return { ok: true };
}
