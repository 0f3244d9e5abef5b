import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpec, type Node } from '../../src/load/spec.js';
import { createSpecIndex } from '../../src/lint/spec-index.js';
import { createSchemaValidator } from '../../src/lint/schema/validator.js';

const SPEC = `openapi: 3.0.3
info: { title: t, version: '1' }
paths: {}
components:
  schemas:
    Redos:
      type: object
      properties:
        nom: { type: string, pattern: '^(a|a)*$' }
        siren: { type: string, pattern: '^\\d{9}$' }
    Loop:
      allOf:
        - $ref: '#/components/schemas/Loop'
`;

async function validators() {
  const dir = mkdtempSync(path.join(tmpdir(), 'bouquet-lint-schema-'));
  writeFileSync(path.join(dir, 'openapi.yaml'), SPEC);
  const spec = await loadSpec(path.join(dir, 'openapi.yaml'));
  const node = (name: string) => ({ loc: { doc: spec.root, path: ['components', 'schemas', name] }, value: (spec.root.data as any).components.schemas[name] }) as Node<Record<string, unknown>>;
  return { v: createSchemaValidator(spec, createSpecIndex(spec), { allErrors: true }), node };
}

describe('schema validation (examples, test cases, live answers)', () => {
  it('never runs a catastrophic pattern, and still checks the others', async () => {
    const { v, node } = await validators();
    expect(v.check(node('Redos'), { nom: 'a'.repeat(40) + '!', siren: '130025265' })).toEqual({ ok: true });
    const bad = v.check(node('Redos'), { nom: 'x', siren: '13002526' });
    expect(bad?.ok).toBe(false);
    expect(v.unsafePatterns.map((p) => p.pattern)).toEqual(['^(a|a)*$']);
  });

  it('gives up on a schema that only loops on itself instead of crashing', async () => {
    const { v, node } = await validators();
    expect(v.check(node('Loop'), { a: 1 })).toBeNull();
  });
});
