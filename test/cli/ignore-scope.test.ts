/**
 * `x-bouquet-ignore` keeps its scope: it excuses the conventions it names, at its object and below,
 * and nothing else: not another convention, not a sibling, not a parent, not another object.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';

// Each test spawns the CLI (or spectral-cli) several times: on a busy machine that exceeds the default minute.
vi.setConfig({ testTimeout: 240_000 });

const SPEC = readFileSync(path.join(ROOT, 'fixtures/config/openapi.yaml'), 'utf8');
const SIREN_GET = '  /unites_legales/{siren}:\n    get:\n';
const SIRET_GET = '  /etablissements/{siret}:\n    get:\n';

interface JsonFinding {
  convention: string;
  path: string[];
  ignored?: boolean;
  ignoreReason?: string;
}

/** Each finding as `convention operation excused?`. */
async function excused(spec: string): Promise<string[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bouquet-lint-ignore-'));
  writeFileSync(path.join(dir, 'openapi.yaml'), spec);
  const r = await runCli(['lint', 'openapi.yaml', '-f', 'json'], { cwd: dir });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout).findings.map((f: JsonFinding) => `${f.convention} ${f.path[1]} ${f.ignored ? `excused: ${f.ignoreReason}` : 'counted'}`);
}

function withIgnore(anchor: string, indent: string, body: string): string {
  expect(SPEC).toContain(anchor);
  return SPEC.replace(anchor, anchor + body.replace(/^/gm, indent) + '\n');
}

describe('x-bouquet-ignore scope', () => {
  it('on an operation: that convention there only (not the other convention on the same object, not the sibling operation)', async () => {
    expect(await excused(withIgnore(SIREN_GET, '      ', 'x-bouquet-ignore:\n  DOC-05: Description publiée dans le guide'))).toEqual([
      'DOC-05 /unites_legales/{siren} excused: Description publiée dans le guide',
      'DOC-08 /unites_legales/{siren} counted',
      'DOC-05 /etablissements/{siret} counted',
      'DOC-08 /etablissements/{siret} counted',
    ]);
  });

  it('by rule id, in the list form: only that rule', async () => {
    const list = await excused(withIgnore(SIRET_GET, '      ', 'x-bouquet-ignore: [bouquet-operation-ids]'));
    expect(list.filter((l) => !l.endsWith('counted'))).toEqual(['DOC-08 /etablissements/{siret} excused: x-bouquet-ignore']);
    expect(list).toHaveLength(4);
  });

  it('on a parent (`paths`): every object below it, for the named convention only', async () => {
    expect(await excused(SPEC.replace('paths:\n', 'paths:\n  x-bouquet-ignore:\n    DOC-08: Identifiants fixés par la passerelle\n'))).toEqual([
      'DOC-05 /unites_legales/{siren} counted',
      'DOC-08 /unites_legales/{siren} excused: Identifiants fixés par la passerelle',
      'DOC-05 /etablissements/{siret} counted',
      'DOC-08 /etablissements/{siret} excused: Identifiants fixés par la passerelle',
    ]);
  });

  it('below the offending object (its responses) or on another object (/ping): excuses nothing', async () => {
    const deeper = SPEC.replace(
      "        '200':\n          description: Unité légale trouvée\n",
      "        '200':\n          description: Unité légale trouvée\n          x-bouquet-ignore:\n            DOC-05: trop bas\n",
    );
    expect(deeper).not.toBe(SPEC);
    const other = deeper.replace('  /ping:\n    get:\n', '  /ping:\n    x-bouquet-ignore:\n      DOC-05: ailleurs\n      DOC-08: ailleurs\n    get:\n');
    expect(other).not.toBe(deeper);
    expect(await excused(other)).toEqual([
      'DOC-05 /unites_legales/{siren} counted',
      'DOC-08 /unites_legales/{siren} counted',
      'DOC-05 /etablissements/{siret} counted',
      'DOC-08 /etablissements/{siret} counted',
    ]);
  });
});
