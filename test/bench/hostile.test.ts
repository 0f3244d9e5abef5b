/** `npm run bench:hostile`: every row of issue 10 has a case, and a case that breaks its expectation is caught. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hostileCases, judge, TOKEN, type HostileCase, type Servers } from '../../bench/hostile-cases.js';
import type { LocalServer } from '../../bench/hostile-servers.js';
import type { Measurement } from '../../bench/measure.js';

const nowhere: LocalServer = { origin: 'http://127.0.0.1:9', requests: [], close: async () => {} };
const servers: Servers = { drip: nowhere, chain: nowhere, big: nowhere, echo: nowhere };
const CASES = hostileCases(servers);

function byName(part: string): HostileCase {
  const found = CASES.filter((c) => c.name.includes(part));
  expect(found).toHaveLength(1);
  return found[0]!;
}

function run(exitCode: number | null, stderr = ''): Measurement {
  return { wallS: 1, rssMiB: 100, exitCode, timedOut: false, stderrTail: stderr, stderrHead: stderr };
}

const RING_LINE = '  1:488  error  DOC-02  Reference "#/components/schemas/S0" loops on itself and never reaches a value.  bouquet-valid-refs';

describe('hostile bench cases', () => {
  it('cover rows 1 to 12', () => {
    expect([...new Set(CASES.map((c) => c.row))]).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('exit 2 with one line holds; the line is the message', () => {
    const c = byName('nested 700 deep');
    expect(judge(c, { run: run(2, 'deep.json is nested more than 500 levels deep (line 1): structure refused.\n'), dir: '', stdout: '' })).toEqual({
      violations: [],
      message: 'deep.json is nested more than 500 levels deep (line 1): structure refused.',
    });
  });

  it('a crash fails the case: wrong exit code, stack trace, several lines', () => {
    const c = byName('nested 700 deep');
    const crash = 'RangeError: Maximum call stack size exceeded\n    at walk (file:///x/dist/src/load/json.js:12:5)\n';
    expect(judge(c, { run: run(1, crash), dir: '', stdout: '' }).violations).toEqual([
      'exit 1, expected 2',
      'stack trace on stderr',
      'stderr is not one line: "RangeError: Maximum call stack size exceeded at walk (file:///x/dist/src/load/json.js:12:5)"',
    ]);
    expect(judge(c, { run: { ...run(null), timedOut: true }, dir: '', stdout: '' }).violations[0]).toBe('killed after 60 s');
  });

  it('exit 1 needs the finding that shows the guard, as many times as expected, and an empty stderr', () => {
    const c = byName('ring of 2,000');
    const good = Array(2001).fill(RING_LINE).join('\n');
    expect(judge(c, { run: run(1), dir: '', stdout: good })).toEqual({
      violations: [],
      message: '2001 × DOC-02 Reference "#/components/schemas/S0" loops on itself and never reaches a value.',
    });
    expect(judge(c, { run: run(1), dir: '', stdout: RING_LINE }).violations).toEqual(['1 output line(s) with "loops on itself", expected 2001']);
    expect(judge(c, { run: run(2, 'Internal error: Maximum call stack size exceeded (run again with --debug for details)\n'), dir: '', stdout: '' }).violations).toEqual([
      'exit 2, expected 1',
      'unexpected stderr: "Internal error: Maximum call stack size exceeded (run again with --debug for details)"',
      '0 output line(s) with "loops on itself", expected 2001',
    ]);
  });

  it('row 9: a line starting with :: or an ESC byte in the output fails', () => {
    const c = byName('::add-mask::');
    const shown = '  1:400  error  DOC-05  Parameter "x\\n::error file=README.md,line=1::pwned\\n::add-mask::secret\\r\\x1b]0;pwned\\x07\\x1b[2J" (query) has no "description".  bouquet-parameter-description';
    expect(judge(c, { run: run(1), dir: '', stdout: shown }).violations).toEqual([]);
    expect(judge(c, { run: run(1), dir: '', stdout: `${shown}\n::add-mask::secret\n` }).violations).toEqual(['stdout: 1 line(s) starting with "::", e.g. "::add-mask::secret"']);
    expect(judge(c, { run: run(1), dir: '', stdout: `${shown}\n\u001b[2J` }).violations).toEqual(['stdout: contains an ESC byte']);
  });

  it('row 8: the credential in any encoding in a report fails', () => {
    const c = byName('echoing the credential');
    const dir = mkdtempSync(path.join(tmpdir(), 'bench-hostile-'));
    writeFileSync(path.join(dir, 'report.html'), '<p>echo ***</p>');
    writeFileSync(path.join(dir, 'report.json'), '{"echo":"Bearer ***"}');
    expect(judge(c, { run: run(1), dir, stdout: '' })).toEqual({ violations: [], message: 'credential masked in report.json (1 × "***") and report.html' });
    writeFileSync(path.join(dir, 'report.html'), `<p>echo *** ${TOKEN.toLowerCase()}</p>`);
    writeFileSync(path.join(dir, 'report.json'), `{"echo":"Bearer *** ${Buffer.from(TOKEN).toString('base64')}"}`);
    const escaped = JSON.stringify(TOKEN).slice(1, -1).replace(/\//g, '\\/');
    expect(judge(c, { run: run(1), dir, stdout: '' }).violations).toEqual([
      `report.json contains the credential as ${JSON.stringify(Buffer.from(TOKEN).toString('base64'))}`,
      `report.html contains the credential as ${JSON.stringify(TOKEN)}`,
      `report.html contains the credential as ${JSON.stringify(escaped)}`,
      `report.html contains the credential as ${JSON.stringify(TOKEN.toLowerCase())}`,
    ]);
  });

  it('row 12: the usage on stderr holds', () => {
    const c = byName('no arguments');
    expect(judge(c, { run: run(2, 'Usage: bouquet-lint [options] [command]\n\nOptions:\n'), dir: '', stdout: '' })).toEqual({ violations: [], message: 'Usage: bouquet-lint [options] [command]' });
    expect(judge(c, { run: run(0), dir: '', stdout: '' }).violations).toEqual(['exit 0, expected 2', 'stderr does not start with the usage']);
  });
});
