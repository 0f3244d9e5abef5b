/**
 * The probe against the reference example producer: the correct server is ready apart from TLS
 * (plain HTTP on loopback), and each fault is reported under the convention it breaks.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startExampleServer, type ExampleServer, type Fault } from '../../fixtures/example/server.js';
import { EXAMPLE_CASES, conventionsOf, exampleSpec, probe } from './helpers.js';

beforeAll(async () => {
  await exampleSpec();
});

describe('probe of the correct example producer', () => {
  let server: ExampleServer;
  beforeAll(async () => {
    server = await startExampleServer();
  });
  afterAll(() => server.close());

  it('finds no MUST violation except the plain-HTTP base URL (SRV-04)', async () => {
    const result = await probe(server.url, server.token, { cases: EXAMPLE_CASES, checkMethods: true });
    expect(result.findings.map((f) => `${f.convention} ${f.rule}`)).toEqual(['SRV-04 bouquet-live-tls']);
    const [tls] = result.findings;
    expect(tls!.level).toBe('MUST');
    expect(tls!.scope).toBe('live');
    expect(tls!.message).toContain('HTTP simple');
    expect(tls!.path).toEqual(['servers']);
    expect(tls!.source).toBe('fixtures/example/openapi.yaml');
    // Every live convention the probe knows was exercised.
    expect([...result.checked].sort()).toEqual(
      ['AUTH-07', 'CASE-04', 'DATA-08', 'ERR-05', 'ERR-08', 'LIVE-01', 'LIVE-02', 'LIVE-03', 'LIVE-04', 'QOS-07', 'QOS-08', 'SRV-04', 'SRV-05', 'SRV-06'].sort(),
    );
  });

  it('plans each kind of call and reports statistics', async () => {
    const result = await probe(server.url, server.token, { cases: EXAMPLE_CASES, checkMethods: true });
    const kinds = result.calls.map((c) => c.kind);
    for (const k of ['nominal', 'unknown-id', 'malformed-id', 'no-credential', 'wrong-credential', 'cors', 'case', 'method']) expect(kinds).toContain(k);
    // 3 nominal, 2 × (unknown, malformed format, malformed check digit, no credential, wrong credential, preflight), 4 cases, 3 POST.
    expect(result.stats.calls).toBe(22);
    expect(result.stats.statuses).toEqual({ '200': 5, '204': 2, '400': 4, '401': 4, '404': 4, '405': 3 });
    expect(result.stats.latencyMs.max).toBeGreaterThanOrEqual(result.stats.latencyMs.p95);
    const nominal = result.calls.find((c) => c.kind === 'nominal' && c.operation === 'GET /unites_legales/{siren}')!;
    expect(nominal.url).toBe(`${server.url}/unites_legales/130025265?recipient=13002526500013&context=aides+publiques&object=dossier+2024-001`);
    expect(nominal.curl).toContain("'Authorization: Bearer ***'");
    const malformed = result.calls.filter((c) => c.kind === 'malformed-id').map((c) => c.url.split('?')[0]!.split('/').pop());
    expect(malformed).toEqual(expect.arrayContaining(['13002526', '130025266', '1300252650001', '13002526500014']));
    const preflight = result.calls.find((c) => c.kind === 'cors')!;
    expect(preflight.method).toBe('OPTIONS');
  });

  it('without a token, skips authenticated calls with one info finding and still checks AUTH-07', async () => {
    const result = await probe(server.url, undefined);
    const info = result.findings.filter((f) => f.rule === 'bouquet-probe');
    expect(info).toHaveLength(1);
    expect(info[0]!.severity).toBe('info');
    expect(info[0]!.message).toContain('BOUQUET_PROBE_TEST_TOKEN');
    expect(result.calls.some((c) => c.kind === 'wrong-credential')).toBe(false);
    expect(result.calls.filter((c) => c.kind === 'no-credential').map((c) => c.status)).toEqual([401, 401]);
    expect(result.checked).toContain('AUTH-07');
    expect(conventionsOf(result.findings, 'MUST')).toEqual(['SRV-04']);
  });

  it('writes its messages in English with --lang en', async () => {
    const result = await probe(server.url, server.token, {}, 'en');
    expect(result.findings[0]!.message).toMatch(/^The base URL ".*" is plain HTTP/);
  });
});

const FAULTS: [Fault, string[], Partial<{ checkMethods: boolean; timeout: number }>?][] = [
  ['no-auth', ['AUTH-07']],
  ['wrong-token-200', ['AUTH-07']],
  ['bad-key-403', ['AUTH-07']],
  ['no-error-body', ['AUTH-07']],
  ['leak-stack', ['ERR-08']],
  ['slow', ['QOS-07']],
  ['server-error', ['QOS-08']],
  ['not-found-200', ['ERR-05', 'LIVE-02']],
  ['malformed-200', ['LIVE-01']],
  ['malformed-500', ['LIVE-01', 'QOS-08']],
  ['schema-mismatch', ['DATA-08']],
  ['undocumented-status', ['DATA-08']],
  ['cors-wildcard', ['SRV-06']],
  ['no-hsts', ['SRV-05']],
  ['no-rate-headers', ['LIVE-04']],
  ['method-200', ['LIVE-03'], { checkMethods: true }],
];

describe('each fault of the example producer is reported under its convention', () => {
  it.each(FAULTS)('%s → %s', async (fault, conventions, cli = {}) => {
    const server = await startExampleServer({ faults: [fault] });
    try {
      const result = await probe(server.url, server.token, cli);
      // The plain-HTTP SRV-04 finding is always there on loopback; the fault adds exactly the conventions it breaks.
      expect(conventionsOf(result.findings.filter((f) => f.convention !== 'SRV-04'))).toEqual(conventions);
      for (const convention of conventions) {
        const finding = result.findings.find((f) => f.convention === convention)!;
        expect(finding.scope).toBe('live');
        expect(finding.live?.curl).toMatch(/^curl /);
        expect(finding.source).toBe('fixtures/example/openapi.yaml');
      }
    } finally {
      await server.close();
    }
  });

  it('reports p95 over 1 s as a SHOULD, and a call cut by --timeout as a MUST (QOS-07)', async () => {
    const server = await startExampleServer({ faults: ['slow'] });
    try {
      const slow = await probe(server.url, server.token);
      const p95 = slow.findings.find((f) => f.convention === 'QOS-07')!;
      expect(p95.level).toBe('SHOULD');
      expect(p95.severity).toBe('warn');
      expect(p95.message).toMatch(/95e centile des appels nominaux est de 1\d{3} ms/);

      const cut = await probe(server.url, server.token, { timeout: 300 });
      const timeout = cut.findings.find((f) => f.convention === 'QOS-07' && f.level === 'MUST')!;
      expect(timeout.message).toContain('GET /etablissements/{siret}');
      expect(timeout.message).toContain('300 ms');
      expect(timeout.path).toEqual(['paths', '/etablissements/{siret}', 'get']);
      expect(timeout.live?.status).toBe(null);
    } finally {
      await server.close();
    }
  });
});

describe('test case replay (CASE-04)', () => {
  it('passes the example cases against the correct server and fails them when the server drifts', async () => {
    const good = await startExampleServer();
    const drifting = await startExampleServer({ faults: ['not-found-200'] });
    try {
      const ok = await probe(good.url, good.token, { cases: EXAMPLE_CASES });
      expect(ok.calls.filter((c) => c.kind === 'case')).toHaveLength(4);
      expect(ok.findings.filter((f) => f.convention === 'CASE-04')).toEqual([]);

      const bad = await probe(drifting.url, drifting.token, { cases: EXAMPLE_CASES });
      const cases = bad.findings.filter((f) => f.convention === 'CASE-04');
      expect(cases.map((f) => f.source).sort()).toEqual([
        'fixtures/example/cases/etablissements/non_trouve.yaml',
        'fixtures/example/cases/unites_legales/non_trouvee.yaml',
      ]);
      expect(cases[0]!.message).toMatch(/déclare le statut 404, le bac à sable répond 200/);
      expect(cases[0]!.path).toEqual(['status']);
    } finally {
      await Promise.all([good.close(), drifting.close()]);
    }
  });

  it('reports a payload that differs from the declared one', async () => {
    const server = await startExampleServer({ faults: ['schema-mismatch'] });
    try {
      const result = await probe(server.url, server.token, { cases: EXAMPLE_CASES });
      const finding = result.findings.find((f) => f.convention === 'CASE-04')!;
      expect(finding.source).toBe('fixtures/example/cases/unites_legales/entreprise_artisanale.yaml');
      expect(finding.message).toContain('/data/siren');
    } finally {
      await server.close();
    }
  });
});
