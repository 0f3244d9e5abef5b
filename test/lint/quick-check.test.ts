import { Ajv } from 'ajv';
import formatsModule, { type FormatsPlugin } from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { createQuickChecker } from '../../src/lint/schema/quick-check.js';

const formats = formatsModule as unknown as FormatsPlugin & { default?: FormatsPlugin };
const addFormats: FormatsPlugin = formats.default ?? formats;

const defs = new Map<string, Record<string, unknown>>([
  ['https://x.invalid/siren', { $id: 'https://x.invalid/siren', type: 'string', pattern: '^\\d{9}$' }],
  ['https://x.invalid/adresse', { $id: 'https://x.invalid/adresse', type: 'object', required: ['code_postal'], properties: { code_postal: { type: 'string', minLength: 5, maxLength: 5 } }, additionalProperties: false }],
]);

const ajv = new Ajv({ strict: false, logger: false });
addFormats(ajv);
for (const d of defs.values()) ajv.addSchema(d);

const quick = createQuickChecker(defs, (name) => {
  const def = (ajv.formats as Record<string, unknown>)[name];
  if (def instanceof RegExp) return (v) => typeof v !== 'string' || def.test(v);
  if (typeof def === 'function') return (v) => typeof v !== 'string' || Boolean(def(v));
  if (typeof def === 'object' && def !== null && 'validate' in def) {
    const f = (def as { validate: unknown; type?: string });
    const type = f.type === 'number' ? 'number' : 'string';
    return (v) => typeof v !== type || (f.validate instanceof RegExp ? f.validate.test(String(v)) : Boolean((f.validate as (x: unknown) => boolean)(v)));
  }
  return undefined;
});

const SCHEMAS: Record<string, unknown>[] = [
  { type: 'string', pattern: '^\\d{4}[A-Z]{2}$' },
  { type: ['string', 'null'], format: 'date' },
  { type: 'integer', minimum: 1, exclusiveMaximum: 10 },
  { type: 'number', multipleOf: 5 },
  { enum: ['M', 'F', null] },
  { type: 'array', minItems: 1, maxItems: 3, items: { type: 'string', minLength: 2 } },
  { type: 'object', properties: { siren: { $ref: 'https://x.invalid/siren' }, adresse: { $ref: 'https://x.invalid/adresse' } }, required: ['siren'] },
  { oneOf: [{ type: 'string' }, { type: 'integer' }] },
  { anyOf: [{ type: 'string', format: 'email' }, { type: 'null' }] },
  { allOf: [{ type: 'object', required: ['a'] }, { properties: { a: { const: 1 } } }] },
  { not: { type: 'string' } },
  { type: 'object', patternProperties: { '^x-': { type: 'string' } }, additionalProperties: false, maxProperties: 2 },
  { type: 'string', format: 'date-time' },
  { type: 'object', properties: { n: { type: 'integer', format: 'int32' } } },
];

const VALUES: unknown[] = [
  '6202AB', '6202A', '2024-01-15', '2024-02-30', null, 0, 1, 9, 10, 15, 7.5, 'M', 'X', [], ['ab'], ['a'], ['ab', 'cd', 'ef', 'gh'],
  { siren: '130025265' }, { siren: '13002526' }, { siren: '130025265', adresse: { code_postal: '75014' } }, { siren: '130025265', adresse: { code_postal: '7501' } },
  { siren: '130025265', adresse: { code_postal: '75014', ville: 'Paris' } }, 'a@b.fr', 'pas un courriel', { a: 1 }, { a: 2 }, {}, { 'x-a': 'b' }, { 'x-a': 1 },
  { 'x-a': 'b', 'x-b': 'c', 'x-c': 'd' }, { y: 1 }, '2024-01-15T10:00:00Z', 'hier', { n: 2 ** 40 }, { n: 12 }, true,
];

describe('quick example check', () => {
  it('never contradicts Ajv: "valid" and "invalid" are Ajv\'s answers, "unknown" defers to it', () => {
    let decided = 0;
    for (const schema of SCHEMAS) {
      const validate = ajv.compile(schema);
      for (const value of VALUES) {
        const q = quick.check(schema, value);
        if (q === 'unknown') continue;
        decided++;
        expect(q, `${JSON.stringify(schema)} ← ${JSON.stringify(value)}`).toBe(validate(value) ? 'valid' : 'invalid');
      }
    }
    expect(decided).toBeGreaterThan(SCHEMAS.length * VALUES.length * 0.9);
  });

  it('defers what it does not know to Ajv', () => {
    expect(quick.check({ type: 'object', dependentRequired: { a: ['b'] } }, { a: 1 })).toBe('unknown');
    expect(quick.check({ type: 'string', format: 'no-such-format' }, 'x')).toBe('unknown');
    expect(quick.check({ $ref: 'https://x.invalid/missing' }, 'x')).toBe('unknown');
    expect(quick.check({ type: 'number', multipleOf: 0.1 }, 0.3)).toBe('unknown');
  });
});
