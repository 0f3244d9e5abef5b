/**
 * Hostile input to the loader (issue 10, rows 3, 4, 5, 10, 12): every case ends with findings
 * (exit 1) or one clear line (exit 2), never a hang, a blow-up or a stack trace.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { backtrackingPatterns, baseSpec, deepProperties, refRing } from '../../bench/hostile-specs.js';

function tmp(): string {
  return mkdtempSync(path.join(tmpdir(), 'bouquet-lint-hostile-'));
}

function write(dir: string, name: string, text: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

function mkfifo(file: string): string {
  execFileSync('mkfifo', [file]);
  return file;
}

interface JsonFinding {
  convention: string;
  rule: string;
  message: string;
  path: (string | number)[];
}

describe('$ref cycles (row 3)', () => {
  it('a ring of 4,000 references: each is reported circular once, in one pass', async () => {
    const dir = tmp();
    const spec = write(dir, 'ring.json', refRing(4000));
    const r = await runCli(['lint', spec, '--format', 'json', '--lang', 'en']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const circular = (JSON.parse(r.stdout).findings as JsonFinding[]).filter((f) => f.convention === 'DOC-02' && f.message.includes('loops on itself'));
    expect(circular.length).toBe(4001);
    expect(circular[0]!.path).toEqual(['paths', '/unites_legales/{siren}', 'get', 'responses', '200', 'content', 'application/json', 'schema', '$ref']);
  });
});

describe('deep nesting (row 4)', () => {
  it('schema properties nested 700 deep: one line naming the file, exit 2', async () => {
    const dir = tmp();
    write(dir, 'deep.json', deepProperties(700));
    const r = await runCli(['lint', 'deep.json', '--lang', 'en'], { cwd: dir });
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('deep.json is nested more than 500 levels deep (line 1): structure refused.\n');
    expect(r.code).toBe(2);
  });

  it('nested 240 deep (480 levels, under the limit): linted, findings, no internal error', async () => {
    const dir = tmp();
    write(dir, 'deep.json', deepProperties(240));
    const r = await runCli(['lint', 'deep.json', '--format', 'json'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings.length).toBeGreaterThan(0);
  });
});

describe('backtracking patterns (row 5)', () => {
  it('^\\d*\\d*\\d*x$ on a 5,000-digit example and ^.*.*.*.*=$ (property and patternProperties) are judged, not run to exhaustion', async () => {
    const dir = tmp();
    const spec = write(dir, 'regex.json', backtrackingPatterns());
    const r = await runCli(['lint', spec, '--format', 'json', '--lang', 'en']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const doc07 = (JSON.parse(r.stdout).findings as JsonFinding[]).filter((f) => f.convention === 'DOC-07').map((f) => f.message);
    expect(doc07).toEqual([
      'Example "11111111111111111111111111111111111111111111111111111111111…" of "siren" does not match the schema pattern ^\\d*\\d*\\d*x$.',
      'Example "11111111111111111111111111111111111111111111111111111111111…" of "code" does not match the schema pattern ^\\d*\\d*\\d*x$.',
      'Example "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…" of "libelle" does not match the schema pattern ^.*.*.*.*=$.',
      'Example ""pas un entier"" of "attributs.cle=" is not of type integer as the schema requires.',
    ]);
  });
});

describe('files that are not regular files (row 10)', () => {
  it('a FIFO as the spec: refused at once, exit 2', async () => {
    const dir = tmp();
    mkfifo(path.join(dir, 'spec.yaml'));
    const r = await runCli(['lint', 'spec.yaml', '--lang', 'en'], { cwd: dir });
    expect(r.stderr).toBe('spec.yaml is not a regular file (pipe, device or socket): give an OpenAPI YAML or JSON file.\n');
    expect(r.code).toBe(2);
  });

  it.each(['/dev/zero', '/dev/urandom'])('%s as the spec: refused at once, exit 2', async (device) => {
    const r = await runCli(['lint', device, '--lang', 'en']);
    expect(r.stderr).toBe(`${device} is not a regular file (pipe, device or socket): give an OpenAPI YAML or JSON file.\n`);
    expect(r.code).toBe(2);
  });

  it('a FIFO or /dev/zero as --config: refused, exit 2', async () => {
    const dir = tmp();
    write(dir, 'openapi.json', JSON.stringify(baseSpec()));
    mkfifo(path.join(dir, 'config.json'));
    const fifo = await runCli(['lint', 'openapi.json', '--config', 'config.json', '--lang', 'en'], { cwd: dir });
    expect(fifo.stderr).toBe('config.json is not a regular file (pipe, device or socket): give an OpenAPI YAML or JSON file.\n');
    expect(fifo.code).toBe(2);
    const zero = await runCli(['lint', 'openapi.json', '--config', '/dev/zero', '--lang', 'en'], { cwd: dir });
    expect(zero.stderr).toBe('/dev/zero is not a regular file (pipe, device or socket): give an OpenAPI YAML or JSON file.\n');
    expect(zero.code).toBe(2);
  });

  it('a $ref to a FIFO in the spec folder: a DOC-02 finding at the $ref, exit 1', async () => {
    const dir = tmp();
    mkfifo(path.join(dir, 'schemas.yaml'));
    write(dir, 'openapi.json', JSON.stringify(baseSpec({ schema: { $ref: 'schemas.yaml#/Unite' } })));
    const r = await runCli(['lint', 'openapi.json', '--format', 'json', '--lang', 'en'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const doc02 = (JSON.parse(r.stdout).findings as JsonFinding[]).filter((f) => f.convention === 'DOC-02' && f.message.includes('schemas.yaml'));
    expect(doc02.map((f) => f.message)).toEqual(['Reference "schemas.yaml#/Unite" points at an unreadable file: not a regular file.']);
  });

  it('a spec over --max-file-size: exit 2, the limit named', async () => {
    const dir = tmp();
    write(dir, 'openapi.json', JSON.stringify(baseSpec()));
    const r = await runCli(['lint', 'openapi.json', '--max-file-size', '200', '--lang', 'en'], { cwd: dir });
    expect(r.stderr).toBe('openapi.json is larger than the maximum size of 200 B (option --max-file-size).\n');
    expect(r.code).toBe(2);
  });

  it('a $ref target over --max-file-size: a DOC-02 finding, exit 1', async () => {
    const dir = tmp();
    write(dir, 'big.json', JSON.stringify({ Unite: { type: 'object', description: 'x'.repeat(4096) } }));
    write(dir, 'openapi.json', JSON.stringify(baseSpec({ schema: { $ref: 'big.json#/Unite' } })));
    const r = await runCli(['lint', 'openapi.json', '--max-file-size', '3kB', '--format', 'json', '--lang', 'en'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const doc02 = (JSON.parse(r.stdout).findings as JsonFinding[]).filter((f) => f.convention === 'DOC-02' && f.message.includes('big.json'));
    expect(doc02.map((f) => f.message)).toEqual(['Reference "big.json#/Unite" points at an unreadable file: larger than 3 kB.']);
  });

  it('a bad --max-file-size value: exit 2', async () => {
    const r = await runCli(['lint', 'fixtures/example/openapi.yaml', '--max-file-size', 'huge', '--lang', 'en']);
    expect(r.stderr).toBe('Invalid value for --max-file-size: "huge" (expected: 50MB, 512kB, 1048576).\n');
    expect(r.code).toBe(2);
  });
});

describe('no arguments (row 12)', () => {
  it('prints the usage on stderr and exits 2', async () => {
    const r = await runCli([]);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^Usage: bouquet-lint \[options\] \[command\]\n/);
    expect(r.stderr).toContain('lint [options] <spec...>');
    expect(r.code).toBe(2);
  });
});
