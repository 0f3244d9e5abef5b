import { copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, format } from '../../src/report/formatters/github.js';
import { buildReport } from '../../src/report/model.js';
import { EXAMPLE, finding, hostileReport, MEN, ROOT, runCli, tempDir } from './helpers.js';

/** Reads back one workflow command the way the runner does. */
function parseCommand(line: string): { command: string; props: Record<string, string>; message: string } {
  const m = /^::(\w+) ([^:]*)::(.*)$/.exec(line);
  if (!m) throw new Error(`not a workflow command: ${line}`);
  const unescape = (s: string) => s.replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');
  const props: Record<string, string> = {};
  for (const kv of m[2]!.split(',')) {
    const eq = kv.indexOf('=');
    props[kv.slice(0, eq)] = unescape(kv.slice(eq + 1));
  }
  return { command: m[1]!, props, message: unescape(m[3]!) };
}

describe('github format', () => {
  it('escapes data and properties as the runner expects', () => {
    expect(escapeData('100% sûr\r\nsuite')).toBe('100%25 sûr%0D%0Asuite');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
  });

  it('annotates the MEN spec through the CLI, one line per finding, on the right lines', () => {
    const r = runCli(['lint', MEN, '--format', 'github']);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    const commands = lines.map(parseCommand);
    expect(commands.every((c) => ['error', 'warning', 'notice'].includes(c.command))).toBe(true);
    const srv = commands.find((c) => c.props.title!.startsWith('SRV-01 '))!;
    expect(srv.command).toBe('error');
    expect(srv.props.file).toBe(MEN);
    expect(srv.props.line).toBe('12');
    expect(Number(srv.props.col)).toBeGreaterThan(1);
    expect(srv.props.endLine).toBe('12');
    expect(srv.message).toContain('to-be-defined');
    expect(srv.message).toMatch(/\(bouquet-servers-https\)$/);
    expect(commands.some((c) => c.command === 'warning')).toBe(true);
    expect(commands.some((c) => c.props.title!.startsWith('AUTH-01 '))).toBe(true);
  });

  it('leaves excused findings out', () => {
    const dir = tempDir();
    copyFileSync(path.join(ROOT, MEN), path.join(dir, 'openapi.yaml'));
    writeFileSync(path.join(dir, '.bouquet-lint.json'), JSON.stringify({ ignore: [{ rule: 'SRV-01', reason: 'hôte communiqué' }] }));
    const r = runCli(['lint', 'openapi.yaml', '--format', 'github'], dir);
    const commands = r.stdout.trimEnd().split('\n').map(parseCommand);
    expect(commands.length).toBeGreaterThan(0);
    expect(commands.some((c) => c.props.title!.startsWith('SRV-01 '))).toBe(false);
    expect(commands.every((c) => c.props.file === 'openapi.yaml')).toBe(true);
  });

  it('keeps hostile messages on one line, so they cannot inject another command', () => {
    const out = format(hostileReport(), { color: false, cwd: ROOT });
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.every((l) => l.startsWith('::error ') || l.startsWith('::warning '))).toBe(true);
    const [first, second] = lines.map(parseCommand);
    expect(first!.message).toContain(`<script>window.__pwned='msg'</script>`);
    expect(first!.message).toContain('%0A 100% a:b,c');
    expect(second!.message).toBe('Line one\r\nline two ::error::injected (bouquet-sandbox-server)');
    expect(second!.props).toMatchObject({ file: EXAMPLE, line: '26', endLine: '27' });
    expect(second!.props.endColumn).toBeUndefined();
  });

  it('puts the most severe first, in the order found within a severity, as GitHub shows only 10 of each kind', () => {
    const at = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 4 } });
    const report = buildReport({
      tool: { name: 'bouquet-lint', version: '0.0.0-test' },
      bouquet: 'entreprise',
      profile: 'standard',
      lang: 'en',
      findings: [
        finding({ severity: 'info', level: 'MAY', message: 'i1', range: at(1) }),
        finding({ severity: 'warn', level: 'SHOULD', message: 'w1', range: at(2) }),
        finding({ message: 'e1', range: at(3) }),
        finding({ severity: 'hint', level: 'MAY', message: 'h1', range: at(4) }),
        finding({ severity: 'warn', level: 'SHOULD', message: 'w2', range: at(5) }),
        finding({ message: 'e2', range: at(6) }),
      ],
      checked: [{ convention: 'SRV-01', level: 'MUST' }],
      sources: [],
    });
    const commands = format(report, { color: false, cwd: ROOT }).trimEnd().split('\n').map(parseCommand);
    expect(commands.map((c) => `${c.command} ${c.props.line} ${c.message}`)).toEqual([
      'error 4 e1 (bouquet-servers-https)',
      'error 7 e2 (bouquet-servers-https)',
      'warning 3 w1 (bouquet-servers-https)',
      'warning 6 w2 (bouquet-servers-https)',
      'notice 2 i1 (bouquet-servers-https)',
      'notice 5 h1 (bouquet-servers-https)',
    ]);
  });

  it('shows only errors with --quiet', () => {
    const out = format(hostileReport(), { color: false, quiet: true, cwd: ROOT });
    expect(out.trimEnd().split('\n').map((l) => parseCommand(l).command)).toEqual(['error']);
  });

  it('escapes : and , in the title property (the English SRV-01 title has commas)', () => {
    const line = format(hostileReport('en'), { color: false, cwd: ROOT }).split('\n')[0]!;
    const title = /,title=(.*?)::/.exec(line)![1]!;
    expect(title).toContain('%2C');
    expect(title).not.toMatch(/[,:]/);
    expect(parseCommand(line).props.title).toMatch(/^SRV-01 .*, /);
  });
});
