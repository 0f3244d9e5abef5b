/**
 * The probe on a Swagger 2.0 spec: the credential placement comes from `securityDefinitions` (through
 * the in-memory conversion), and live findings point at their line in the original file.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startExampleServer } from '../../fixtures/example/server.js';
import { lintOne } from '../../src/cli/pipeline.js';
import { probeSpec } from '../../src/probe/index.js';
import { commonOptions, TOKEN_ENV } from './helpers.js';

const query = (name: string, description: string) => ({ name, in: 'query', required: true, type: 'string', description });

/** The example producer's SIREN lookup, written in Swagger 2.0 with an OAuth2 client-credentials scheme. */
const SWAGGER = {
  swagger: '2.0',
  info: { title: 'Registre des entreprises artisanales', version: '1.0.0', description: 'Immatriculations.', contact: { email: 'api@artisanat.gouv.fr' } },
  host: 'api.registre-artisanat.gouv.fr',
  basePath: '/v1',
  schemes: ['https'],
  produces: ['application/json'],
  securityDefinitions: {
    jeton: { type: 'oauth2', flow: 'application', tokenUrl: 'https://auth.artisanat.gouv.fr/token', scopes: {} },
  },
  security: [{ jeton: [] }],
  paths: {
    '/unites_legales/{siren}': {
      get: {
        summary: 'Unité légale',
        description: 'Immatriculation de l’unité légale.',
        parameters: [
          { name: 'siren', in: 'path', required: true, type: 'string', pattern: '^\\d{9}$', description: 'SIREN', 'x-example': '130025265' },
          query('recipient', 'SIRET du destinataire'),
          query('context', 'Contexte'),
          query('object', 'Objet'),
        ],
        responses: {
          200: { description: 'Trouvée', schema: { type: 'object' } },
          400: { description: 'Paramètre invalide', schema: { type: 'object' } },
          401: { description: 'Non authentifié', schema: { type: 'object' } },
          404: { description: 'Non trouvée', schema: { type: 'object' } },
          500: { description: 'Erreur', schema: { type: 'object' } },
        },
      },
    },
  },
};

async function probeSwagger(faults: Parameters<typeof startExampleServer>[0]) {
  const dir = mkdtempSync(path.join(tmpdir(), 'bouquet-probe-s2-'));
  const file = path.join(dir, 'swagger.json');
  writeFileSync(file, JSON.stringify(SWAGGER, null, 2));
  const server = await startExampleServer(faults);
  try {
    process.env[TOKEN_ENV] = server.token;
    const options = commonOptions('en');
    const linted = await lintOne(file, options);
    return await probeSpec(linted, { baseUrl: server.url, tokenEnv: TOKEN_ENV, rate: 1000, concurrency: 4, timeout: 3000 }, options);
  } finally {
    await server.close();
  }
}

describe('probing a Swagger 2.0 spec', () => {
  it('sends the token as a bearer, as its OAuth2 securityDefinition says', async () => {
    const result = await probeSwagger({});
    const nominal = result.calls.filter((c) => c.kind === 'nominal');
    expect(nominal.map((c) => c.status)).toEqual([200]);
    expect(result.calls.filter((c) => c.kind === 'no-credential').map((c) => c.status)).toEqual([401]);
    expect(result.findings.filter((f) => f.convention === 'AUTH-07')).toEqual([]);
  });

  it('reports a live finding at the operation, on its line of the Swagger file ("get": line 34)', async () => {
    const result = await probeSwagger({ faults: ['malformed-500'] });
    const live01 = result.findings.filter((f) => f.convention === 'LIVE-01');
    expect(live01.map((f) => [f.path.join('/'), f.range.start.line + 1])).toEqual([
      ['paths//unites_legales/{siren}/get', 34],
      ['paths//unites_legales/{siren}/get', 34],
    ]);
  });
});
