/** The benchmark harness end to end, as `npm run bench` runs it (needs the build: `npm test` does it). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../bench/paths.js';

const CELL = /^\d+\.\d+ s \/ \d+ MiB$/;
const RATIO = /^\d+(\.\d+)?× \/ \d+(\.\d+)?×$/;

function tableRows(markdown: string): string[][] {
  return markdown
    .split('\n')
    .filter((l) => l.startsWith('| ') && !l.startsWith('| spec'))
    .map((l) => l.slice(2, -2).split(' | '));
}

describe('npm run bench', () => {
  it('measures every tool on the example spec and each spec of a folder, and writes the results', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'bench-test-')), 'results.md');
    const run = spawnSync(process.execPath, ['dist/bench/run.js', 'test/bench/fixtures/tiny', '--runs', '1', '--out', out], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    const written = readFileSync(out, 'utf8');
    expect(run.stdout).toBe(written);
    expect(written).toContain(`- Node: ${process.version}`);
    expect(written).toMatch(/- Machine: \d+ cores/);
    expect(written).toContain('- Runs: 1 per tool');

    const rows = tableRows(written);
    // The 20 KB-class example first, then the folder's specs in name order; the README is skipped.
    expect(rows.map((r) => r[0])).toEqual(['openapi.yaml', 'cvec.json', 'dsnj-service-national.yaml']);
    expect(rows[1]![1]).toBe('4 KB');
    for (const row of rows) {
      for (const tool of row.slice(2, 6)) expect(tool).toMatch(CELL);
      for (const ratio of row.slice(6)) expect(ratio).toMatch(RATIO);
    }
    expect(written).toMatch(/20 KB-class check: `bouquet-lint lint openapi\.yaml` \(\d+ KB\): \d+\.\d+ s wall .*budget ≤ 1 s: \*\*(met|NOT met)\*\*/);
    // One progress line per tool and spec, in alternation.
    const progress = run.stderr.split('\n').filter((l) => l.startsWith('cvec.json '));
    expect(progress.map((l) => l.split(' ')[1])).toEqual(['bouquet-lint', 'redocly', 'spectral', 'floor']);
  });

  it('refuses a bad --runs and a missing spec folder with exit 2', () => {
    const bad = spawnSync(process.execPath, ['dist/bench/run.js', 'test/bench/fixtures/tiny', '--runs', 'zero'], { cwd: ROOT, encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--runs expects a positive number');
    const none = spawnSync(process.execPath, ['dist/bench/run.js'], { cwd: ROOT, encoding: 'utf8' });
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('usage: npm run bench');
  });
});
