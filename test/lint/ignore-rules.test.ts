/** Excused findings, exactly: JSON pointers, where an `x-bouquet-ignore` applies, how entries of the configuration match. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/finding.js';
import { applyIgnores, inlineReason, pointerOf, type IgnoreEntry } from '../../src/lint/ignore.js';
import { loadSpec } from '../../src/load/spec.js';
import type { SpecDocument } from '../../src/load/document.js';

function finding(convention: string, rule: string, p: (string | number)[], source = 'specs/openapi.json'): Finding {
  return { rule, convention, level: 'MUST', severity: 'error', scope: 'static', message: 'm', source, path: p, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
}

async function docsOf(spec: object): Promise<SpecDocument[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bouquet-ignore-rules-'));
  mkdirSync(path.join(dir, 'specs'));
  writeFileSync(path.join(dir, 'specs', 'openapi.json'), JSON.stringify(spec));
  return (await loadSpec('specs/openapi.json', { cwd: dir })).documents;
}

const SPEC = {
  openapi: '3.0.3',
  info: { title: 'API', version: '1.0.0', 'x-bouquet-ignore': { 'doc-03': 42 } },
  'x-bouquet-ignore': ['bouquet-root-rule', { rule: 'ROOT-01' }, { rule: 7, reason: 'not a rule' }, 12],
  tags: [{ name: 'a', 'x-bouquet-ignore': { 'TAG-01': 'Étiquette historique' } }, { name: 'b' }],
  paths: {
    '/a~b/{id}': {
      get: {
        'x-bouquet-ignore': 'ID-04',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '200': { description: 'OK' } },
      },
    },
  },
};

describe('pointerOf', () => {
  it('escapes ~ as ~0 and / as ~1, numbers as they are', () => {
    expect(pointerOf([])).toBe('');
    expect(pointerOf(['paths', '/v1/unites_legales/{siren}', 'get', 'parameters', 0])).toBe('/paths/~1v1~1unites_legales~1{siren}/get/parameters/0');
    expect(pointerOf(['a~/b', '~1'])).toBe('/a~0~1b/~01');
  });
});

describe('inlineReason', () => {
  it('walks objects and arrays down the path; the nearest x-bouquet-ignore naming the finding wins', async () => {
    const [doc] = await docsOf(SPEC);
    expect(inlineReason(doc!, finding('TAG-01', 'r', ['tags', 0, 'name']))).toBe('Étiquette historique');
    expect(inlineReason(doc!, finding('TAG-01', 'r', ['tags', 1, 'name']))).toBeUndefined();
    // A reason that is not a string is shown as text; the key is matched in any case against the convention.
    expect(inlineReason(doc!, finding('DOC-03', 'r', ['info', 'contact']))).toBe('42');
    // Root list: a rule id alone, a convention without reason: excused with an empty reason.
    expect(inlineReason(doc!, finding('X-01', 'bouquet-root-rule', ['paths']))).toBe('');
    expect(inlineReason(doc!, finding('ROOT-01', 'r', ['paths', '/a~b/{id}', 'get']))).toBe('');
    // Entries that are neither strings nor objects with a string rule are skipped.
    expect(inlineReason(doc!, finding('X-01', '7', []))).toBeUndefined();
    expect(inlineReason(doc!, finding('X-01', '12', []))).toBeUndefined();
  });

  it('a path that leaves the document stops the walk; the parents still count', async () => {
    const [doc] = await docsOf(SPEC);
    expect(inlineReason(doc!, finding('ROOT-01', 'r', ['info', 'title', 'deeper', 'still']))).toBe('');
    expect(inlineReason(doc!, finding('DOC-03', 'r', ['info', 'title', 'deeper']))).toBe('42');
    expect(inlineReason(doc!, finding('ID-99', 'r', ['nowhere', 'at', 'all']))).toBeUndefined();
  });

  it('an x-bouquet-ignore that is a plain string is not understood', async () => {
    const [doc] = await docsOf(SPEC);
    expect(inlineReason(doc!, finding('ID-04', 'r', ['paths', '/a~b/{id}', 'get', 'parameters', 0]))).toBeUndefined();
  });
});

describe('applyIgnores', () => {
  it('an inline excuse without reason reads x-bouquet-ignore; findings of another file are not looked up inline', async () => {
    const docs = await docsOf(SPEC);
    const [a, b, c] = [finding('ROOT-01', 'r', ['paths']), finding('DOC-03', 'r', ['info']), finding('ROOT-01', 'r', ['paths'], 'other.json')];
    applyIgnores([a!, b!, c!], docs, []);
    expect(a).toMatchObject({ ignored: true, ignoreReason: 'x-bouquet-ignore' });
    expect(b).toMatchObject({ ignored: true, ignoreReason: '42' });
    expect(c!.ignored).toBeUndefined();
    expect(c!.ignoreReason).toBeUndefined();
  });

  it('entries match the rule id exactly or the convention in any case', async () => {
    const docs = await docsOf(SPEC);
    const run = (entry: IgnoreEntry) => {
      const f = finding('SRV-01', 'bouquet-servers-https', ['servers', 0, 'url']);
      applyIgnores([f], docs, [entry]);
      return f.ignored === true ? f.ignoreReason : 'kept';
    };
    expect(run({ rule: 'srv-01', reason: 'a' })).toBe('a');
    expect(run({ rule: 'bouquet-servers-https', reason: 'b' })).toBe('b');
    expect(run({ rule: 'BOUQUET-SERVERS-HTTPS', reason: 'c' })).toBe('kept');
    expect(run({ rule: 'SRV-02', reason: 'd' })).toBe('kept');
  });

  it('file: the whole shown path, or its end after a /', async () => {
    const docs = await docsOf(SPEC);
    const run = (file: string) => {
      const f = finding('SRV-01', 'r', ['servers']);
      applyIgnores([f], docs, [{ rule: 'SRV-01', file, reason: 'ok' }]);
      return f.ignored === true;
    };
    expect(run('specs/openapi.json')).toBe(true);
    expect(run('openapi.json')).toBe(true);
    expect(run('penapi.json')).toBe(false);
    expect(run('specs')).toBe(false);
    expect(run('/specs/openapi.json')).toBe(false);
  });

  it('pointer: the object itself or below it, not a sibling sharing its prefix', async () => {
    const docs = await docsOf(SPEC);
    const run = (p: (string | number)[], pointer: string) => {
      const f = finding('SRV-01', 'r', p);
      applyIgnores([f], docs, [{ rule: 'SRV-01', pointer, reason: 'ok' }]);
      return f.ignored === true;
    };
    expect(run(['servers', 0], '/servers/0')).toBe(true);
    expect(run(['servers', 0, 'url'], '/servers/0')).toBe(true);
    expect(run(['servers', 10], '/servers/1')).toBe(false);
    expect(run(['servers'], '/servers/0')).toBe(false);
    expect(run(['paths', '/a~b/{id}'], '/paths/~1a~0b~1{id}')).toBe(true);
  });

  it('the first matching entry gives the reason', async () => {
    const docs = await docsOf(SPEC);
    const f = finding('SRV-01', 'r', ['servers']);
    applyIgnores([f], docs, [
      { rule: 'SRV-02', reason: 'other' },
      { rule: 'SRV-01', reason: 'first' },
      { rule: 'SRV-01', reason: 'second' },
    ]);
    expect(f.ignoreReason).toBe('first');
  });
});
