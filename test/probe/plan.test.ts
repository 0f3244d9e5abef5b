/** The planner on real specs, URL joining, the credential's shape, response validation and leak detection. */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSpecIndex } from '../../src/lint/spec-index.js';
import { loadCases } from '../../src/load/cases.js';
import { isObject, loadSpec, type LoadedSpec } from '../../src/load/spec.js';
import { findLeak } from '../../src/probe/checks/leak.js';
import { credentialFor, wrongLike } from '../../src/probe/credential.js';
import { probeSpec } from '../../src/probe/index.js';
import { planCalls } from '../../src/probe/plan.js';
import { joinUrl } from '../../src/probe/url.js';
import { ROOT, commonOptions, rawServer, type RawServer } from './helpers.js';

const AE = path.join(ROOT, 'fixtures/corpus/bouquet/api-entreprise-v3.yaml');
const AP = path.join(ROOT, 'fixtures/corpus/bouquet/api-particulier-v3.yaml');
const ASSOCIATIONS = path.join(ROOT, 'test/probe/fixtures/associations-31.yaml');

describe('planner on the API Entreprise v3 spec', () => {
  let spec: LoadedSpec;
  beforeAll(async () => {
    spec = await loadSpec(AE);
  });

  function plan(cases?: string) {
    const index = createSpecIndex(spec);
    return planCalls({
      spec,
      index,
      baseUrl: new URL('http://127.0.0.1:9/v3'),
      credential: credentialFor(index, 'jeton'),
      cases: cases ? loadCases(cases, ROOT) : undefined,
      checkMethods: false,
    });
  }

  it('varies identifiers only, never the traceability parameters', () => {
    const { calls } = plan();
    const varied = calls.filter((c) => c.param !== undefined);
    expect(varied.length).toBeGreaterThan(100);
    expect(new Set(varied.map((c) => c.param!.name))).not.toContain('recipient');
    const unknownSiren = calls.find((c) => c.kind === 'unknown-id' && c.operation === 'GET /v3/insee/sirene/unites_legales/{siren}')!;
    expect(unknownSiren.url).toBe(
      'http://127.0.0.1:9/v3/insee/sirene/unites_legales/000000000?recipient=13002526500013&context=Context+de+test&object=march%C3%A9+num%C3%A9ro+127',
    );
  });

  it('tells which operations it cannot probe for lack of an example', () => {
    const { notices } = plan();
    expect(notices.map((n) => `${n.args.operation} ${n.args.param}`)).toContain('GET /v3/dgfip/unites_legales/{siren}/liasses_fiscales/{year} year');
  });

  it('matches staging test cases to their operation and uses their values', () => {
    const { calls } = plan('fixtures/corpus/staging/api_entreprise_v3_insee_unites_legales');
    const replays = calls.filter((c) => c.kind === 'case');
    expect(replays).toHaveLength(6);
    expect(new Set(replays.map((c) => c.op!.pathKey))).toEqual(new Set(['/v3/insee/sirene/unites_legales/{siren}']));
    const nominal = calls.find((c) => c.kind === 'nominal' && c.op!.pathKey === '/v3/insee/sirene/unites_legales/{siren}')!;
    // The first nominal (200) case in folder order gives the nominal values.
    expect(nominal.url).toContain('/unites_legales/424179364?');
  });

  it('explodes array query parameters (API Particulier prenoms[])', async () => {
    const ap = await loadSpec(AP);
    const index = createSpecIndex(ap);
    const { calls } = planCalls({ spec: ap, index, baseUrl: new URL('http://127.0.0.1:9/'), credential: credentialFor(index, 'x'), checkMethods: false });
    const identity = calls.find((c) => c.kind === 'nominal' && c.operation === 'GET /v3/dss/allocation_adulte_handicape/identite')!;
    expect(new URL(identity.url).searchParams.getAll('prenoms[]')).toEqual(['PIERRE', 'RICHARD']);
  });
});

describe('URL joining', () => {
  it('appends spec paths to a base URL that carries the server prefix', () => {
    expect(joinUrl(new URL('http://127.0.0.1:8080/v1'), '/unites_legales/1', '/v1').href).toBe('http://127.0.0.1:8080/v1/unites_legales/1');
    expect(joinUrl(new URL('http://127.0.0.1:8080/v1/'), '/unites_legales/1', '/v1').href).toBe('http://127.0.0.1:8080/v1/unites_legales/1');
  });
  it('does not repeat a version prefix that the spec paths already hold', () => {
    expect(joinUrl(new URL('https://staging.entreprise.api.gouv.fr/v3'), '/v3/insee/sirene/unites_legales/1', '').href).toBe(
      'https://staging.entreprise.api.gouv.fr/v3/insee/sirene/unites_legales/1',
    );
    expect(joinUrl(new URL('https://h.gouv.fr/v1'), '/v1/x', '/v1').href).toBe('https://h.gouv.fr/v1/v1/x');
  });
});

