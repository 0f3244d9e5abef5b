/**
 * Swagger 2.0 analysed in full: validated as Swagger 2.0, converted in memory, every rule run on the
 * conversion, every finding at its line in the original file.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { swagger2PathMapper } from '../../src/load/swagger2-paths.js';
import { runCli } from '../helpers/cli.js';
import { lintFixture, lintText, of } from '../helpers/lint.js';

const R2P = 'fixtures/corpus/producers/dgfip-r2p-swagger2.json';
const PAJEMPLOI = 'fixtures/real/swagger2/urssaf-pajemploi.json';

const line = (f: { range: { start: { line: number } } }) => f.range.start.line + 1;

describe('Swagger 2.0 specs, findings at their original line', () => {
  it('keeps DOC-01 and reports the DGFiP R2P implicit OAuth flow at its "flow" line', async () => {
    const findings = await lintFixture(R2P, { lang: 'fr' });
    const doc01 = of(findings, 'DOC-01');
    expect(doc01.map((f) => [line(f), f.path.join('/')])).toEqual([[2, 'swagger']]);
    expect(doc01[0]!.message).toContain('converti en mémoire');
    const implicit = of(findings, 'AUTH-03');
    expect(implicit.map((f) => [line(f), f.path.join('/')])).toEqual([[574, 'securityDefinitions/default/flow']]);
    expect(findings.filter((f) => f.severity === 'error')).toHaveLength(47);
  });

  it('reports the URSSAF Pajemploi NIR in a query string at its parameter, and the implicit flow under its original name', async () => {
    const findings = await lintFixture(PAJEMPLOI, { lang: 'en' });
    const nir = of(findings, 'ID-06').filter((f) => f.path[0] === 'paths');
    expect(nir.map((f) => [line(f), f.path.join('/')])).toEqual([
      [350, 'paths//employeurs/{numeroPajeEmployeur}/salarie/associer/post/parameters/3'],
      [554, 'paths//salaries/verifier/post/parameters/1'],
    ]);
    const implicit = of(findings, 'AUTH-03');
    expect(implicit.map((f) => [line(f), f.path.join('/')])).toEqual([[847, 'securityDefinitions/OAuth (External)Implicit/flow']]);
  });

  it('validates the document as Swagger 2.0: each defect at its line, no cascade', async () => {
    const spec = [
      '{',
      '  "swagger": "2.0",',
      '  "info": { "title": "t", "version": "1", "description": "d", "contact": { "email": "a@b.fr" } },',
      '  "host": "api.exemple.gouv.fr",',
      '  "paths": {',
      '    "/v1/unites_legales/{siren}": {',
      '      "get": {',
      '        "parameters": [',
      '          { "name": "siren", "in": "path", "required": true, "type": "strin" }',
      '        ],',
      '        "responses": {',
      '          "200": { "schema": { "type": "object" } }',
      '        }',
      '      }',
      '    }',
      '  }',
      '}',
    ].join('\n');
    const f = (await lintText(spec, { ext: 'json', lang: 'en' })).filter((x) => x.rule === 'bouquet-swagger2-valid');
    expect(f.map((x) => [line(x), x.path.join('/'), x.message])).toEqual([
      [9, 'paths//v1/unites_legales/{siren}/get/parameters/0', '"/paths/~1v1~1unites_legales~1{siren}/get/parameters/0" matches none of the forms Swagger 2.0 allows there: check its keys and their values.'],
      [12, 'paths//v1/unites_legales/{siren}/get/responses/200', '"/paths/~1v1~1unites_legales~1{siren}/get/responses/200" is not valid Swagger 2.0: must have required property \'description\'.'],
    ]);
  });

  it('fetches no remote reference and reads nothing outside the spec folder', async () => {
    let hits = 0;
    const server = createServer((_req, res) => {
      hits++;
      res.setHeader('content-type', 'application/json');
      res.end('{"type":"string"}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const port = (server.address() as AddressInfo).port;
      const dir = mkdtempSync(path.join(tmpdir(), 'bouquet-lint-s2-'));
      mkdirSync(path.join(dir, 'spec'));
      writeFileSync(path.join(dir, 'outside.json'), '{"Siren":{"type":"string"}}');
      const spec = {
        swagger: '2.0',
        info: { title: 't', version: '1' },
        host: 'api.exemple.gouv.fr',
        paths: {
          '/v1/a': {
            get: {
              responses: {
                200: { description: 'ok', schema: { $ref: `http://127.0.0.1:${port}/schema.json` } },
                404: { description: 'ko', schema: { $ref: '../outside.json#/Siren' } },
              },
            },
          },
        },
      };
      writeFileSync(path.join(dir, 'spec', 'swagger.json'), JSON.stringify(spec, null, 2));
      const r = await runCli(['lint', path.join(dir, 'spec', 'swagger.json'), '-f', 'json', '--lang', 'en']);
      const out = JSON.parse(r.stdout);
      const refs = out.findings.filter((x: { rule: string }) => x.rule === 'bouquet-valid-refs');
      expect(refs.map((x: { path: string[] }) => x.path.join('/'))).toEqual([
        'paths//v1/a/get/responses/200/schema/$ref',
        'paths//v1/a/get/responses/404/schema/$ref',
      ]);
      expect(hits).toBe(0);
    } finally {
      server.close();
    }
  });

  it('says so on the command line: exit 1, findings in the original file', async () => {
    const r = await runCli(['lint', PAJEMPLOI, '-f', 'json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(new Set(out.findings.map((f: { source: string }) => f.source))).toEqual(new Set([PAJEMPLOI]));
    const auth03 = out.findings.find((f: { convention: string }) => f.convention === 'AUTH-03');
    expect(auth03.range.start.line + 1).toBe(847);
  });
});

describe('converted paths mapped back to the Swagger 2.0 document', () => {
  const original = {
    swagger: '2.0',
    host: 'api.exemple.gouv.fr',
    basePath: '/v1',
    produces: ['application/json'],
    securityDefinitions: { 'OAuth (External)Implicit': { type: 'oauth2', flow: 'implicit', authorizationUrl: 'https://a/authorize', scopes: {} } },
    parameters: { Siren: { name: 'siren', in: 'path', required: true, type: 'string', pattern: '^\\d{9}$' } },
    definitions: { 'Unite[]': { type: 'array', items: { type: 'string' } }, Unite: { type: 'object', properties: { siren: { type: 'string' } } } },
    paths: {
      '/unites/{siren}': {
        post: {
          consumes: ['application/json'],
          parameters: [
            { name: 'corps', in: 'body', schema: { $ref: '#/definitions/Unite' } },
            { $ref: '#/parameters/Siren' },
            { name: 'q', in: 'query', type: 'string', 'x-example': 'a' },
          ],
          responses: { 200: { description: 'ok', schema: { $ref: '#/definitions/Unite' } } },
        },
      },
    },
  };
  const converted = { paths: {} };
  const map = swagger2PathMapper(original, converted);
  const op = ['paths', '/unites/{siren}', 'post'];

  it('maps renamed components back to their original names', () => {
    expect(map(['components', 'securitySchemes', 'OAuth_External_Implicit', 'flows', 'implicit', 'authorizationUrl'])).toEqual(['securityDefinitions', 'OAuth (External)Implicit', 'authorizationUrl']);
    expect(map(['components', 'securitySchemes', 'OAuth_External_Implicit', 'flows'])).toEqual(['securityDefinitions', 'OAuth (External)Implicit', 'flow']);
    expect(map(['components', 'schemas', 'UniteArray', 'items', 'type'])).toEqual(['definitions', 'Unite[]', 'items', 'type']);
    expect(map(['components', 'parameters', 'Siren', 'schema', 'pattern'])).toEqual(['parameters', 'Siren', 'pattern']);
  });

  it('maps the request body to the body parameter and skips it in the parameter list', () => {
    expect(map([...op, 'requestBody', 'content', 'application/json', 'schema', '$ref'])).toEqual([...op, 'parameters', 0, 'schema', '$ref']);
    expect(map([...op, 'requestBody', 'content', 'application/json'])).toEqual([...op, 'consumes']);
    expect(map([...op, 'parameters', 1, 'schema', 'type'])).toEqual([...op, 'parameters', 2, 'type']);
    expect(map([...op, 'parameters', 1, 'example'])).toEqual([...op, 'parameters', 2, 'x-example']);
  });

  it('maps media types to produces, servers to host, and falls back to the nearest ancestor', () => {
    expect(map([...op, 'responses', '200', 'content', 'application/json'])).toEqual(['produces']);
    expect(map([...op, 'responses', '200', 'content', 'application/json', 'schema', '$ref'])).toEqual([...op, 'responses', '200', 'schema', '$ref']);
    expect(map(['servers', 0, 'url'])).toEqual(['host']);
    expect(map(['openapi'])).toEqual(['swagger']);
    expect(map([...op, 'responses', '404', 'description'])).toEqual([...op, 'responses']);
    expect(map(['components', 'examples', 'x'])).toEqual([]);
  });
});
