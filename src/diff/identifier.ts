/**
 * Identifier-aware comparison: a SIREN parameter whose new pattern (or length, or enum) rejects a
 * valid SIREN breaks its callers even though its type is the same. The catalogue samples of
 * src/identifiers (valid by format and by check algorithm) are run through both versions.
 */
import { compilePattern, identifierInfo, isUnsafeRegex, recogniseIdentifier, type IdentifierKind } from '../identifiers/index.js';
import type { SchemaView } from './schema-view.js';

/** The identifier a parameter or property name stands for, when exactly one. */
export function identifierKindOf(name: string | undefined, description?: unknown): IdentifierKind | null {
  if (!name) return null;
  const kinds = recogniseIdentifier(name, typeof description === 'string' ? description : undefined);
  return kinds.length === 1 ? kinds[0]! : null;
}

/** Whether the string constraints of a schema accept a value; null when that cannot be told safely. */
function accepts(view: SchemaView, value: string): boolean | null {
  const pattern = view.keyword('pattern')?.value;
  if (typeof pattern === 'string') {
    const compiled = compilePattern(pattern);
    if (!compiled.ok || isUnsafeRegex(pattern)) return null;
    if (!compiled.regex.test(value)) return false;
  }
  const max = view.keyword('maxLength')?.value;
  if (typeof max === 'number' && [...value].length > max) return false;
  const min = view.keyword('minLength')?.value;
  if (typeof min === 'number' && [...value].length < min) return false;
  const en = view.keyword('enum')?.value;
  if (Array.isArray(en) && !en.includes(value)) return false;
  return true;
}

/** A valid identifier that the old schema accepted and the new one rejects, if any. */
export function newlyRejectedSample(kind: IdentifierKind, oldView: SchemaView, newView: SchemaView): string | null {
  for (const sample of identifierInfo(kind).valid) {
    if (accepts(oldView, sample) === true && accepts(newView, sample) === false) return sample;
  }
  return null;
}

/** True when both versions could be judged on every sample (no unsafe or invalid pattern). */
export function judgeable(kind: IdentifierKind, view: SchemaView): boolean {
  return identifierInfo(kind).valid.every((s) => accepts(view, s) !== null);
}
