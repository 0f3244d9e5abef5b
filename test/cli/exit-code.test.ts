/** `--fail-on`: the exit code from the report's findings (CONTRACT.md, exit codes). */
import { describe, expect, it } from 'vitest';
import { exitCodeFor } from '../../src/cli/output.js';
import type { Finding, Severity } from '../../src/finding.js';
import { buildReport } from '../../src/report/model.js';

function reportWith(severities: Severity[], ignored: Severity[] = []) {
  const f = (severity: Severity, isIgnored: boolean): Finding => ({
    rule: 'r',
    convention: 'DOC-04',
    level: 'SHOULD',
    severity,
    scope: 'static',
    message: 'm',
    source: 'a.yaml',
    path: [],
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    ...(isIgnored ? { ignored: true, ignoreReason: 'r' } : {}),
  });
  return buildReport({
    tool: { name: 'bouquet-lint', version: '0' },
    bouquet: 'entreprise',
    profile: 'standard',
    lang: 'en',
    findings: [...severities.map((s) => f(s, false)), ...ignored.map((s) => f(s, true))],
    checked: [],
    sources: [],
  });
}

describe('exitCodeFor', () => {
  it.each([
    [['error'], 'error', 1],
    [['error'], 'warn', 1],
    [['error'], 'info', 1],
    [['error'], 'hint', 1],
    [['error'], 'never', 0],
    [['warn'], 'error', 0],
    [['warn'], 'warn', 1],
    [['warn'], 'info', 1],
    [['info'], 'warn', 0],
    [['info'], 'info', 1],
    [['hint'], 'info', 0],
    [['hint'], 'hint', 1],
    [[], 'hint', 0],
  ] as const)('findings %j with --fail-on %s → %i', (severities, failOn, code) => {
    expect(exitCodeFor(reportWith([...severities]), failOn)).toBe(code);
  });

  it('excused findings never fail the run', () => {
    expect(exitCodeFor(reportWith([], ['error']), 'hint')).toBe(0);
    expect(exitCodeFor(reportWith(['warn'], ['error']), 'error')).toBe(0);
  });
});
