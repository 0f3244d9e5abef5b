import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { format } from '../../src/report/formatters/junit.js';
import { EXAMPLE, HOSTILE_TEXT, hostileReport, MEN, ROOT, runCli, tempDir } from './helpers.js';
import { all, parseXml } from './xml.js';

interface JsonOut {
  findings: { convention: string; ignored?: boolean }[];
}

describe('junit format', () => {
  it('writes one suite per file, one test case per convention and one failure per finding (MEN, through the CLI)', () => {
    const dir = tempDir();
    const out = path.join(dir, 'junit.xml');
    const json = path.join(dir, 'out.json');
    const r = runCli(['lint', MEN, '--format', 'junit', '--output', out, '--format', 'json', '--output', json]);
    expect(r.code).toBe(1);
    const expected = JSON.parse(readFileSync(json, 'utf8')) as JsonOut;
    const root = parseXml(readFileSync(out, 'utf8'));
    expect(root.name).toBe('testsuites');
    const suites = all(root, 'testsuite');
    expect(suites.map((s) => s.attrs.name)).toEqual([MEN]);
    const suite = suites[0]!;
    const cases = all(suite, 'testcase');
    const conventions = new Set(cases.map((c) => c.attrs.classname));
    expect(conventions.size).toBe(cases.length);
    expect(cases.length).toBeGreaterThan(5);

    const failures = all(suite, 'failure');
    expect(failures).toHaveLength(expected.findings.filter((f) => !f.ignored).length);
    const failed = cases.filter((c) => c.children.some((x) => x.name === 'failure'));
    expect(Number(suite.attrs.tests)).toBe(cases.length);
    expect(Number(suite.attrs.failures)).toBe(failed.length);
    expect(Number(root.attrs.tests)).toBe(cases.length);
    expect(Number(root.attrs.failures)).toBe(failed.length);

    const srv = cases.find((c) => c.attrs.classname === 'bouquet-lint.SRV-01')!;
    expect(srv.attrs.name).toMatch(/^SRV-01 — /);
    const failure = srv.children.find((x) => x.name === 'failure')!;
    expect(failure.attrs.type).toBe('error');
    expect(failure.attrs.message).toContain('https://to-be-defined/anges/v1');
    expect(failure.text).toContain(`${MEN}:12:`);
    expect(cases.find((c) => c.attrs.classname === 'bouquet-lint.AUTH-01')!.children.filter((x) => x.name === 'failure').length).toBeGreaterThan(0);
  });

  it('escapes hostile text into well-formed XML that reads back unchanged, and keeps excused findings out of failures', () => {
    const report = hostileReport();
    report.findings.find((f) => f.convention === 'SRV-01')!.message += ' \u0000\u001b[31m]]>';
    const xml = format(report, { color: false, cwd: ROOT });
    const root = parseXml(xml);
    const failures = all(root, 'failure');
    expect(failures).toHaveLength(2);
    expect(failures.map((f) => f.attrs.message)).toContain(HOSTILE_TEXT + ' \uFFFD\uFFFD[31m]]>');
    expect(failures.find((f) => f.attrs.message.startsWith('Line one'))!.attrs.message).toBe('Line one\r\nline two ::error::injected');
    const doc = all(root, 'testcase').find((c) => c.attrs.classname === 'bouquet-lint.DOC-03')!;
    expect(doc.children.map((c) => c.name)).toEqual(['system-out']);
    expect(doc.children[0]!.text).toContain(`Validé avec la DINUM <script>`);
    expect(all(root, 'testsuite')[0]!.attrs.name).toBe(EXAMPLE);
    expect(Number(root.attrs.failures)).toBe(2);
    expect(Number(root.attrs.tests)).toBe(4);
  });
});
