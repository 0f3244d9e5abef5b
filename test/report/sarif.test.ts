import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Ajv04Module from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { format } from '../../src/report/formatters/sarif.js';
import { EXAMPLE, finding, hostileReport, MEN, probeFixture, ROOT, runCli, tempDir } from './helpers.js';
import { buildReport } from '../../src/report/model.js';

const Ajv04 = Ajv04Module.default;
const addFormats = addFormatsModule.default;
const require = createRequire(import.meta.url);
const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as object;
// The schema's `language` pattern has a stray `]`, invalid with the u flag: compile patterns without it.
const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

interface SarifResult {
  ruleId: string;
  level: string;
  message: { text: string };
  locations?: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: Record<string, number> } }[];
  partialFingerprints: Record<string, string>;
  suppressions?: { kind: string; justification: string }[];
}
interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; informationUri: string; rules: { id: string; helpUri: string; shortDescription: { text: string }; properties: { tags: string[] } }[] } };
    results: SarifResult[];
  }[];
}

function expectValid(log: unknown): void {
  const ok = validate(log);
  expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3))).toEqual([]);
  expect(ok).toBe(true);
}

describe('sarif format', () => {
  it('writes a valid SARIF 2.1.0 log for the MEN spec through the CLI, with repo-relative locations', () => {
    const dir = tempDir();
    const out = path.join(dir, 'men.sarif');
    const r = runCli(['lint', MEN, '--format', 'sarif', '--output', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const log = JSON.parse(readFileSync(out, 'utf8')) as SarifLog;
    expectValid(log);
    // The validator does look inside: a wrong result level is refused.
    const broken = structuredClone(log);
    broken.runs[0]!.results[0]!.level = 'fatal';
    expect(validate(broken)).toBe(false);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0]!;
    expect(run.tool.driver.name).toBe('bouquet-lint');

    const srv = run.results.find((x) => x.ruleId === 'bouquet-servers-https')!;
    expect(srv.level).toBe('error');
    expect(srv.message.text).toContain('to-be-defined');
    const loc = srv.locations![0]!.physicalLocation;
    expect(loc.artifactLocation).toEqual({ uri: MEN, uriBaseId: '%SRCROOT%' });
    expect(loc.region.startLine).toBe(12);
    expect(loc.region.startColumn).toBeGreaterThan(1);

    const rule = run.tool.driver.rules.find((x) => x.id === 'bouquet-servers-https')!;
    expect(rule.helpUri).toMatch(/docs\/rules\/SRV-01\.md$/);
    expect(rule.properties.tags).toContain('SRV-01');
    expect(rule.shortDescription.text).toContain('SRV-01');
    expect(run.results.some((x) => x.ruleId.startsWith('bouquet-') && x.message.text.length > 0)).toBe(true);
    expect(run.results.map((x) => x.ruleId)).toContain('bouquet-operations-secured');
  });

  it('keeps fingerprints when the code moves, and turns excused findings into suppressions', () => {
    const dir = tempDir();
    const spec = path.join(dir, 'openapi.yaml');
    copyFileSync(path.join(ROOT, MEN), spec);
    const first = runCli(['lint', 'openapi.yaml', '--format', 'sarif'], dir);
    writeFileSync(spec, '# moved down by a comment\n\n' + readFileSync(path.join(ROOT, MEN), 'utf8'));
    writeFileSync(
      path.join(dir, '.bouquet-lint.json'),
      JSON.stringify({ ignore: [{ rule: 'SRV-01', reason: 'Hôte de production communiqué à la DINUM' }] }),
    );
    const second = runCli(['lint', 'openapi.yaml', '--format', 'sarif'], dir);
    const a = (JSON.parse(first.stdout) as SarifLog).runs[0]!.results;
    const b = (JSON.parse(second.stdout) as SarifLog).runs[0]!.results;
    expectValid(JSON.parse(second.stdout));
    const key = (x: SarifResult) => x.partialFingerprints['bouquetLint/v1'];
    const srvA = a.find((x) => x.ruleId === 'bouquet-servers-https')!;
    const srvB = b.find((x) => x.ruleId === 'bouquet-servers-https')!;
    expect(srvB.locations![0]!.physicalLocation.region.startLine).toBe(srvA.locations![0]!.physicalLocation.region.startLine + 2);
    expect(key(srvB)).toBe(key(srvA));
    expect(new Set(b.map(key))).toEqual(new Set(a.map(key)));
    expect(srvA.suppressions).toBeUndefined();
    expect(srvB.suppressions).toEqual([{ kind: 'external', justification: 'Hôte de production communiqué à la DINUM' }]);
  });

  it('places live findings on the spec operation, and carries hostile messages as plain JSON text', () => {
    const probe = probeFixture();
    const report = buildReport({ ...baseInput(), probe });
    const log = JSON.parse(format(report, { color: false, cwd: ROOT })) as SarifLog;
    expectValid(log);
    const live = log.runs[0]!.results.find((x) => x.ruleId === 'bouquet-live-no-5xx')!;
    expect(live.locations![0]!.physicalLocation.artifactLocation.uri).toBe(EXAMPLE);
    expect(live.locations![0]!.physicalLocation.region.startLine).toBe(37);

    const hostile = JSON.parse(format(hostileReport(), { color: false, cwd: ROOT })) as SarifLog;
    expectValid(hostile);
    expect(hostile.runs[0]!.results.find((x) => x.ruleId === 'bouquet-servers-https')!.message.text).toContain(`<script>window.__pwned='msg'</script>`);
  });

  it('gives findings that differ by rule, file, place or message distinct fingerprints, and equal findings equal ones', () => {
    const findings = [
      finding(),
      finding({ rule: 'bouquet-sandbox-server' }),
      finding({ source: 'autre.yaml' }),
      finding({ path: ['servers', 1, 'url'] }),
      finding({ message: 'autre message' }),
    ];
    const report = buildReport({ ...baseInput(), findings: [...findings, finding()] });
    const results = (JSON.parse(format(report, { color: false, cwd: ROOT })) as SarifLog).runs[0]!.results;
    const keys = results.map((x) => x.partialFingerprints['bouquetLint/v1']);
    expect(keys).toHaveLength(6);
    expect(new Set(keys).size).toBe(5);
    for (const k of keys) expect(k).toMatch(/^[0-9a-f]{64}$/);
  });

  it('makes absolute sources relative to the working directory, with forward slashes', () => {
    const report = buildReport({ ...baseInput(), findings: [finding({ source: path.join(ROOT, 'fixtures', 'example', 'openapi.yaml') })] });
    const log = JSON.parse(format(report, { color: false, cwd: ROOT })) as SarifLog;
    expect(log.runs[0]!.results[0]!.locations![0]!.physicalLocation.artifactLocation.uri).toBe('fixtures/example/openapi.yaml');
  });
});

function baseInput() {
  return {
    tool: { name: 'bouquet-lint', version: '0.0.0-test' },
    bouquet: 'entreprise' as const,
    profile: 'standard' as const,
    lang: 'fr' as const,
    findings: [finding()],
    checked: [{ convention: 'SRV-01', level: 'MUST' as const }],
    sources: [],
  };
}
