import { defineRule } from '../../src/lint/rule.js';
import { recogniseIdentifier, validateIdentifier, type IdentifierKind } from '../../src/identifiers/index.js';
import { isObject } from '../../src/load/spec.js';

/** Person identifiers with a check algorithm: a value passing it must look fictitious. */
const PERSON_KINDS: IdentifierKind[] = ['nir', 'spi', 'iban'];

/** Visibly fictitious: four identical digits in a row, or four ascending ones (`0000`, `1234`). */
export function looksFictitious(value: string): boolean {
  if (/(\d)\1{3}/.test(value)) return true;
  for (let i = 0; i + 3 < value.length; i++) {
    const d = value.slice(i, i + 4);
    if (/^\d{4}$/.test(d) && [...d].every((c, j) => j === 0 || Number(c) === Number(d[j - 1]) + 1)) return true;
  }
  return false;
}

/** Shows the first characters only: the value may be real personal data. */
export function mask(value: string): string {
  return `${value.slice(0, 5)}…`;
}

/** Every string (or integer) in a value, with the key that holds it. */
function* leaves(v: unknown, key = '', depth = 0): Generator<{ key: string; value: string }> {
  if (depth > 32) return;
  if (typeof v === 'string') yield { key, value: v };
  else if (typeof v === 'number' && Number.isInteger(v)) yield { key, value: String(v) };
  else if (Array.isArray(v)) for (const x of v) yield* leaves(x, key, depth + 1);
  else if (isObject(v)) for (const [k, x] of Object.entries(v)) yield* leaves(x, k, depth + 1);
}

/** CASE-03: no real personal data in test cases: no valid NIR, person identifiers visibly fictitious. */
export default defineRule({
  meta: { id: 'bouquet-case-no-personal-data', convention: 'CASE-03', requires: 'cases' },
  check(ctx) {
    for (const tc of ctx.cases?.cases ?? []) {
      for (const field of ['params', 'payload'] as const) {
        const value = field === 'params' ? tc.params : tc.payloadJson;
        if (value === undefined) continue;
        const reported = new Set<string>();
        for (const leaf of leaves(value)) {
          if (reported.has(leaf.value)) continue;
          const compact = leaf.value.replace(/\s+/g, '');
          if (compact.length === 15 && validateIdentifier('nir', compact).ok) {
            reported.add(leaf.value);
            ctx.report({ doc: tc.doc, path: [field] }, 'validNir', { value: mask(compact) });
            continue;
          }
          const kind = recogniseIdentifier(leaf.key).find((k) => PERSON_KINDS.includes(k));
          if (kind && validateIdentifier(kind, compact).ok && !looksFictitious(compact)) {
            reported.add(leaf.value);
            ctx.report({ doc: tc.doc, path: [field] }, 'realLooking', { name: leaf.key, value: mask(compact) });
          }
        }
      }
    }
  },
});
