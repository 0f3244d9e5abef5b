/** Shared set-up of the probe tests: the example spec linted once, raw loopback servers, a probe runner. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveCommonOptions, type CommonOptions } from '../../src/cli/options.js';
import type { LintedSpec } from '../../src/cli/pipeline.js';
import type { Finding } from '../../src/finding.js';
import { loadSpec } from '../../src/load/spec.js';
import { createSpecIndex } from '../../src/lint/spec-index.js';
import { probeSpec, type ProbeCliOptions } from '../../src/probe/index.js';
import type { ProbeResult } from '../../src/report/model.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const EXAMPLE_SPEC = path.join(ROOT, 'fixtures/example/openapi.yaml');
export const EXAMPLE_CASES = path.join(ROOT, 'fixtures/example/cases');
export const TOKEN_ENV = 'BOUQUET_PROBE_TEST_TOKEN';

export function commonOptions(lang: 'fr' | 'en' = 'fr'): CommonOptions {
  return resolveCommonOptions({ lang }, [], 'json');
}

let linted: Promise<LintedSpec> | null = null;
/** The example spec, loaded once per test file (the probe reports live findings only: no lint needed). */
export function exampleSpec(): Promise<LintedSpec> {
  linted ??= loadSpec(EXAMPLE_SPEC, { cwd: ROOT }).then((spec) => ({ spec, index: createSpecIndex(spec), bouquet: 'entreprise', detection: { bouquet: 'entreprise', source: 'option', evidence: [] }, findings: [], checked: [] }));
  return linted;
}

/** Probes the example spec with the given token in the environment; fast defaults for loopback. */
export async function probe(baseUrl: string, token: string | undefined, cli: Partial<ProbeCliOptions> = {}, lang: 'fr' | 'en' = 'fr'): Promise<ProbeResult> {
  if (token === undefined) delete process.env[TOKEN_ENV];
  else process.env[TOKEN_ENV] = token;
  return probeSpec(await exampleSpec(), { baseUrl, tokenEnv: TOKEN_ENV, rate: 1000, concurrency: 4, timeout: 3000, ...cli }, commonOptions(lang));
}

export function conventionsOf(findings: Finding[], level?: string): string[] {
  return [...new Set(findings.filter((f) => level === undefined || f.level === level).map((f) => f.convention))].sort();
}

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
}

export interface RawServer {
  url: string;
  origin: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/** A loopback server that records every request and answers with `handler`. */
export async function rawServer(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<RawServer> {
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    req.resume();
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}/v1`,
    origin,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** A JSON answer in the bouquet's error format. */
export function jsonError(res: ServerResponse, status: number): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ errors: [{ code: '00404', title: 'Non trouvé', detail: 'Rien ici.' }] }));
}

/** Whether a request is the nominal call of the SIREN route. */
export function isNominalSiren(req: IncomingMessage): boolean {
  return req.method === 'GET' && (req.url ?? '').startsWith('/v1/unites_legales/130025265?');
}