describe('wrong credential', () => {
  it('keeps the shape of a JWT and changes only its signature', () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.abcXYZ0189';
    expect(wrongLike(jwt)).toBe('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.nopKLM5634');
  });
  it('keeps the length and character classes of an opaque key', () => {
    const w = wrongLike('k3y-Secret_42');
    expect(w).toHaveLength(13);
    expect(w).not.toBe('k3y-Secret_42');
    expect(w).toMatch(/^[a-z]\d[a-z]-[A-Z][a-z]{5}_\d\d$/);
  });
});

describe('OpenAPI 3.1 spec with an API key header', () => {
  let api: RawServer;
  let siren: unknown = null;
  beforeAll(async () => {
    api = await rawServer((req, res) => {
      const found = req.url === '/v2/associations/W751212517';
      const authed = req.headers['x-api-key'] === 'cle-secrete-1234';
      const status = !authed ? 401 : found ? 200 : /^\/v2\/associations\/W\d[0-9A-Z]\d{7}$/.test(req.url ?? '') ? 404 : 400;
      res.writeHead(status, { 'content-type': status === 200 ? 'application/json' : 'application/problem+json' });
      res.end(JSON.stringify(status === 200 ? { rna: 'W751212517', titre: 'Les Amis du Parc', siren } : { title: 'Erreur', status }));
    });
  });
  afterAll(() => api.close());

  async function run() {
    process.env.PROBE_TEST_API_KEY = 'cle-secrete-1234';
    const spec = await loadSpec(ASSOCIATIONS, { cwd: ROOT });
    return probeSpec({ spec, index: createSpecIndex(spec), bouquet: 'entreprise', detection: { bouquet: 'entreprise', source: 'option', evidence: [] }, findings: [], checked: [] }, { baseUrl: api.origin, tokenEnv: 'PROBE_TEST_API_KEY', rate: 1000 }, commonOptions());
  }

  it('sends the key in its header, masks it in curl, and accepts a null where the 3.1 type allows it', async () => {
    siren = null;
    const result = await run();
    expect(api.requests.find((r) => r.url === '/v2/associations/W751212517')?.headers['x-api-key']).toBe('cle-secrete-1234');
    expect(result.calls.find((c) => c.kind === 'nominal')!.curl).toContain("'X-Api-Key: ***'");
    expect(result.findings.filter((f) => f.convention === 'DATA-08')).toEqual([]);
    expect(result.calls.filter((c) => c.kind === 'no-credential').map((c) => c.status)).toEqual([401]);
  });

  it('reports a body that breaks the 3.1 schema', async () => {
    siren = 130025265;
    const result = await run();
    const f = result.findings.find((x) => x.convention === 'DATA-08')!;
    expect(f.message).toContain('« /siren » devrait être de type string,null');
  });
});

describe('leak detection', () => {
  it('finds nothing in the error examples of the bouquets themselves', async () => {
    for (const file of [AE, AP]) {
      const spec = await loadSpec(file);
      const errors = createSpecIndex(spec)
        .examples()
        .filter((e) => e.usage & 8)
        .map((e) => JSON.stringify(e.value));
      expect(errors.length).toBeGreaterThan(20);
      expect(errors.map((t) => findLeak(t, 'entreprise.api.gouv.fr')).filter((x) => x !== null)).toEqual([]);
    }
  });

  it.each([
    ['stack', 'java.lang.NullPointerException\n\tat fr.gouv.Registre.find(Registre.java:42)'],
    ['stack', 'Traceback (most recent call last):\n  File "/app/views.py", line 12, in get'],
    ['exception', 'Unhandled org.hibernate.exception.JDBCConnectionError'],
    ['sql', 'ERROR: syntax error at or near "WHERE"'],
    ['sql', "SELECT * FROM unites_legales WHERE siren = '1'"],
    ['path', 'cannot open /var/www/api/config/database.yml'],
    ['host', 'upstream db-primary.prod.internal timed out'],
    ['host', 'connect ECONNREFUSED 10.12.0.4:5432'],
    ['banner', '<address>Apache/2.4.41 (Ubuntu) Server at api Port 80</address>'],
  ])('finds a %s leak', (kind, text) => {
    expect(findLeak(text, 'api.exemple.gouv.fr')?.leak).toBe(kind);
  });

  it('does not flag the base URL host itself', () => {
    expect(findLeak('see http://127.0.0.1:8080/v1/docs', '127.0.0.1')).toBe(null);
    expect(isObject(findLeak('see http://10.0.0.1/docs', '127.0.0.1'))).toBe(true);
  });
});
