/** Excused findings: `x-bouquet-ignore` in the spec and `ignore` entries of the configuration. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/finding.js';
import { applyIgnores, type IgnoreEntry } from '../../src/lint/ignore.js';
import { loadSpec } from '../../src/load/spec.js';

const SPEC = {
  openapi: '3.0.3',
  info: { title: 'API', version: '1.0.0' },
  paths: {
    '/unites_legales/{siren}': {
      'x-bouquet-ignore': { 'ID-04': 'Exemple fictif validé avec la DINUM' },
      get: {
        'x-bouquet-ignore': ['bouquet-documented-fields', { rule: 'err-01', reason: 'Erreurs documentées au niveau du guide' }],
        parameters: [{ name: 'siren', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '200': { description: 'OK' } },
      },
    },
    '/etablissements/{siret}': { get: { responses: { '200': { description: 'OK' } } } },
  },
};

function finding(convention: string, rule: string, p: (string | number)[]): Finding {
  return { rule, convention, level: 'MUST', severity: 'error', scope: 'static', message: 'm', source: 'openapi.json', path: p, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
}

async function apply(findings: Finding[], entries: IgnoreEntry[] = []): Promise<Finding[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bouquet-ignore-'));
  writeFileSync(path.join(dir, 'openapi.json'), JSON.stringify(SPEC));
  const spec = await loadSpec('openapi.json', { cwd: dir });
  applyIgnores(findings, spec.documents, entries);
  return findings;
}

const SIREN_GET = ['paths', '/unites_legales/{siren}', 'get'];

describe('x-bouquet-ignore', () => {
  it('excuses the named convention on the object and below, with its reason', async () => {
    const [f] = await apply([finding('ID-04', 'bouquet-identifier-example', [...SIREN_GET, 'parameters', 0])]);
    expect(f).toMatchObject({ ignored: true, ignoreReason: 'Exemple fictif validé avec la DINUM' });
  });

  it('does not excuse another convention at the same place', async () => {
    const [f] = await apply([finding('DOC-06', 'bouquet-examples', [...SIREN_GET, 'parameters', 0])]);
    expect(f!.ignored).toBeUndefined();
    expect(f!.ignoreReason).toBeUndefined();
  });

  it('does not excuse the convention elsewhere', async () => {
    const [f] = await apply([finding('ID-04', 'bouquet-identifier-example', ['paths', '/etablissements/{siret}', 'get'])]);
    expect(f!.ignored).toBeUndefined();
  });

  it('a list: a rule id without reason, a convention in any case with its reason', async () => {
    const [a, b] = await apply([finding('DOC-06', 'bouquet-documented-fields', SIREN_GET), finding('ERR-01', 'bouquet-error-statuses-documented', [...SIREN_GET, 'responses'])]);
    expect(a).toMatchObject({ ignored: true, ignoreReason: 'x-bouquet-ignore' });
    expect(b).toMatchObject({ ignored: true, ignoreReason: 'Erreurs documentées au niveau du guide' });
  });
});

describe('configuration ignore entries', () => {
  it('match by rule, file and pointer prefix, and nothing else', async () => {
    const entries: IgnoreEntry[] = [{ rule: 'SRV-01', file: 'openapi.json', pointer: '/paths/~1etablissements~1{siret}', reason: 'Hors périmètre' }];
    const [inside, other, outside, otherFile] = await apply([
      finding('SRV-01', 'bouquet-servers-https', ['paths', '/etablissements/{siret}', 'get']),
      finding('DOC-06', 'bouquet-examples', ['paths', '/etablissements/{siret}', 'get']),
      finding('SRV-01', 'bouquet-servers-https', ['paths', '/etablissements/{siret}x']),
      { ...finding('SRV-01', 'bouquet-servers-https', ['paths', '/etablissements/{siret}']), source: 'autre.json' },
    ], entries);
    expect(inside).toMatchObject({ ignored: true, ignoreReason: 'Hors périmètre' });
    expect(other!.ignored).toBeUndefined();
    expect(outside!.ignored).toBeUndefined();
    expect(otherFile!.ignored).toBeUndefined();
  });
});
