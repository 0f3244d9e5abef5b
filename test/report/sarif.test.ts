import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { format } from '../../src/report/formatters/sarif.js';
import { EXAMPLE, finding, hostileReport, MEN, probeFixture, ROOT, runCli, tempDir } from './helpers.js';
import { buildReport } from '../../src/report/model.js';
import { expectValidSarif as expectValid, validateSarif as validate } from './sarif-schema.js';

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
    tool: {
      driver: {
        name: string;
        version: string;
        informationUri?: string;
        rules: { id: string; helpUri?: string; help?: { text: string; markdown: string }; shortDescription: { text: string }; properties: { tags: string[] } }[];
      };
    };
    results: SarifResult[];
  }[];
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
    // No public documentation address is configured: no link at all, never a local file:// path.
    expect(rule.helpUri).toBeUndefined();
    expect(run.tool.driver.informationUri).toBeUndefined();
    expect(JSON.stringify(log)).not.toContain('file:');
    // The help explains itself: convention and level, why, how to fix with the corrected snippet.
    expect(rule.help!.text).toBe(
      [
        'SRV-01 — `servers` est déclaré, en `https://` uniquement, sans adresse privée ou locale ni hôte fictif (MUST)',
        'Pourquoi : ' + SRV01_WHY,
        'Comment corriger (Serveurs déclarés, en HTTPS, sur un hôte public) :\n' + SRV01_FIX,
      ].join('\n\n'),
    );
    expect(rule.help!.markdown).toBe(
      [
        '**SRV-01 — `servers` est déclaré, en `https://` uniquement, sans adresse privée ou locale ni hôte fictif (MUST)**',
        '**Pourquoi** : ' + SRV01_WHY,
        '**Comment corriger** (Serveurs déclarés, en HTTPS, sur un hôte public) :\n\n' + SRV01_FIX,
      ].join('\n\n'),
    );
    expect(rule.help!.markdown).toContain('```yaml\nservers:\n  - url: https://api.ministere.gouv.fr/scolarite/v1');
    for (const r of run.tool.driver.rules) {
      expect(r.help!.text, r.id).toContain('Pourquoi : ');
      expect(r.help!.markdown, r.id).toContain('**Comment corriger**');
    }
    expect(rule.properties.tags).toContain('SRV-01');
    expect(rule.shortDescription.text).toContain('SRV-01');
    expect(run.results.some((x) => x.ruleId.startsWith('bouquet-') && x.message.text.length > 0)).toBe(true);
    expect(run.results.map((x) => x.ruleId)).toContain('bouquet-operations-secured');
  });

  it('links the rule pages only at the public docsUrl of the config file, and refuses a file:// one', () => {
    const dir = tempDir();
    copyFileSync(path.join(ROOT, MEN), path.join(dir, 'openapi.yaml'));
    writeFileSync(path.join(dir, '.bouquet-lint.json'), JSON.stringify({ docsUrl: 'https://bouquet-lint.example.gouv.fr/docs/rules/' }));
    const r = runCli(['lint', 'openapi.yaml', '--format', 'sarif', '--lang', 'en'], dir);
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout) as SarifLog;
    expectValid(log);
    const driver = log.runs[0]!.tool.driver;
    expect(driver.informationUri).toBe('https://bouquet-lint.example.gouv.fr/docs/rules/');
    const rule = driver.rules.find((x) => x.id === 'bouquet-servers-https')!;
    expect(rule.helpUri).toBe('https://bouquet-lint.example.gouv.fr/docs/rules/SRV-01.md');
    expect(rule.help!.markdown.endsWith('[Documentation](https://bouquet-lint.example.gouv.fr/docs/rules/SRV-01.md)')).toBe(true);
    expect(rule.help!.text).toContain('Why: ');

    writeFileSync(path.join(dir, '.bouquet-lint.json'), JSON.stringify({ docsUrl: 'file:///opt/bouquet-lint/docs/rules/' }));
    const bad = runCli(['lint', 'openapi.yaml', '--format', 'sarif'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toBe('.bouquet-lint.json:1 : valeur invalide « file:///opt/bouquet-lint/docs/rules/ » pour docsUrl (attendu : https://…).\n');
  });

  it("links the rule pages at the docsUrl of bouquet-lint's package.json when public (the config file's wins), never at a file:// one", () => {
    // An install of bouquet-lint whose package.json names a public documentation address: its command line and package.json.
    const install = tempDir('bouquet-install-');
    cpSync(path.join(ROOT, 'bin'), path.join(install, 'bin'), { recursive: true });
    cpSync(path.join(ROOT, 'dist', 'cli'), path.join(install, 'dist', 'cli'), { recursive: true });
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(install, 'node_modules'), 'dir');
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
    const lintWith = (docsUrl: string, cwd: string) => {
      writeFileSync(path.join(install, 'package.json'), JSON.stringify({ ...pkg, docsUrl }));
      const r = spawnSync(process.execPath, [path.join(install, 'bin', 'bouquet-lint.js'), 'lint', 'openapi.yaml', '--format', 'sarif'], {
        cwd,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', BOUQUET_LINT_LANG: '' },
        timeout: 60_000,
      });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(1);
      return r.stdout;
    };
    const dir = tempDir();
    copyFileSync(path.join(ROOT, MEN), path.join(dir, 'openapi.yaml'));

    const published = JSON.parse(lintWith('https://docs.ministere.gouv.fr/bouquet-lint/rules', dir)) as SarifLog;
    expectValid(published);
    const driver = published.runs[0]!.tool.driver;
    expect(driver.informationUri).toBe('https://docs.ministere.gouv.fr/bouquet-lint/rules/');
    expect(driver.rules).toHaveLength(24);
    for (const rule of driver.rules) expect(rule.helpUri, rule.id).toBe(`https://docs.ministere.gouv.fr/bouquet-lint/rules/${rule.properties.tags[0]}.md`);

    const local = lintWith('file:///opt/bouquet-lint/docs/rules/', dir);
    expect(local).not.toContain('file:');
    expect(local).not.toContain('helpUri');
    expect(local).not.toContain('informationUri');

    writeFileSync(path.join(dir, '.bouquet-lint.json'), JSON.stringify({ docsUrl: 'https://bouquet-lint.example.gouv.fr/docs/rules/' }));
    const configured = JSON.parse(lintWith('https://docs.ministere.gouv.fr/bouquet-lint/rules', dir)) as SarifLog;
    expect(configured.runs[0]!.tool.driver.rules.find((x) => x.id === 'bouquet-servers-https')!.helpUri).toBe('https://bouquet-lint.example.gouv.fr/docs/rules/SRV-01.md');
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

const SRV01_WHY =
  'La plateforme doit pouvoir joindre l’URL déclarée, sur un canal chiffré : une URL `http://`, une adresse privée ou de bouclage (10/8, 172.16/12, 192.168/16, 127/8, localhost) ou un hôte provisoire (`to-be-defined`, `example.com`, `xxx`) est inutilisable. Défauts réels : MEN `https://to-be-defined/...`, MESRI avec des IP privées et du `http`.';
const SRV01_FIX =
  "Déclarez les serveurs réels, en `https://`, avec leur nom d'hôte public (ni IP privée, ni localhost, ni hôte provisoire) :\n```yaml\nservers:\n  - url: https://api.ministere.gouv.fr/scolarite/v1\n    description: Production\n  - url: https://sandbox.api.ministere.gouv.fr/scolarite/v1\n    description: Bac à sable (données fictives)\n```";

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
